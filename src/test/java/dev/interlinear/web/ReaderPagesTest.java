package dev.interlinear.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.app.SampleCorpus;
import dev.interlinear.config.WebSettings;
import dev.interlinear.serving.Edition;
import dev.interlinear.serving.Health;
import dev.interlinear.serving.ServedEdition;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long translations over HTTP: paged at {@link ReaderLimits#DEFAULTS} (2 000 sentences), the page holding a
 * highlighted sentence served for {@code ?hl=n}, pages kept rendered and answered {@code 304} for their
 * {@code ETag}, and a new edition giving new tags. One article of 4 500 sentences in English and German.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderPagesTest {

    private static final int SENTENCES = 4_500;
    private static final int PER_PAGE = ReaderLimits.DEFAULTS.sentencesPerPage();
    private static final String[] THINGS = {"river", "stone", "market", "window", "garden", "letter", "harbour"};
    private static final String[] DINGE = {"Fluss", "Stein", "Markt", "Fenster", "Garten", "Brief", "Hafen"};

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Path tmp;
    private SampleCorpus corpus;
    private WebServer server;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        tmp = dir;
        Path article = Files.createDirectories(tmp.resolve("articles/long-diary"));
        Files.writeString(article.resolve("en.txt"), longText("Entry %d notes the %s by the %s.", THINGS));
        Files.writeString(article.resolve("de.txt"), longText("Eintrag %d vermerkt den %s beim %s.", DINGE));
        corpus = SampleCorpus.open(tmp.resolve("articles"), tmp.resolve("data"));
        server = WebServer.start(loopback(), corpus.served(), new Health(), WebSettings.DEFAULTS);
    }

    /** {@link #SENTENCES} sentences, three to a paragraph. */
    private static String longText(String pattern, String[] words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < SENTENCES; i++) {
            text.append(pattern.formatted(i, words[i % words.length], words[(i / 7) % words.length]))
                    .append(i % 3 == 2 ? "\n\n" : " ");
        }
        return text.toString();
    }

    @AfterAll
    void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {server, corpus}) {
            if (c != null) {
                c.close();
            }
        }
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    private HttpResponse<String> get(WebServer s, String rawPathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + rawPathAndQuery))
                .timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String rawPathAndQuery, String... headers) throws Exception {
        return get(server, rawPathAndQuery, headers);
    }

    /** The page with the character references Mustache writes in addresses ({@code &#x3D;}, {@code &amp;}) resolved. */
    private String page(String rawPathAndQuery) throws Exception {
        return get(rawPathAndQuery).body().replace("&#x3D;", "=").replace("&amp;", "&");
    }

    private static String etag(HttpResponse<?> r) {
        return r.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag on " + r.uri()));
    }

    private static int bytes(HttpResponse<String> r) {
        return r.body().getBytes(StandardCharsets.UTF_8).length;
    }

    // --- pages

    @Test
    void givenALongTranslation_whenItIsOpened_thenTheFirstPageHoldsTheFirst2000SentencesAndLinksOn() throws Exception {
        HttpResponse<String> r = get("/articles/long-diary/en");

        assertThat(r.statusCode()).isEqualTo(200);
        String page = page("/articles/long-diary/en");
        assertThat(page)
                .contains("<span id=\"s0\" class=\"s\">Entry 0 notes")
                .contains("id=\"s" + (PER_PAGE - 1) + "\"")
                .doesNotContain("id=\"s" + PER_PAGE + "\"")
                .contains("page 1 of 3")
                .contains("<a href=\"/articles/long-diary/en?page=2\" rel=\"next\">")
                .doesNotContain("rel=\"prev\"")
                .contains("data-page=\"1\" data-pages=\"3\" data-page-size=\"" + PER_PAGE + "\"");
        // 2 000 of the 4 500 sentences, about 70 bytes each, not the whole article
        assertThat(bytes(r)).isLessThan(PER_PAGE * 100);
    }

    @Test
    void givenPage2_whenAsked_thenItHoldsTheNext2000SentencesWithLinksBothWays() throws Exception {
        String page = page("/articles/long-diary/en?page=2");

        assertThat(page)
                .contains("id=\"s" + PER_PAGE + "\"")
                .contains("id=\"s" + (2 * PER_PAGE - 1) + "\"")
                .doesNotContain("id=\"s" + (PER_PAGE - 1) + "\"")
                .doesNotContain("id=\"s" + 2 * PER_PAGE + "\"")
                .contains("<a href=\"/articles/long-diary/en?page=1\" rel=\"prev\">")
                .contains("<a href=\"/articles/long-diary/en?page=3\" rel=\"next\">")
                .contains("page 2 of 3");
    }

    @Test
    void givenHlOnTheThirdPage_whenAskedWithoutPage_thenThatPageIsServedWithTheSentenceHighlighted() throws Exception {
        // GIVEN a link to sentence 4321, as an answer gives it with ?hl=
        HttpResponse<String> r = get("/articles/long-diary/en?hl=4321");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("<span id=\"s4321\" class=\"s hl\">Entry 4321 notes")
                .containsOnlyOnce(" hl\"")
                .contains("data-highlight=\"4321\" data-page=\"3\"")
                .contains("id=\"s" + 2 * PER_PAGE + "\"")
                .doesNotContain("id=\"s0\"");
    }

    @Test
    void givenAPageAndAnHlOnAnotherPage_whenAsked_thenThePageAskedForWithoutHighlight() throws Exception {
        String page = get("/articles/long-diary/en?page=1&hl=4321").body();

        assertThat(page).contains("id=\"s0\"").doesNotContain(" hl\"").doesNotContain("id=\"s4321\"");
    }

    @Test
    void givenAPageBeyondTheEnd_whenAsked_thenTheLastPage() throws Exception {
        // A link from a longer version of the article still lands somewhere
        for (String page : new String[] {"4", "999999999"}) {
            HttpResponse<String> r = get("/articles/long-diary/en?page=" + page);

            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.body())
                    .as(page)
                    .contains("id=\"s" + (SENTENCES - 1) + "\"")
                    .contains("page 3 of 3")
                    .doesNotContain("rel=\"next\"");
        }
        // a page number that is none is left out, as an odd hl is
        for (String odd : new String[] {"0", "-1", "99999999999999", "abc", ""}) {
            assertThat(get("/articles/long-diary/en?page=" + odd).body())
                    .as(odd)
                    .contains("id=\"s0\"");
        }
    }

    @Test
    void givenAPageBeyondTheFirst_whenShown_thenTheSwitcherOpensTheOtherTranslationOnThePageOfTheAlignedSentence()
            throws Exception {
        String page = page("/articles/long-diary/en?page=2");

        Matcher de = Pattern.compile("<a href=\"([^\"]*)\" hreflang=\"de\"").matcher(page);
        assertThat(de.find()).as("a switcher link to de").isTrue();
        Matcher target = Pattern.compile("/articles/long-diary/de(?:\\?page=(\\d+))?#s(\\d+)")
                .matcher(de.group(1));
        assertThat(target.matches()).as(de.group(1)).isTrue();
        int aligned = Integer.parseInt(target.group(2));
        assertThat(aligned).isBetween(PER_PAGE - 5, PER_PAGE + 5);
        int expectedPage = aligned / PER_PAGE + 1;
        assertThat(target.group(1)).isEqualTo(expectedPage == 1 ? null : Integer.toString(expectedPage));
        // and that page holds it
        String dePage = get(de.group(1).replaceAll("#.*", "")).body();
        assertThat(dePage).contains("id=\"s" + aligned + "\"");
    }

    @Test
    void givenTheLongArticleSideBySide_whenOpened_thenTheFirstPageHoldsAbout2000SentencesOverBothColumns()
            throws Exception {
        HttpResponse<String> r = get("/articles/long-diary/parallel?langs=en,de");

        assertThat(r.statusCode()).isEqualTo(200);
        String page = page("/articles/long-diary/parallel?langs=en,de");
        assertThat(page)
                .contains("id=\"en-s0\"")
                .contains("id=\"de-s0\"")
                .doesNotContain("id=\"en-s1500\"")
                .contains("rel=\"next\"")
                .containsPattern("page 1 of [4-6]");
        assertThat(page.split("<span id=\"", -1).length - 1).isBetween(PER_PAGE - 20, PER_PAGE + 20);
        assertThat(bytes(r)).isLessThan(PER_PAGE * 150);
    }

    @Test
    void givenHlFarIntoTheArticleSideBySide_whenOpened_thenThePageOfItsRowWithItHighlighted() throws Exception {
        String page = page("/articles/long-diary/parallel?langs=en,de&hl=4321");

        assertThat(page)
                .contains("<span id=\"en-s4321\" class=\"s hl\">")
                .containsOnlyOnce(" hl\"")
                .doesNotContain("id=\"en-s0\"")
                .contains("<a href=\"/articles/long-diary/parallel?langs=en,de&page=");
    }

    // --- cache and ETag

    @Test
    void givenAPageAskedTwice_whenServedAgain_thenItIsNotRenderedAgain() throws Exception {
        long before = server.pagesRendered();

        HttpResponse<String> first = get("/articles/long-diary/de?page=2&hl=2345");
        long afterFirst = server.pagesRendered();
        HttpResponse<String> second = get("/articles/long-diary/de?hl=2345");

        assertThat(afterFirst).isEqualTo(before + 1);
        assertThat(server.pagesRendered()).isEqualTo(afterFirst);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(etag(second)).isEqualTo(etag(first));
    }

    @Test
    void givenTheETagOfAPage_whenAskedWithIfNoneMatch_then304WithoutBodyAndWithoutRendering() throws Exception {
        HttpResponse<String> first = get("/articles/long-diary/en?page=3");
        String etag = etag(first);
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");
        long rendered = server.pagesRendered();

        for (String ifNoneMatch : new String[] {etag, "W/" + etag, "\"other\", " + etag, "*"}) {
            HttpResponse<String> again = get("/articles/long-diary/en?page=3", "If-None-Match", ifNoneMatch);

            assertThat(again.statusCode()).as(ifNoneMatch).isEqualTo(304);
            assertThat(again.body()).as(ifNoneMatch).isEmpty();
            assertThat(etag(again)).isEqualTo(etag);
        }
        assertThat(server.pagesRendered()).isEqualTo(rendered);
        assertThat(get("/articles/long-diary/en?page=3", "If-None-Match", "\"other\"")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void givenDifferentPagesOrHighlights_whenAsked_thenTheirETagsDiffer() throws Exception {
        String p1 = etag(get("/articles/long-diary/en"));
        String p2 = etag(get("/articles/long-diary/en?page=2"));
        String p2hl = etag(get("/articles/long-diary/en?hl=2001"));
        String de = etag(get("/articles/long-diary/de"));
        String parallel = etag(get("/articles/long-diary/parallel?langs=en,de"));

        assertThat(java.util.List.of(p1, p2, p2hl, de, parallel)).doesNotHaveDuplicates();
        // the same page asked two ways is one page
        assertThat(etag(get("/articles/long-diary/en?page=1"))).isEqualTo(p1);
        assertThat(etag(get("/articles/long-diary/en?hl=99999"))).isEqualTo(p1);
    }

    @Test
    void givenANewEdition_whenThePageIsAskedAgain_thenANewETagAndTheNewText() throws Exception {
        // GIVEN a small article served, its page seen once
        Path articles = tmp.resolve("swap-articles");
        Path article = Files.createDirectories(articles.resolve("notes"));
        Files.writeString(article.resolve("en.txt"), "The ferry leaves at noon. It returns at six.\n");
        SampleCorpus first = SampleCorpus.open(articles, tmp.resolve("swap-data"));
        AtomicReference<Edition> next = new AtomicReference<>();
        ServedEdition served = new ServedEdition(
                new Edition(first.index(), first.service(), first.app().factsService(first.index())),
                current -> Optional.ofNullable(next.getAndSet(null)));
        try (WebServer s = WebServer.start(loopback(), served, new Health(), WebSettings.DEFAULTS)) {
            HttpResponse<String> before = get(s, "/articles/notes/en");
            assertThat(before.body()).contains("leaves at noon");

            // WHEN the article changes and the new edition is swapped in (the old one closes)
            Files.writeString(article.resolve("en.txt"), "The ferry leaves at one. It returns at seven.\n");
            SampleCorpus second = SampleCorpus.open(articles, tmp.resolve("swap-data"));
            assertThat(second.index().generation()).isNotEqualTo(first.index().generation());
            next.set(new Edition(second.index(), second.service(), second.app().factsService(second.index())));
            served.refresh();

            // THEN the page has another tag, the old tag gets the new page, and the text is the new one
            HttpResponse<String> after = get(s, "/articles/notes/en", "If-None-Match", etag(before));
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(etag(after)).isNotEqualTo(etag(before));
            assertThat(after.body()).contains("leaves at one").doesNotContain("noon");
        } finally {
            served.close();
        }
    }
}
