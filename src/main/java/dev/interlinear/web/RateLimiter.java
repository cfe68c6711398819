package dev.interlinear.web;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.SynchronizationStrategy;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A token bucket per client (Bucket4j's): a bucket holds at most {@code burst} tokens, refills at
 * {@code perMinute} tokens a minute, and each request takes one. A new client starts with a full bucket.
 *
 * <p>Memory stays bounded: a bucket that has refilled to full behaves exactly like no bucket, so it is dropped
 * (the least recently used are looked at on every request); and at most {@code maxClients} buckets are kept,
 * the least recently used going first. Dropping a bucket early can only give its client a fresh burst, never
 * refuse anyone, so a flood of addresses cannot lock other clients out.
 */
final class RateLimiter {

    /** Whether a request may go ahead, and if not, in how many whole seconds (at least 1) it may. */
    record Decision(boolean allowed, long retryAfterSeconds) {
        static final Decision ALLOW = new Decision(true, 0);
    }

    private final int perMinute;
    private final int burst;
    /** The clock of the caller's (a test's own); Bucket4j keeps refills exact on it, and a clock set back adds nothing. */
    private final TimeMeter time;

    private final int maxClients;
    /** In access order: the first entries were used the longest ago. */
    private final LinkedHashMap<String, Bucket> buckets = new LinkedHashMap<>(64, 0.75f, true);

    /**
     * @param perMinute  tokens added per minute; 0 turns the limit off
     * @param burst      tokens a bucket holds
     * @param clock      the time source; a test's own for determinism
     * @param maxClients the most buckets kept at once
     */
    RateLimiter(int perMinute, int burst, Clock clock, int maxClients) {
        if (perMinute < 0 || burst < 1 || maxClients < 1) {
            throw new IllegalArgumentException("perMinute >= 0, burst >= 1 and maxClients >= 1, got " + perMinute + ", "
                    + burst + ", " + maxClients);
        }
        this.perMinute = perMinute;
        this.burst = burst;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return TimeUnit.MILLISECONDS.toNanos(clock.millis());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        this.maxClients = maxClients;
    }

    /** Takes a token from the client's bucket if it has one. */
    synchronized Decision acquire(String client) {
        if (perMinute == 0) {
            return Decision.ALLOW;
        }
        dropFullBuckets();
        Bucket bucket = buckets.get(client);
        if (bucket == null) {
            if (buckets.size() >= maxClients) {
                Iterator<Bucket> eldest = buckets.values().iterator();
                eldest.next();
                eldest.remove();
            }
            bucket = Bucket.builder()
                    .addLimit(limit -> limit.capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)))
                    .withCustomTimePrecision(time)
                    .withSynchronizationStrategy(SynchronizationStrategy.NONE) // under this object's lock
                    .build();
            buckets.put(client, bucket);
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Decision.ALLOW;
        }
        return new Decision(false, Math.max(1, Math.ceilDiv(probe.getNanosToWaitForRefill(), 1_000_000_000L)));
    }

    /** Clients with a bucket now (for tests of the memory bound). */
    synchronized int clients() {
        return buckets.size();
    }

    private void dropFullBuckets() {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            if (it.next().getAvailableTokens() < burst) {
                // The rest were used more recently; any left over are bounded by maxClients.
                return;
            }
            it.remove();
        }
    }
}
