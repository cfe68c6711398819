package dev.interlinear.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SupportedLanguagesModelTest {

    private static final Set<String> CODES = Set.of("deu", "por", "eng", "spa", "fra");
    private static LanguageDetectorModel full;
    private static LanguageDetectorModel restricted;

    @BeforeAll
    static void restrict() {
        full = OpenNlpLanguageDetector.loadModel();
        restricted = SupportedLanguagesModel.restrict(full, CODES);
    }

    @Test
    void givenTheFiveLanguagesOfTheSample_whenRestricted_thenOnlyTheyAreOutcomes() {
        assertThat(restricted.getMaxentModel().getNumOutcomes()).isEqualTo(5);
        assertThat(new LanguageDetectorME(restricted).getSupportedLanguages())
                .containsExactlyInAnyOrderElementsOf(CODES);
    }

    @Test
    void givenRealParagraphs_whenDetected_thenTheKeptLanguagesKeepTheirProbabilityRatios() {
        for (String text : DetectionSamples.paragraphs().subList(0, 200)) {
            // GIVEN each kept language's probability by the full and by the restricted model
            Map<String, Double> before = probabilities(full, text);
            Map<String, Double> after = probabilities(restricted, text);

            // THEN every ratio to English is the same (in log space, to rounding)
            for (String code : CODES) {
                assertThat(Math.log(after.get(code) / after.get("eng")))
                        .as("%s: %s", code, text)
                        .isCloseTo(Math.log(before.get(code) / before.get("eng")), within(1e-9));
            }
        }
    }

    @Test
    void givenEveryCodeOfTheModel_whenRestricted_thenTheModelIsKept() {
        List<String> all = List.of(new LanguageDetectorME(full).getSupportedLanguages());
        assertThat(SupportedLanguagesModel.restrict(full, Set.copyOf(all))).isSameAs(full);
    }

    private static Map<String, Double> probabilities(LanguageDetectorModel model, String text) {
        Map<String, Double> out = new HashMap<>();
        for (Language l : new LanguageDetectorME(model).predictLanguages(text)) {
            out.put(l.getLang(), l.getConfidence());
        }
        return out;
    }
}
