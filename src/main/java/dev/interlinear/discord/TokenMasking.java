package dev.interlinear.discord;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;
import java.util.ArrayList;
import java.util.List;

/**
 * The log's last line of defence for the bot token: {@code %masked(...)} in a Logback pattern prints what it wraps
 * with the token of {@code DISCORD_TOKEN}, and its secret part (the HMAC after the last dot), replaced by
 * {@code [DISCORD_TOKEN]}. Nothing is known to log the token (BotProcessTest searches a whole run's TRACE log for it,
 * without this mask); this is for whatever a later change or library might print.
 */
public final class TokenMasking extends CompositeConverter<ILoggingEvent> {

    static final String VARIABLE = "DISCORD_TOKEN";
    static final String MASK = "[" + VARIABLE + "]";
    /** Shorter parts (a token's timestamp) could match ordinary text; the id part is the bot's public user id. */
    private static final int SECRET_PART_MIN_LENGTH = 20;

    private List<String> secrets = List.of();

    @Override
    public void start() {
        secrets = secretsOf(System.getenv(VARIABLE));
        super.start();
    }

    @Override
    protected String transform(ILoggingEvent event, String in) {
        return mask(in, secrets);
    }

    /** The strings to hide for this token, longest first: the whole token and its HMAC part. */
    static List<String> secretsOf(String token) {
        if (token == null || token.isBlank()) {
            return List.of();
        }
        String whole = token.strip();
        List<String> secrets = new ArrayList<>(List.of(whole));
        String last = whole.substring(whole.lastIndexOf('.') + 1);
        if (!last.equals(whole) && last.length() >= SECRET_PART_MIN_LENGTH) {
            secrets.add(last);
        }
        return List.copyOf(secrets);
    }

    static String mask(String text, List<String> secrets) {
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }
}
