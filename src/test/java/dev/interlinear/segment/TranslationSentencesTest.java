package dev.interlinear.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.corpus.Block;
import dev.interlinear.corpus.BlockKind;
import dev.interlinear.corpus.Translation;
import dev.interlinear.language.LanguageDetector;
import dev.interlinear.language.LanguageGuess;
import dev.interlinear.language.OpenNlpLanguageDetector;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TranslationSentencesTest {

    private static TranslationSentences sentences;

    @BeforeAll
    static void loadDetector() {
        sentences = new TranslationSentences(
                new SentenceSegmenter(),
                new OpenNlpLanguageDetector(
                        OpenNlpLanguageDetector.loadModel(), List.of("en", "de", "pt", "es", "fr")));
    }

    private static Translation portuguese(Block... blocks) {
        return new Translation("a", "pt", "Título", Optional.empty(), Path.of("pt.html"), List.of(blocks));
    }

    @Test
    void givenAParagraphLeftInEnglish_whenSegmented_thenItsSentencesAreTaggedEnglish() {
        // GIVEN a Portuguese translation whose second paragraph was never translated
        Translation t = portuguese(
                new Block(
                        BlockKind.PARAGRAPH,
                        "O sistema Debian usa o systemd para iniciar os serviços. "
                                + "Cada serviço tem um ficheiro de configuração próprio."),
                new Block(
                        BlockKind.PARAGRAPH,
                        "The configuration of the encrypted filesystem is set in this file. "
                                + "You should keep a backup of it before you change anything."));

        // WHEN segmented
        List<Sentence> out = sentences.of(t);

        // THEN the Portuguese sentences keep pt, the English ones say en
        assertThat(out).extracting(Sentence::lang).containsExactly("pt", "pt", "en", "en");
        assertThat(out).extracting(Sentence::index).containsExactly(0, 1, 2, 3);
        assertThat(out).extracting(Sentence::block).containsExactly(0, 0, 1, 1);
    }

    @Test
    void givenHeadingsAndCode_whenSegmented_thenTheyAreUnitsOfTheirOwn() {
        Translation t = portuguese(
                new Block(BlockKind.HEADING, "3.1. O processo de arranque. Visão geral"),
                new Block(BlockKind.CODE, "$ ps --pid 1 -f\n\nUID PID PPID\n"),
                new Block(BlockKind.PARAGRAPH, "Primeira frase. Segunda frase."));

        List<Sentence> out = sentences.of(t);

        assertThat(out)
                .extracting(Sentence::text)
                .containsExactly(
                        "3.1. O processo de arranque. Visão geral",
                        "$ ps --pid 1 -f",
                        "UID PID PPID",
                        "Primeira frase.",
                        "Segunda frase.");
        assertThat(out)
                .extracting(Sentence::kind)
                .containsExactly(
                        BlockKind.HEADING, BlockKind.CODE, BlockKind.CODE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
    }

    @Test
    void givenAShortParagraphWithForeignNames_whenSegmented_thenItKeepsTheTranslationsLanguage() {
        // Too short to tell its language: names must not make it "English".
        Translation t = portuguese(new Block(BlockKind.PARAGRAPH, "OpenAI e NVIDIA."));

        assertThat(sentences.of(t)).extracting(Sentence::lang).containsExactly("pt");
    }

    @Test
    void givenALongParagraphLeftInEnglish_whenSegmented_thenTheWholeParagraphIsTaggedEnglish() {
        // GIVEN a long untranslated paragraph with few English function words in its opening
        String english = "Encrypted filesystems protect your data if your laptop gets stolen. "
                + "Keep a backup of your passphrase somewhere safe, because nobody can recover lost data. "
                + "Remember that every encrypted partition needs its passphrase at boot time, "
                + "so plan for unattended servers accordingly.";
        Translation t = portuguese(new Block(BlockKind.PARAGRAPH, english));

        // THEN the whole paragraph is tagged English
        assertThat(english.length()).isGreaterThan(TranslationSentences.OPENING_CHARACTERS + 40);
        assertThat(sentences.of(t)).extracting(Sentence::lang).containsOnly("en");
    }

    @Test
    void givenALongText_whenItsOpeningIsTaken_thenItEndsAtASpaceWithinTheLimit() {
        String text = "palavra ".repeat(60);

        String opening = TranslationSentences.opening(text);

        assertThat(opening.length()).isLessThanOrEqualTo(TranslationSentences.OPENING_CHARACTERS);
        assertThat(text).startsWith(opening + " ");
        assertThat(TranslationSentences.opening("curta")).isEqualTo("curta");
    }

    @Test
    void givenALongTextWithoutSpaces_whenItsOpeningIsTaken_thenNoCharacterIsCutInHalf() {
        String text = "a".repeat(TranslationSentences.OPENING_CHARACTERS - 1) + "😀".repeat(40);

        String opening = TranslationSentences.opening(text);

        assertThat(opening).isEqualTo("a".repeat(TranslationSentences.OPENING_CHARACTERS - 1));
    }

    @Test
    void givenALongParagraphWhoseOpeningIsClearlyDeclared_whenSegmented_thenOnlyTheOpeningIsRead() {
        // GIVEN a detector that records the lengths it is asked about and finds Portuguese with confidence
        List<Integer> asked = new java.util.ArrayList<>();
        LanguageDetector portuguese = text -> {
            asked.add(text.length());
            return Optional.of(new LanguageGuess("pt", 0.8));
        };
        String paragraph = "Uma frase bastante longa sobre sistemas e serviços. ".repeat(12);
        Translation t = portuguese(new Block(BlockKind.PARAGRAPH, paragraph));

        // WHEN segmented
        List<Sentence> out = new TranslationSentences(new SentenceSegmenter(), portuguese).of(t);

        // THEN the model read only the opening, and the paragraph keeps its language
        assertThat(asked).hasSize(1).allMatch(n -> n <= TranslationSentences.OPENING_CHARACTERS);
        assertThat(out).extracting(Sentence::lang).containsOnly("pt");
    }

    @Test
    void givenAnOpeningOnlyWeaklyInTheDeclaredLanguage_whenSegmented_thenTheWholeParagraphIsRead() {
        List<Integer> asked = new java.util.ArrayList<>();
        LanguageDetector unsure = text -> {
            asked.add(text.length());
            return Optional.of(new LanguageGuess("pt", 0.3));
        };
        String paragraph = "Uma frase bastante longa sobre sistemas e serviços. ".repeat(12);

        new TranslationSentences(new SentenceSegmenter(), unsure)
                .of(portuguese(new Block(BlockKind.PARAGRAPH, paragraph)));

        assertThat(asked)
                .containsExactly(TranslationSentences.opening(paragraph).length(), paragraph.length());
    }
}
