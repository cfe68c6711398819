package dev.interlinear.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interlinear.HostileText;
import dev.interlinear.SharedSample;
import dev.interlinear.app.SampleCorpus;
import dev.interlinear.config.WebSettings;
import dev.interlinear.serving.Health;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * {@code /api/ask} over HTTP on the sample, whatever the question, the language and the escaping of the query:
 * the answer JSON (200) or a 400 whose JSON says why in one line; never a 500.
 */
class AskApiPropertiesTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static WebServer server;

    @BeforeContainer
    static void start() throws IOException {
        SampleCorpus sample = SharedSample.get();
        server = WebServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                sample.served(),
                new Health(),
                WebSettings.DEFAULTS.withAskPerMinute(0));
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Property(tries = 100)
    void givenAnyQuestion_whenAskedOverHttp_thenTheAnswerOrA400WithItsReason(
            @ForAll("questions") String question, @ForAll("languages") Optional<String> lang) throws Exception {
        String query = "q=" + URLEncoder.encode(question, StandardCharsets.UTF_8)
                + lang.map(l -> "&lang=" + URLEncoder.encode(l, StandardCharsets.UTF_8))
                        .orElse("");

        HttpResponse<String> r = get("/api/ask?" + query);

        JsonNode body = assertAnswerOr400(r);
        // What the server receives: the question as the encoder sent it (a run of lone surrogates may shrink).
        String received =
                URLDecoder.decode(URLEncoder.encode(question, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        if (r.statusCode() == 414) {
            assertThat(received.length()).isGreaterThan(WebServer.MAX_QUESTION_CHARS);
        }
        if (!received.isBlank() && received.length() > WebServer.MAX_QUESTION_CHARS) {
            assertThat(r.statusCode()).isIn(400, 414);
            assertThat(body.path("error").asText()).contains("too long");
        }
        Statistics.label("status").collect(r.statusCode());
    }

    @Property(tries = 80)
    void givenAnyRawQuery_whenSent_thenTheAnswerOrA400(@ForAll("rawQueries") String rawQuery) throws Exception {
        // Sent byte for byte: an HTTP client would refuse a malformed escape before sending it.
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write(("GET /api/ask?" + rawQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                    + "Connection: close\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            String head = response.substring(0, response.indexOf("\r\n\r\n"));
            String contentType = head.lines()
                    .filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                    .findFirst()
                    .orElse("");
            if (status == 400 && !contentType.contains("json")) {
                // A target that is no URI at all ("%", "%ZZ") is refused by the JDK's HTTP server itself.
                Statistics.label("refused by").collect("HTTP server");
                return;
            }
            assertAnswerOr400(
                    status,
                    contentType.substring(contentType.indexOf(':') + 1).strip(),
                    response.substring(head.length() + 4));
            Statistics.label("refused by").collect(status == 200 ? "none" : "API");
        }
    }

    private static JsonNode assertAnswerOr400(HttpResponse<String> r) throws IOException {
        return assertAnswerOr400(
                r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    private static JsonNode assertAnswerOr400(int status, String contentType, String text) throws IOException {
        // 414: the whole address is over the server's limit, which only a question over the length limit reaches.
        assertThat(status).as(text).isIn(200, 400, 414);
        assertThat(contentType).startsWith("application/json");
        JsonNode body = JSON.readTree(text);
        if (status == 200) {
            assertThat(body.path("answered").isBoolean()).isTrue();
            assertThat(body.path("answered").asBoolean()).isEqualTo(body.has("answer"));
        } else {
            assertThat(body.path("error").asText()).isNotBlank().doesNotContain("\n");
        }
        return body;
    }

    private static HttpResponse<String> get(String pathAndQuery) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> questions() {
        return Arbitraries.oneOf(
                HostileText.questions().filter(q -> q.length() <= 3_000), HostileText.repeated(990, 1_010));
    }

    @Provide
    Arbitrary<Optional<String>> languages() {
        return Arbitraries.of("de", "pt", "en", "pt-BR", "xx", "", " ", "de-XX-foo", "\u0000", "😀", "x".repeat(300))
                .optional(0.3);
    }

    /** Queries as a client might botch them: bad escapes, repeated or empty parameters, no value. */
    @Provide
    Arbitrary<String> rawQueries() {
        Arbitrary<String> piece = Arbitraries.of(
                "q=", "lang=", "&", "=", "%", "%2", "%ZZ", "%E0%A4", "%C3%A9", "%00", "%0A", "%FF", "+", "Oracle",
                "OpenAI", "de", "q", "x", "%25", "%26", "%3D", "*", "(", ")", "~", "!", "'");
        return piece.list().ofMaxSize(20).map(pieces -> String.join("", pieces));
    }
}
