package dev.interlinear.config;

import java.util.Optional;

/**
 * The built-in reader.
 *
 * @param port         the HTTP port
 * @param publicUrl    the base of the links the bot posts; {@code http://localhost:<port>} when not set
 * @param askPerMinute questions per minute one client may send to {@code /api/ask}; 0 turns the limit off
 * @param askBurst     questions a client may send at once before the per-minute rate applies
 * @param trustProxy   whether the server sits behind a reverse proxy whose {@code X-Forwarded-For} names the
 *                     client; without one, that header is the client's own word and is ignored
 */
public record WebSettings(int port, Optional<String> publicUrl, int askPerMinute, int askBurst, boolean trustProxy) {
    public static final WebSettings DEFAULTS = new WebSettings(8080, Optional.empty());

    public static final int DEFAULT_ASK_PER_MINUTE = 30;
    public static final int DEFAULT_ASK_BURST = 10;
    /** Far above any human use; a typo with three more zeros is caught. */
    private static final int MAX_ASK_PER_MINUTE = 600_000;

    public WebSettings {
        if (port < 1 || port > 65535) {
            throw new ConfigException("web.port must be between 1 and 65535, got " + port);
        }
        publicUrl = publicUrl.map(String::strip).filter(u -> !u.isEmpty()).map(WebSettings::withoutTrailingSlash);
        publicUrl.ifPresent(u -> {
            if (!u.startsWith("http://") && !u.startsWith("https://")) {
                throw new ConfigException("web.public-url must start with http:// or https://, got " + u);
            }
        });
        if (askPerMinute < 0 || askPerMinute > MAX_ASK_PER_MINUTE) {
            throw new ConfigException("web.ask-per-minute must be between 0 (no limit) and " + MAX_ASK_PER_MINUTE
                    + ", got " + askPerMinute);
        }
        if (askBurst < 1 || askBurst > MAX_ASK_PER_MINUTE) {
            throw new ConfigException(
                    "web.ask-burst must be between 1 and " + MAX_ASK_PER_MINUTE + ", got " + askBurst);
        }
    }

    /** The given port and public URL with the default rate limit, not behind a proxy. */
    public WebSettings(int port, Optional<String> publicUrl) {
        this(port, publicUrl, DEFAULT_ASK_PER_MINUTE, DEFAULT_ASK_BURST, false);
    }

    public String baseUrl() {
        return publicUrl.orElse("http://localhost:" + port);
    }

    /** The same settings with another per-client limit on questions (0: none). */
    public WebSettings withAskPerMinute(int perMinute) {
        return new WebSettings(port, publicUrl, perMinute, askBurst, trustProxy);
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
