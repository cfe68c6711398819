package dev.interlinear.language;

import java.util.Arrays;
import java.util.Optional;

/**
 * The distinct 1- to 3-char n-grams of a normalised text, lower-cased as OpenNLP's language detector does, in the
 * order its hash maps hand them to the model. That order decides the order of the floating-point sums in the
 * model's evaluation, so a result identical to the last bit needs it.
 *
 * <p>OpenNLP 2.5 collects the n-grams as {@code CharBuffer} keys of one {@code HashMap}, copies them into a
 * second one in that map's iteration order, and evaluates them in the second map's iteration order. A
 * {@code HashMap} iterates bucket by bucket, and a bucket lists its keys in insertion order (resizing keeps it),
 * so both maps iterate by (bucket of the final table, order of first occurrence in the text). That holds unless a
 * bucket ever collects nine keys: {@code HashMap} then turns it into a tree or grows the table early. Such texts
 * are reported, and left to OpenNLP.
 *
 * <p>An n-gram is packed into a {@code long}: its length in bits 48-49, its chars in bits 32-47, 16-31 and 0-15.
 */
final class LangDetectNGrams {

    /** java.util.HashMap's first table size, and the most keys a bucket holds as a list. */
    private static final int FIRST_TABLE = 16;
    private static final int MAX_LIST_BUCKET = 8;

    private LangDetectNGrams() {
    }

    /** The n-gram of {@code length} chars at {@code start}, packed. */
    static long pack(char[] text, int start, int length) {
        long key = (long) length << 48;
        for (int k = 0; k < length; k++) {
            key |= (long) text[start + k] << (32 - 16 * k);
        }
        return key;
    }

    /** A model predicate packed like an n-gram, or -1 when it is not a 1- to 3-char string. */
    static long pack(String predicate) {
        int length = predicate.length();
        if (length < 1 || length > 3) {
            return -1;
        }
        return pack(predicate.toCharArray(), 0, length);
    }

    /**
     * The packed n-grams of the normalised text in OpenNLP's evaluation order, or empty when a bucket of its hash
     * maps would have held more than eight keys.
     */
    static Optional<long[]> inModelOrder(String normalized) {
        char[] text = lowerCase(normalized);
        int length = text.length;
        int total = 0;
        for (int n = 1; n <= 3; n++) {
            total += Math.max(0, length - n + 1);
        }
        // distinct n-grams in order of first occurrence: 1-grams left to right, then 2-grams, then 3-grams
        long[] keys = new long[total];
        int[] spreadHashes = new int[total];
        int distinct = 0;
        int slots = Integer.highestOneBit(Math.max(4, total) * 2 - 1) << 1;
        long[] seen = new long[slots];
        int shift = 64 - Integer.numberOfTrailingZeros(slots);
        for (int n = 1; n <= 3; n++) {
            for (int start = 0; start + n <= length; start++) {
                long key = pack(text, start, n);
                int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
                while (seen[slot] != 0 && seen[slot] != key) {
                    slot = (slot + 1) & (slots - 1);
                }
                if (seen[slot] == 0) {
                    seen[slot] = key;
                    keys[distinct] = key;
                    spreadHashes[distinct] = spread(charBufferHash(text, start, n));
                    distinct++;
                }
            }
        }
        int table = tableSize(distinct);
        if (!bucketsStayLists(spreadHashes, identity(distinct), distinct, table)) {
            return Optional.empty();
        }
        // counting sort by bucket of the final table; stable, so first occurrence orders a bucket
        int[] bucketStart = new int[table + 1];
        for (int k = 0; k < distinct; k++) {
            bucketStart[(spreadHashes[k] & (table - 1)) + 1]++;
        }
        for (int b = 0; b < table; b++) {
            bucketStart[b + 1] += bucketStart[b];
        }
        int[] order = new int[distinct];
        for (int k = 0; k < distinct; k++) {
            order[bucketStart[spreadHashes[k] & (table - 1)]++] = k;
        }
        // the second map receives the keys in the first map's order
        if (!bucketsStayLists(spreadHashes, order, distinct, table)) {
            return Optional.empty();
        }
        long[] ordered = new long[distinct];
        for (int k = 0; k < distinct; k++) {
            ordered[k] = keys[order[k]];
        }
        return Optional.of(ordered);
    }

    /**
     * {@code StringUtil.toLowerCaseCharBuffer}: {@code Character.toLowerCase} per code point into a buffer as long
     * as the text; the n-grams then run over the whole buffer.
     */
    private static char[] lowerCase(String text) {
        char[] lower = new char[text.length()];
        int at = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            at += Character.toChars(Character.toLowerCase(cp), lower, at);
        }
        return lower;
    }

    /** {@code CharBuffer.hashCode}: from the last char to the first. */
    private static int charBufferHash(char[] text, int start, int length) {
        int h = 1;
        for (int i = start + length - 1; i >= start; i--) {
            h = 31 * h + text[i];
        }
        return h;
    }

    /** {@code HashMap.hash}. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** The table size of a {@code HashMap} after {@code size} insertions of distinct keys. */
    private static int tableSize(int size) {
        int table = FIRST_TABLE;
        while (size > threshold(table)) {
            table <<= 1;
        }
        return table;
    }

    private static int threshold(int table) {
        return table / 4 * 3;
    }

    private static int[] identity(int size) {
        int[] order = new int[size];
        for (int k = 0; k < size; k++) {
            order[k] = k;
        }
        return order;
    }

    /**
     * Whether inserting the keys in {@code order} never puts a ninth key into a bucket: at each table size, the keys
     * inserted while the map had that size (the first threshold + 1 of them) are counted per bucket.
     */
    private static boolean bucketsStayLists(int[] spreadHashes, int[] order, int size, int finalTable) {
        int[] count = new int[finalTable];
        for (int table = FIRST_TABLE; table <= finalTable; table <<= 1) {
            Arrays.fill(count, 0, table, 0);
            int inserted = table == finalTable ? size : Math.min(size, threshold(table) + 1);
            for (int k = 0; k < inserted; k++) {
                if (++count[spreadHashes[order[k]] & (table - 1)] > MAX_LIST_BUCKET) {
                    return false;
                }
            }
        }
        return true;
    }
}
