package dev.interlinear.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenNlpLanguageDetectorTest {

    private static LanguageDetectorModel model;

    @BeforeAll
    static void loadModel() {
        model = OpenNlpLanguageDetector.loadModel();
    }

    /** Hands out the model and counts how often it was needed. */
    private static final class CountingModel implements Supplier<LanguageDetectorModel> {
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public LanguageDetectorModel get() {
            asked.incrementAndGet();
            return model;
        }
    }

    @Test
    void functionWordsSettleAQuestionWithoutTheModel() {
        // GIVEN a detector whose model is counted
        CountingModel counting = new CountingModel();
        OpenNlpLanguageDetector detector = new OpenNlpLanguageDetector(counting, List.of("de", "pt", "en"));

        // WHEN questions with plain function words are detected ("was" is English too)
        LanguageGuess german =
                detector.detect("Wer hat was mit wem vereinbart?").orElseThrow();
        LanguageGuess portuguese =
                detector.detect("Quem disse que a central é grande?").orElseThrow();

        // THEN they are recognised and the model was never asked for
        assertThat(german.lang()).isEqualTo("de");
        assertThat(portuguese.lang()).isEqualTo("pt");
        assertThat(counting.asked).hasValue(0);
    }

    @Test
    void textWithoutClearFunctionWordsAsksTheModel() {
        // GIVEN a detector whose model is counted
        CountingModel counting = new CountingModel();
        OpenNlpLanguageDetector detector = new OpenNlpLanguageDetector(counting, List.of("de", "pt", "en"));

        // WHEN a German text with no function word is detected
        LanguageGuess guess = detector.detect(
                        "Rechenzentren benötigen gewaltige Strommengen, Kühlung und Netzanschlüsse.")
                .orElseThrow();

        // THEN the model decided
        assertThat(guess.lang()).isEqualTo("de");
        assertThat(counting.asked).hasValue(1);
    }

    @Test
    void aSmallLeadOfFunctionWordsIsLeftToTheModel() {
        // GIVEN a detector whose model is counted; "was" is English too, "das" Portuguese too
        CountingModel counting = new CountingModel();
        OpenNlpLanguageDetector detector = new OpenNlpLanguageDetector(counting, List.of("de", "pt", "en"));

        // WHEN a short German question leads by two function words only
        LanguageGuess guess = detector.detect("Was ist das?").orElseThrow();

        // THEN the model decided (function words would claim less confidence than a short question needs)
        assertThat(guess.lang()).isEqualTo("de");
        assertThat(counting.asked).hasValue(1);
    }

    @Test
    void mixedFunctionWordsAreLeftToTheModel() {
        // GIVEN a detector whose model is counted
        CountingModel counting = new CountingModel();
        OpenNlpLanguageDetector detector = new OpenNlpLanguageDetector(counting, List.of("de", "pt", "en"));

        // WHEN an English question quotes a German phrase (two English function words, one German)
        detector.detect("What does das Kraftwerk mean?");

        // THEN function words alone did not settle it
        assertThat(counting.asked).hasValue(1);
    }

    @Test
    void chineseIsTheModelsMandarin() {
        // GIVEN a detector for Chinese among others (the model knows "cmn", not "zho")
        OpenNlpLanguageDetector detector = new OpenNlpLanguageDetector(model, List.of("en", "zh", "ar", "ru"));

        // WHEN a short Chinese question is detected, THEN Chinese, and sure of it (no other supported script)
        LanguageGuess guess = detector.detectQuestion("夏季剧院在哪里？").orElseThrow();
        assertThat(guess.lang()).isEqualTo("zh");
        assertThat(guess.confidence()).isGreaterThan(0.99);
        assertThat(detector.detect("萨克森花园用波兰语怎么说？").orElseThrow().lang()).isEqualTo("zh");
    }

    @Test
    void aRomanianParagraphIsNotTakenForFrenchByItsArticles() {
        // GIVEN a detector for Romanian and French, whose function words "a", "la", "de" they share
        OpenNlpLanguageDetector detector = new OpenNlpLanguageDetector(model, List.of("en", "fr", "ro"));

        // WHEN a Romanian question is detected, THEN Romanian
        assertThat(detector.detect("Când a fost fondată prima bursă de valori a Varșoviei?")
                        .orElseThrow()
                        .lang())
                .isEqualTo("ro");
        assertThat(detector.detectQuestion("Ce a dus la închiderea Bursei de Valori a Varșoviei?")
                        .orElseThrow()
                        .lang())
                .isEqualTo("ro");
    }

    @Test
    void namesAndAcronymsCountForNoLanguage() {
        // GIVEN the default languages
        OpenNlpLanguageDetector detector = new OpenNlpLanguageDetector(model, List.of("en", "de", "pt", "es", "fr"));

        // WHEN a Portuguese question full of English-looking names is detected
        LanguageGuess guess =
                detector.detectQuestion("O que a OpenAI assinou com a AMD?").orElseThrow();

        // THEN Portuguese, sure; and a question of names only is sure of nothing
        assertThat(guess.lang()).isEqualTo("pt");
        assertThat(guess.confidence()).isGreaterThan(0.99);
        assertThat(detector.detectQuestion("OpenAI AMD 6GW?").orElseThrow().confidence())
                .isLessThan(0.5);
    }

    @Test
    void frenchElisionsAndTypographicApostrophesAreFunctionWords() {
        // GIVEN a detector whose model is counted
        CountingModel counting = new CountingModel();
        OpenNlpLanguageDetector detector = new OpenNlpLanguageDetector(counting, List.of("en", "de", "pt", "es", "fr"));

        // WHEN a French chat message made of elided words is detected ("qu'", "c'", "l'")
        LanguageGuess guess = detector.detectQuestion("qu\u2019est-ce que c\u2019est l\u2019usine")
                .orElseThrow();

        // THEN French, settled by its function words alone
        assertThat(guess.lang()).isEqualTo("fr");
        assertThat(counting.asked).hasValue(0);
    }
}
