package dev.interlinear.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The answer JSON of DESIGN.md (contract), checked on the serialised text as a client would read it. */
class AnswerJsonTest {

    private static final List<String> ROOT_KEYS =
            List.of("question", "language", "answered", "fallback", "answer", "alternatives");
    private static final List<String> ANSWER_KEYS = List.of(
            "article", "title", "lang", "sentenceIndex", "sentence", "context", "link", "score", "translations");
    private static final List<String> TRANSLATION_KEYS = List.of("lang", "sentenceIndex", "sentence", "link");
    private static final List<String> ALTERNATIVE_KEYS =
            List.of("article", "lang", "sentenceIndex", "sentence", "score", "link");

    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode json(AnswerResult r) throws Exception {
        return mapper.readTree(new AnswerJson().toString(r));
    }

    private static List<String> keys(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static Answer answer(Optional<String> textLang, Optional<String> readerLink) {
        return new Answer(
                "openai-compute",
                "Warum sammelt Sam ...",
                "de",
                textLang,
                7,
                "Kürzlich hat OpenAI ...",
                List.of("Davor.", ""),
                "http://localhost:8080/articles/openai-compute/de#s7",
                readerLink,
                0.83,
                List.of(new AlignedSentence(
                        "pt", 6, "Recentemente, ...", "http://localhost:8080/articles/openai-compute/pt#s6")),
                Optional.empty());
    }

    private static final Alternative ALTERNATIVE = new Alternative(
            "openai-compute", "de", 3, "Eine andere.", 0.41, "http://localhost:8080/articles/openai-compute/de#s3");

    @Test
    void givenAnAnsweredResult_whenSerialised_thenExactlyTheDesignKeysWithTheirValues() throws Exception {
        AnswerResult r = new AnswerResult(
                "Wie hoch ist der Vertrag mit Oracle?",
                "de",
                true,
                false,
                Optional.of(answer(Optional.empty(), Optional.empty())),
                List.of(ALTERNATIVE));

        JsonNode root = json(r);

        assertThat(keys(root)).containsExactlyInAnyOrderElementsOf(ROOT_KEYS);
        assertThat(root.get("question").asText()).isEqualTo("Wie hoch ist der Vertrag mit Oracle?");
        assertThat(root.get("language").asText()).isEqualTo("de");
        assertThat(root.get("answered").isBoolean()).isTrue();
        assertThat(root.get("answered").booleanValue()).isTrue();
        assertThat(root.get("fallback").booleanValue()).isFalse();

        JsonNode a = root.get("answer");
        assertThat(keys(a)).containsExactlyInAnyOrderElementsOf(ANSWER_KEYS);
        assertThat(a.get("article").asText()).isEqualTo("openai-compute");
        assertThat(a.get("sentenceIndex").isInt()).isTrue();
        assertThat(a.get("sentenceIndex").intValue()).isEqualTo(7);
        assertThat(a.get("context").isArray()).isTrue();
        assertThat(a.get("context")).extracting(JsonNode::asText).containsExactly("Davor.", "");
        assertThat(a.get("score").isNumber()).isTrue();
        assertThat(a.get("score").doubleValue()).isEqualTo(0.83);
        assertThat(a.get("link").asText()).endsWith("/articles/openai-compute/de#s7");

        assertThat(a.get("translations")).singleElement().satisfies(t -> {
            assertThat(keys(t)).containsExactlyInAnyOrderElementsOf(TRANSLATION_KEYS);
            assertThat(t.get("lang").asText()).isEqualTo("pt");
            assertThat(t.get("sentenceIndex").intValue()).isEqualTo(6);
        });
        assertThat(root.get("alternatives")).singleElement().satisfies(alt -> {
            assertThat(keys(alt)).containsExactlyInAnyOrderElementsOf(ALTERNATIVE_KEYS);
            assertThat(alt.get("sentenceIndex").intValue()).isEqualTo(3);
            assertThat(alt.get("score").doubleValue()).isEqualTo(0.41);
        });
    }

    @Test
    void givenAnAnswerFromAnUntranslatedParagraphWithAnExternalLink_whenSerialised_thenTextLangAndReaderLinkAreAdded()
            throws Exception {
        AnswerResult r = new AnswerResult(
                "q",
                "de",
                true,
                true,
                Optional.of(
                        answer(Optional.of("en"), Optional.of("http://localhost:8080/articles/openai-compute/de#s7"))),
                List.of());

        JsonNode a = json(r).get("answer");

        assertThat(keys(a))
                .containsAll(ANSWER_KEYS)
                .contains("textLang", "readerLink")
                .hasSize(ANSWER_KEYS.size() + 2);
        assertThat(a.get("textLang").asText()).isEqualTo("en");
        assertThat(json(r).get("fallback").booleanValue()).isTrue();
    }

    @Test
    void givenADeclinedResult_whenSerialised_thenNoAnswerKeyAndEmptyAlternatives() throws Exception {
        JsonNode root = json(AnswerResult.declined("Wie heißt der Hund von Sam?", "de"));

        assertThat(keys(root))
                .containsExactlyInAnyOrder("question", "language", "answered", "fallback", "alternatives");
        assertThat(root.has("answer")).isFalse();
        assertThat(root.get("answered").booleanValue()).isFalse();
        assertThat(root.get("fallback").booleanValue()).isFalse();
        assertThat(root.get("alternatives").isArray()).isTrue();
        assertThat(root.get("alternatives")).isEmpty();
    }

    @Test
    void givenNonAsciiText_whenSerialised_thenItRoundTripsUnchanged() throws Exception {
        String question = "Was äußerte C.C. Wei über „Chips“?";

        assertThat(json(AnswerResult.declined(question, "de")).get("question").asText())
                .isEqualTo(question);
    }
}
