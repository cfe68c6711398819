package dev.interlinear.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interlinear.app.SampleCorpus;
import dev.interlinear.cli.CliRunner;
import dev.interlinear.config.WebSettings;
import dev.interlinear.eval.EvalQuestion;
import dev.interlinear.eval.QuestionFile;
import dev.interlinear.index.SentenceIndex;
import dev.interlinear.serving.Edition;
import dev.interlinear.serving.Health;
import dev.interlinear.serving.ServedEdition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The limits over HTTP: the rate limit on /api/ask (on a clock of the test's own), request sizes, bodies that
 * are never read, malformed requests, that no response carries a stack trace, and a short load test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedSample.class)
class WebServerLimitsTest {

    private static final String QUESTION = "Wie hoch ist der Vertrag mit Oracle?";
    /** A line of a Java stack trace, or a class of ours or of the JDK named in a body. */
    private static final Pattern TRACE =
            Pattern.compile("\\bat [a-z][\\w$]*\\.[\\w$.]+\\(|dev\\.interlinear|java\\.lang|\\.java:\\d");

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final ObjectMapper mapper = new ObjectMapper();

    private SampleCorpus sample;
    /** Without the rate limit, for everything but the limit itself. */
    private WebServer open;

    @BeforeAll
    void start(SampleCorpus shared) throws IOException {
        sample = shared;
        open = WebServer.start(loopback(), sample.served(), new Health(), WebSettings.DEFAULTS.withAskPerMinute(0));
    }

