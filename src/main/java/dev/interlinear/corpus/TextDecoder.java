package dev.interlinear.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a translation file into text.
 *
 * <p>Byte order marks decide first (UTF-8, UTF-16 BE/LE). Without one, the bytes must be valid UTF-8;
 * if they are not, they are taken as windows-1252, which is what older "Latin-1" files almost always are.
 * Binary files are refused rather than turned into garbage text.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** More control characters than this share of the text means the file is not text at all. */
    private static final double MAX_CONTROL_SHARE = 0.05;

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
        } else {
            if (containsNul(bytes)) {
                throw new UnreadableDocumentException("not a text file (binary data)");
            }
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
