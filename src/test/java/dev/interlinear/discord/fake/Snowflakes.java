package dev.interlinear.discord.fake;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord snowflake ids made from the current time, so that JDA treats them as fresh (an interaction hook, for
 * example, expires 15 minutes after the time encoded in the interaction's id).
 */
public final class Snowflakes {

    /** The first millisecond of 2015, Discord's epoch. */
    public static final long DISCORD_EPOCH_MILLIS = 1420070400000L;

    private static final AtomicLong COUNTER = new AtomicLong();

    private Snowflakes() {}

    /** A new snowflake for the current time; unique within this JVM. */
    public static long next() {
        long millis = System.currentTimeMillis() - DISCORD_EPOCH_MILLIS;
        return (millis << 22) | (COUNTER.getAndIncrement() & 0x3FFFFFL);
    }

    /** {@link #next()} as the decimal string Discord uses in JSON. */
    public static String nextId() {
        return Long.toUnsignedString(next());
    }

    /** The time a snowflake was made. */
    public static Instant timeOf(String snowflake) {
        return Instant.ofEpochMilli((Long.parseUnsignedLong(snowflake) >>> 22) + DISCORD_EPOCH_MILLIS);
    }
}
