package dev.interlinear.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlinear.discord.fake.FakeDiscord;
import dev.interlinear.serving.Health;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * What the bot reports to {@link Health} about its connection, as the real JDA goes through it against the fake
 * Discord: connected, the gateway gone (kept away with {@link FakeDiscord#holdGateway()}), connected again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
class DiscordHealthTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    /** How soon a change of the connection must show. */
    private static final Duration SHOWS_WITHIN = Duration.ofSeconds(3);

    private BotAgainstFake running;
    private FakeDiscord fake;
    private Health health;

    @BeforeAll
    void startTheBotAgainstTheFake() throws Exception {
        running = BotAgainstFake.start(WAIT);
        fake = running.fake;
        health = running.health;
    }

    @AfterEach
    void gatewayBack() {
        fake.releaseGateway();
    }

    @AfterAll
    void stop() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void givenTheBotLoggedIn_thenDiscordIsAnEssentialPartReportedConnected() {
        Health.Part discord = awaitDiscord(p -> p.state() == Health.State.OK, SHOWS_WITHIN);

        assertThat(discord.essential()).isTrue();
        assertThat(discord.detail()).isEqualTo("connected");
        assertThat(health.overall()).isEqualTo(Health.Overall.OK);
        assertThat(running.bot.connected()).isTrue();
    }

    @Test
    void givenTheGatewayCloses_whenItStaysAway_thenDiscordIsDownWithTheReasonAndOkOnceTheSessionIsBack() {
        awaitDiscord(p -> p.state() == Health.State.OK, SHOWS_WITHIN);
        int resumes = fake.resumeCount();

        fake.holdGateway();
        fake.closeGateway(4000);

        // JDA tells the disconnection and then, in a later event, the close code: wait for both.
        Health.Part down =
                awaitDiscord(p -> p.state() == Health.State.DOWN && p.detail().contains("4000"), SHOWS_WITHIN);
        assertThat(down.detail()).startsWith("disconnected, reconnecting").contains("4000");
        assertThat(health.overall()).as("a bot without Discord cannot answer").isEqualTo(Health.Overall.UNAVAILABLE);
        assertThat(running.bot.connected()).isFalse();

        fake.releaseGateway();

        Health.Part back = awaitDiscord(p -> p.state() == Health.State.OK, WAIT);
        assertThat(back.detail()).isEqualTo("connected");
        assertThat(fake.resumeCount()).as("the session was resumed").isEqualTo(resumes + 1);
        assertThat(health.overall()).isEqualTo(Health.Overall.OK);
    }

    /** Polls the Discord part until it matches; fails with the last one seen. */
    private Health.Part awaitDiscord(Predicate<Health.Part> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Health.Part last = null;
        while (System.nanoTime() < deadline) {
            last = health.parts().stream()
                    .filter(p -> p.name().equals(Health.DISCORD))
                    .findFirst()
                    .orElse(null);
            if (last != null && wanted.test(last)) {
                return last;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the Discord part did not change as expected within " + timeout + "; last: " + last);
    }
}
