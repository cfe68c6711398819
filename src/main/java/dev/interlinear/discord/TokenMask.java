package dev.interlinear.discord;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Hides the bot token in text before it is printed: the whole token and its secret part, the HMAC after the last
 * dot (the first part is the bot's public user id in base64, the middle one a timestamp). Every path that prints
 * something that may hold a server's answer (an error's message, a stack trace, a log line) goes through this.
 *
 * @param secrets the strings to hide, longest first
 */
public record TokenMask(List<String> secrets) {

    /** Where the token comes from, as {@code BotCommand} reads it. */
    public static final String VARIABLE = "DISCORD_TOKEN";
    /** What a secret is replaced with. */
    public static final String MASK = "[" + VARIABLE + "]";
    /** Shorter parts (a token's timestamp) could match ordinary text; the id part is the bot's public user id. */
    private static final int SECRET_PART_MIN_LENGTH = 20;

    public TokenMask {
        secrets = List.copyOf(secrets);
    }

    /** The mask of the token in {@code DISCORD_TOKEN}; one that hides nothing when it is not set. */
    public static TokenMask fromEnvironment() {
        return of(System.getenv(VARIABLE));
    }

    /** The mask of this token; one that hides nothing for {@code null} or a blank one. */
    public static TokenMask of(String token) {
        if (token == null || token.isBlank()) {
            return new TokenMask(List.of());
        }
        String whole = token.strip();
        List<String> secrets = new ArrayList<>(List.of(whole));
        String last = whole.substring(whole.lastIndexOf('.') + 1);
        if (!last.equals(whole) && last.length() >= SECRET_PART_MIN_LENGTH) {
            secrets.add(last);
        }
        return new TokenMask(secrets);
    }

    /** The text with every secret replaced by {@link #MASK}. */
    public String apply(String text) {
        String masked = text;
        for (String secret : secrets) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }

    /** The stack trace as {@link Throwable#printStackTrace()} prints it (causes and suppressed ones too), masked. */
    public String stackTrace(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return apply(trace.toString());
    }
}
