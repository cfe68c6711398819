package dev.interlinear.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes the bytes of a translation file into text.
 *
 * <p>Byte order marks decide first (UTF-8, UTF-16 BE/LE). Without one, UTF-16 is recognised by its zero bytes
 * (every other byte is zero in text of Latin letters, digits and punctuation); otherwise the bytes must be valid
 * UTF-8, and if they are not, they are taken as windows-1252, which is what older "Latin-1" files almost always
 * are. Binary files are refused rather than turned into garbage text.
 *
 * <p>A stray NUL or two in a text file (a bad copy, an editor's glitch) is dropped with a notice: an image, an
 * archive or a PDF holds far more of them, and far more other control characters, so it is still refused.
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
    /** NUL characters dropped from a text: at most one in a thousand characters, and two in any file. */
    private static final int STRAY_NULS_PER_CHAR = 1_000;
    private static final int STRAY_NULS_ANY_FILE = 2;

    /**
     * The text of a file, and one line for each thing that had to be dropped to read it.
     */
    public record Decoded(String text, List<String> notices) {
        public Decoded {
            notices = List.copyOf(notices);
        }
    }

    /** The text alone; see {@link #read}. */
    public String decode(byte[] bytes) throws UnreadableDocumentException {
        return read(bytes).text();
    }

    public Decoded read(byte[] bytes) throws UnreadableDocumentException {
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
            // Zero bytes are what UTF-16 without a byte order mark looks like; else they are NULs in the text.
            text = utf16WithoutBom(bytes).orElseGet(() -> utf8OrWindows1252(bytes, 0));
        } else {
            text = utf8OrWindows1252(bytes, 0);
        }
        List<String> notices = List.of();
        long nuls = text.chars().filter(c -> c == 0).count();
        if (nuls > Math.max(STRAY_NULS_ANY_FILE, text.length() / STRAY_NULS_PER_CHAR)) {
            throw new UnreadableDocumentException("not a text file (binary data)");
        }
        if (nuls > 0) {
            text = withoutLeadingBoms(text.replace("\u0000", ""));
            notices = List.of(String.format(Locale.ROOT, "%d NUL character%s dropped", nuls, nuls == 1 ? "" : "s"));
        }
        if (mostlyControlCharacters(text)) {
            throw new UnreadableDocumentException("not a text file (binary data)");
        }
        if (text.isBlank()) {
            throw new UnreadableDocumentException("empty file");
        }
        return new Decoded(text, notices);
    }

    /** A byte order mark that only came first once the NULs before it were dropped. */
    private static String withoutLeadingBoms(String text) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == '\uFEFF') {
            start++;
        }
        return text.substring(start);
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
