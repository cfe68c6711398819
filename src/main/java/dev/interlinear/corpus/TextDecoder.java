package dev.interlinear.corpus;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes the bytes of a translation file into text.
 *
 * <p>UTF-16 is told by ICU's charset detector, from its byte order mark or, without one, from the zero bytes of
 * Latin letters, digits and punctuation at its start. Otherwise the bytes must be valid UTF-8 (with or without a
 * byte order mark), and if they are not, they are taken as windows-1252, which is what older "Latin-1" files almost
 * always are. Binary files are refused rather than turned into garbage text.
 *
 * <p>A stray NUL or two in a text file (a bad copy, an editor's glitch) is dropped with a notice: an image, an
 * archive or a PDF holds far more of them, and far more other control characters, so it is still refused.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** More control characters than this share of the text means the file is not text at all. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    /**
     * ICU's confidence in UTF-16 without a byte order mark: 10, and 10 more for each of the first 15 code units
     * that is a Latin-1 character, 10 less for each NUL. From 30 on (two such characters) it is UTF-16; a stray
     * NUL before a letter ("\0Hello" read as UTF-16BE) gives 20.
     */
    private static final int MIN_UTF16_CONFIDENCE = 30;
    /** UTF-16 without a byte order mark is taken for text of Latin script, where most code units are Latin-1. */
    private static final double MIN_LATIN1_SHARE = 0.3;
    /** What ICU reads of a stream to tell its encoding. */
    private static final int DETECTOR_BYTES = 8_000;
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
        String text = withoutLeadingBoms(textOf(bytes));
        if (looksBinary(text)) {
            throw new UnreadableDocumentException("not a text file (binary data)");
        }
        List<String> notices = List.of();
        long nuls = text.chars().filter(c -> c == 0).count();
        if (nuls > 0) {
            text = withoutLeadingBoms(text.replace("\u0000", ""));
            notices = List.of(String.format(Locale.ROOT, "%d NUL character%s dropped", nuls, nuls == 1 ? "" : "s"));
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

    /**
     * UTF-16 when its byte order mark says so, or when ICU says so, the bytes read as UTF-8 or windows-1252 look
     * binary and the UTF-16 text is mostly Latin script. ICU judges by the first 15 code units, where a few stray
     * NULs before letters look like UTF-16 too.
     */
    private static String textOf(byte[] bytes) {
        int bom =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        String eightBit = strictly(bytes, bom, StandardCharsets.UTF_8)
                .orElseGet(() -> new String(bytes, bom, bytes.length - bom, WINDOWS_1252));
        if (!mayBeUtf16(bytes)) {
            return eightBit;
        }
        CharsetDetector detector = new CharsetDetector();
        // The beginning, as ICU reads a stream: every recogniser runs over all it is given, for a few ms per 100 KB.
        detector.setText(Arrays.copyOf(bytes, Math.min(bytes.length, DETECTOR_BYTES)));
        for (CharsetMatch match : detector.detectAll()) {
            if (!match.getName().startsWith("UTF-16") || match.getConfidence() < MIN_UTF16_CONFIDENCE) {
                continue;
            }
            Charset utf16 = Charset.forName(match.getName());
            String text = new String(bytes, utf16);
            if (text.startsWith("\uFEFF")) {
                return text; // a byte order mark vouches for a damaged file too
            }
            if (looksBinary(eightBit)
                    && strictly(bytes, 0, utf16).isPresent()
                    && text.chars().filter(c -> c <= 0xFF).count() >= text.length() * MIN_LATIN1_SHARE) {
                return text;
            }
        }
        return eightBit;
    }

    /**
     * UTF-16 that ICU could take starts with its byte order mark, or has a zero byte among what ICU reads (the high
     * byte of a Latin-1 character): without either, ICU's recognisers (a tenth of a build's time) cannot say UTF-16.
     */
    private static boolean mayBeUtf16(byte[] bytes) {
        if (bytes.length >= 2
                && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                        || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return true;
        }
        for (int i = 0; i < Math.min(bytes.length, DETECTOR_BYTES); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> strictly(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException notThisCharset) {
            return Optional.empty();
        }
    }

    /** More NULs than a few stray ones, or control characters beside them: an image, an archive, a PDF. */
    private static boolean looksBinary(String text) {
        long nuls = text.chars().filter(c -> c == 0).count();
        long control = text.chars()
                .filter(c -> Character.isISOControl(c) && c != 0 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                .count();
        return nuls > Math.max(STRAY_NULS_ANY_FILE, text.length() / STRAY_NULS_PER_CHAR)
                || control > 0 && control >= Math.max(1, (text.length() - nuls) * MAX_CONTROL_SHARE);
    }
}
