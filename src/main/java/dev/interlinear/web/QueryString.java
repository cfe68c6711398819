package dev.interlinear.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The parameters of a raw query string, decoded strictly: {@code +} is a space, {@code %XX} a byte, and the
 * bytes must be UTF-8. A broken escape or invalid UTF-8 is an error rather than a replacement character, so
 * that a garbled question is refused instead of answered. The first of repeated parameters counts.
 */
final class QueryString {

    /** A query that cannot be decoded; the message says why, for the client. */
    static final class MalformedQueryException extends Exception {
        MalformedQueryException(String message) {
            super(message);
        }
    }

    private QueryString() {}

    static Map<String, String> parse(String raw) throws MalformedQueryException {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue; // "a=1&&b=2"
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.putIfAbsent(key, value);
        }
        return out;
    }

    private static String decode(String raw) throws MalformedQueryException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                int high = i + 1 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    throw new MalformedQueryException("a % in the query must be followed by two hex digits");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c < 0x100) {
                // The JDK server reads the request line byte by byte into chars 0-255: unescaped UTF-8 that it
                // lets through (some clients send it raw) is these bytes again.
                bytes.write(c);
            } else {
                throw new MalformedQueryException("the query holds a character that is not a byte");
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedQueryException("the query is not valid UTF-8 (escape each byte of a UTF-8 text as %XX)");
        }
    }
}
