package dev.interlinear.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interlinear.answer.AnswerService;
import dev.interlinear.answer.Links;
import dev.interlinear.app.SampleCorpus;
import dev.interlinear.config.AnswerSettings;
import dev.interlinear.config.WebSettings;
import dev.interlinear.facts.FactBook;
import dev.interlinear.index.LanguageAnalyzers;
import dev.interlinear.language.LanguageDetector;
import dev.interlinear.language.LanguageModelUnavailableException;
import dev.interlinear.serving.Edition;
import dev.interlinear.serving.Health;
import dev.interlinear.serving.ServedEdition;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /health} as the parts of the service report themselves ({@link Health}), and {@code /api/ask} when the
 * language model is down. Each test starts a server of its own on the shared sample index, with a Health of its
 * own; the editions made here are never closed (that would close the shared index).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedSample.class)
class WebServerHealthTest {

    private static final WebSettings UNLIMITED = WebSettings.DEFAULTS.withAskPerMinute(0);
    private static final String WEI_DE = "Was äußerte C.C. Wei?";
    /** A line of a Java stack trace, or a class of ours or of the JDK named in a body. */
    private static final Pattern TRACE =
            Pattern.compile("\\bat [a-z][\\w$]*\\.[\\w$.]+\\(|dev\\.interlinear|java\\.lang|\\.java:\\d");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = new ObjectMapper();
    private SampleCorpus sample;