    @AfterAll
    void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {open}) {
            if (c != null) {
                c.close();
            }
        }
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    private WebServer limited(int perMinute, int burst, boolean trustProxy, ManualClock clock) throws IOException {
        return WebServer.start(
                loopback(),
                sample.served(),
                new Health(),
                new WebSettings(8080, Optional.empty(), perMinute, burst, trustProxy),
                clock);
    }

    private HttpResponse<String> get(WebServer s, String rawPathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + rawPathAndQuery))
                .timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String ask(String question) {
        return "/api/ask?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8);
    }

    /** A response read off a raw socket; status -1 when the server closed the connection without one. */
    private record Raw(int status, String head, String body) {}

    /** Sends these bytes as they are and reads until the server closes the connection. */
    private static Raw raw(WebServer s, byte[] request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), s.port())) {
            socket.setSoTimeout(30_000);
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
            } catch (SocketException e) {
                // the server may close before all is written; what it answered is still to be read
            }
            return read(socket.getInputStream());
        }
    }

    private static Raw raw(WebServer s, String request) throws IOException {
        return raw(s, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Raw read(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            in.transferTo(buffer);
        } catch (SocketException e) {
            // a reset after the response: keep what came
        }
        String response = buffer.toString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("^HTTP/1\\.1 (\\d{3})").matcher(response);
        if (!m.find()) {
            return new Raw(-1, "", response);
        }
        int split = response.indexOf("\r\n\r\n");
        return new Raw(
                Integer.parseInt(m.group(1)),
                split < 0 ? response : response.substring(0, split),
                split < 0 ? "" : response.substring(split + 4));
    }

    /** Reads the status line only, without waiting for the connection to close. */
    private static int statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        Matcher m = Pattern.compile("^HTTP/1\\.1 (\\d{3})").matcher(line);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private void assertHealthy(WebServer s) throws Exception {
        assertThat(get(s, "/health").statusCode()).isEqualTo(200);
        assertThat(get(s, ask(QUESTION)).statusCode()).isEqualTo(200);
    }

    // --- rate limit

    @Test
    void givenABurstOfTwo_whenAThirdQuestionFollowsAtOnce_then429WithRetryAfterAndAJsonBody() throws Exception {
        try (WebServer s = limited(30, 2, false, new ManualClock())) {
            assertThat(get(s, ask(QUESTION)).statusCode()).isEqualTo(200);
            assertThat(get(s, ask(QUESTION)).statusCode()).isEqualTo(200);

            HttpResponse<String> third = get(s, ask(QUESTION));

            assertThat(third.statusCode()).isEqualTo(429);
            assertThat(third.headers().firstValue("Retry-After")).contains("2");
            assertThat(third.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/json"));
            JsonNode body = mapper.readTree(third.body());
            assertThat(body.path("retry_after_seconds").asLong()).isEqualTo(2);
            assertThat(body.path("error").asText()).contains("too many questions");
            assertThat(third.headers().firstValue("Content-Security-Policy")).isPresent();
        }
    }

    @Test
    void givenAClientOverTheLimit_whenTheRetryAfterHasPassed_thenItIsAnsweredAgain() throws Exception {
        ManualClock clock = new ManualClock();
        try (WebServer s = limited(30, 1, false, clock)) {
            get(s, ask(QUESTION));
            long wait = Long.parseLong(
                    get(s, ask(QUESTION)).headers().firstValue("Retry-After").orElseThrow());

            clock.advance(Duration.ofSeconds(wait));

            assertThat(get(s, ask(QUESTION)).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void givenAClientOverTheLimit_whenItReadsPagesAndHealth_thenTheyAreServed() throws Exception {
        try (WebServer s = limited(30, 1, false, new ManualClock())) {
            get(s, ask(QUESTION));
            assertThat(get(s, ask(QUESTION)).statusCode()).isEqualTo(429);

            for (String path : List.of(
                    "/",
                    "/health",
                    "/articles/openai-compute/de",
                    "/articles/openai-compute/parallel",
                    "/static/reader.css")) {
                assertThat(get(s, path).statusCode()).as(path).isEqualTo(200);
            }
        }
    }

    @Test
    void givenARejectedQuestion_whenItBreaksARequestLimit_thenItTakesNoneOfTheClientsAllowance() throws Exception {
        try (WebServer s = limited(30, 1, false, new ManualClock())) {
            assertThat(raw(s, "GET /api/ask?q=%C3%28 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                            .status())
                    .isEqualTo(400);
            assertThat(get(s, "/api/ask?q=" + "x".repeat(RequestLimits.MAX_TARGET_CHARS))
                            .statusCode())
                    .isEqualTo(414);

            assertThat(get(s, ask(QUESTION)).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void givenNoTrustedProxy_whenTheClientSendsAnotherXForwardedForEachTime_thenItIsStillLimited() throws Exception {
        try (WebServer s = limited(30, 1, false, new ManualClock())) {
            assertThat(get(s, ask(QUESTION), "X-Forwarded-For", "198.51.100.1").statusCode())
                    .isEqualTo(200);

            assertThat(get(s, ask(QUESTION), "X-Forwarded-For", "198.51.100.2").statusCode())
                    .isEqualTo(429);
        }
    }

    @Test
    void givenATrustedProxy_whenItForwardsTwoClients_thenEachHasItsOwnAllowance() throws Exception {
        try (WebServer s = limited(30, 1, true, new ManualClock())) {
            assertThat(get(s, ask(QUESTION), "X-Forwarded-For", "198.51.100.1").statusCode())
                    .isEqualTo(200);
            assertThat(get(s, ask(QUESTION), "X-Forwarded-For", "198.51.100.2").statusCode())
                    .isEqualTo(200);

            // a client that writes a fake address first is still counted by the one the proxy appended
            assertThat(get(s, ask(QUESTION), "X-Forwarded-For", "203.0.113.9, 198.51.100.1")
                            .statusCode())
                    .isEqualTo(429);
        }
    }

    @Test
    void givenTheLimitOff_whenOneClientAsksManyQuestions_thenAllAreAnswered() throws Exception {
        for (int i = 0; i < 40; i++) {
            assertThat(get(open, ask(QUESTION)).statusCode()).isEqualTo(200);
        }
    }

    // --- sizes

    @Test
    void givenAnAddressOverTheCap_whenAsked_then414JsonOnTheApiAndPlainTextOnPages() throws Exception {
        String pad = "x".repeat(RequestLimits.MAX_TARGET_CHARS);

        HttpResponse<String> api = get(open, "/api/ask?q=" + pad);
        HttpResponse<String> page = get(open, "/articles/openai-compute/de?hl=1&pad=" + pad);

        assertThat(api.statusCode()).isEqualTo(414);
        assertThat(mapper.readTree(api.body()).path("error").asText())
                .contains("too long")
                .contains(Integer.toString(RequestLimits.MAX_TARGET_CHARS));
        assertThat(page.statusCode()).isEqualTo(414);
        assertThat(page.headers().firstValue("Content-Type")).contains("text/plain; charset=utf-8");
        assertThat(page.body()).startsWith("the address is too long");
    }

    @Test
    void givenAnAddressOfExactlyTheCap_whenAsked_thenServed() throws Exception {
        String prefix = "/articles/openai-compute/de?pad=";

        HttpResponse<String> r = get(open, prefix + "x".repeat(RequestLimits.MAX_TARGET_CHARS - prefix.length()));

        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void givenTheLongestQuestionFullyEscaped_whenAsked_thenItFitsUnderTheAddressCap() throws Exception {
        // 1 000 characters of three UTF-8 bytes each, every byte escaped: 9 000 characters of query
        String longest = "中".repeat(WebServer.MAX_QUESTION_CHARS - 1) + "?";
        String target = ask(longest) + "&lang=pt";
        assertThat(target.length()).isGreaterThan(9_000).isLessThanOrEqualTo(RequestLimits.MAX_TARGET_CHARS);

        HttpResponse<String> r = get(open, target);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(mapper.readTree(r.body()).path("question").asText()).isEqualTo(longest);
    }

    @Test
    void givenHeadersOverTheCap_whenAsked_then431() throws Exception {
        HttpResponse<String> r = get(open, "/health", "X-Pad", "y".repeat(RequestLimits.MAX_HEADER_CHARS));

        assertThat(r.statusCode()).isEqualTo(431);
        assertThat(r.body()).contains("headers are too large");
    }

    @Test
    void givenARequestLineFarOverEveryCap_whenSent_thenRefusedWithoutAnAnswerOrA414_andTheServerStaysHealthy()
            throws Exception {
        // Over the JDK's own cap the connection is dropped without a status (or, when that cap was set
        // earlier in this JVM without ours, the handler's 414 applies): never an answer or a 500.
        Raw r = raw(
                open, "GET /api/ask?q=" + "x".repeat(100_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(r.status()).isIn(-1, 414);
        assertHealthy(open);
    }

    // --- bodies

    @Test
    void givenAPostAnnouncingAGigabyteThatNeverComes_whenSent_then405WithoutWaitingForTheBody() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), open.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(
                    ("POST /api/ask?q=x HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 1073741824\r\n\r\n"
                                    + "the first bytes of a body that will never be complete")
                            .getBytes(StandardCharsets.US_ASCII));
            out.flush();

            // a server that read the body would wait here until the timeout
            assertThat(statusLine(socket.getInputStream())).isEqualTo(405);
        }
        assertHealthy(open);
    }

    @Test
    void givenAPutWithAnEndlessChunkedBody_whenSent_then405AndTheServerStaysHealthy() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), open.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write("PUT /articles/openai-compute/de HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            Thread writer = Thread.ofPlatform().daemon().start(() -> {
                byte[] chunk = ("4000\r\n" + "z".repeat(0x4000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    while (!stop.get()) {
                        out.write(chunk);
                    }
                } catch (IOException e) {
                    // the server closed the connection: expected
                }
            });

            assertThat(statusLine(socket.getInputStream())).isEqualTo(405);
            stop.set(true);
            // the server closes the connection after the response, which also ends a write in progress
            writer.join(30_000);
            assertThat(writer.isAlive()).isFalse();
        }
        assertHealthy(open);
    }

    @Test
    void givenAGetAnnouncingABodyThatNeverComes_whenSent_thenAnsweredWithoutReadingIt() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), open.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream()
                    .write("GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: 50000000\r\n\r\n{"
                            .getBytes(StandardCharsets.US_ASCII));

            assertThat(statusLine(socket.getInputStream())).isEqualTo(200);
        }
    }

    // --- malformed requests: a clear 4xx (or a closed connection), never a trace

    @ParameterizedTest
    @ValueSource(
            strings = {
                "TRACE / HTTP/1.1",
                "OPTIONS * HTTP/1.1",
                "CONNECT example.org:443 HTTP/1.1",
                "BREW /pot HTTP/1.1",
                "HEAD /api/ask?q=Oracle HTTP/1.1",
                "GET /api/ask?q=%zz HTTP/1.1",
                "GET /api/ask?q=%C3%28 HTTP/1.1",
                "GET /api/ask?q=%E0%A4 HTTP/1.1",
                "GET /api/ask?q=%ED%A0%80 HTTP/1.1",
                "GET /api/ask?q=Oracle&lang=%FF HTTP/1.1",
                "GET /articles/openai-compute/de?hl=%C3 HTTP/1.1",
                "GET /articles/openai-compute/de?hl=% HTTP/1.1",
                "GET /api/ask?q=<script> HTTP/1.1",
                "GET /health",
                "GET /%2e%2e/pom.xml HTTP/1.1",
                "GET http://evil.example/../pom.xml HTTP/1.1",
            })
    void givenAMalformedOrOddRequest_whenSent_thenA4xxWithAShortMessageAndNoTrace(String requestLine) throws Exception {
        Raw r = raw(open, requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        if (r.status() != -1) { // CONNECT: the JDK server closes the connection without a word
            assertThat(r.status()).as(requestLine).isBetween(400, 499);
            assertThat(r.body().length()).as(requestLine).isLessThan(2_000);
        }
        assertThat(r.body()).as(requestLine).doesNotContainPattern(TRACE);
        assertThat(r.head()).as(requestLine).doesNotContainPattern(TRACE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: abc",
                "GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999",
                "GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: -1",
                "GET /health HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip",
                "GET /health HTTP/1.1\r\nHo st: x",
            })
    void givenMalformedHeaders_whenSent_thenA4xxOr5xxFromTheJdkWithoutATrace(String head) throws Exception {
        Raw r = raw(open, head + "\r\nConnection: close\r\n\r\n");

        // the JDK server refuses these before any handler: 400, or 501 for an unknown transfer coding
        assertThat(r.status()).as(head).isIn(400, 501);
        assertThat(r.body()).as(head).doesNotContainPattern(TRACE);
    }

    @Test
    void givenRawUtf8InTheQuery_whenTheServerLetsItThrough_thenItIsReadAsUtf8() throws Exception {
        byte[] request =
                "GET /api/ask?q=Quem%20é%20o%20CEO%20da%20TSMC%3F HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.UTF_8);

        Raw r = raw(open, request);

        assertThat(r.status()).isEqualTo(200);
        assertThat(mapper.readTree(r.body()).path("question").asText()).isEqualTo("Quem é o CEO da TSMC?");
    }

    @Test
    void givenAFailureWhileServing_whenAsked_thenA500WithAPlainMessageAndNoTrace() throws Exception {
        // GIVEN an edition whose index was closed under it, as any part of serving might fail
        SentenceIndex closed = SentenceIndex.open(sample.index().generation());
        closed.close();
        ServedEdition broken = new ServedEdition(
                new Edition(closed, sample.service(), sample.app().factsService(sample.index())));
        try (WebServer s =
                WebServer.start(loopback(), broken, new Health(), WebSettings.DEFAULTS.withAskPerMinute(0))) {

            HttpResponse<String> r = get(s, "/health");

            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(r.headers().firstValue("Content-Type")).contains("text/plain; charset=utf-8");
            assertThat(r.body()).isEqualTo("Something went wrong; it has been logged.");
        }
    }

    // --- load

    private static List<String> devQuestions() {
        return new QuestionFile()
                .read(Path.of("eval/dev-questions.jsonl")).stream()
                        .map(EvalQuestion::question)
                        .toList();
    }

    @Test
    void givenTheLimitOff_when50ClientsAskAtOnceFor3Seconds_thenEveryQuestionIsAnswered() throws Exception {
        LoadTest load =
                new LoadTest(URI.create("http://127.0.0.1:" + open.port()), devQuestions(), Duration.ofSeconds(30));

        LoadTest.Result r = load.run(50, Duration.ZERO, Duration.ofSeconds(3));

        assertThat(r.errorSamples()).isEmpty();
        assertThat(r.errors()).isZero();
        assertThat(r.rateLimited()).isZero();
        assertThat(r.answers()).isPositive();
    }

    @Test
    void givenTheLimitOn_when20ClientsOfOneAddressAsk_thenTheBurstIsAnsweredAndTheRefusalsAreNotErrors()
            throws Exception {
        try (WebServer s = limited(30, 5, false, new ManualClock())) {
            LoadTest load =
                    new LoadTest(URI.create("http://127.0.0.1:" + s.port()), devQuestions(), Duration.ofSeconds(30));

            LoadTest.Result r = load.run(20, Duration.ZERO, Duration.ofSeconds(1));

            // the clock stands still: five answers, then each client is refused once and waits out the run
            assertThat(r.answers()).isEqualTo(5);
            assertThat(r.rateLimited()).isEqualTo(20);
            assertThat(r.errors()).isZero();
        }
    }

    @Test
    void givenARunningReader_whenTheLoadtestCommandRuns_thenItPrintsTheFiguresAndExits0() {
        CliRunner.Run run = CliRunner.run(
                "loadtest",
                "--url",
                "http://127.0.0.1:" + open.port(),
                "--clients",
                "4",
                "--seconds",
                "1",
                "--warmup",
                "0",
                "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode figures;
        try {
            figures = mapper.readTree(run.out());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + run.out(), e);
        }
        assertThat(figures.path("answers").asLong()).isPositive();
        assertThat(figures.path("errors").asLong()).isZero();
        assertThat(figures.path("p99_ms").asDouble()).isPositive();
    }

    @Test
    void givenNoReaderAtTheUrl_whenTheLoadtestCommandRuns_thenAUsageErrorNamingIt() throws Exception {
        int closedPort;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = free.getLocalPort();
        }

        CliRunner.Run run = CliRunner.run("loadtest", "--url", "http://127.0.0.1:" + closedPort, "--seconds", "1");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no reader answers at http://127.0.0.1:" + closedPort + "/health");
    }
}
