package dev.interlinear.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.app.SampleCorpus;
import dev.interlinear.discord.fake.FakeDiscord;
import dev.interlinear.discord.fake.FakeInteraction;
import dev.interlinear.discord.fake.RecordedRequest;
import dev.interlinear.discord.fake.RestFault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the bot does when Discord misbehaves: the gateway drops, REST answers 500 or 429, an answer takes longer
 * than Discord waits for an interaction. The real JDA against the fake Discord; answers can be held back by the
 * bot's answer pool ({@link HoldingPool}) to make them slow.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
class DiscordFaultsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    /** Discord's deadline for the first response to an interaction. */
    private static final Duration INTERACTION_DEADLINE = Duration.ofSeconds(3);

    private static final String QUESTION = "Was äußerte C.C. Wei?";
    private static final String MESSAGES = "channels/\\d+/messages";

    private final HoldingPool pool = new HoldingPool();
    private BotAgainstFake running;
    private List<Throwable> failedRequests;
    private SampleCorpus sample;
    private FakeDiscord fake;
    private DiscordBot bot;

    @BeforeAll
    void startTheBotAgainstTheFake() throws Exception {
        running = BotAgainstFake.start(WAIT, pool);
        failedRequests = running.failedRequests;
        sample = running.sample;
        fake = running.fake;
        bot = running.bot;
    }

    @BeforeEach
    void aLiveSessionAndNoEarlierRequests() {
        fake.awaitGatewayLive(WAIT);
        fake.clearRequests();
        failedRequests.clear();
    }

    @AfterEach
    void releaseEverythingAndCheckNoRequestFailed() {
        pool.release();
        fake.releaseGateway();
        assertThat(failedRequests).as("REST requests that failed in the bot").isEmpty();
        assertThat(fake.unexpectedRequests())
                .as("requests the fake does not know")
                .isEmpty();
    }

    @AfterAll
    void stop() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    // ---------------------------------------------------------------- gateway

    @ParameterizedTest(name = "close code {0}")
    @ValueSource(ints = {1006, 4000})
    void givenTheGatewayDrops_whenTheNextQuestionComes_thenTheBotResumesAndAnswersIt(int closeCode) {
        int resumes = fake.resumeCount();

        fake.closeGateway(closeCode);
        String question = fake.sendGuildMessage(fake.human(), QUESTION); // Discord replays it after RESUME

        RecordedRequest reply = fake.awaitReplyTo(question, WAIT);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("embeds").get(0).path("description").asText())
                .contains("Altman ist zu aggressiv");
        assertThat(fake.resumeCount()).as("sessions resumed").isEqualTo(resumes + 1);
    }

    @Test
    void givenTheSessionIsGone_whenTheGatewayDrops_thenTheBotIdentifiesAgainAndAnswers() {
        int identifies = fake.identifyCount();

        fake.invalidateSession();
        fake.closeGateway(4000);
        fake.awaitGatewayLive(WAIT); // JDA waits 1-5 s after INVALID_SESSION before it identifies
        String question = fake.sendGuildMessage(fake.human(), QUESTION);

        assertThat(fake.awaitReplyTo(question, WAIT).status()).isEqualTo(200);
        assertThat(fake.identifyCount()).as("new sessions").isEqualTo(identifies + 1);
    }

    @Test
    void givenAnAnswerInFlight_whenTheGatewayGoesDown_thenTheReplyStillArrivesOverRest() throws Exception {
        pool.hold(WAIT);
        String question = fake.sendGuildMessageMentioningBot(fake.human(), QUESTION);
        pool.awaitHeldAnswer(WAIT);

        fake.holdGateway();
        fake.closeGateway(1006);
        pool.release();

        RecordedRequest reply = fake.awaitReplyTo(question, WAIT);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(fake.isGatewayLive())
                .as("gateway still down when the reply arrived")
                .isFalse();
        assertThat(bot.connected())
                .as("what /health reports while the gateway is down")
                .isFalse();

        fake.releaseGateway();
        String next = fake.sendGuildMessage(fake.human(), "Was hat OpenAI gestern Abend mit AMD unterzeichnet?");
        assertThat(fake.awaitReplyTo(next, WAIT)
                        .body()
                        .path("embeds")
                        .get(0)
                        .path("description")
                        .asText())
                .contains("AMD");
        assertThat(bot.connected())
                .as("what /health reports once the session is resumed")
                .isTrue();
    }

    // ---------------------------------------------------------------- REST

    @Test
    void givenRestAnswers500Once_whenTheReplyIsSent_thenItIsSentAgainAndArrivesOnce() {
        fake.failNext("POST", MESSAGES, RestFault.serverError());

        String question = fake.sendGuildMessage(fake.human(), QUESTION);

        RecordedRequest reply = fake.awaitRequest(replyTo(question).and(r -> r.status() == 200), WAIT);
        assertThat(fake.requests())
                .filteredOn(replyTo(question))
                .extracting(RecordedRequest::status)
                .containsExactly(500, 200);
        assertThat(reply.body().path("embeds").get(0).path("description").asText())
                .contains("Altman ist zu aggressiv");
    }

    @Test
    void givenRestAnswers500Once_whenTheDeferredAnswerIsEdited_thenTheEditIsSentAgainAndArrives() {
        String original = "webhooks/\\d+/[^/]+/messages/@original";
        fake.failNext("PATCH", original, RestFault.serverError());

        FakeInteraction ask = fake.sendSlashCommand("ask", Map.of("question", QUESTION), "de", true);

        RecordedRequest edit = fake.awaitRequest(r -> r.is("PATCH", original) && r.status() == 200, WAIT);
        assertThat(fake.requests())
                .filteredOn(r -> r.is("PATCH", original))
                .extracting(RecordedRequest::status)
                .containsExactly(500, 200);
        assertThat(edit.path()).contains(ask.token());
        assertThat(edit.body().path("embeds").get(0).path("description").asText())
                .contains("Altman ist zu aggressiv");
    }

    @Test
    void givenRestAnswers429WithRateLimitHeaders_whenTheReplyIsSent_thenItArrivesAfterTheWait() {
        Duration retryAfter = Duration.ofMillis(500);
        fake.failNext("POST", MESSAGES, RestFault.rateLimited(retryAfter));

        String question = fake.sendGuildMessage(fake.human(), QUESTION);

        RecordedRequest reply = fake.awaitRequest(replyTo(question).and(r -> r.status() == 200), WAIT);
        RecordedRequest limited =
                fake.requests().stream().filter(replyTo(question)).findFirst().orElseThrow();
        assertThat(limited.status()).isEqualTo(429);
        assertThat(Duration.between(limited.receivedAt(), reply.receivedAt()))
                .as("time between the 429 and the reply")
                .isGreaterThanOrEqualTo(retryAfter);
        assertThat(fake.requests()).filteredOn(replyTo(question)).hasSize(2);
    }

    // ---------------------------------------------------------------- slow answers

    @Test
    void givenAnAnswerTakingFourSeconds_whenAskIsUsed_thenItIsDeferredWithinThreeSecondsAndEditedLater() {
        Duration answering = Duration.ofSeconds(4);
        pool.hold(answering); // not released: the answer takes the whole 4 s

        FakeInteraction ask = fake.sendSlashCommand("ask", Map.of("question", QUESTION), "de", true);

        RecordedRequest callback = fake.awaitCallback(ask, WAIT);
        assertThat(callback.body().path("type").asInt())
                .as("deferred channel message")
                .isEqualTo(5);
        assertThat(Duration.between(ask.sentAt(), callback.receivedAt())).isLessThan(INTERACTION_DEADLINE);
        RecordedRequest edit = fake.awaitRequest(
                "PATCH", Pattern.quote(ask.webhookPath(fake.applicationId())) + "/messages/@original", WAIT);
        assertThat(Duration.between(ask.sentAt(), edit.receivedAt()))
                .as("the answer was slow")
                .isGreaterThanOrEqualTo(answering);
        assertThat(edit.body().path("embeds").get(0).path("description").asText())
                .contains("Altman ist zu aggressiv");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mention", "direct message"})
    void givenASlowAnswer_whenAMessageAsks_thenTheTypingIndicatorComesAtOnce(String how) throws Exception {
        pool.hold(WAIT);
        String channel = how.equals("mention") ? fake.textChannelId() : fake.dmChannelId(fake.human());

        String question = how.equals("mention")
                ? fake.sendGuildMessageMentioningBot(fake.human(), QUESTION)
                : fake.sendDirectMessage(fake.human(), QUESTION);

        RecordedRequest typing = fake.awaitRequest("POST", "channels/" + channel + "/typing", WAIT);
        pool.awaitHeldAnswer(WAIT);
        assertThat(fake.requests())
                .as("no reply while the answer is being worked out")
                .noneMatch(replyTo(question));
        pool.release();
        RecordedRequest reply = fake.awaitReplyTo(question, WAIT);
        assertThat(typing.receivedAt()).isBefore(reply.receivedAt());
    }

    // ---------------------------------------------------------------- shutdown (ReplySender.finish, as close() uses
    // it)

    @Test
    void givenAReplyWaitingOutARateLimit_whenFinishing_thenFinishReturnsOnlyOnceDiscordHasIt() throws Exception {
        TextChannel channel = bot.shards().getTextChannelById(fake.textChannelId());
        fake.failNext("POST", MESSAGES, RestFault.rateLimited(Duration.ofMillis(500)));
        try (ExecutorService answers = Executors.newSingleThreadExecutor()) {
            ReplySender replies = new ReplySender(sample.served(), answers);

            replies.reply(s -> "in flight", (text, failure) -> channel.sendMessage(text));
            fake.awaitRequest(r -> r.is("POST", MESSAGES) && r.status() == 429, WAIT);
            boolean finished = replies.finish(WAIT);

            assertThat(finished).isTrue();
            assertThat(fake.requests())
                    .as("sent when finish() returned")
                    .anyMatch(r ->
                            r.is("POST", MESSAGES) && r.status() == 200 && "in flight".equals(r.bodyText("content")));
        }
    }

    @Test
    void givenFinishing_whenAQuestionComes_thenItIsNotWorkedOutButStillGetsAReply() throws Exception {
        TextChannel channel = bot.shards().getTextChannelById(fake.textChannelId());
        AtomicBoolean workedOut = new AtomicBoolean();
        try (ExecutorService answers = Executors.newSingleThreadExecutor()) {
            ReplySender replies = new ReplySender(sample.served(), answers);
            assertThat(replies.finish(WAIT)).as("nothing in flight").isTrue();

            replies.reply(
                    s -> workedOut.getAndSet(true),
                    (answer, failure) ->
                            channel.sendMessage("refused: " + failure.getClass().getSimpleName()));

            RecordedRequest notice = fake.awaitRequest(r -> r.is("POST", MESSAGES), WAIT);
            assertThat(notice.bodyText("content")).isEqualTo("refused: RejectedExecutionException");
            assertThat(workedOut).isFalse();
        }
    }

    private static Predicate<RecordedRequest> replyTo(String messageId) {
        return r -> r.is("POST", MESSAGES)
                && messageId.equals(
                        r.body().path("message_reference").path("message_id").asText(null));
    }
}
