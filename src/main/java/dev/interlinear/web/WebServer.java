package dev.interlinear.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.interlinear.answer.AnswerJson;
import dev.interlinear.answer.AnswerService;
import dev.interlinear.answer.AskRequest;
import dev.interlinear.answer.InvalidQuestionException;
import dev.interlinear.config.WebSettings;
import dev.interlinear.language.LanguageModelUnavailableException;
import dev.interlinear.serving.Health;
import dev.interlinear.serving.OutOfMemory;
import dev.interlinear.serving.ServedEdition;
import dev.interlinear.web.QueryString.MalformedQueryException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in reader and JSON API on the JDK's HTTP server: {@code /}, {@code /articles/{id}/{lang}},
 * {@code /articles/{id}/parallel}, {@code /api/ask}, {@code /health} and two static files. Nothing is ever
 * read from the file system by path: pages come from the index, static files from a fixed list, so path
 * tricks have nothing to reach. Every response carries a Content-Security-Policy that allows only this host.
 * Requests over the {@link RequestLimits} are refused before any work, and each client may ask
 * {@code /api/ask} only so often ({@link RateLimiter}); responses never carry a stack trace. Translation and
 * parallel pages are paged ({@link ReaderLimits}), kept rendered per generation ({@link PageCache}) and carry
 * an {@code ETag}. {@code /health} tells what each part of the service reports ({@link Health}).
 *
 * <p>Why the JDK's server rather than Jetty 12 or Helidon SE (weighed in issue 17): what this server does beyond
 * plain HTTP is ours with any server (a 414 or 431 that says why, as JSON on the API; the reader's own 404 for
 * path tricks; a rate limit per client), so a framework would not make this class smaller. Jetty refuses
 * ambiguous paths ({@code %2e%2e}, {@code //}) and large headers itself with its own error pages, so keeping
 * today's answers would mean loosening its URI compliance; and it brings four jars (2.3 MB) and selector,
 * acceptor and reserved threads to size for a 2-core machine. The JDK server's costs, accepted: its limits are
 * JVM-wide system properties, set before the first server starts ({@link RequestLimits}), and it reads a request's
 * headers on one of the 8 worker threads, so a slow client holds one for up to {@code maxReqTime} (10 s). On the
 * open internet a reverse proxy in front buffers slow clients (README, Limits); should the reader ever have to
 * face them alone, Jetty's non-blocking header parsing is the reason to move.
 */
public final class WebServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /** The API answers questions up to this length; longer ones get a 400. */
    public static final int MAX_QUESTION_CHARS = AnswerService.MAX_TYPED_QUESTION_CHARS;
    /** Clients the rate limiter keeps a bucket for at once (a few hundred bytes each). */
    static final int MAX_RATE_LIMITED_CLIENTS = 10_000;

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; script-src 'self'; "
            + "img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final Pattern ARTICLE =
            Pattern.compile("/articles/([a-z0-9-]{1,100})/([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)");
    private static final Pattern PARALLEL = Pattern.compile("/articles/([a-z0-9-]{1,100})/parallel");
    private static final Map<String, String> STATIC = Map.of(
            "/static/reader.css", "text/css; charset=utf-8",
            "/static/reader.js", "text/javascript; charset=utf-8");

    private final HttpServer server;
    private final ExecutorService pool;
    private final ServedEdition edition;
    private final Templates templates = new Templates();
    /** The parts' states, read on each /health request. */
    private final Health health;

    private final ReaderLimits limits;
    private final PageCache pageCache;
    /** Whether the language model's absence was logged at WARN already (then only at DEBUG: one line per question). */
    private final AtomicBoolean modelDownLogged = new AtomicBoolean();

    private final AnswerJson answerJson = new AnswerJson();
    private final ObjectMapper mapper = new ObjectMapper();
    private final RateLimiter askLimit;
    private final ClientAddresses clients;

    private WebServer(
            HttpServer server,
            ExecutorService pool,
            ServedEdition edition,
            Health health,
            RateLimiter askLimit,
            ClientAddresses clients,
            ReaderLimits limits) {
        this.server = server;
        this.pool = pool;
        this.edition = edition;
        this.health = health;
        this.askLimit = askLimit;
        this.clients = clients;
        this.limits = limits;
        this.pageCache = new PageCache(limits.cachedPages(), limits.cachedBytes());
    }

    /**
     * Starts serving with the rate limit and proxy trust of {@code settings} (its port is not used:
     * {@code address} tells where to listen).
     *
     * @param health what the parts of this process report (the index, the language model, the facts, Discord
     *               when a bot runs); {@code /health} reads it on every request
     */
    public static WebServer start(InetSocketAddress address, ServedEdition edition, Health health, WebSettings settings)
            throws IOException {
        return start(address, edition, health, settings, Clock.systemUTC());
    }

    /** With the rate limiter on a clock of the caller's (tests). */
    static WebServer start(
            InetSocketAddress address, ServedEdition edition, Health health, WebSettings settings, Clock clock)
            throws IOException {
        return serve(address, edition, health, settings, clock, ReaderLimits.DEFAULTS);
    }

    /** With pages and page cache of the caller's size (tests). */
    static WebServer start(
            InetSocketAddress address, ServedEdition edition, Health health, WebSettings settings, ReaderLimits limits)
            throws IOException {
        return serve(address, edition, health, settings, Clock.systemUTC(), limits);
    }

    private static WebServer serve(
            InetSocketAddress address,
            ServedEdition edition,
            Health health,
            WebSettings settings,
            Clock clock,
            ReaderLimits limits)
            throws IOException {
        RequestLimits.applyJdkServerLimits(System.getProperties());
        HttpServer http = HttpServer.create(address, 64);
        ExecutorService pool = Executors.newFixedThreadPool(8, runnable -> {
            Thread t = new Thread(runnable, "web");
            t.setDaemon(true);
            return t;
        });
        RateLimiter askLimit =
                new RateLimiter(settings.askPerMinute(), settings.askBurst(), clock, MAX_RATE_LIMITED_CLIENTS);
        WebServer web = new WebServer(
                http, pool, edition, health, askLimit, new ClientAddresses(settings.trustProxy()), limits);
        http.createContext("/", web::handle);
        http.setExecutor(pool);
        http.start();
        LOG.info("reader listening on port {}", web.port());
        return web;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Pages rendered since the start; a page served from the cache is not counted again (tests). */
    long pagesRendered() {
        return pageCache.renders();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (OutOfMemoryError e) {
            // The JDK's server would drop the error with the exchange and go on half alive; a supervisor restarts us.
            OutOfMemory.exit("the web server", e);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            String method = exchange.getRequestMethod();
            String rawPath = exchange.getRequestURI().getRawPath();
            Optional<RequestLimits.Rejection> rejection = RequestLimits.check(
                    method, rawPath, exchange.getRequestURI().toString().length(), exchange.getRequestHeaders());
            if (rejection.isPresent()) {
                RequestLimits.Rejection r = rejection.get();
                r.headers().forEach(exchange.getResponseHeaders()::set);
                error(exchange, rawPath, r.status(), r.message());
                return;
            }
            Map<String, String> query;
            try {
                query = QueryString.parse(exchange.getRequestURI().getRawQuery());
            } catch (MalformedQueryException e) {
                error(exchange, rawPath, 400, e.getMessage());
                return;
            }
            if ("/api/ask".equals(rawPath) && !withinAskLimit(exchange)) {
                return;
            }
            try {
                // One request, one edition: an article update never mixes two versions in a page or answer.
                edition.use(served -> {
                    route(
                            exchange,
                            rawPath,
                            query,
                            served.answers(),
                            new ReaderPages(
                                    served.index(), served.answers().facts(), templates, limits.sentencesPerPage()));
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.error("{} {} failed", method, exchange.getRequestURI().getRawPath(), e);
                send(exchange, 500, "text/plain; charset=utf-8", "Something went wrong; it has been logged.");
            }
        }
    }

    /** Takes a question from the client's allowance; when none is left, answers 429 and says so. */
    private boolean withinAskLimit(HttpExchange exchange) {
        RateLimiter.Decision decision =
                askLimit.acquire(clients.key(exchange.getRemoteAddress(), exchange.getRequestHeaders()));
        if (decision.allowed()) {
            return true;
        }
        long seconds = decision.retryAfterSeconds();
        exchange.getResponseHeaders().set("Retry-After", Long.toString(seconds));
        json(
                exchange,
                429,
                error("too many questions from this address; try again in " + seconds + " s")
                        .put("retry_after_seconds", seconds));
        return false;
    }

    private void route(
            HttpExchange exchange,
            String rawPath,
            Map<String, String> query,
            AnswerService service,
            ReaderPages pages) {
        // Encoded separators and dot segments are never part of a valid address here.
        if (rawPath == null
                || rawPath.contains("%")
                || rawPath.contains("..")
                || rawPath.contains("\\")
                || rawPath.contains("//")) {
            notFound(exchange, pages, "There is no page at this address.");
            return;
        }
        if (rawPath.equals("/")) {
            html(exchange, 200, pages.index(service.sources()));
        } else if (rawPath.equals("/health")) {
            health(exchange, pages);
        } else if (rawPath.equals("/api/ask")) {
            ask(exchange, service, query);
        } else if (STATIC.containsKey(rawPath)) {
            staticFile(exchange, pages, rawPath);
        } else if (PARALLEL.matcher(rawPath).matches()) {
            Matcher m = PARALLEL.matcher(rawPath);
            m.matches();
            List<String> langs = query.containsKey("langs")
                    ? Arrays.stream(query.get("langs").split(","))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList()
                    : List.of();
            String article = m.group(1);
            pages.parallelPlace(article, langs, number(query.get("page")), number(query.get("hl")))
                    .ifPresentOrElse(
                            place -> cachedPage(
                                    exchange,
                                    pages,
                                    PageKey.View.PARALLEL,
                                    article,
                                    place,
                                    () -> pages.parallel(article, place)),
                            () -> notFound(
                                    exchange, pages, "No such article, or not two of its translations: " + article));
        } else if (ARTICLE.matcher(rawPath).matches()) {
            Matcher m = ARTICLE.matcher(rawPath);
            m.matches();
            String article = m.group(1);
            String lang = m.group(2);
            pages.translationPlace(article, lang, number(query.get("page")), number(query.get("hl")))
                    .ifPresentOrElse(
                            place -> cachedPage(
                                    exchange,
                                    pages,
                                    PageKey.View.TRANSLATION,
                                    article,
                                    place,
                                    () -> pages.translation(article, place)),
                            () -> notFound(
                                    exchange,
                                    pages,
                                    "There is no translation " + lang + " of an article " + article + "."));
        } else {
            notFound(exchange, pages, "There is no page at this address.");
        }
    }

    private void ask(HttpExchange exchange, AnswerService service, Map<String, String> query) {
        String q = query.getOrDefault("q", "");
        if (q.isBlank()) {
            json(exchange, 400, error("give the question as ?q=..."));
            return;
        }
        if (q.length() > MAX_QUESTION_CHARS) {
            json(
                    exchange,
                    400,
                    error("the question is too long (" + q.length() + " characters; at most " + MAX_QUESTION_CHARS
                            + ")"));
            return;
        }
        AskRequest request = AskRequest.of(q);
        String lang = query.get("lang");
        if (lang != null && !lang.isBlank()) {
            request = request.withExplicitLanguage(lang);
        }
        try {
            json(exchange, 200, answerJson.toJson(service.ask(request)));
        } catch (InvalidQuestionException e) {
            json(exchange, 400, error(e.getMessage()));
        } catch (RuntimeException e) {
            if (!languageModelUnavailable(e)) {
                throw e;
            }
            // Not the client's fault and not a bug of ours: say what is missing and what still works.
            if (modelDownLogged.compareAndSet(false, true)) {
                LOG.warn("questions without lang= cannot be answered: {}", e.getMessage());
            } else {
                LOG.debug("a question without lang= was refused: {}", e.getMessage());
            }
            json(
                    exchange,
                    503,
                    error("the language model is not available, so the language of the question "
                            + "cannot be told; give it with lang= (for example lang=en), or try again later"));
        }
    }

    private static boolean languageModelUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LanguageModelUnavailableException) {
                return true;
            }
        }
        return false;
    }

    private void health(HttpExchange exchange, ReaderPages pages) {
        HealthReport report = HealthReport.of(health, pages.size(), pages.generationName(), mapper);
        json(exchange, report.status(), report.body());
    }

    /**
     * A translation or parallel page from the cache, rendered when it is not there; {@code 304} when the
     * client's copy (its {@code If-None-Match}) is this one. {@code no-cache}: a browser asks again each time,
     * and the entity tag makes that cheap.
     */
    private void cachedPage(
            HttpExchange exchange,
            ReaderPages pages,
            PageKey.View view,
            String article,
            ReaderPages.Place place,
            Supplier<String> render) {
        PageKey key = new PageKey(pages.generation(), view, article, place.langs(), place.page(), place.highlight());
        String etag = key.etag(templates.version());
        exchange.getResponseHeaders().set("ETag", etag);
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        if (matches(exchange.getRequestHeaders().get("If-None-Match"), etag)) {
            notModified(exchange);
            return;
        }
        send(
                exchange,
                200,
                "text/html; charset=utf-8",
                pageCache.get(key, etag, render).html());
    }

    /** Whether one of the entity tags of {@code If-None-Match} headers is {@code etag} (weakly compared) or {@code *}. */
    static boolean matches(List<String> ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String header : ifNoneMatch) {
            for (String tag : header.split(",")) {
                String t = tag.strip();
                if (t.startsWith("W/")) {
                    t = t.substring(2);
                }
                if (t.equals("*") || t.equals(etag)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void notModified(HttpExchange exchange) {
        try {
            exchange.sendResponseHeaders(304, -1);
        } catch (IOException e) {
            LOG.debug("client went away before the response was sent", e);
        }
    }

    private void staticFile(HttpExchange exchange, ReaderPages pages, String path) {
        try (InputStream in = WebServer.class.getResourceAsStream("/web" + path)) {
            if (in == null) {
                notFound(exchange, pages, "There is no page at this address.");
                return;
            }
            exchange.getResponseHeaders().set("Cache-Control", "public, max-age=3600");
            send(exchange, 200, STATIC.get(path), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void notFound(HttpExchange exchange, ReaderPages pages, String message) {
        html(exchange, 404, pages.notFound(message));
    }

    private ObjectNode error(String message) {
        return mapper.createObjectNode().put("error", message);
    }

    /** An error as the route's clients read it: JSON on the API, plain text elsewhere. */
    private void error(HttpExchange exchange, String rawPath, int status, String message) {
        if (rawPath != null && rawPath.startsWith("/api/")) {
            json(exchange, status, error(message));
        } else {
            send(exchange, status, "text/plain; charset=utf-8", message + "\n");
        }
    }

    private void html(HttpExchange exchange, int status, String body) {
        send(exchange, status, "text/html; charset=utf-8", body);
    }

    private void json(HttpExchange exchange, int status, ObjectNode body) {
        try {
            send(exchange, status, "application/json; charset=utf-8", mapper.writeValueAsString(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] bytes) {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        try {
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (IOException e) {
            LOG.debug("client went away before the response was sent", e);
        }
    }

    private static OptionalInt number(String value) {
        if (value == null || !value.matches("\\d{1,9}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(value));
    }

    @Override
    public void close() {
        server.stop(1);
        pool.shutdown();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