    @BeforeAll
    void share(SampleCorpus shared) {
        sample = shared;
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    private HttpResponse<String> get(WebServer s, String rawPathAndQuery) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + rawPathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private WebServer serving(Health health) throws Exception {
        return WebServer.start(loopback(), sample.served(), health, UNLIMITED);
    }

    /** The sample index answered by a service whose language detector's model could not be read. */
    private ServedEdition withoutLanguageModel() {
        LanguageDetector broken = text -> {
            throw new LanguageModelUnavailableException(
                    "the language model could not be read: " + "java.lang.OutOfMemoryError: Java heap space",
                    new OutOfMemoryError("Java heap space"));
        };
        AnswerService answers = new AnswerService(
                sample.index(),
                FactBook.load(sample.index().generation()),
                new LanguageAnalyzers(),
                broken,
                Set.of("en", "de", "pt", "es", "fr"),
                "en",
                AnswerSettings.DEFAULTS,
                new Links("http://localhost:8080"));
        return new ServedEdition(
                new Edition(sample.index(), answers, sample.app().factsService(sample.index())));
    }

    // --- /health

    @Test
    void givenEveryPartOk_whenHealthIsAsked_then200OkWithEachPartAndTheFormerKeys() throws Exception {
        // GIVEN the parts of a serving process, all reported working
        Health health = new Health();
        health.ok(Health.INDEX, true, "");
        health.ok(Health.LANGUAGE_MODEL, true, "loaded");
        health.ok(Health.FACTS, false, "");
        try (WebServer s = serving(health)) {

            // WHEN /health is asked
            HttpResponse<String> r = get(s, "/health");

            // THEN 200 "ok", with the keys clients read before and every part by name
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode body = mapper.readTree(r.body());
            assertThat(body.path("status").asText()).isEqualTo("ok");
            assertThat(body.path("index").asText()).isEqualTo("loaded");
            assertThat(body.path("sentences").asInt()).isEqualTo(sample.index().size());
            assertThat(body.has("discord")).isFalse();
            JsonNode parts = body.path("parts");
            assertThat(parts.fieldNames()).toIterable().containsExactlyInAnyOrder("index", "language-model", "facts");
            assertThat(parts.path("language-model").path("state").asText()).isEqualTo("ok");
            assertThat(parts.path("language-model").path("detail").asText()).isEqualTo("loaded");
        }
    }

    @Test
    void givenNoPartReported_whenHealthIsAsked_thenTheIndexPartTellsTheServedGeneration() throws Exception {
        try (WebServer s = serving(new Health())) {

            JsonNode body = mapper.readTree(get(s, "/health").body());

            assertThat(body.path("status").asText()).isEqualTo("ok");
            assertThat(body.path("parts").path("index").path("state").asText()).isEqualTo("ok");
            assertThat(body.path("parts").path("index").path("detail").asText())
                    .contains(sample.index().generation().getFileName().toString())
                    .doesNotContain(sample.index().generation().getParent().toString());
        }
    }

    @Test
    void givenAnIndexOlderThanTheArticlesOnDisk_whenHealthIsAsked_then200StaleWithTheReason() throws Exception {
        // GIVEN a rebuild that failed, so that the previous generation stays served
        Health health = new Health();
        health.stale(
                Health.INDEX, true, "serving the previous generation: the rebuild failed (no space left on device)");
        try (WebServer s = serving(health)) {

            HttpResponse<String> r = get(s, "/health");

            // THEN answers are still given (200), and the status and the index part say why they may be old
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode body = mapper.readTree(r.body());
            assertThat(body.path("status").asText()).isEqualTo("stale");
            assertThat(body.path("index").asText()).isEqualTo("loaded");
            assertThat(body.path("parts").path("index").path("state").asText()).isEqualTo("stale");
            assertThat(body.path("parts").path("index").path("detail").asText()).contains("no space left on device");
        }
    }

    @Test
    void givenTheLanguageModelDown_whenHealthIsAsked_then503NamingIt() throws Exception {
        Health health = new Health();
        health.down(Health.LANGUAGE_MODEL, true, "the language model could not be read: Java heap space");
        try (WebServer s = serving(health)) {

            HttpResponse<String> r = get(s, "/health");

            assertThat(r.statusCode()).isEqualTo(503);
            JsonNode body = mapper.readTree(r.body());
            assertThat(body.path("status").asText()).isEqualTo("unavailable");
            assertThat(body.path("parts").path("language-model").path("state").asText())
                    .isEqualTo("down");
            assertThat(body.path("parts").path("language-model").path("detail").asText())
                    .contains("Java heap space");
        }
    }

    @Test
    void givenTheFactsDown_whenHealthIsAsked_then200Degraded() throws Exception {
        // GIVEN the facts (not needed for answers) down
        Health health = new Health();
        health.ok(Health.INDEX, true, "");
        health.down(Health.FACTS, false, "the facts-reader thread died: Java heap space");
        try (WebServer s = serving(health)) {

            HttpResponse<String> r = get(s, "/health");

            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode body = mapper.readTree(r.body());
            assertThat(body.path("status").asText()).isEqualTo("degraded");
            assertThat(body.path("parts").path("facts").path("state").asText()).isEqualTo("down");
            assertThat(body.path("parts").path("index").path("state").asText()).isEqualTo("ok");
        }
    }

    @Test
    void givenDiscordDisconnected_whenHealthIsAsked_then503AsBefore() throws Exception {
        Health health = new Health();
        health.down(Health.DISCORD, true, "disconnected since 12:00:03 (gateway closed with 4004)");
        try (WebServer s = serving(health)) {

            HttpResponse<String> r = get(s, "/health");

            assertThat(r.statusCode()).isEqualTo(503);
            JsonNode body = mapper.readTree(r.body());
            assertThat(body.path("status").asText()).isEqualTo("unavailable");
            assertThat(body.path("discord").asText()).isEqualTo("disconnected");
            assertThat(body.path("parts").path("discord").path("state").asText())
                    .isEqualTo("down");
        }
    }

    @Test
    void givenDiscordReconnecting_whenHealthIsAskedAgain_thenItFollowsWhatThePartsReportNow() throws Exception {
        Health health = new Health();
        health.down(Health.DISCORD, true, "disconnected");
        try (WebServer s = serving(health)) {
            assertThat(get(s, "/health").statusCode()).isEqualTo(503);

            health.ok(Health.DISCORD, true, "connected");

            HttpResponse<String> r = get(s, "/health");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(mapper.readTree(r.body()).path("discord").asText()).isEqualTo("connected");
        }
    }

    // --- /api/ask without the language model

    @Test
    void givenTheLanguageModelDown_whenAQuestionIsAsked_then503JsonWithAClearSentenceAndNoTrace() throws Exception {
        try (WebServer s = WebServer.start(loopback(), withoutLanguageModel(), new Health(), UNLIMITED)) {

            HttpResponse<String> r = get(s, "/api/ask?q=" + URLEncoder.encode(WEI_DE, StandardCharsets.UTF_8));

            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
            JsonNode body = mapper.readTree(r.body());
            assertThat(body.fieldNames()).toIterable().containsExactly("error");
            assertThat(body.path("error").asText())
                    .contains("language model is not available")
                    .contains("lang=");
            assertThat(r.body()).doesNotContainPattern(TRACE).doesNotContain("OutOfMemoryError", "heap");
        }
    }

    @Test
    void givenTheLanguageModelDown_whenAQuestionNamesItsLanguage_thenItIsStillAnswered() throws Exception {
        try (WebServer s = WebServer.start(loopback(), withoutLanguageModel(), new Health(), UNLIMITED)) {

            HttpResponse<String> r = get(s, "/api/ask?lang=de&q=" + URLEncoder.encode(WEI_DE, StandardCharsets.UTF_8));

            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(mapper.readTree(r.body()).path("answered").asBoolean()).isTrue();
        }
    }
}
