package dev.interlinear.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A one-off answer the fake REST API gives instead of the normal one ({@link FakeDiscord#failNext}): a status,
 * headers and a JSON body. The request is recorded with this status; the fake's world is left untouched, so a
 * retried request is handled as if it were the first.
 *
 * @param status  the HTTP status, e.g. 500 or 429
 * @param headers extra response headers, e.g. Discord's {@code X-RateLimit-*}
 * @param body    the JSON body
 */
public record RestFault(int status, Map<String, String> headers, JsonNode body) {

    public RestFault {
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body);
    }

    /**
     * The headers as sent at {@code now}: with {@code X-RateLimit-Reset-After}, the absolute
     * {@code X-RateLimit-Reset} (epoch seconds) is worked out from the moment of the answer, as Discord does.
     */
    Map<String, String> headersAt(Instant now) {
        String resetAfter = headers.get("X-RateLimit-Reset-After");
        if (resetAfter == null) {
            return headers;
        }
        Map<String, String> sent = new LinkedHashMap<>(headers);
        long resetMillis = now.toEpochMilli() + Math.round(Double.parseDouble(resetAfter) * 1000);
        sent.put("X-RateLimit-Reset", String.format(Locale.ROOT, "%.3f", resetMillis / 1000.0));
        return sent;
    }

    /** {@code 500 Internal Server Error} with Discord's error body. */
    public static RestFault serverError() {
        return new RestFault(
                500,
                Map.of(),
                Json.object().put("message", "500: Internal Server Error").put("code", 0));
    }

    /** {@code 400 Bad Request} with Discord's error body carrying {@code message} (JDA quotes it in its exception). */
    public static RestFault badRequest(String message) {
        return new RestFault(
                400, Map.of(), Json.object().put("message", message).put("code", 50035));
    }

    /**
     * {@code 429 Too Many Requests} for a per-route (user-scoped) limit, shaped like Discord's: a body with
     * {@code retry_after} in seconds and {@code global: false}, {@code Retry-After} in whole seconds (rounded up,
     * as Discord does), the {@code X-RateLimit-*} headers of an exhausted bucket and {@code Via: 1.1 google}.
     */
    public static RestFault rateLimited(Duration retryAfter) {
        double seconds = retryAfter.toMillis() / 1000.0;
        String exact = String.format(Locale.ROOT, "%.3f", seconds);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Retry-After", Long.toString((long) Math.ceil(seconds)));
        headers.put("X-RateLimit-Limit", "5");
        headers.put("X-RateLimit-Remaining", "0");
        headers.put("X-RateLimit-Reset-After", exact);
        headers.put("X-RateLimit-Bucket", "fake0bucket0for0tests0only00000");
        headers.put("X-RateLimit-Scope", "user");
        // Discord's own 429s pass Google's front end; JDA takes a 429 without "Via" for Cloudflare's ban.
        headers.put("Via", "1.1 google");
        ObjectNode body = Json.object()
                .put("message", "You are being rate limited.")
                .put("retry_after", seconds)
                .put("global", false);
        return new RestFault(429, headers, body);
    }
}
