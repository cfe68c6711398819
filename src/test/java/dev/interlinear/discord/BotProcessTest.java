package dev.interlinear.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interlinear.discord.fake.FakeDiscord;
import dev.interlinear.discord.fake.RecordedRequest;
import dev.interlinear.discord.fake.RestFault;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code interlinear bot} as a real process against the fake Discord, logging everything at TRACE. One run (in
 * {@link #runTheBotThroughFaultsThenSigterm}) goes through a 500, a gateway drop and a 429, and gets SIGTERM while a
 * reply waits out the rate limit; the tests check what the run left: the reply, the exit status, the logs. Two
 * short runs, meanwhile, fail at start-up (a rejected token, no Discord). The token is shaped like a real one, so
 * that its parts can be looked for.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
class BotProcessTest {

    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Duration RATE_LIMIT = Duration.ofMillis(1500);
    private static final String MESSAGES = "channels/\\d+/messages";
    private static final String QUESTION = "Was äußerte C.C. Wei?";

    private final String token = TestTokens.discordShaped();
    private final String rejectedToken = TestTokens.discordShaped();
    private Path dir;
    private FakeDiscord fake;
    private FakeDiscord refusing;
    private int exitStatus;
    private Instant sigtermAt;
    private String log;
    private String output;
    private String health;
    private String firstQuestion;
    private String questionAfterTheDrop;
    private String questionInFlight;
    private List<RecordedRequest> requests;
    private Finished rejected;
    private Finished unreachable;
    private final List<BotProcess> processes = new ArrayList<>();

    /** What a run left: its exit status, standard error (the log) and standard output. */
    private record Finished(int status, String err, String out) {
        static Finished of(BotProcess process, Duration timeout) throws InterruptedException {
            return new Finished(process.awaitExit(timeout), process.err(), process.out());
        }
    }

    @BeforeAll
    void runTheBotThroughFaultsThenSigterm(@TempDir Path dir) throws Exception {
        this.dir = dir;
        fake = FakeDiscord.builder().token(token).start();
        refusing = FakeDiscord.start(); // knows another token: it refuses every one the test gives
        fake.failNext("POST", MESSAGES, RestFault.serverError());
        int port = freePort();
        BotProcess bot = started(BotProcess.start(dir.resolve("run"), token, settings(fake.apiUrl(), port)));
        BotProcess rejectedRun;
        BotProcess unreachableRun;
        try {
            fake.awaitRequest("PUT", "applications/\\d+/commands", START);
            // The index is built now: the runs that fail at start-up (after opening it) go meanwhile.
            rejectedRun = started(
                    BotProcess.start(dir.resolve("rejected"), rejectedToken, settings(refusing.apiUrl(), freePort())));
            unreachableRun =
                    started(BotProcess.start(dir.resolve("unreachable"), token, settings(nowhere(), freePort())));
            health = awaitHealthy(port);

            firstQuestion = fake.sendGuildMessage(fake.human(), QUESTION);
            fake.awaitRequest(replyTo(firstQuestion).and(r -> r.status() == 200), WAIT);

            fake.closeGateway(4000);
            questionAfterTheDrop = fake.sendGuildMessage(fake.human(), QUESTION);
            fake.awaitRequest(replyTo(questionAfterTheDrop).and(r -> r.status() == 200), WAIT);

            fake.failNext("POST", MESSAGES, RestFault.rateLimited(RATE_LIMIT));
            questionInFlight = fake.sendGuildMessage(fake.human(), QUESTION);
            fake.awaitRequest(replyTo(questionInFlight).and(r -> r.status() == 429), WAIT);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nThe bot's log:\n" + BotProcess.tail(bot.err()), e);
        }
        sigtermAt = Instant.now();
        bot.terminate();
        exitStatus = bot.awaitExit(Duration.ofSeconds(40));
        log = bot.err();
        output = bot.out();
        requests = fake.requests();
        rejected = Finished.of(rejectedRun, START);
        unreachable = Finished.of(unreachableRun, START);
    }

    private BotProcess started(BotProcess process) {
        processes.add(process);
        return process;
    }

    @AfterAll
    void stopTheProcessesAndFakes() {
        processes.forEach(BotProcess::close);
        if (fake != null) {
            fake.close();
        }
        if (refusing != null) {
            refusing.close();
        }
    }

    // ---------------------------------------------------------------- shutdown

    @Test
    void givenAReplyWaitingOutARateLimit_whenTheProcessGetsSigterm_thenTheReplyIsSentAndTheExitStatusIsZero() {
        assertThat(exitStatus)
                .as("exit status after SIGTERM\n" + BotProcess.tail(log))
                .isZero();
        assertThat(requests)
                .filteredOn(replyTo(questionInFlight))
                .extracting(RecordedRequest::status)
                .containsExactly(429, 200);
        RecordedRequest reply = requests.stream()
                .filter(replyTo(questionInFlight).and(r -> r.status() == 200))
                .findFirst()
                .orElseThrow();
        assertThat(reply.receivedAt())
                .as("the reply came after SIGTERM, before the exit")
                .isAfter(sigtermAt);
        assertThat(log).contains("shutting down");
    }

    @Test
    void givenA500AndAGatewayDrop_whenQuestionsCome_thenTheRealProcessAnswersBoth() {
        assertThat(requests)
                .filteredOn(replyTo(firstQuestion))
                .extracting(RecordedRequest::status)
                .containsExactly(500, 200);
        assertThat(requests)
                .filteredOn(replyTo(questionAfterTheDrop))
                .extracting(RecordedRequest::status)
                .containsExactly(200);
        assertThat(fake.resumeCount()).isEqualTo(1);
        assertThat(health).contains("\"discord\":\"connected\"");
    }

    // ---------------------------------------------------------------- the token

    @Test
    void givenTheWholeRunLoggedAtTrace_thenTheTokenIsInNoLogLineOutputReplyOrHealth() {
        assertThat(log)
                .as("JDA's own request logging is in the log")
                .contains("TRACE")
                .contains("net.dv8tion");
        assertNoSecret("the log (standard error)", log);
        assertNoSecret("standard output", output);
        assertNoSecret("/health", health);
        for (RecordedRequest request : requests) {
            assertNoSecret(
                    "REST request " + request.method() + " " + request.path(),
                    request.path() + "?" + request.query() + " " + request.body() + " " + request.response());
        }
        List<JsonNode> logins = new ArrayList<>();
        for (JsonNode payload : fake.gatewayPayloads()) {
            int op = payload.path("op").asInt();
            if (op == 2 || op == 6) {
                logins.add(payload); // IDENTIFY and RESUME carry it: that is what it is for
            } else {
                assertNoSecret("gateway payload op " + op, payload.toString());
            }
        }
        assertThat(logins)
                .as("the search finds the token where it belongs")
                .allSatisfy(login ->
                        assertThat(login.path("d").path("token").asText()).contains(token));
    }

    @Test
    void givenARejectedToken_whenTheBotStarts_thenExitTwoAndOneLineWithoutTheToken() {
        assertThat(rejected.status()).as(BotProcess.tail(rejected.err())).isEqualTo(2);
        assertThat(rejected.err()).contains("interlinear: Discord rejected the token in DISCORD_TOKEN");
        assertThat(secretsOf(rejectedToken))
                .allSatisfy(
                        secret -> assertThat(rejected.err() + rejected.out()).doesNotContain(secret));
    }

    @Test
    void givenDiscordCannotBeReached_whenTheBotStarts_thenExitOneAndOneLineWithoutTheToken() {
        assertThat(unreachable.status()).as(BotProcess.tail(unreachable.err())).isEqualTo(1);
        assertThat(unreachable.err()).contains("interlinear: cannot reach Discord (http://127.0.0.1:");
        assertNoSecret("the log of a start without Discord", unreachable.err() + unreachable.out());
    }

    // ---------------------------------------------------------------- helpers

    private void assertNoSecret(String where, String text) {
        for (String secret : secretsOf(token)) {
            assertThat(text)
                    .as("%s must not contain the token or its part %s", where, secret)
                    .doesNotContain(secret);
        }
    }

    /** The token and each of its three parts (user id, timestamp, HMAC), as Discord's tokens are made of. */
    private static List<String> secretsOf(String token) {
        List<String> secrets = new ArrayList<>(List.of(token));
        secrets.addAll(List.of(token.split("\\.")));
        return secrets;
    }

    /** The settings of a run; the runs share the Discord tests' data folder, so the index is built once. */
    private List<String> settings(String apiUrl, int port) {
        Path articles = Path.of("config/articles").toAbsolutePath();
        return List.of(
                "corpus: \"" + articles + "\"",
                "data-dir: \"" + SharedData.DIR + "\"",
                "web:",
                "  port: " + port,
                "discord:",
                "  api-url: \"" + apiUrl + "\"",
                "  answer-channels: [\"" + fake.textChannelId() + "\"]",
                "  cooldown-seconds: 0");
    }

    /** Polls {@code /health} until it answers 200 (the reader starts once the bot has logged in). */
    private static String awaitHealthy(int port) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + WAIT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("/health did not answer 200 within " + WAIT + ": " + last);
    }

    /** An API address where nothing listens. */
    private static String nowhere() throws IOException {
        return "http://127.0.0.1:" + freePort() + "/api/v10/";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Predicate<RecordedRequest> replyTo(String messageId) {
        return r -> r.is("POST", MESSAGES)
                && messageId.equals(
                        r.body().path("message_reference").path("message_id").asText(null));
    }
}
