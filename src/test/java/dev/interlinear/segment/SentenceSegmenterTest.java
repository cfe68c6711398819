package dev.interlinear.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.corpus.BlockKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SentenceSegmenterTest {

    private final SentenceSegmenter segmenter = new SentenceSegmenter();

    private static String article(String lang) throws IOException {
        return Files.readString(Path.of("config/articles/openai-compute/" + lang + ".txt"));
    }

    @Nested
    class SampleArticles {

        @Test
        void givenGermanSample_whenSplit_thenTwentyTwoSentences() throws IOException {
            // GIVEN the German sample  WHEN split
            List<String> sentences = segmenter.split(article("de"), "de");
            // THEN 22 sentences: ICU's 26 minus "C.C." and the three list numbers left alone
            assertThat(sentences).hasSize(22);
            assertThat(sentences.get(4))
                    .isEqualTo(
                            "Der CEO von TSMC, C.C. Wei, äußerte: \"Altman ist zu aggressiv, ich kann es kaum glauben.\"");
            assertThat(sentences.get(16))
                    .startsWith("Sein Ansatz ist: 1. Aufbau einer Billionen-Dollar-Recheninfrastruktur")
                    .endsWith("Engpässe in der Versorgung zu durchbrechen.");
            assertThat(sentences.get(17)).startsWith("2. Mit einer starken Rechenbasis");
            assertThat(sentences.get(19)).startsWith("3. Mit starker Rechenleistung");
            assertThat(sentences).noneMatch(s -> s.matches("\\d+\\."));
        }

        @Test
        void givenPortugueseSample_whenSplit_thenOneSentenceFewerThanGerman() throws IOException {
            // GIVEN the Portuguese sample  WHEN split
            List<String> pt = segmenter.split(article("pt"), "pt");
            List<String> de = segmenter.split(article("de"), "de");
            // THEN 21 sentences; the second Portuguese sentence is the German second and third together
            assertThat(pt).hasSize(21).hasSize(de.size() - 1);
            assertThat(pt.get(1)).startsWith("Não sei quantas").endsWith("achando que era uma fantasia.");
            assertThat(de.get(1)).endsWith("aufzubauen.");
            assertThat(de.get(2)).startsWith("Damals war die Branche");
            assertThat(pt.get(3))
                    .isEqualTo(
                            "O CEO da TSMC, C.C. Wei, afirmou: \"Altman é muito agressivo, eu não consigo acreditar\".");
            assertThat(pt.get(15)).startsWith("Seu raciocínio é o seguinte: 1. Construir");
            assertThat(pt.get(16)).startsWith("2. Com uma base");
            assertThat(pt.getLast()).isEqualTo("Só posso dizer que suas ambições são enormes.");
        }

        @Test
        void givenBothSamples_whenSplit_thenNoTextIsLost() throws IOException {
            for (String lang : List.of("de", "pt")) {
                String text = article(lang);
                // WHEN split  THEN the pieces joined are the text, up to whitespace
                assertThat(noSpace(String.join("", segmenter.split(text, lang))))
                        .isEqualTo(noSpace(text));
            }
        }
    }

    @Nested
    class Initials {

        @Test
        void givenEnglishInitialsWithSpaces_whenSplit_thenOneSentence() {
            assertThat(segmenter.split("J. R. R. Tolkien wrote The Hobbit. It sold well.", "en"))
                    .containsExactly("J. R. R. Tolkien wrote The Hobbit.", "It sold well.");
        }

        @Test
        void givenFrenchMonsieurAndInitial_whenSplit_thenKeptTogether() {
            assertThat(segmenter.split("M. Dupont et Mme Martin sont venus. Ils ont vu J. Chirac.", "fr"))
                    .containsExactly("M. Dupont et Mme Martin sont venus.", "Ils ont vu J. Chirac.");
        }
    }

    @Nested
    class Abbreviations {

        @Test
        void givenGermanAbbreviations_whenSplit_thenNoBreakInsideThem() {
            String text = "Das gilt z. B. Äpfel und d. h. Birnen. Dr. Müller kam mit Prof. Schmidt. "
                    + "Es kostet ca. 5 Euro bzw. 6 Franken, vgl. Nr. 12. Danach kam Z. B. niemand.";
            assertThat(segmenter.split(text, "de"))
                    .containsExactly(
                            "Das gilt z. B. Äpfel und d. h. Birnen.",
                            "Dr. Müller kam mit Prof. Schmidt.",
                            "Es kostet ca. 5 Euro bzw. 6 Franken, vgl. Nr. 12.",
                            "Danach kam Z. B. niemand.");
        }

        @Test
        void givenGermanUswAtSentenceEnd_whenSplit_thenItStillEndsTheSentence() {
            assertThat(segmenter.split("Wir kauften Äpfel, Birnen usw. Dann gingen wir.", "de"))
                    .containsExactly("Wir kauften Äpfel, Birnen usw.", "Dann gingen wir.");
        }

        @Test
        void givenGermanOrdinalDates_whenSplit_thenNoBreakAfterTheOrdinal() {
            assertThat(segmenter.split("Er kam am 3. Oktober zurück. Im 19. Jahrhundert war das anders.", "de"))
                    .containsExactly("Er kam am 3. Oktober zurück.", "Im 19. Jahrhundert war das anders.");
        }

        @Test
        void givenGermanEraAbbreviation_whenSplit_thenNoBreakInsideItButStillAfterIt() {
            assertThat(segmenter.split(
                            "Al-Biruni (973-1048 n. Chr.) gehört zu den ersten Geologen. Caesar starb 44 v. Chr. "
                                    + "Danach kam Augustus.",
                            "de"))
                    .containsExactly(
                            "Al-Biruni (973-1048 n. Chr.) gehört zu den ersten Geologen.",
                            "Caesar starb 44 v. Chr.",
                            "Danach kam Augustus.");
        }

        @Test
        void givenGermanEraAbbreviationWithANoBreakSpace_whenSplit_thenNoBreakInsideIt() {
            assertThat(segmenter.split("Er lebte um 100\u00A0v.\u00A0Chr. in Rom. Dann nicht mehr.", "de"))
                    .containsExactly("Er lebte um 100\u00A0v.\u00A0Chr. in Rom.", "Dann nicht mehr.");
        }

        @Test
        void givenEnglishAbbreviations_whenSplit_thenNoBreakInsideThem() {
            String text = "Mr. Smith met Dr. Jones, e.g. Monday. Fruit, i.e. Apples, etc. The end.";
            assertThat(segmenter.split(text, "en"))
                    .containsExactly("Mr. Smith met Dr. Jones, e.g. Monday.", "Fruit, i.e. Apples, etc.", "The end.");
        }

        @Test
        void givenPortugueseAbbreviations_whenSplit_thenNoBreakInsideThem() {
            String text =
                    "O Sr. Silva e a Sra. Costa chegaram. Frutas, p. ex. Maçãs, custam 1,5 mil reais. O hotel é legal. Ele saiu.";
            assertThat(segmenter.split(text, "pt-BR"))
                    .containsExactly(
                            "O Sr. Silva e a Sra. Costa chegaram.",
                            "Frutas, p. ex. Maçãs, custam 1,5 mil reais.",
                            "O hotel é legal.",
                            "Ele saiu.");
        }

        @Test
        void givenSpanishAbbreviations_whenSplit_thenNoBreakInsideThem() {
            String text = "Vive en EE. UU. desde 2020. El Sr. García y la Sra. López llegaron. ¿Vienes? Sí.";
            assertThat(segmenter.split(text, "es"))
                    .containsExactly(
                            "Vive en EE. UU. desde 2020.",
                            "El Sr. García y la Sra. López llegaron.",
                            "¿Vienes?",
                            "Sí.");
        }

        @Test
        void givenFrenchAbbreviations_whenSplit_thenNoBreakInsideThem() {
            String text = "Des fruits, p. ex. Pommes et poires, etc. Le Dr. Martin arrive. Voir env. 3 pages.";
            assertThat(segmenter.split(text, "fr"))
                    .containsExactly(
                            "Des fruits, p. ex. Pommes et poires, etc.", "Le Dr. Martin arrive.", "Voir env. 3 pages.");
        }
    }

    @Nested
    class NumbersUrlsEllipses {

        @Test
        void givenDecimalsVersionsAndUrls_whenSplit_thenNoBreakInsideThem() {
            String text =
                    "Python 3.12.1 is 1.5 times faster. See https://example.org/a?B=1 for Details. Mail a.b@example.org now.";
            assertThat(segmenter.split(text, "en"))
                    .containsExactly(
                            "Python 3.12.1 is 1.5 times faster.",
                            "See https://example.org/a?B=1 for Details.",
                            "Mail a.b@example.org now.");
        }

        @Test
        void givenEllipses_whenSplit_thenOnlyASentenceEndBreaks() {
            String text = "Er zögerte... und ging dann. Er sagte […] Nichts mehr. Sie wartete… Dann kam er.";
            assertThat(segmenter.split(text, "de"))
                    .containsExactly(
                            "Er zögerte... und ging dann.",
                            "Er sagte […] Nichts mehr.",
                            "Sie wartete…",
                            "Dann kam er.");
        }

        @Test
        void givenDecimalCommaAndThousands_whenSplit_thenOneSentence() {
            assertThat(segmenter.split("Es waren 1,5 Mio. Euro und 300.000 Nutzer. Gut.", "de"))
                    .containsExactly("Es waren 1,5 Mio. Euro und 300.000 Nutzer.", "Gut.");
        }
    }

    @Nested
    class Lists {

        @Test
        void givenNumberedListAfterSentence_whenSplit_thenNumbersStayWithTheirItems() {
            String text = "Es gibt drei Schritte. 1. Planen Sie gut. 2. Bauen Sie. 3. Testen Sie alles.";
            assertThat(segmenter.split(text, "de"))
                    .containsExactly(
                            "Es gibt drei Schritte.", "1. Planen Sie gut.", "2. Bauen Sie.", "3. Testen Sie alles.");
        }

        @Test
        void givenNumberedListInOtherLanguages_whenSplit_thenNoNumberAlone() {
            assertThat(segmenter.split("Son plan : 1. Construire. 2. Vendre.", "fr"))
                    .containsExactly("Son plan : 1. Construire.", "2. Vendre.");
            assertThat(segmenter.split("Su plan: 1. Construir. 2. Vender.", "es"))
                    .containsExactly("Su plan: 1. Construir.", "2. Vender.");
            assertThat(segmenter.split("The plan: 1. Build. 2. Sell. The end 3.", "en"))
                    .noneMatch(s -> s.matches("\\d+\\."));
        }
    }

    @Nested
    class Quotes {

        @Test
        void givenQuoteEndingWithPeriod_whenSplit_thenBreakAfterTheClosingQuote() {
            String text = "Er sagte: \"Das ist gut.\" Dann ging er. Sie rief „Komm.“ Er kam. She said “Go.” He went.";
            assertThat(segmenter.split(text, "de"))
                    .containsExactly(
                            "Er sagte: \"Das ist gut.\"",
                            "Dann ging er.",
                            "Sie rief „Komm.“",
                            "Er kam.",
                            "She said “Go.”",
                            "He went.");
        }

        @Test
        void givenColonQuoteWithSeveralSentences_whenSplit_thenTheQuoteStaysWhole() {
            String text = "Sie sagte: „Gut. Sehr gut.“ Dann ging sie. Ele disse: \"Vamos. Agora.\" Depois saiu.";
            assertThat(segmenter.split(text, "pt"))
                    .containsExactly(
                            "Sie sagte: „Gut. Sehr gut.“",
                            "Dann ging sie.",
                            "Ele disse: \"Vamos. Agora.\"",
                            "Depois saiu.");
        }

        @Test
        void givenFrenchGuillemetsWithSpaces_whenSplit_thenClosingGuillemetStaysWithItsSentence() {
            assertThat(segmenter.split("Il a dit « Bonjour. » Puis il est parti.", "fr"))
                    .containsExactly("Il a dit « Bonjour. »", "Puis il est parti.");
        }

        @Test
        void givenQuestionInQuotesFollowedByLowerCase_whenSplit_thenOneSentence() {
            assertThat(segmenter.split("\"Why?\" he asked. ¿Qué? preguntó ella.", "en"))
                    .containsExactly("\"Why?\" he asked.", "¿Qué? preguntó ella.");
        }
    }

    @Nested
    class Whitespace {

        @Test
        void givenHardWrappedText_whenSplit_thenLineBreaksDoNotEndSentences() {
            assertThat(segmenter.split("Das ist ein\nlanger Satz.\n\nNeuer Absatz\nohne Punkt", "de"))
                    .containsExactly("Das ist ein\nlanger Satz.", "Neuer Absatz\nohne Punkt");
        }

        @Test
        void givenBlankOrNullText_whenSplit_thenNoSentences() {
            assertThat(segmenter.split("  \n\t ", "de")).isEmpty();
            assertThat(segmenter.split(null, "de")).isEmpty();
            assertThat(segmenter.split("Hallo Welt.", null)).containsExactly("Hallo Welt.");
        }
    }

    @Nested
    class Units {

        @Test
        void givenCode_whenUnits_thenNonEmptyLines() {
            assertThat(segmenter.units(BlockKind.CODE, "int a = 1;\n\n  return a. b;\n", "en"))
                    .containsExactly("int a = 1;", "return a. b;");
        }

        @Test
        void givenHeading_whenUnits_thenWhole() {
            assertThat(segmenter.units(BlockKind.HEADING, " Warum? Darum. ", "de"))
                    .containsExactly("Warum? Darum.");
        }

        @Test
        void givenParagraph_whenUnits_thenSentences() {
            assertThat(segmenter.units(BlockKind.PARAGRAPH, "Warum? Darum.", "de"))
                    .containsExactly("Warum?", "Darum.");
            assertThat(segmenter.units(BlockKind.LIST_ITEM, "  ", "de")).isEmpty();
        }
    }

    @Test
    void givenOneSegmenterSharedByThreads_whenSplittingConcurrently_thenSameResults() throws Exception {
        String de = article("de");
        String pt = article("pt");
        List<String> expectedDe = segmenter.split(de, "de");
        List<String> expectedPt = segmenter.split(pt, "pt");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> jobs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                jobs.add(() -> segmenter.split(de, "de").equals(expectedDe)
                        && segmenter.split(pt, "pt").equals(expectedPt));
            }
            for (Future<Boolean> f : pool.invokeAll(jobs)) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static String noSpace(String s) {
        return s.codePoints()
                .filter(c -> !Character.isWhitespace(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
