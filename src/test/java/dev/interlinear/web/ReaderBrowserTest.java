package dev.interlinear.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.answer.Answer;
import dev.interlinear.answer.AskRequest;
import dev.interlinear.app.SampleCorpus;
import dev.interlinear.config.WebSettings;
import dev.interlinear.serving.Health;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reader in a real browser: Debian's headless Chromium and chromedriver (installed by {@code .ci/run}),
 * never a downloaded one. Opens the link of a real answer and finds the sentence highlighted and in the
 * viewport, finds the aligned sentence in the same row of the side-by-side view, and checks a phone-sized
 * viewport for horizontal scrolling. Screenshots go to {@code target/screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final int LONG_SENTENCES = 200;
    private static final String LIGHTHOUSE = "Der Leuchtturmwärter Jonas Brenner erklärte: "
            + "\"Die Glocke von Sankt Margarethen läutet nur bei Sturm.\"";

    private Path tmp;
    private SampleCorpus corpus;
    private WebServer server;
    private WebDriver driver;
    private final List<WebDriver> drivers = new ArrayList<>();

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver at " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (.ci/run installs them)");
        tmp = dir;
        // The sample article, and a long one whose answer lies near its end, so that reaching it needs scrolling.
        Path articles = tmp.resolve("articles");
        Path sample = Files.createDirectories(articles.resolve("openai-compute"));
        try (Stream<Path> files = Files.list(SampleCorpus.ARTICLES.resolve("openai-compute"))) {
            for (Path f : files.toList()) {
                Files.copy(f, sample.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(
                Files.createDirectories(articles.resolve("forest-diary")).resolve("de.txt"), longArticle());
        corpus = SampleCorpus.open(articles, tmp.resolve("data"));
        server = WebServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                corpus.served(),
                new Health(),
                WebSettings.DEFAULTS);
        driver = chrome("1280,900", null);
    }

    /** 200 sentences in paragraphs of five; the lighthouse keeper's quote is sentence 190. */
    private static String longArticle() {
        String[] places = {"Ahornweg", "Birkenhain", "Eichengrund", "Fichtental", "Lärchenhang"};
        String[] animals = {"Rehe", "Füchse", "Dachse", "Hasen", "Eulen", "Spechte", "Marder"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < LONG_SENTENCES; i++) {
            if (i == 190) {
                text.append(LIGHTHOUSE);
            } else {
                text.append("Im Revier ")
                        .append(places[i % places.length])
                        .append(" zählte die Försterin an diesem Morgen ")
                        .append(3 + i * 7)
                        .append(' ')
                        .append(animals[i % animals.length])
                        .append(" und notierte das Wetter in ihrem Heft.");
            }
            text.append(i % 5 == 4 ? "\n\n" : " ");
        }
        return text.toString();
    }

    private WebDriver chrome(String windowSize, Map<String, Object> mobileEmulation) throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-proxy-server",
                "--window-size=" + windowSize,
                "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium-profile"));
        if (mobileEmulation != null) {
            options.setExperimentalOption("mobileEmulation", mobileEmulation);
        }
        ChromeDriver chrome = new ChromeDriver(options);
        drivers.add(chrome);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    @AfterAll
    void stop() throws Exception {
        for (WebDriver d : drivers) {
            try {
                d.quit();
            } catch (RuntimeException e) {
                System.err.println("could not quit a browser: " + e);
            }
        }
        if (server != null) {
            server.close();
        }
        if (corpus != null) {
            corpus.close();
        }
    }

    // --- helpers

    private String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The answer's reader link moved to this server, with {@code ?hl=n} added as the bot may do. */
    private String onThisServer(Answer answer) {
        URI link = URI.create(answer.readerLink().orElse(answer.link()));
        assertThat(link.getFragment()).isEqualTo("s" + answer.sentenceIndex());
        return base() + link.getRawPath() + "?hl=" + answer.sentenceIndex() + "#" + link.getRawFragment();
    }

    private static Object js(WebDriver d, String script, Object... args) {
        return ((JavascriptExecutor) d).executeScript(script, args);
    }

    private static final String IN_VIEWPORT = """
            const r = arguments[0].getBoundingClientRect();
            const bar = document.querySelector('header.bar');
            const covered = bar ? bar.getBoundingClientRect().bottom : 0;
            return r.top >= 0 && r.top >= covered - 1 && r.bottom <= window.innerHeight && r.height > 0;""";

    /** Waits (briefly) until the element is fully inside the viewport, below the sticky header. */
    private static void assertInViewport(WebDriver d, WebElement e) {
        try {
            new WebDriverWait(d, Duration.ofSeconds(5)).until(x -> Boolean.TRUE.equals(js(x, IN_VIEWPORT, e)));
        } catch (org.openqa.selenium.TimeoutException timeout) {
            throw new AssertionError("not in the viewport: " + js(d, """
                    const r = arguments[0].getBoundingClientRect();
                    return 'top=' + r.top + ' bottom=' + r.bottom + ' innerHeight=' + window.innerHeight
                        + ' scrollY=' + window.scrollY + ' header bottom='
                        + document.querySelector('header.bar').getBoundingClientRect().bottom;""", e));
        }
    }

    private static boolean highlighted(WebDriver d, WebElement e) {
        return Boolean.TRUE.equals(
                js(d, "return arguments[0].classList.contains('hl') || arguments[0].matches(':target');", e));
    }

    private static String background(WebDriver d, WebElement e) {
        return (String) js(d, "return getComputedStyle(arguments[0]).backgroundColor;", e);
    }

    private static void screenshot(WebDriver d, String name, String description) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path target = SCREENSHOTS.resolve(name);
        Files.write(target, ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));
        System.out.println("screenshot " + target + ": " + description);
    }

    // --- (a) the link of a real answer

    @Test
    void givenTheLinkOfARealAnswer_whenOpened_thenItsSentenceIsHighlightedAndInTheViewport() throws Exception {
        // GIVEN a real answer and its link, on this server
        Answer answer = corpus.service()
                .ask(AskRequest.of("Was äußerte C.C. Wei?"))
                .answer()
                .orElseThrow();
        assertThat(answer.article()).isEqualTo("openai-compute");
        assertThat(answer.sentenceIndex()).isEqualTo(4);
        String url = onThisServer(answer);
        assertThat(url).endsWith("/articles/openai-compute/de?hl=4#s4");

        // WHEN it is opened
        driver.get(url);

        // THEN sentence 4 is highlighted, visibly, and in the viewport
        WebElement s4 = driver.findElement(By.id("s4"));
        assertThat(s4.getAttribute("class")).contains("hl");
        assertThat(highlighted(driver, s4)).isTrue();
        assertThat(s4.getText()).contains("C.C. Wei");
        assertThat(background(driver, s4)).isNotEqualTo(background(driver, driver.findElement(By.id("s3"))));
        assertInViewport(driver, s4);
        assertThat(js(driver, "return document.documentElement.lang;")).isEqualTo("de");
        screenshot(
                driver,
                "reader-highlight.png",
                "German translation of openai-compute opened from the answer link "
                        + "/articles/openai-compute/de?hl=4#s4; sentence s4 (C.C. Wei's quote) highlighted in yellow");
    }

    @Test
    void givenAnAnswerNearTheEndOfALongArticle_whenItsLinkIsOpened_thenThePageScrollsToTheHighlightedSentence()
            throws Exception {
        // GIVEN a real answer from sentence 190 of 200
        Answer answer = corpus.service()
                .ask(AskRequest.of("Was erklärte der Leuchtturmwärter Jonas Brenner?"))
                .answer()
                .orElseThrow();
        assertThat(answer.article()).isEqualTo("forest-diary");
        assertThat(answer.sentenceIndex()).isEqualTo(190);

        // WHEN its link (with ?hl= and #s190) is opened
        driver.get(onThisServer(answer));

        // THEN the page has scrolled, and the sentence is highlighted below the sticky header and above the fold
        WebElement target = driver.findElement(By.id("s190"));
        assertThat(target.getText()).isEqualTo(LIGHTHOUSE);
        assertThat(target.getAttribute("class")).isEqualTo("s hl");
        assertInViewport(driver, target);
        assertThat(((Number) js(driver, "return window.scrollY;")).doubleValue())
                .isPositive();
        assertThat(Boolean.TRUE.equals(js(driver, IN_VIEWPORT, driver.findElement(By.id("s0")))))
                .isFalse();
        screenshot(
                driver,
                "reader-highlight-long.png",
                "sentence 190 of a 200-sentence German article, opened from "
                        + "its answer link, scrolled into view and highlighted just below the sticky header");
    }

    @Test
    void givenOnlyHl_whenALongArticleIsOpened_thenTheScriptScrollsTheHighlightIntoView() throws Exception {
        driver.get(base() + "/articles/forest-diary/de?hl=190");

        WebElement target = driver.findElement(By.id("s190"));
        assertThat(target.getAttribute("class")).isEqualTo("s hl");
        assertInViewport(driver, target);
        assertThat(((Number) js(driver, "return window.scrollY;")).doubleValue())
                .isPositive();
    }

    @Test
    void givenOnlyTheFragment_whenALongArticleIsOpened_thenTheSentenceIsTheTargetAndInView() throws Exception {
        driver.get(base() + "/articles/forest-diary/de#s185");

        WebElement target = driver.findElement(By.id("s185"));
        assertThat(target.getAttribute("class")).isEqualTo("s");
        assertThat(highlighted(driver, target)).isTrue();
        assertInViewport(driver, target);
    }

    @Test
    void givenOnlyTheFragmentOfASentenceBeyondTheFirstPage_whenOpened_thenTheScriptGoesToThePageHoldingIt()
            throws Exception {
        // GIVEN pages of 50 sentences, so that sentence 185 of the long article lies on page 4
        try (WebServer paged = WebServer.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                corpus.served(),
                new Health(),
                WebSettings.DEFAULTS,
                new ReaderLimits(50, 16, 1 << 20))) {

            // WHEN an answer's link without ?hl= (the server never sees the fragment) is opened
            driver.get("http://127.0.0.1:" + paged.port() + "/articles/forest-diary/de#s185");

            // THEN the script moves to page 4, where the sentence is the target, below the header and in view
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().contains("page=4"));
            assertThat(driver.getCurrentUrl()).endsWith("/articles/forest-diary/de?page=4#s185");
            WebElement target = driver.findElement(By.id("s185"));
            assertThat(highlighted(driver, target)).isTrue();
            assertInViewport(driver, target);
            assertThat(driver.findElements(By.id("s0"))).isEmpty();
        }
    }

    // --- (b) side by side

    @Test
    void givenTheParallelView_whenOpenedWithHl4_thenTheRowOfDeS4HoldsTheAlignedPortugueseSentence() throws Exception {
        driver.get(base() + "/articles/openai-compute/parallel?langs=de,pt&hl=4");

        WebElement de = driver.findElement(By.id("de-s4"));
        WebElement row = de.findElement(By.xpath("./ancestor::tr[1]"));
        assertThat(row.getAttribute("id")).startsWith("g");
        assertThat(de.getAttribute("class")).contains("hl");
        WebElement ptCell = row.findElement(By.cssSelector("td[lang=pt]"));
        assertThat(ptCell.getText()).contains("Altman é muito agressivo");
        assertThat(row.findElement(By.cssSelector("td[lang=de]")).getText()).contains("C.C. Wei");
        // side by side on a wide screen: the two cells start on the same line
        assertThat(Math.abs(ptCell.getRect().getY()
                        - de.findElement(By.xpath("./ancestor::td[1]"))
                                .getRect()
                                .getY()))
                .isLessThanOrEqualTo(2);
        assertThat(ptCell.getRect().getX()).isGreaterThan(de.getRect().getX());
        assertInViewport(driver, de);
        screenshot(
                driver,
                "parallel.png",
                "openai-compute side by side, German left and Portuguese right, one "
                        + "aligned group per row; the row of de-s4 (C.C. Wei / \"Altman é muito agressivo\") outlined, de-s4 highlighted");
    }

    // --- (c) phone

    @Test
    void givenAPhoneSizedViewport_whenTheReaderPagesAreOpened_thenNoneScrollsSideways() throws Exception {
        WebDriver phone = chrome(
                "390,844",
                Map.of(
                        "deviceMetrics",
                        Map.of("width", 390, "height", 844, "pixelRatio", 1.0, "mobile", true, "touch", true)));
        try {
            for (String path : List.of(
                    "/",
                    "/articles/openai-compute/pt",
                    "/articles/forest-diary/de?hl=190",
                    "/articles/openai-compute/parallel?langs=de,pt&hl=4",
                    "/nowhere")) {
                phone.get(base() + path);
                assertThat(((Number) js(phone, "return window.innerWidth;")).intValue())
                        .as(path)
                        .isEqualTo(390);
                long scrollWidth = ((Number) js(phone, "return document.documentElement.scrollWidth;")).longValue();
                assertThat(scrollWidth).as("scrollWidth of %s", path).isLessThanOrEqualTo(390);
                if (path.equals("/articles/openai-compute/parallel?langs=de,pt&hl=4")) {
                    screenshot(
                            phone,
                            "parallel-mobile.png",
                            "side-by-side view at 390x844: the two translations "
                                    + "of each group stacked, no horizontal scroll");
                }
            }
            phone.get(base() + "/articles/openai-compute/de?hl=4#s4");
            WebElement s4 = phone.findElement(By.id("s4"));
            assertThat(highlighted(phone, s4)).isTrue();
            assertInViewport(phone, s4);
            assertThat(((Number) js(phone, "return document.documentElement.scrollWidth;")).longValue())
                    .isLessThanOrEqualTo(390);
            screenshot(
                    phone,
                    "reader-mobile.png",
                    "German translation at 390x844 (phone), sentence s4 highlighted "
                            + "below the header, text wrapped with no horizontal scroll");
        } finally {
            drivers.remove(phone);
            phone.quit();
        }
    }
}
