package dev.interlinear.discord.ask;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A per-user pause between questions, so one person cannot flood a channel through the bot. */
public final class Cooldown {

    private final Duration pause;
    private final Clock clock;
    private final Map<String, Instant> lastAsked = new ConcurrentHashMap<>();

    public Cooldown(Duration pause, Clock clock) {
        this.pause = pause;
        this.clock = clock;
    }

    /** Records the question and returns empty, or returns how long the user still has to wait. */
    public Optional<Duration> tryAcquire(String userId) {
        if (pause.isZero()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant[] wait = new Instant[1];
        lastAsked.compute(userId, (id, last) -> {
            if (last != null && last.plus(pause).isAfter(now)) {
                wait[0] = last.plus(pause);
                return last;
            }
            return now;
        });
        if (lastAsked.size() > 10_000) {
            lastAsked.values().removeIf(t -> t.plus(pause).isBefore(now)); // forget users long gone
        }
        return wait[0] == null ? Optional.empty() : Optional.of(Duration.between(now, wait[0]));
    }

    /** Whole seconds, at least one: what a person is told to wait. */
    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
