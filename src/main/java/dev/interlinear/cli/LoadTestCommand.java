package dev.interlinear.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interlinear.eval.EvalQuestion;
import dev.interlinear.eval.QuestionFile;
import dev.interlinear.web.LoadTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Loads a running reader's {@code /api/ask} with many clients at once and prints answers per second, answer
 * times and errors. Start the server without the rate limit to measure it
 * ({@code INTERLINEAR_ASK_PER_MINUTE=0 ... serve}); otherwise the refusals are counted on their own.
 */
@Command(
        name = "loadtest",
        mixinStandardHelpOptions = true,
        description =
                "Asks a running reader's /api/ask from many clients at once; prints answers/s, latency and errors.")
final class LoadTestCommand implements Callable<Integer> {

    @Option(
            names = "--url",
            paramLabel = "URL",
            defaultValue = "http://127.0.0.1:8080",
            description = "The reader (default http://127.0.0.1:8080).")
    URI url;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "50", description = "Clients at once (default 50).")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "30", description = "Measured seconds (default 30).")
    int seconds;

    @Option(
            names = "--warmup",
            paramLabel = "S",
            defaultValue = "2",
            description = "Seconds of load before measuring, not counted (default 2).")
    int warmup;

    @Option(
            names = "--questions",
            paramLabel = "FILE",
            defaultValue = "eval/dev-questions.jsonl",
            description = "Question file (JSON Lines with \"question\"; default eval/dev-questions.jsonl).")
    Path questions;

    @Option(
            names = "--timeout",
            paramLabel = "S",
            defaultValue = "30",
            description = "Seconds after which one request counts as an error (default 30).")
    int timeout;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (clients < 1
                || clients > 1000
                || seconds < 1
                || seconds > 3600
                || warmup < 0
                || warmup > 600
                || timeout < 1) {
            throw new UsageException(
                    "--clients must be 1..1000, --seconds 1..3600, --warmup 0..600 and --timeout at least 1");
        }
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new UsageException("--url must start with http:// or https://, got " + url);
        }
        if (!Files.isRegularFile(questions)) {
            throw new UsageException("no question file " + questions);
        }
        List<String> asked = new QuestionFile()
                .read(questions).stream().map(EvalQuestion::question).toList();
        if (asked.isEmpty()) {
            throw new UsageException(questions + " holds no questions");
        }
        checkReachable();

        LoadTest.Result r = new LoadTest(url, asked, Duration.ofSeconds(timeout))
                .run(clients, Duration.ofSeconds(warmup), Duration.ofSeconds(seconds));

        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(json(r));
        } else {
            print(out, r, asked.size());
        }
        out.flush();
        return r.errors() == 0 ? 0 : Main.EXIT_RUNTIME;
    }

    private void checkReachable() throws InterruptedException {
        URI health = URI.create(url.toString().replaceAll("/+$", "") + "/health");
        try (HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            http.send(
                    HttpRequest.newBuilder(health)
                            .timeout(Duration.ofSeconds(timeout))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UsageException(
                    "no reader answers at " + health + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private void print(PrintWriter out, LoadTest.Result r, int questionCount) {
        out.printf(
                Locale.ROOT,
                "loadtest %s: %d clients, %d s measured after %d s warm-up, %d questions from %s%n",
                url,
                r.clients(),
                seconds,
                warmup,
                questionCount,
                questions);
        out.printf(Locale.ROOT, "answers       %d (%.1f/s)%n", r.answers(), r.answersPerSecond());
        out.printf(
                Locale.ROOT,
                "latency ms    p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
                r.percentileMillis(0.50),
                r.percentileMillis(0.90),
                r.percentileMillis(0.99),
                r.percentileMillis(1.0));
        out.printf(
                Locale.ROOT,
                "rate-limited  %d%s%n",
                r.rateLimited(),
                r.rateLimited() == 0
                        ? ""
                        : " (429: the server limits questions per client; start it with INTERLINEAR_ASK_PER_MINUTE=0 to measure)");
        out.printf(Locale.ROOT, "errors        %d%n", r.errors());
        r.errorSamples().forEach(e -> out.println("  " + e));
    }

    private String json(LoadTest.Result r) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode o = mapper.createObjectNode();
        o.put("url", url.toString());
        o.put("clients", r.clients());
        o.put("seconds", r.measured().toMillis() / 1000.0);
        o.put("answers", r.answers());
        o.put("answers_per_second", Math.round(r.answersPerSecond() * 10) / 10.0);
        o.put("p50_ms", r.percentileMillis(0.50));
        o.put("p90_ms", r.percentileMillis(0.90));
        o.put("p99_ms", r.percentileMillis(0.99));
        o.put("max_ms", r.percentileMillis(1.0));
        o.put("rate_limited", r.rateLimited());
        o.put("errors", r.errors());
        r.errorSamples().forEach(o.putArray("error_samples")::add);
        return o.toString();
    }
}
