package dev.interlinear.lexicon;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * A dictionary in the dictd format: an {@code .index} of headwords with the offset and length (base 64) of their
 * entry, and the entries in a {@code .dict} file, or gzip-compressed in a {@code .dict.dz} (dictzip is gzip).
 * An entry is read as FreeDict writes it: the headword line, then its translations, numbered by sense or not;
 * indented lines (examples, notes, synonyms, cross-references) and labels in brackets are no translations.
 */
public final class DictdDictionary {

    /** One headword and what its entries translate it as, in order, each as written. */
    public record Entry(String headword, List<String> translations) {}

    /** Consumer of entries that may fail on I/O. */
    @FunctionalInterface
    public interface EntryConsumer {
        void accept(Entry entry) throws IOException;
    }

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    /** Longer entries are no dictionary entries (a damaged index). */
    private static final int MAX_ENTRY_BYTES = 1 << 20;

    private static final String OPENING = "<[({";
    private static final String CLOSING = ">])}";

    private final Path index;
    private final Path data;

    /**
     * @param index the {@code .index} file; the entries are read from the {@code .dict.dz} or {@code .dict} beside it
     */
    public DictdDictionary(Path index) {
        this.index = index;
        String base = index.getFileName().toString().replaceFirst("\\.index$", "");
        Path dz = index.resolveSibling(base + ".dict.dz");
        this.data = Files.exists(dz) ? dz : index.resolveSibling(base + ".dict");
    }

    /** The file the entries are read from. */
    Path data() {
        return data;
    }

    /**
     * Every entry whose headword the filter takes and does not start with {@code 00database} (the dictionary's own
     * description); the others are not even decoded.
     */
    public void read(Predicate<String> headwords, EntryConsumer consumer) throws IOException {
        List<Located> wanted = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(index, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                String[] cells = line.split("\t");
                if (cells.length < 3
                        || cells[0].startsWith("00database")
                        || cells[0].startsWith("00-database")
                        || !headwords.test(cells[0])) {
                    continue;
                }
                long offset = decode(cells[1]);
                long length = decode(cells[2]);
                if (offset >= 0 && length >= 0 && length <= MAX_ENTRY_BYTES) {
                    wanted.add(new Located(cells[0], offset, (int) length));
                }
            }
        }
        // One pass through the (decompressed) data in file order: only one entry is held at a time, so even the
        // largest dictionaries (English-German, 60 MB decompressed) are read in a small heap.
        wanted.sort(Comparator.comparingLong(Located::offset));
        try (InputStream raw = Files.newInputStream(data);
                InputStream in = data.toString().endsWith(".dz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            long position = 0;
            Located previous = null;
            List<String> previousTranslations = List.of();
            for (Located entry : wanted) {
                if (previous != null && entry.offset() == previous.offset() && entry.length() == previous.length()) {
                    // another headword of the same entry
                    consumer.accept(new Entry(entry.headword(), previousTranslations));
                    continue;
                }
                if (entry.offset() < position) {
                    continue; // overlaps the entry before: a damaged index
                }
                in.skipNBytes(entry.offset() - position);
                byte[] bytes = in.readNBytes(entry.length());
                position = entry.offset() + bytes.length;
                if (bytes.length < entry.length()) {
                    break; // an index that points past the data: a damaged file, read as far as it goes
                }
                previous = entry;
                previousTranslations = translations(new String(bytes, StandardCharsets.UTF_8));
                consumer.accept(new Entry(entry.headword(), previousTranslations));
            }
        } catch (EOFException truncated) {
            // as above: the entries before the end were read
        }
    }

    private record Located(String headword, long offset, int length) {}

    /** The translations an entry gives, each stripped of labels; empty when it gives none. */
    static List<String> translations(String entry) {
        String[] lines = entry.split("\n");
        List<String> plain = new ArrayList<>();
        List<String> numbered = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            String t = line.strip();
            int indent = line.length() - line.stripLeading().length();
            if (t.isEmpty()
                    || indent >= 3
                    || t.startsWith("\"")
                    || t.startsWith("see:")
                    || t.startsWith("Note:")
                    || t.startsWith("Synonym")) {
                continue;
            }
            int number = afterSenseNumber(t);
            if (number > 0) {
                numbered.add(t.substring(number));
            } else {
                plain.add(t);
            }
        }
        // Where senses are numbered, the unnumbered lines are definitions in the headword's own language.
        List<String> out = new ArrayList<>();
        for (String line : numbered.isEmpty() ? plain : numbered) {
            split(withoutLabels(line), out);
        }
        return out;
    }

    /** Where the text after a sense number ("2. ") starts; -1 when the line has none. */
    private static int afterSenseNumber(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
            i++;
        }
        if (i == 0 || i + 1 >= line.length() || line.charAt(i) != '.' || !Character.isWhitespace(line.charAt(i + 1))) {
            return -1;
        }
        return i + 2;
    }

    /** The line without its bracketed labels ({@code <fem>}, {@code [techn.]}, {@code (Droit)}, {@code {see}}). */
    private static String withoutLabels(String line) {
        StringBuilder out = new StringBuilder(line.length());
        char closing = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (closing != 0) {
                if (c == closing) {
                    closing = 0;
                    out.append(' ');
                }
                continue;
            }
            int open = OPENING.indexOf(c);
            if (open >= 0) {
                closing = CLOSING.charAt(open);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The pieces between commas and semicolons, stripped, runs of white space made one space. */
    private static void split(String text, List<String> out) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            if (c == ',' || c == ';') {
                if (!word.isEmpty() && word.charAt(word.length() - 1) == ' ') {
                    word.setLength(word.length() - 1);
                }
                if (!word.isEmpty()) {
                    out.add(word.toString());
                }
                word.setLength(0);
            } else if (Character.isWhitespace(c)) {
                if (!word.isEmpty() && word.charAt(word.length() - 1) != ' ') {
                    word.append(' ');
                }
            } else {
                word.append(c);
            }
        }
    }

    /** A dictd number: base 64, most significant digit first; -1 when it is no number. */
    static long decode(String digits) {
        long n = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = BASE64.indexOf(digits.charAt(i));
            if (d < 0 || n > (Long.MAX_VALUE >> 6)) {
                return -1;
            }
            n = n * 64 + d;
        }
        return n;
    }
}
