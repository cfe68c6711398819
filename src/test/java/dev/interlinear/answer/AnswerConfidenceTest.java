package dev.interlinear.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class AnswerConfidenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int N = AnswerConfidence.FEATURES.size();

    /** A feature vector of zeros: the log-odds are the bias alone. */
    private static final double[] ZEROS = new double[N];

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static ObjectNode part(double bias) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode weights = node.putArray("weights");
        for (int i = 0; i < N; i++) {
            weights.add(0.5);
        }
        node.put("bias", bias);
        return node;
    }

    private static ObjectNode model(double bias) {
        ObjectNode root = part(bias);
        ArrayNode features = root.putArray("features");
        AnswerConfidence.FEATURES.forEach(features::add);
        root.set("other_language", part(bias - 1));
        return root;
    }

    @Test
    void givenNoSmallCorpusPart_whenAskedAtAnySize_thenTheMainPartDecides() {
        AnswerConfidence confidence = AnswerConfidence.read(model(-2));

        assertThat(confidence.probability(ZEROS, false, 20)).isCloseTo(sigmoid(-2), within(1e-12));
        assertThat(confidence.probability(ZEROS, false, 20_000)).isCloseTo(sigmoid(-2), within(1e-12));
        assertThat(confidence.probability(ZEROS, true, 20)).isCloseTo(sigmoid(-3), within(1e-12));
    }

    @Test
    void givenASmallCorpusPart_whenAskedBySize_thenItDecidesBelowFromTheMainPartAboveToAndBetweenTheyMix() {
        // GIVEN a main part at log-odds -2 and a part for small corpora at +2, mixed from 40 to 1000 sentences
        ObjectNode root = model(-2);
        ObjectNode small = part(2);
        small.put("from_sentences", 40);
        small.put("to_sentences", 1000);
        root.set("small_corpus", small);
        AnswerConfidence confidence = AnswerConfidence.read(root);

        // THEN the small part alone up to 40 sentences per language, the main part alone from 1000 on
        assertThat(confidence.probability(ZEROS, false, 12)).isCloseTo(sigmoid(2), within(1e-12));
        assertThat(confidence.probability(ZEROS, false, 40)).isCloseTo(sigmoid(2), within(1e-12));
        assertThat(confidence.probability(ZEROS, false, 1000)).isCloseTo(sigmoid(-2), within(1e-12));
        assertThat(confidence.probability(ZEROS, false, 58_000)).isCloseTo(sigmoid(-2), within(1e-12));
        // AND halfway by the logarithm of the size (200 = sqrt(40 * 1000)) the two log-odds count alike
        assertThat(confidence.probability(ZEROS, false, 200)).isCloseTo(0.5, within(1e-12));
        // AND a sentence in another language than the question keeps the main part's other-language weights
        assertThat(confidence.probability(ZEROS, true, 40)).isCloseTo(sigmoid(-3), within(1e-12));
        // AND the main part's own figure is the main part's alone
        assertThat(confidence.probability(ZEROS, false)).isCloseTo(sigmoid(-2), within(1e-12));
    }

    @Test
    void givenSizesInTheWrongOrder_whenRead_thenTheMessageSaysWhat() {
        ObjectNode root = model(-2);
        ObjectNode small = part(2);
        small.put("from_sentences", 1000);
        small.put("to_sentences", 40);
        root.set("small_corpus", small);

        assertThatThrownBy(() -> AnswerConfidence.read(root))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 < from < to");
    }

    @Test
    void givenOtherFeatures_whenRead_thenTheMessageSaysToRefit() {
        ObjectNode root = model(-2);
        root.putArray("features").add("coverage");

        assertThatThrownBy(() -> AnswerConfidence.read(root))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refit it with eval --fit");
    }

    @Test
    void givenTheShippedModel_whenRead_thenItHasAPartForSmallCorpora() throws Exception {
        JsonNode shipped;
        try (var in = AnswerConfidence.class.getResourceAsStream(AnswerConfidence.RESOURCE)) {
            shipped = JSON.readTree(in);
        }

        assertThat(shipped.path("small_corpus").path("from_sentences").asInt()).isPositive();
        assertThat(shipped.path("small_corpus").path("to_sentences").asInt())
                .isGreaterThan(
                        shipped.path("small_corpus").path("from_sentences").asInt());
        assertThat(AnswerConfidence.shipped()).isNotNull();
    }
}
