package dev.interlinear.web;

import com.sun.net.httpserver.Headers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What a request may be before any work is done for it: GET or HEAD (GET only on {@code /api/ask}), a request
 * target (path and query) of at most {@value #MAX_TARGET_CHARS} characters and header fields of at most
 * {@value #MAX_HEADER_CHARS} characters in all. A request body is never read, whatever its size.
 *
 * <p>Below these, the JDK's server has hard limits of its own, read from system properties once per JVM when
 * its first server starts: {@link #JDK_SERVER_PROPERTIES} sets them unless they are given with {@code -D}. Over
 * them the JDK drops the connection without a status.
 */
final class RequestLimits {

    /**
     * Longer request targets get a 414. A question at its cap of 1 000 characters fits even when each is a
     * three-byte UTF-8 character escaped as {@code %XX%XX%XX} (9 000 characters).
     */
    static final int MAX_TARGET_CHARS = 12 * 1024;
    /** Header names and values, with ": " and the line end of each field; more gets a 431. */
    static final int MAX_HEADER_CHARS = 16 * 1024;

    /**
     * The JDK server's own limits. {@code maxReqHeaderSize} counts the request line and the header fields (the
     * JDK default is 380 KiB); it sits above the two limits above, so that a request just over them still gets
     * a status that says why; {@code maxReqHeaders} is the number of header fields (default 200);
     * {@code maxReqTime} bounds, in seconds, the time from a request's first byte to its last header (and its
     * body, which is drained up to 64 KiB after the response): without it (the JDK default) eight clients that
     * send a request slowly, or announce a body and never send it, hold all eight web threads for good.
     */
    static final Map<String, String> JDK_SERVER_PROPERTIES = Map.of(
            "sun.net.httpserver.maxReqHeaderSize", Integer.toString(48 * 1024),
            "sun.net.httpserver.maxReqHeaders", "100",
            "sun.net.httpserver.maxReqTime", "10");

    /** Why a request is refused, and the headers that tell the client what would be accepted. */
    record Rejection(int status, String message, Map<String, String> headers) {}

    private RequestLimits() {}

    /**
     * Sets the JDK server's limits in {@code properties} where they are not set already. Takes effect only when
     * it runs before the first {@code HttpServer} of the JVM is created.
     */
    static void applyJdkServerLimits(Properties properties) {
        JDK_SERVER_PROPERTIES.forEach(properties::putIfAbsent);
    }

    /** The first limit this request breaks, if any. */
    static Optional<Rejection> check(String method, String rawPath, int targetChars, Headers headers) {
        boolean api = "/api/ask".equals(rawPath);
        String allowed = api ? "GET" : "GET, HEAD";
        // HEAD on the API would answer the question only to throw the answer away.
        if (!method.equals("GET") && !(method.equals("HEAD") && !api)) {
            return Optional.of(
                    new Rejection(405, "only " + allowed.replace(", ", " and ") + " here", Map.of("Allow", allowed)));
        }
        if (targetChars > MAX_TARGET_CHARS) {
            return Optional.of(new Rejection(
                    414,
                    "the address is too long (" + targetChars + " characters; at most " + MAX_TARGET_CHARS + ")",
                    Map.of()));
        }
        int headerChars = headerChars(headers);
        if (headerChars > MAX_HEADER_CHARS) {
            return Optional.of(new Rejection(
                    431,
                    "the request headers are too large (" + headerChars + " characters; at most " + MAX_HEADER_CHARS
                            + ")",
                    Map.of()));
        }
        return Optional.empty();
    }

    private static int headerChars(Headers headers) {
        long total = 0;
        for (Map.Entry<String, List<String>> field : headers.entrySet()) {
            for (String value : field.getValue()) {
                total += field.getKey().length() + value.length() + 4; // ": " and CRLF
            }
        }
        return (int) Math.min(total, Integer.MAX_VALUE);
    }
}
