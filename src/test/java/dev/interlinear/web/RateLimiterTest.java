package dev.interlinear.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final ManualClock clock = new ManualClock();

    private static List<Boolean> allowed(RateLimiter limiter, String client, int times) {
        List<Boolean> out = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            out.add(limiter.acquire(client).allowed());
        }
        return out;
    }

    @Test
    void givenAFreshClient_whenItAsksMoreThanTheBurstAtOnce_thenTheBurstPassesAndTheRestIsRefused() {
        RateLimiter limiter = new RateLimiter(30, 10, clock, 100);

        assertThat(allowed(limiter, "a", 10)).containsOnly(true);
        RateLimiter.Decision eleventh = limiter.acquire("a");

        assertThat(eleventh.allowed()).isFalse();
        // 30 a minute: the next token comes in 2 s
        assertThat(eleventh.retryAfterSeconds()).isEqualTo(2);
    }

    @Test
    void givenAnEmptyBucket_whenTheRetryAfterHasPassed_thenOneMoreQuestionPasses() {
        RateLimiter limiter = new RateLimiter(30, 10, clock, 100);
        allowed(limiter, "a", 10);
        long wait = limiter.acquire("a").retryAfterSeconds();

        clock.advance(Duration.ofSeconds(wait));

        assertThat(limiter.acquire("a").allowed()).isTrue();
        assertThat(limiter.acquire("a").allowed()).isFalse();
    }

    @Test
    void givenAnEmptyBucket_whenAlmostATokenHasRefilled_thenRetryAfterRoundsUpToAWholeSecond() {
        RateLimiter limiter = new RateLimiter(30, 1, clock, 100);
        assertThat(limiter.acquire("a").allowed()).isTrue();

        clock.advance(Duration.ofMillis(1_999));

        RateLimiter.Decision d = limiter.acquire("a");
        assertThat(d.allowed()).isFalse();
        assertThat(d.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void givenASlowRate_whenTheBucketIsEmpty_thenRetryAfterIsTheWholeWaitInSeconds() {
        RateLimiter limiter = new RateLimiter(1, 1, clock, 100);
        limiter.acquire("a");

        assertThat(limiter.acquire("a").retryAfterSeconds()).isEqualTo(60);
        clock.advance(Duration.ofSeconds(59));
        assertThat(limiter.acquire("a").retryAfterSeconds()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.acquire("a").allowed()).isTrue();
    }

    @Test
    void givenAClientAtItsLimit_whenAnotherClientAsks_thenTheOtherIsNotAffected() {
        RateLimiter limiter = new RateLimiter(30, 2, clock, 100);
        allowed(limiter, "a", 3);

        assertThat(allowed(limiter, "b", 2)).containsOnly(true);
        assertThat(limiter.acquire("a").allowed()).isFalse();
    }

    @Test
    void givenALongPause_whenTheClientComesBack_thenItHasAFullBurstButNoMore() {
        RateLimiter limiter = new RateLimiter(30, 5, clock, 100);
        allowed(limiter, "a", 5);

        clock.advance(Duration.ofHours(3));

        assertThat(allowed(limiter, "a", 6)).containsExactly(true, true, true, true, true, false);
    }

    @Test
    void givenSteadyQuestionsAtTheRate_whenAskedForAnHour_thenEveryOneAfterTheBurstPassesAndNoMore() {
        RateLimiter limiter = new RateLimiter(30, 10, clock, 100);
        allowed(limiter, "a", 10);
        int passed = 0;
        for (int second = 0; second < 3600; second++) {
            clock.advance(Duration.ofSeconds(1));
            passed += allowed(limiter, "a", 3).stream().mapToInt(b -> b ? 1 : 0).sum();
        }
        // 30 a minute for 60 minutes, whatever the clients try
        assertThat(passed).isEqualTo(1800);
    }

    @Test
    void givenTheLimitOff_whenAClientAsksAThousandTimes_thenAllPassAndNothingIsKept() {
        RateLimiter limiter = new RateLimiter(0, 1, clock, 100);

        assertThat(allowed(limiter, "a", 1000)).containsOnly(true);
        assertThat(limiter.clients()).isZero();
    }

    @Test
    void givenManyClients_whenEachAsksOnce_thenAtMostMaxClientsBucketsAreKept() {
        RateLimiter limiter = new RateLimiter(30, 10, clock, 50);

        for (int i = 0; i < 10_000; i++) {
            limiter.acquire("10.0." + (i / 256) + "." + (i % 256));
        }

        assertThat(limiter.clients()).isEqualTo(50);
    }

    @Test
    void givenIdleClients_whenTheirBucketsHaveRefilled_thenTheyAreDroppedOnTheNextRequest() {
        RateLimiter limiter = new RateLimiter(30, 10, clock, 1000);
        for (int i = 0; i < 100; i++) {
            limiter.acquire("client-" + i);
        }
        assertThat(limiter.clients()).isEqualTo(100);

        // one token each was taken: refilled after 2 s
        clock.advance(Duration.ofSeconds(2));
        limiter.acquire("newcomer");

        assertThat(limiter.clients()).isEqualTo(1);
    }

    @Test
    void givenAFloodOfNewAddresses_whenTheTableIsFull_thenAClientWithoutTokensStillGetsNoMoreThanAFreshBurst() {
        // Evicting can only forget a client; the forgotten client then starts with a full bucket, never less.
        RateLimiter limiter = new RateLimiter(30, 3, clock, 10);
        allowed(limiter, "victim", 3);
        for (int i = 0; i < 20; i++) {
            limiter.acquire("flood-" + i);
        }

        assertThat(allowed(limiter, "victim", 4)).containsExactly(true, true, true, false);
    }

    @Test
    void givenTheClockSetBack_whenAsked_thenNoTokensAppearOrVanish() {
        RateLimiter limiter = new RateLimiter(30, 2, clock, 100);
        allowed(limiter, "a", 2);

        clock.advance(Duration.ofMinutes(-10));

        assertThat(limiter.acquire("a").allowed()).isFalse();
        clock.advance(Duration.ofMinutes(10).plusSeconds(2));
        assertThat(limiter.acquire("a").allowed()).isTrue();
    }

    @Test
    void givenNonsenseLimits_whenCreated_thenRefused() {
        assertThatThrownBy(() -> new RateLimiter(-1, 1, clock, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter(1, 0, clock, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter(1, 1, clock, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
