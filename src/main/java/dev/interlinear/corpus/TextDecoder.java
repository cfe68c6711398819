package dev.interlinear.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes the bytes of a translation file into text.
 *
 * <p>Byte order marks decide first (UTF-8, UTF-16 BE/LE). Without one, UTF-16 is recognised by its zero bytes
 * (every other byte is zero in text of Latin letters, digits and punctuation); otherwise the bytes must be valid
 * UTF-8, and if they are not, they are taken as windows-1252, which is what older "Latin-1" files almost always
 * are. Binary files are refused rather than turned into garbage text.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** More control characters than this share of the text means the file is not text at all. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    /** Enough of a file to tell UTF-16 by. */
    private static final int UTF16_SNIFF_BYTES = 64 * 1024;
    /** In UTF-16 text of Latin script, most high bytes are zero ... */
    private static final double MIN_UTF16_ZERO_SHARE = 0.3;
    /** ... and low bytes almost never are. */
    private static final double MAX_UTF16_OTHER_ZERO_SHARE = 0.1;

    public String decode(byte[] bytes) throws UnreadableDocumentException {
        if (bytes.length == 0) {
            throw new UnreadableDocumentException("empty file");
        }
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = utf8OrWindows1252(bytes, 3);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (containsNul(bytes)) {
            text = utf16WithoutBom(bytes).orElseThrow(() -> new UnreadableDocumentException("not a text file (binary data)"));
        } else {
            text = utf8OrWindows1252(bytes, 0);
        }
        if (mostlyControlCharacters(text)) {
            throw new UnreadableDocumentException("not a text file (binary data)");
        }
        if (text.isBlank()) {
            throw new UnreadableDocumentException("empty file");
        }
        return text;
    }

    private static String utf8OrWindows1252(byte[] bytes, int offset) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
        }
    }

    /**
     * UTF-16 without a byte order mark, when the zero bytes say so: many at odd positions and (almost) none at
     * even ones is little-endian, the other way round big-endian. The text must then decode without error.
     */
    private static Optional<String> utf16WithoutBom(byte[] bytes) {
        if (bytes.length % 2 != 0) {
            return Optional.empty();
        }
        int pairs = Math.min(bytes.length, UTF16_SNIFF_BYTES) / 2;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        Charset charset;
        if (oddZeros >= pairs * MIN_UTF16_ZERO_SHARE && evenZeros <= oddZeros * MAX_UTF16_OTHER_ZERO_SHARE) {
            charset = StandardCharsets.UTF_16LE;
        } else if (evenZeros >= pairs * MIN_UTF16_ZERO_SHARE && oddZeros <= evenZeros * MAX_UTF16_OTHER_ZERO_SHARE) {
            charset = StandardCharsets.UTF_16BE;
        } else {
            return Optional.empty();
        }
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException notUtf16) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean mostlyControlCharacters(String text) {
        long control = text.chars()
                .filter(c -> c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f'))
                .count();
        return control > 0 && control >= Math.max(1, text.length() * MAX_CONTROL_SHARE);
    }
}
