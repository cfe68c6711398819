package dev.interlinear.web;

import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token bucket per client: a bucket holds at most {@code burst} tokens, refills at {@code perMinute} tokens a
 * minute, and each request takes one. A new client starts with a full bucket.
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

    /** Units of a token: one minute in milliseconds (see {@link Bucket}). */
    private static final long UNITS_PER_TOKEN = 60_000;

    private final int perMinute;
    private final int burst;
    private final Clock clock;
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
            throw new IllegalArgumentException("perMinute >= 0, burst >= 1 and maxClients >= 1, got "
                    + perMinute + ", " + burst + ", " + maxClients);
        }
        this.perMinute = perMinute;
        this.burst = burst;
        this.clock = clock;
        this.maxClients = maxClients;
    }

    /** Takes a token from the client's bucket if it has one. */
    synchronized Decision acquire(String client) {
        if (perMinute == 0) {
            return Decision.ALLOW;
        }
        long now = clock.millis();
        dropFullBuckets(now);
        Bucket bucket = buckets.get(client);
        if (bucket == null) {
            if (buckets.size() >= maxClients) {
                Iterator<Bucket> eldest = buckets.values().iterator();
                eldest.next();
                eldest.remove();
            }
            bucket = new Bucket(capacity(), now);
            buckets.put(client, bucket);
        }
        bucket.refill(now, perMinute, capacity());
        if (bucket.units >= UNITS_PER_TOKEN) {
            bucket.units -= UNITS_PER_TOKEN;
            return Decision.ALLOW;
        }
        long waitMillis = Math.ceilDiv(UNITS_PER_TOKEN - bucket.units, perMinute);
        return new Decision(false, Math.max(1, Math.ceilDiv(waitMillis, 1000)));
    }

    /** Clients with a bucket now (for tests of the memory bound). */
    synchronized int clients() {
        return buckets.size();
    }

    private void dropFullBuckets(long now) {
        for (Iterator<Map.Entry<String, Bucket>> it = buckets.entrySet().iterator(); it.hasNext(); ) {
            if (!it.next().getValue().fullAt(now, perMinute, capacity())) {
                // The rest were used more recently; any left over are bounded by maxClients.
                return;
            }
            it.remove();
        }
    }

    private long capacity() {
        return burst * UNITS_PER_TOKEN;
    }

    /**
     * Tokens are counted in units of 1/60 000 so that a millisecond adds exactly {@code perMinute} units: whole
     * numbers, no rounding drift.
     */
    private static final class Bucket {
        long units;
        long updatedAt;

        Bucket(long units, long updatedAt) {
            this.units = units;
            this.updatedAt = updatedAt;
        }

        void refill(long now, int perMinute, long capacity) {
            units = unitsAt(now, perMinute, capacity);
            // A clock set back must neither take tokens away nor give them twice.
            updatedAt = Math.max(updatedAt, now);
        }

        boolean fullAt(long now, int perMinute, long capacity) {
            return unitsAt(now, perMinute, capacity) >= capacity;
        }

        private long unitsAt(long now, int perMinute, long capacity) {
            long elapsed = Math.min(Math.max(0, now - updatedAt), capacity); // capacity ms always fill it
            return Math.min(capacity, units + elapsed * perMinute);
        }
    }
}
