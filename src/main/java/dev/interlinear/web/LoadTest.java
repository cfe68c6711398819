package dev.interlinear.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Many clients asking {@code /api/ask} at once for a fixed time, each waiting for its answer before the next
 * question (a closed loop), each with its own connection. Counts answers (200), refusals by the rate limit
 * (429, after which the client waits the Retry-After) and errors (any other status, a body that is not JSON,
 * or a failed request, also during the warm-up), and times the answers. A measuring tool: it asserts nothing.
 */
public final class LoadTest {

    /** Errors kept as examples for the report. */
    private static final int ERROR_SAMPLES = 5;

    /**
     * The outcome of a run.
     *
     * @param latenciesMicros the answer times, sorted
     */
    public record Result(
            int clients,
            Duration measured,
            long answers,
            long rateLimited,
            long errors,
            List<String> errorSamples,
            long[] latenciesMicros) {

        public double answersPerSecond() {
            return answers / (measured.toNanos() / 1e9);
        }

        /** The answer time at quantile {@code q} (0..1), in milliseconds; 0 without answers. */
        public double percentileMillis(double q) {
            if (latenciesMicros.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(q * latenciesMicros.length) - 1;
            return latenciesMicros[Math.clamp(rank, 0, latenciesMicros.length - 1)] / 1000.0;
        }
    }

    /** One client's tally. */
    private static final class Tally {
        long answers;
        long rateLimited;
        long errors;
        final List<String> errorSamples = new ArrayList<>();
        long[] latencies = new long[1024];

        void answered(long micros) {
            if (answers == latencies.length) {
                latencies = Arrays.copyOf(latencies, latencies.length * 2);
            }
            latencies[(int) answers++] = micros;
        }

        void failed(String what) {
            errors++;
            if (errorSamples.size() < ERROR_SAMPLES) {
                errorSamples.add(what);
            }
        }
    }

    private final URI base;
    private final List<String> questions;
    private final Duration requestTimeout;

    /**
     * @param base           the server, e.g. {@code http://127.0.0.1:8080}
     * @param questions      asked in turn, each client starting at another one
     * @param requestTimeout a request that takes longer is an error
     */
    public LoadTest(URI base, List<String> questions, Duration requestTimeout) {
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("no questions to ask");
        }
        this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
        this.questions = List.copyOf(questions);
        this.requestTimeout = requestTimeout;
    }

    /**
     * Runs {@code clients} clients for {@code warmUp} (not counted), then for {@code duration} (counted). Each
     * client finishes the request it is in when the time is up, so the run ends within one request timeout.
     */
    public Result run(int clients, Duration warmUp, Duration duration) throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients, r -> {
            Thread t = new Thread(r, "loadtest-client");
            t.setDaemon(true);
            return t;
        });
        List<Future<Tally>> futures = new ArrayList<>();
        try {
            for (int c = 0; c < clients; c++) {
                int first = c;
                futures.add(pool.submit(() -> client(first, measureFrom, end)));
            }
            List<Tally> tallies = new ArrayList<>();
            for (Future<Tally> f : futures) {
                try {
                    tallies.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    Tally broken = new Tally();
                    broken.failed("client failed: " + e.getCause());
                    tallies.add(broken);
                }
            }
            // Requests sent before the end are counted when they finish, so the time runs until the last did.
            return merge(clients, Duration.ofNanos(Math.max(end, System.nanoTime()) - measureFrom), tallies);
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(requestTimeout.toSeconds() + 5, TimeUnit.SECONDS);
        }
    }

    private Tally client(int first, long measureFrom, long end) throws InterruptedException {
        Tally tally = new Tally();
        // A client of its own per simulated user: its own connection, as separate browsers would have.
        try (HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(requestTimeout)
                .build()) {
            for (long i = first; System.nanoTime() < end; i++) {
                String question = questions.get((int) (i % questions.size()));
                HttpRequest request = HttpRequest.newBuilder(
                                base.resolve("api/ask?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8)))
                        .timeout(requestTimeout)
                        .GET()
                        .build();
                long sent = System.nanoTime();
                boolean counted = sent >= measureFrom;
                try {
                    HttpResponse<String> response =
                            http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    long micros = (System.nanoTime() - sent) / 1000;
                    if (response.statusCode() == 200 && response.body().startsWith("{")) {
                        if (counted) {
                            tally.answered(micros);
                        }
                    } else if (response.statusCode() == 429) {
                        if (counted) {
                            tally.rateLimited++;
                        }
                        long wait = response.headers()
                                .firstValueAsLong("Retry-After")
                                .orElse(1);
                        long sleepNanos = Math.min(TimeUnit.SECONDS.toNanos(wait), end - System.nanoTime());
                        if (sleepNanos > 0) {
                            TimeUnit.NANOSECONDS.sleep(sleepNanos);
                        }
                    } else {
                        // Errors count during the warm-up too: zero errors means none at all.
                        tally.failed("HTTP " + response.statusCode() + " for \"" + question + "\": "
                                + response.body().lines().findFirst().orElse(""));
                    }
                } catch (IOException e) {
                    tally.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        }
        return tally;
    }

    private static Result merge(int clients, Duration measured, List<Tally> tallies) {
        long answers = 0;
        long limited = 0;
        long errors = 0;
        List<String> samples = new ArrayList<>();
        for (Tally t : tallies) {
            answers += t.answers;
            limited += t.rateLimited;
            errors += t.errors;
            t.errorSamples.stream().limit(ERROR_SAMPLES - samples.size()).forEach(samples::add);
        }
        long[] latencies = new long[(int) answers];
        int at = 0;
        for (Tally t : tallies) {
            System.arraycopy(t.latencies, 0, latencies, at, (int) t.answers);
            at += (int) t.answers;
        }
        Arrays.sort(latencies);
        return new Result(clients, measured, answers, limited, errors, List.copyOf(samples), latencies);
    }
}
