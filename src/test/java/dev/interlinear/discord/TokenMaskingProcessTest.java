package dev.interlinear.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.interlinear.discord.fake.FakeDiscord;
import dev.interlinear.discord.fake.RecordedRequest;
import dev.interlinear.discord.fake.RestFault;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding 5 of issue 15, as an operator meets it: {@code interlinear bot --verbose} with {@code DISCORD_API_URL}
 * at a server that answers 500 or 400 with the request's headers (the {@code Authorization: Bot <token>} header
 * among them) in its body. JDA quotes that body in its exceptions; nothing the process prints may hold the token or
 * its secret part: not the {@code --verbose} trace on standard error, not standard output, not the log (the
 * application's own {@code logback.xml}, every logger at TRACE). A third run is connected to the fake Discord and
 * gets the 400 on a reply, so that JDA logs the failure with its stack trace while the bot runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
class TokenMaskingProcessTest {

    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String MESSAGES = "channels/\\d+/messages";

    private final String token = TestTokens.discordShaped();
    private final List<BotProcess> processes = new ArrayList<>();
    private final List<HttpServer> echoes = new ArrayList<>();
    private FakeDiscord fake;
    private Finished answering500;
    private Finished answering400;
    private Finished replyRefused;
    private List<RecordedRequest> requests;

    /** What a run left: its exit status, standard error (the log and the trace) and standard output. */
    private record Finished(int status, String err, String out) {
        static Finished of(BotProcess process, Duration timeout) throws InterruptedException {
            return new Finished(process.awaitExit(timeout), process.err(), process.out());
        }

        String printed() {
            return err + out;
        }
    }

    @BeforeAll
    void runTheBotAgainstServersQuotingTheToken(@TempDir Path dir) throws Exception {
        fake = FakeDiscord.builder().token(token).start();
        BotProcess connected = started(BotProcess.start(
                dir.resolve("connected"),
                token,
                settings(List.of(
                        "  api-url: \"" + fake.apiUrl() + "\"",
                        "  answer-channels: [\"" + fake.textChannelId() + "\"]",
                        "  cooldown-seconds: 0")),
                new BotProcess.Options(List.of("--verbose"), Map.of(), true)));
        BotProcess run500;
        BotProcess run400;
        try {
            fake.awaitRequest("PUT", "applications/\\d+/commands", START);
            // The index is built now: the runs that fail at start-up (after opening it) go meanwhile.
            // 500 on Discord's recommended shard count, as in the finding; 400 on the login, with a shard count set.
            run500 = started(BotProcess.start(
                    dir.resolve("500"),
                    token,
                    settings(List.of()),
                    new BotProcess.Options(List.of("--verbose"), Map.of("DISCORD_API_URL", echo(500)), true)));
            run400 = started(BotProcess.start(
                    dir.resolve("400"),
                    token,
                    settings(List.of("  shards-total: 1")),
                    new BotProcess.Options(List.of("--verbose"), Map.of("DISCORD_API_URL", echo(400)), true)));

            fake.failNext("POST", MESSAGES, RestFault.badRequest("echo: authorization: Bot " + token));
            fake.sendGuildMessage(fake.human(), "Was äußerte C.C. Wei?");
            fake.awaitRequest(r -> r.is("POST", MESSAGES) && r.status() == 400, WAIT);
            awaitInLog(connected, "RestAction queue returned failure");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nThe bot's log:\n" + BotProcess.tail(connected.err()), e);
        }
        connected.terminate();
        replyRefused = Finished.of(connected, Duration.ofSeconds(40));
        requests = fake.requests();
        answering500 = Finished.of(run500, START);
        answering400 = Finished.of(run400, START);
    }

    @AfterAll
    void stopEverything() {
        processes.forEach(BotProcess::close);
        echoes.forEach(server -> server.stop(0));
        if (fake != null) {
            fake.close();
        }
    }

    @Test
    void givenDiscordAnswering500WithTheHeaders_whenTheBotStartsVerbose_thenTheTraceShowsTheBodyWithTheTokenMasked() {
        assertThat(answering500.status()).as(answering500.err()).isEqualTo(1);
        assertNoSecret("the run answered 500", answering500.printed());
        assertThat(answering500.err())
                .as("the trace and the echoed body are printed")
                .contains("java.lang.IllegalStateException: cannot reach Discord (http://127.0.0.1:")
                .contains("Failed to fetch recommended shard total! Code: 500")
                .contains("authorization: Bot " + TokenMask.MASK)
                .contains("\tat ");
    }

    @Test
    void givenDiscordAnswering400WithTheHeaders_whenTheBotLogsInVerbose_thenTheTraceShowsTheBodyWithTheTokenMasked() {
        assertThat(answering400.status()).as(answering400.err()).isEqualTo(1);
        assertNoSecret("the run answered 400", answering400.printed());
        assertThat(answering400.err())
                .as("the trace and the echoed body are printed")
                .contains("java.lang.IllegalStateException: cannot reach Discord (http://127.0.0.1:")
                .contains("Caused by: net.dv8tion.jda.api.exceptions.ErrorResponseException")
                .contains("authorization: Bot " + TokenMask.MASK);
    }

    @Test
    void givenAReplyRefusedWithTheTokenInTheBody_whenJdaLogsTheFailureAndItsTrace_thenTheLogHasTheTokenMasked() {
        assertThat(replyRefused.status())
                .as(BotProcess.tail(replyRefused.err()))
                .isZero();
        assertNoSecret("the connected run", replyRefused.printed());
        assertThat(replyRefused.err())
                .as("the log at TRACE, with the failure's stack trace")
                .contains("TRACE")
                .contains("RestAction queue returned failure")
                .contains("ErrorResponseException")
                .contains("echo: authorization: Bot " + TokenMask.MASK)
                .contains("\tat net.dv8tion.");
        for (RecordedRequest request : requests) {
            assertNoSecret(
                    "REST request " + request.method() + " " + request.path(),
                    request.path() + "?" + request.query() + " " + request.body());
        }
    }

    // ---------------------------------------------------------------- helpers

    private void assertNoSecret(String where, String text) {
        for (String secret : TokenMask.of(token).secrets()) {
            assertThat(text)
                    .as("%s must not contain the token or its secret part", where)
                    .doesNotContain(secret);
        }
    }

    private BotProcess started(BotProcess process) {
        processes.add(process);
        return process;
    }

    /** A server that answers every request with {@code status} and the request's headers in a JSON body. */
    private String echo(int status) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "echo-" + status);
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", exchange -> {
            StringBuilder headers = new StringBuilder();
            exchange.getRequestHeaders()
                    .forEach((name, values) -> headers.append(name.toLowerCase(java.util.Locale.ROOT))
                            .append(": ")
                            .append(String.join(",", values))
                            .append(" | "));
            byte[] body = ("{\"message\": \"echo: " + headers.toString().replace("\"", "'") + "\", \"code\": 0}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        echoes.add(server);
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10/";
    }

    private static void awaitInLog(BotProcess process, String text) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!process.err().contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the log did not show '" + text + "' within " + WAIT);
            }
            Thread.sleep(100);
        }
    }

    /** The settings of a run, with these lines under {@code discord:}; the Discord tests' data folder is shared. */
    private static List<String> settings(List<String> discord) throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "corpus: \"" + Path.of("config/articles").toAbsolutePath() + "\"",
                "data-dir: \"" + SharedData.DIR + "\"",
                "web:",
                "  port: " + freePort(),
                "discord:"));
        lines.addAll(discord);
        if (discord.isEmpty()) {
            lines.add("  cooldown-seconds: 0");
        }
        return lines;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
