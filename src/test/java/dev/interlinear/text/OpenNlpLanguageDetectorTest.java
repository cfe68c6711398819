package dev.interlinear.text;

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
        LanguageGuess german = detector.detect("Wer hat was mit wem vereinbart?").orElseThrow();
        LanguageGuess portuguese = detector.detect("Quem disse que a central é grande?").orElseThrow();

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
        LanguageGuess guess = detector.detect("Rechenzentren benötigen gewaltige Strommengen, Kühlung und Netzanschlüsse.")
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
}
