package dev.interlinear.discord.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CooldownTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void givenAQuestionJustAsked_whenTheSameUserAsksAgain_thenTheyWaitButOthersDoNot() {
        ManualClock clock = new ManualClock();
        Cooldown cooldown = new Cooldown(Duration.ofSeconds(3), clock);

        assertThat(cooldown.tryAcquire("u1")).isEmpty();
        clock.now = clock.now.plusMillis(1200);
        assertThat(cooldown.tryAcquire("u1")).contains(Duration.ofMillis(1800));
        assertThat(cooldown.tryAcquire("u2")).isEmpty();
        clock.now = clock.now.plusSeconds(2);
        assertThat(cooldown.tryAcquire("u1")).isEmpty();
    }

    @Test
    void givenNoCooldown_whenAskingRepeatedly_thenNobodyWaits() {
        Cooldown cooldown = new Cooldown(Duration.ZERO, new ManualClock());

        assertThat(cooldown.tryAcquire("u1")).isEmpty();
        assertThat(cooldown.tryAcquire("u1")).isEmpty();
    }

    @Test
    void givenAWait_whenToldToAPerson_thenItIsRoundedUpToWholeSeconds() {
        assertThat(Cooldown.seconds(Duration.ofMillis(1800))).isEqualTo(2);
        assertThat(Cooldown.seconds(Duration.ofMillis(1))).isEqualTo(1);
    }
}
