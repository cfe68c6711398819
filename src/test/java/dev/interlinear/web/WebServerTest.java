package dev.interlinear.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interlinear.answer.AlignedSentence;
import dev.interlinear.answer.Answer;
import dev.interlinear.answer.AnswerJson;
import dev.interlinear.answer.AskRequest;
import dev.interlinear.app.SampleCorpus;
import dev.interlinear.cli.CliRunner;
import dev.interlinear.config.WebSettings;
import dev.interlinear.serving.Health;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The web reader over HTTP: 404s, path tricks, escaping of article text, CSP, lang attributes, highlight and
 * switcher, /health both ways, /api/ask against {@code ask --json}, methods and static files. Two servers for
 * the whole class: one on the sample articles, one on a small corpus with hostile text, both without the rate
 * limit (the limits have {@link WebServerLimitsTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedSample.class)
class WebServerTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(1)>";
    private static final String WEI_DE = "Was äußerte C.C. Wei?";
    /** These tests ask far more questions than a client may; the limit has its own tests. */
    private static final WebSettings UNLIMITED = WebSettings.DEFAULTS.withAskPerMinute(0);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final ObjectMapper mapper = new ObjectMapper();

    private Path tmp;
    private SampleCorpus sample;
    private WebServer server;
    private SampleCorpus tricky;
    private WebServer trickyServer;

    @BeforeAll
    void start(SampleCorpus shared, @TempDir Path dir) throws IOException {
        tmp = dir;
        sample = shared;
        server = WebServer.start(loopback(), sample.served(), new Health(), UNLIMITED);

        Path corpus = tmp.resolve("tricky-articles");
        Path article = Files.createDirectories(corpus.resolve("tricky"));
        Files.writeString(article.resolve("article.yaml"), """
                titles:
                  de: "Titel %s"
                  pt: 'Título %s'
                """.formatted(SCRIPT, IMG));
        Files.writeString(article.resolve("de.txt"), """
                Die Firma veröffentlichte am Montag einen Bericht über ihre Server. Darin stand der Text %s als Beispiel.

                Ein Angreifer schrieb außerdem %s in das Formular. Die Prüfung fand den Fehler am nächsten Tag.
                """.formatted(SCRIPT, IMG));
        Files.writeString(article.resolve("pt.txt"), """
                A empresa publicou na segunda-feira um relatório sobre os seus servidores. Nele estava o texto %s como exemplo.

                Um atacante escreveu também %s no formulário. A verificação encontrou o erro no dia seguinte.

                The kernel messages shown on the console can be filtered by setting a threshold level with dmesg. \
                This is useful when the console is flooded during boot.
                """.formatted(SCRIPT, IMG));
        tricky = SampleCorpus.open(corpus, tmp.resolve("tricky-data"));
        trickyServer = WebServer.start(loopback(), tricky.served(), new Health(), UNLIMITED);
    }

    @AfterAll
    void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {server, trickyServer, tricky}) {
            if (c != null) {
                c.close();
            }
        }
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    // --- helpers

    private HttpResponse<String> get(WebServer s, String rawPathAndQuery) throws Exception {
        return send(s, "GET", rawPathAndQuery);
    }

    private HttpResponse<String> get(String rawPathAndQuery) throws Exception {
        return get(server, rawPathAndQuery);
    }

    private HttpResponse<String> send(WebServer s, String method, String rawPathAndQuery) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + rawPathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private record RawResponse(int status, String head, String body) {}

    /** Sends the request line byte for byte (no client-side normalisation), to 127.0.0.1. */
    private static RawResponse raw(WebServer s, String rawTarget) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), s.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawTarget + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            in.transferTo(buffer);
            String response = buffer.toString(StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            String head = split < 0 ? response : response.substring(0, split);
            String body = split < 0 ? "" : response.substring(split + 4);
            Matcher m = Pattern.compile("^HTTP/1\\.1 (\\d{3})").matcher(head);
            assertThat(m.find()).as("status line of %s: %s", rawTarget, head).isTrue();
            return new RawResponse(Integer.parseInt(m.group(1)), head, body);
        }
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void assertNotFoundPage(HttpResponse<String> r) {
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("text/html"));
        assertThat(r.body())
                .startsWith("<!doctype html>")
                .contains("<h1>Not found</h1>")
                .contains("</html>")
                .contains("href=\"/\"");
    }

    private static void assertNoFileContent(String body) {
        assertThat(body).doesNotContain("<project", "modelVersion", "root:x:0:0", "[boot loader]", "<artifactId>");
    }

    private static String csp(HttpResponse<?> r) {
        return r.headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow(() -> new AssertionError("no Content-Security-Policy on " + r.uri()));
    }

    private static String htmlLang(String page) {
        Matcher m = Pattern.compile("<html lang=\"([^\"]*)\">").matcher(page);
        assertThat(m.find()).as("an <html lang=...> element").isTrue();
        return m.group(1);
    }

    /** The opening tag of the element with this id. */
    private static String tagWithId(String page, String id) {
        Matcher m = Pattern.compile("<[a-z]+ id=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(page);
        assertThat(m.find()).as("an element with id %s", id).isTrue();
        return m.group();
    }

    /** The address the switcher's link to {@code lang} leads to, with HTML character references resolved. */
    private static String switcherHref(String page, String lang) {
        Matcher nav = Pattern.compile("<nav class=\"switcher\"[^>]*>(.*?)</nav>", Pattern.DOTALL)
                .matcher(page);
        assertThat(nav.find()).as("the switcher").isTrue();
        Matcher a = Pattern.compile("<a href=\"([^\"]*)\" hreflang=\"" + Pattern.quote(lang) + "\"")
                .matcher(nav.group(1));
        assertThat(a.find()).as("a switcher link to %s", lang).isTrue();
        return unescape(a.group(1));
    }

    private static String unescape(String attribute) {
        Matcher ref = Pattern.compile("&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|quot|lt|gt|apos));")
                .matcher(attribute);
        StringBuilder out = new StringBuilder();
        while (ref.find()) {
            String replacement;
            if (ref.group(1) != null) {
                replacement = Character.toString(Integer.parseInt(ref.group(1), 16));
            } else if (ref.group(2) != null) {
                replacement = Character.toString(Integer.parseInt(ref.group(2)));
            } else {
                replacement = switch (ref.group(3)) {
                    case "amp" -> "&";
                    case "quot" -> "\"";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    default -> "'";
                };
            }
            ref.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        ref.appendTail(out);
        return out.toString();
    }

    // --- 404

    @Test
    void givenTheParallelView_whenTranslationsDisagreeOnAFigure_thenBothSentencesAreMarkedWithTheOtherFigure()
            throws Exception {
        String page = get("/articles/openai-compute/parallel?langs=de,pt").body();

        assertThat(page)
                .contains("id=\"de-s1\" class=\"s disagree\"")
                .contains("700 Milliarden US-Dollar \u2260 7 trilhões de dólares (pt)")
                .contains("7 trilhões de dólares \u2260 700 Milliarden US-Dollar (de)");
        assertThat(page.split("class=\"s disagree\"", -1)).hasSize(3);
    }

    @Test
    void givenAnUnknownArticle_whenItsPageIsAsked_thenA404HtmlPage() throws Exception {
        HttpResponse<String> r = get("/articles/no-such-article/de");

        assertNotFoundPage(r);
        assertThat(r.body()).contains("no-such-article");
    }

    @Test
    void givenAKnownArticleAndAnUnknownLanguage_whenItsPageIsAsked_thenA404HtmlPage() throws Exception {
        assertNotFoundPage(get("/articles/openai-compute/fr"));
        assertNotFoundPage(get("/articles/openai-compute/xx-yy"));
    }

    @Test
    void givenAnUnknownPath_whenAsked_thenA404HtmlPage() throws Exception {
        assertNotFoundPage(get("/wp-admin/"));
        assertNotFoundPage(get("/articles"));
        assertNotFoundPage(get("/articles/openai-compute"));
        assertNotFoundPage(get("/static/missing.css"));
        assertNotFoundPage(get("/articles/openai-compute/de/extra"));
    }

    @Test
    void givenAParallelViewWithAnUnknownOrSingleLanguage_whenAsked_thenA404HtmlPage() throws Exception {
        assertNotFoundPage(get("/articles/openai-compute/parallel?langs=de,fr"));
        assertNotFoundPage(get("/articles/openai-compute/parallel?langs=de"));
        assertNotFoundPage(get("/articles/openai-compute/parallel?langs=de,de"));
        assertNotFoundPage(get("/articles/nothing-here/parallel?langs=de,pt"));
    }

    // --- path tricks

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/articles/..%2f..%2fetc/passwd",
                "/articles/openai-compute/..",
                "/articles/openai-compute/../../pom.xml",
                "/%2e%2e/",
                "/%2e%2e/pom.xml",
                "/static/../pom.xml",
                "/static/..%2fpom.xml",
                "/static/%2e%2e/pom.xml",
                "/static/%2E%2E%2Fpom.xml",
                "/static/..%5cpom.xml",
                "/static/reader.css%00.xml",
                "/static//reader.css",
                "//etc/passwd",
                "/articles//openai-compute/de",
                "/articles/openai-compute//de",
                "/../../../../etc/passwd",
            })
    void givenAPathTrick_whenAsked_then404AndNoFileContent(String rawPath) throws Exception {
        RawResponse r = raw(server, rawPath);

        assertThat(r.status()).as(rawPath).isEqualTo(404);
        assertThat(r.body()).contains("<h1>Not found</h1>");
        assertNoFileContent(r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/static\\..\\pom.xml", "/articles\\..\\..\\pom.xml", "\\..\\pom.xml"})
    void givenABackslashInThePath_whenAsked_thenNeverAFile(String rawPath) throws Exception {
        RawResponse r = raw(server, rawPath);

        // The JDK's server may refuse the request line itself (400); if it reaches the reader, it is a 404.
        assertThat(r.status()).as(rawPath).isIn(400, 404);
        assertNoFileContent(r.body());
    }

    @Test
    void givenThePathTricksSentThroughTheHttpClient_whenAsked_thenAlso404() throws Exception {
        for (String path : List.of(
                "/articles/..%2f..%2fetc/passwd", "/%2e%2e/", "/static/%2e%2e/pom.xml", "/static/..%5cpom.xml")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertNoFileContent(r.body());
        }
    }

    // --- escaping

    @Test
    void givenArticleTextWithMarkup_whenTheTranslationIsShown_thenItIsEscaped() throws Exception {
        HttpResponse<String> r = get(trickyServer, "/articles/tricky/de");

        assertThat(r.statusCode()).isEqualTo(200);
        assertEscaped(r.body());
        assertThat(r.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt; als Beispiel");
    }

    @Test
    void givenArticleTextWithMarkup_whenTheParallelViewIsShown_thenItIsEscaped() throws Exception {
        HttpResponse<String> r = get(trickyServer, "/articles/tricky/parallel?langs=de,pt");

        assertThat(r.statusCode()).isEqualTo(200);
        assertEscaped(r.body());
        assertThat(r.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt; como exemplo");
    }

    @Test
    void givenTitlesWithMarkup_whenTheIndexIsShown_thenTheyAreEscaped() throws Exception {
        HttpResponse<String> r = get(trickyServer, "/");

        assertThat(r.statusCode()).isEqualTo(200);
        assertEscaped(r.body());
        assertThat(r.body())
                .contains("Titel &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Título &quot;&gt;&lt;img");
    }

    @Test
    void givenATitleWithMarkup_whenTheTranslationIsShown_thenTheTitleElementIsEscaped() throws Exception {
        HttpResponse<String> r = get(trickyServer, "/articles/tricky/pt");

        assertThat(r.statusCode()).isEqualTo(200);
        assertEscaped(r.body());
        assertThat(r.body()).contains("<title>Título &quot;&gt;&lt;img src");
    }

    private static void assertEscaped(String page) {
        assertThat(page)
                .doesNotContain("<script>alert")
                .doesNotContain("<img")
                .doesNotContain("onerror=alert")
                .doesNotContain("\"><img");
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;img src");
        // The only scripts a page loads are this server's own.
        Matcher scripts = Pattern.compile("<script[^>]*>").matcher(page);
        while (scripts.find()) {
            assertThat(scripts.group()).isEqualTo("<script src=\"/static/reader.js\" defer>");
        }
    }

    // --- CSP

    @Test
    void givenHtmlJsonStaticAndErrorResponses_whenAsked_thenEachHasACspThatAllowsNoOtherHost() throws Exception {
        List<HttpResponse<String>> responses = List.of(
                get("/"),
                get("/articles/openai-compute/de"),
                get("/articles/openai-compute/parallel?langs=de,pt"),
                get("/api/ask?q=" + q(WEI_DE)),
                get("/api/ask?q="),
                get("/health"),
                get("/static/reader.css"),
                get("/nothing"),
                send(server, "POST", "/api/ask?q=x"));

        for (HttpResponse<String> r : responses) {
            String csp = csp(r);
            assertThat(csp)
                    .as("CSP of %s", r.uri())
                    .contains("default-src 'none'")
                    .doesNotContain("http", "*", "'unsafe-inline'", "'unsafe-eval'", "data:", "blob:");
            for (String directive : csp.split(";")) {
                List<String> parts = List.of(directive.strip().split("\\s+"));
                assertThat(parts.subList(1, parts.size()))
                        .as("sources of %s", directive)
                        .allSatisfy(source -> assertThat(source).isIn("'self'", "'none'"));
            }
        }
    }

    @Test
    void givenAnyPage_whenItIsShown_thenItLinksNoOtherHost() throws Exception {
        for (String path :
                List.of("/", "/articles/openai-compute/de", "/articles/openai-compute/parallel?langs=de,pt")) {
            String body = get(path).body();
            assertThat(body).as(path).doesNotContainPattern("(src|href)=\"(https?:)?//");
        }
    }

    // --- lang attributes

    @Test
    void givenATranslation_whenItIsShown_thenTheHtmlLangIsItsLanguage() throws Exception {
        assertThat(htmlLang(get("/articles/openai-compute/de").body())).isEqualTo("de");
        assertThat(htmlLang(get("/articles/openai-compute/pt").body())).isEqualTo("pt");
        assertThat(htmlLang(get("/articles/openai-compute/parallel?langs=pt,de").body()))
                .isEqualTo("pt");
    }

    @Test
    void givenAnEnglishParagraphInAPortugueseTranslation_whenItIsShown_thenItsSpansSayLangEn() throws Exception {
        String page = get(trickyServer, "/articles/tricky/pt").body();

        Matcher kernel = Pattern.compile("<span id=\"s(\\d+)\" class=\"s\"([^>]*)>The kernel messages")
                .matcher(page);
        assertThat(kernel.find()).as("the English sentence as a span").isTrue();
        assertThat(kernel.group(2)).isEqualTo(" lang=\"en\"");
        Matcher flooded = Pattern.compile("<span id=\"s(\\d+)\" class=\"s\"([^>]*)>This is useful")
                .matcher(page);
        assertThat(flooded.find()).isTrue();
        assertThat(flooded.group(2)).isEqualTo(" lang=\"en\"");
        // Portuguese sentences carry no lang of their own: they inherit the page's.
        Matcher pt =
                Pattern.compile("<span id=\"s0\" class=\"s\"([^>]*)>A empresa").matcher(page);
        assertThat(pt.find()).isTrue();
        assertThat(pt.group(1)).isEmpty();
        assertThat(htmlLang(page)).isEqualTo("pt");
    }

    @Test
    void givenAnEnglishParagraphInAPortugueseTranslation_whenShownSideBySide_thenItsSpansSayLangEn() throws Exception {
        String page = get(trickyServer, "/articles/tricky/parallel?langs=pt,de").body();

        assertThat(page).containsPattern("<span id=\"pt-s\\d+\" class=\"s\" lang=\"en\">The kernel messages");
        assertThat(page).containsPattern("<td lang=\"pt\"><span id=\"pt-s0\" class=\"s\">A empresa");
    }

    // --- highlight and switcher

    @Test
    void givenHl4_whenTheTranslationIsShown_thenSentence4IsHighlightedAndTheSwitcherPointsAtTheAlignedSentence()
            throws Exception {
        // The aligned Portuguese sentence, as the answer service reports it
        Answer answer = sample.service().ask(AskRequest.of(WEI_DE)).answer().orElseThrow();
        assertThat(answer.lang()).isEqualTo("de");
        assertThat(answer.sentenceIndex()).isEqualTo(4);
        AlignedSentence pt = answer.translations().stream()
                .filter(t -> t.lang().equals("pt"))
                .findFirst()
                .orElseThrow();

        String page = get("/articles/openai-compute/de?hl=4").body();

        assertThat(tagWithId(page, "s4")).contains("class=\"s hl\"");
        assertThat(page).containsOnlyOnce(" hl\"");
        assertThat(page).contains("data-highlight=\"4\"");
        String expected = "/articles/openai-compute/pt?hl=" + pt.sentenceIndex() + "#s" + pt.sentenceIndex();
        assertThat(switcherHref(page, "pt")).isEqualTo(expected);
        Matcher parallel =
                Pattern.compile("<a href=\"([^\"]*)\" class=\"parallel\"").matcher(page);
        assertThat(parallel.find()).as("the side-by-side link").isTrue();
        assertThat(unescape(parallel.group(1))).isEqualTo("/articles/openai-compute/parallel?langs=de,pt&hl=4");
        // and that is the place of the same quote in Portuguese
        String ptPage =
                get("/articles/openai-compute/pt?hl=" + pt.sentenceIndex()).body();
        assertThat(ptPage)
                .containsPattern(
                        "<span id=\"s" + pt.sentenceIndex() + "\" class=\"s hl\">[^<]*Altman é muito agressivo");
    }

    @Test
    void givenNoHl_whenTheTranslationIsShown_thenNothingIsHighlightedAndTheSwitcherGoesToTheTop() throws Exception {
        String page = get("/articles/openai-compute/de").body();

        assertThat(page).doesNotContain(" hl\"");
        assertThat(switcherHref(page, "pt")).isEqualTo("/articles/openai-compute/pt");
        assertThat(tagWithId(page, "s0")).isEqualTo("<span id=\"s0\" class=\"s\">");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "?hl=-1",
                "?hl=99999",
                "?hl=abc",
                "?hl=",
                "?hl=4%00",
                "?hl=1e3",
                "?hl=2147483648",
                "?hl=99999999999999999999999999999999",
                "?hl=%EF%BC%94"
            })
    void givenAnOddHl_whenTheTranslationIsShown_thenThePageStillLoadsWithoutHighlight(String query) throws Exception {
        // A shared link may carry a sentence number of an older version of the article: the page still loads.
        HttpResponse<String> r = get("/articles/openai-compute/de" + query);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain(" hl\"");
    }

    @Test
    void givenHlInTheParallelView_whenShown_thenTheRowOfTheFirstLanguagesSentenceHoldsTheAlignedSentence()
            throws Exception {
        String page = get("/articles/openai-compute/parallel?langs=de,pt&hl=4").body();

        Matcher row =
                Pattern.compile("<tr id=\"g\\d+\">.*?</tr>", Pattern.DOTALL).matcher(page);
        String hlRow = null;
        while (row.find()) {
            if (row.group().contains("id=\"de-s4\"")) {
                hlRow = row.group();
            }
        }
        assertThat(hlRow).as("the row holding de-s4").isNotNull();
        assertThat(hlRow).contains("<span id=\"de-s4\" class=\"s hl\">").contains("Altman é muito agressivo");
        assertThat(page).containsOnlyOnce(" hl\"");
    }

    // --- /health

    @Test
    void givenALoadedIndexAndNoBot_whenHealthIsAsked_then200Ok() throws Exception {
        HttpResponse<String> r = get("/health");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/json"));
        JsonNode body = mapper.readTree(r.body());
        assertThat(body.path("status").asText()).isEqualTo("ok");
        assertThat(body.path("sentences").asInt()).isPositive();
        assertThat(body.has("discord")).isFalse();
    }

    @Test
    void givenTheBotConnected_whenHealthIsAsked_then200Ok() throws Exception {
        Health health = new Health();
        health.ok(Health.DISCORD, true, "connected");
        try (WebServer s = WebServer.start(loopback(), sample.served(), health, UNLIMITED)) {
            HttpResponse<String> r = get(s, "/health");

            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode body = mapper.readTree(r.body());
            assertThat(body.path("status").asText()).isEqualTo("ok");
            assertThat(body.path("discord").asText()).isEqualTo("connected");
        }
    }

    @Test
    void givenTheBotDisconnected_whenHealthIsAsked_then503() throws Exception {
        Health health = new Health();
        health.down(Health.DISCORD, true, "disconnected");
        try (WebServer s = WebServer.start(loopback(), sample.served(), health, UNLIMITED)) {
            HttpResponse<String> r = get(s, "/health");

            assertThat(r.statusCode()).isEqualTo(503);
            JsonNode body = mapper.readTree(r.body());
            assertThat(body.path("status").asText()).isNotEqualTo("ok");
            assertThat(body.path("discord").asText()).isEqualTo("disconnected");
        }
    }

    @Test
    void givenAnEmptyIndex_whenHealthIsAsked_then503() throws Exception {
        // GIVEN a corpus whose only translation has no text
        Path corpus = Files.createDirectories(tmp.resolve("empty-articles/nothing"));
        Files.writeString(corpus.resolve("de.txt"), "");
        SampleCorpus empty;
        try {
            empty = SampleCorpus.open(tmp.resolve("empty-articles"), tmp.resolve("empty-data"));
        } catch (RuntimeException e) {
            Assumptions.abort("an index without sentences cannot be built: " + e.getMessage());
            return;
        }
        try (empty;
                WebServer s = WebServer.start(loopback(), empty.served(), new Health(), UNLIMITED)) {
            Assumptions.assumeTrue(empty.index().size() == 0, "the corpus was not empty after all");

            HttpResponse<String> r = get(s, "/health");

            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(mapper.readTree(r.body()).path("status").asText()).isNotEqualTo("ok");
            // and the reader still answers
            assertThat(get(s, "/").statusCode()).isEqualTo(200);
            assertThat(get(s, "/api/ask?q=" + q(WEI_DE)).statusCode()).isEqualTo(200);
        }
    }

    // --- /api/ask

    @Test
    void givenAQuestion_whenAskedThroughTheApi_thenTheJsonEqualsTheAnswerServicesJson() throws Exception {
        for (String question : List.of(
                WEI_DE,
                "Wie hoch ist der Vertrag mit Oracle?",
                "Quem é o CEO da TSMC?",
                "What is the capital of Mongolia?")) {
            HttpResponse<String> r = get("/api/ask?q=" + q(question));

            assertThat(r.statusCode()).as(question).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/json"));
            JsonNode expected = new AnswerJson().toJson(sample.service().ask(AskRequest.of(question)));
            assertThat(mapper.readTree(r.body())).as(question).isEqualTo(expected);
        }
    }

    @Test
    void givenAQuestionAndLang_whenAskedThroughTheApi_thenTheJsonEqualsTheAnswerServicesJsonInThatLanguage()
            throws Exception {
        HttpResponse<String> r = get("/api/ask?q=" + q(WEI_DE) + "&lang=pt");

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = mapper.readTree(r.body());
        assertThat(body.path("language").asText()).isEqualTo("pt");
        assertThat(body)
                .isEqualTo(new AnswerJson()
                        .toJson(sample.service().ask(AskRequest.of(WEI_DE).withExplicitLanguage("pt"))));
    }

    @Test
    void givenTheSameQuestion_whenAskedThroughTheApiAndTheCli_thenTheJsonIsEqual() throws Exception {
        // GIVEN the CLI configured with the same articles and its own data folder
        Path config = tmp.resolve("cli.yaml");
        Files.writeString(
                config,
                "corpus: '" + SampleCorpus.ARTICLES.toAbsolutePath() + "'\ndata-dir: '"
                        + tmp.resolve("cli-data").toAbsolutePath() + "'\n");

        // WHEN the same question goes to `ask --json` and to /api/ask
        CliRunner.Run cli = CliRunner.run("ask", "--json", "--config", config.toString(), WEI_DE);
        HttpResponse<String> api = get("/api/ask?q=" + q(WEI_DE));
        CliRunner.Run cliPt = CliRunner.run("ask", "--json", "--lang", "pt", "--config", config.toString(), WEI_DE);
        HttpResponse<String> apiPt = get("/api/ask?q=" + q(WEI_DE) + "&lang=pt");

        // THEN both print the same JSON
        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(api.statusCode()).isEqualTo(200);
        JsonNode fromCli = mapper.readTree(cli.out());
        assertThat(fromCli.path("answered").asBoolean()).isTrue();
        assertThat(mapper.readTree(api.body())).isEqualTo(fromCli);
        assertThat(cliPt.exit()).as(cliPt.err()).isZero();
        assertThat(mapper.readTree(apiPt.body())).isEqualTo(mapper.readTree(cliPt.out()));
    }

    @Test
    void givenAQuestionLongerThanTheCap_whenAsked_then400WithAClearMessage() throws Exception {
        String tooLong = "Wer ist der Chef von TSMC ".repeat(60).substring(0, WebServer.MAX_QUESTION_CHARS + 1);

        HttpResponse<String> r = get("/api/ask?q=" + q(tooLong));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/json"));
        String error = mapper.readTree(r.body()).path("error").asText();
        assertThat(error).contains("too long").contains("1001").contains("1000");
    }

    @Test
    void givenAQuestionOfExactlyTheCap_whenAsked_then200() throws Exception {
        String atCap = "Wer ist der Chef von TSMC ".repeat(60).substring(0, WebServer.MAX_QUESTION_CHARS - 1) + "?";

        HttpResponse<String> r = get("/api/ask?q=" + q(atCap));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(mapper.readTree(r.body()).has("answered")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?q=", "?q=%20%20%20", "?q=+", "?lang=de", "?q=%0A%09"})
    void givenABlankQuestion_whenAsked_then400Json(String query) throws Exception {
        HttpResponse<String> r = get("/api/ask" + query);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(mapper.readTree(r.body()).path("error").asText()).isNotBlank();
    }

    @Test
    void givenAQuestionWithoutWords_whenAsked_then400Json() throws Exception {
        HttpResponse<String> r = get("/api/ask?q=" + q("?!?"));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(mapper.readTree(r.body()).path("error").asText()).contains("no words");
    }

    @Test
    void givenAnUnsupportedLanguage_whenAsked_then400NamingIt() throws Exception {
        HttpResponse<String> r = get("/api/ask?q=" + q(WEI_DE) + "&lang=xx");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(mapper.readTree(r.body()).path("error").asText())
                .contains("'xx'")
                .contains("not supported");
    }

    @Test
    void givenInvalidUtf8InTheQuestion_whenAsked_then400JsonSayingSo() throws Exception {
        RawResponse r = raw(server, "/api/ask?q=%C3%28%E0%A4&lang=de");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.head()).containsIgnoringCase("Content-Type: application/json");
        assertThat(mapper.readTree(r.body()).path("error").asText()).contains("not valid UTF-8");
    }

    // --- methods

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND"})
    void givenAMethodOtherThanGetOrHead_whenSent_then405WithAllow(String method) throws Exception {
        HttpResponse<String> api = send(server, method, "/api/ask?q=" + q(WEI_DE));
        HttpResponse<String> page = send(server, method, "/articles/openai-compute/de");

        assertThat(api.statusCode()).isEqualTo(405);
        assertThat(api.headers().firstValue("Allow")).contains("GET");
        assertThat(mapper.readTree(api.body()).path("error").asText()).contains("only GET");
        assertThat(page.statusCode()).isEqualTo(405);
        assertThat(page.headers().firstValue("Allow")).contains("GET, HEAD");
        assertThat(page.body()).isEqualTo("only GET and HEAD here\n");
    }

    @Test
    void givenHeadOnTheApi_whenSent_then405AllowingGetOnly() throws Exception {
        // HEAD would answer the question only to drop the answer
        HttpResponse<String> r = send(server, "HEAD", "/api/ask?q=" + q(WEI_DE));

        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).contains("GET");
        assertThat(r.body()).isEmpty();
    }

    @Test
    void givenHead_whenAPageIsAsked_then200WithoutBody() throws Exception {
        for (String path : List.of("/", "/articles/openai-compute/de", "/health", "/static/reader.css")) {
            HttpResponse<String> r = send(server, "HEAD", path);

            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).isEmpty();
            assertThat(r.headers().firstValue("Content-Type")).as(path).isPresent();
        }
        assertThat(send(server, "HEAD", "/articles/openai-compute/xx").statusCode())
                .isEqualTo(404);
    }

    // --- static files

    @Test
    void givenTheStaticFiles_whenAsked_thenServedWithTheirContentTypes() throws Exception {
        HttpResponse<String> css = get("/static/reader.css");
        HttpResponse<String> js = get("/static/reader.js");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
        assertThat(css.body()).isEqualTo(resource("/web/static/reader.css"));
        assertThat(js.statusCode()).isEqualTo(200);
        assertThat(js.headers().firstValue("Content-Type")).contains("text/javascript; charset=utf-8");
        assertThat(js.body()).isEqualTo(resource("/web/static/reader.js"));
        assertThat(js.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void givenHtmlPages_whenAsked_thenServedAsUtf8Html() throws Exception {
        HttpResponse<String> r = get("/articles/openai-compute/pt");

        assertThat(r.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(r.body()).contains("Altman é muito agressivo").contains("<meta charset=\"utf-8\">");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = WebServer.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // --- index page

    @Test
    void givenTheSampleArticles_whenTheIndexIsShown_thenItListsEachTranslationWithItsTitleAndASideBySideLink()
            throws Exception {
        String page = get("/").body();

        assertThat(htmlLang(page)).isEqualTo("en");
        assertThat(page)
                .contains("href=\"/articles/openai-compute/de\"")
                .contains("href=\"/articles/openai-compute/pt\"")
                .contains("Warum sammelt Sam verrückt Rechenleistung bei OpenAI?")
                .contains("href=\"/articles/openai-compute/parallel\"")
                .contains("Deutsch")
                .contains("Português");
    }
}
