package dev.interlinear.discord;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;

/**
 * The log's line of defence for the bot token: {@code %masked(...)} in a Logback pattern prints what it wraps
 * through the {@link TokenMask} of {@code DISCORD_TOKEN}. The application's pattern wraps the message and the
 * stack trace ({@code %masked(%msg%n%ex)}), so a server's answer quoted in an exception's message, a cause's or a
 * suppressed one's is masked too (JDA puts Discord's error body into {@code ErrorResponseException}'s message).
 */
public final class TokenMasking extends CompositeConverter<ILoggingEvent> {

    private TokenMask mask = TokenMask.of(null);

    @Override
    public void start() {
        mask = TokenMask.fromEnvironment();
        super.start();
    }

    @Override
    protected String transform(ILoggingEvent event, String in) {
        return mask.apply(in);
    }
}
