package dev.interlinear.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Counts the function words of each language among a text's first words, as the words of {@code [\p{L}'’]+}
 * lower-cased with {@link Locale#ROOT}, the typographic apostrophe read as {@code '}. A word with an apostrophe that
 * is no function word itself counts by its elided start, apostrophe included: French "qu'est", "l'usine" count as
 * "qu'" and "l'". This runs on every paragraph indexed, so a word is looked up without a
 * string: a word of up to eight Latin-1 characters is packed, lower-cased char by char, into a {@code long}
 * (which is what {@code toLowerCase} gives for Latin-1 text) and found in a small open-addressing table of the
 * packed function words; its languages are a bit mask, the counts an array indexed like {@link #language(int)}.
 * The rare other words (a letter beyond Latin-1, or longer than every function word) take the string way.
 */
final class FunctionWordCounter {

    /** Only the first characters and words of a text are read. */
    private static final int MAX_CHARACTERS = 2000;
    private static final int MAX_WORDS = 80;
    /** A Latin-1 word of at most this many characters packs into a long, a byte per character. */
    private static final int PACKABLE_LENGTH = 8;
    /** U+2019, the apostrophe phones and word processors type. */
    private static final char TYPOGRAPHIC_APOSTROPHE = '\u2019';

    private static final boolean[] LATIN1_WORD_CHARACTER = new boolean[0x100];
    private static final char[] LATIN1_LOWER_CASE = new char[0x100];

    static {
        for (char c = 0; c <= 0xFF; c++) {
            LATIN1_WORD_CHARACTER[c] = isWordCharacter(c);
            LATIN1_LOWER_CASE[c] = Character.toLowerCase(c);
        }
    }

    private final String[] languages;
    /** Open addressing on the packed word; 0 marks a free slot (a word has no char 0). */
    private final long[] slotWords;
    private final int[] slotMasks;
    /** Every function word with its languages' mask, for the words that do not pack. */
    private final Map<String, Integer> masks = new HashMap<>();
    private final int longestWord;

    /** @param wordsByLanguage the function words of each language counted (at most 32 languages) */
    FunctionWordCounter(Map<String, Set<String>> wordsByLanguage) {
        if (wordsByLanguage.size() > Integer.SIZE) {
            throw new IllegalArgumentException("too many languages for a bit mask");
        }
        List<String> tags = new ArrayList<>(wordsByLanguage.keySet());
        languages = tags.toArray(String[]::new);
        for (int l = 0; l < languages.length; l++) {
            for (String word : wordsByLanguage.get(languages[l])) {
                masks.merge(word, 1 << l, (a, b) -> a | b);
            }
        }
        int slots = Integer.highestOneBit(Math.max(4, masks.size()) * 4 - 1) << 1;
        slotWords = new long[slots];
        slotMasks = new int[slots];
        int longest = 0;
        for (var e : masks.entrySet()) {
            longest = Math.max(longest, e.getKey().length());
            long key = pack(e.getKey(), 0, e.getKey().length());
            if (key == 0 || !e.getKey().equals(e.getKey().toLowerCase(Locale.ROOT))) {
                continue; // found through the map (a word not in lower case is never a Latin-1 word lower-cased)
            }
            int slot = slot(key);
            while (slotWords[slot] != 0) {
                slot = (slot + 1) & (slots - 1);
            }
            slotWords[slot] = key;
            slotMasks[slot] = e.getValue();
        }
        longestWord = longest;
    }

    /** How many languages are counted. */
    int languages() {
        return languages.length;
    }

    /** The tag of language {@code index} of the counts. */
    String language(int index) {
        return languages[index];
    }

    /** The index of a language among the counts, or -1 when it has no function words. */
    int indexOf(String lang) {
        for (int l = 0; l < languages.length; l++) {
            if (languages[l].equals(lang)) {
                return l;
            }
        }
        return -1;
    }

    /** How many function words of each language (indexed like {@link #language(int)}) the text's first words are. */
    int[] count(String text) {
        return count(text, MAX_CHARACTERS, MAX_WORDS);
    }

    /** How many function words of each language the text's first {@code maxWords} words (within its first characters) are. */
    int[] count(String text, int maxCharacters, int maxWords) {
        int[] counts = new int[languages.length];
        String sample = text.length() > maxCharacters ? text.substring(0, maxCharacters) : text;
        int length = sample.length();
        int seen = 0;
        int i = 0;
        while (i < length && seen < maxWords) {
            char c = sample.charAt(i);
            if (c <= 0xFF ? !LATIN1_WORD_CHARACTER[c] : !isWordCharacter(sample.codePointAt(i))) {
                i += c <= 0xFF ? 1 : Character.charCount(sample.codePointAt(i));
                continue;
            }
            // The word is read once: packed as it goes while its chars are Latin-1 (most words, and all but
            // the first eight chars are shifted out of a long word's key, which is then not used).
            int start = i;
            long key = 0;
            boolean latin1 = true;
            int apostrophe = -1;
            long elidedKey = 0;
            while (i < length) {
                c = sample.charAt(i);
                if (c <= 0xFF) {
                    if (!LATIN1_WORD_CHARACTER[c]) {
                        break;
                    }
                    key = key << 8 | LATIN1_LOWER_CASE[c];
                    if (c == '\'' && apostrophe < 0) {
                        apostrophe = i;
                        elidedKey = key;
                    }
                    i++;
                } else {
                    int cp = sample.codePointAt(i);
                    if (!isWordCharacter(cp)) {
                        break;
                    }
                    if (cp == TYPOGRAPHIC_APOSTROPHE && apostrophe < 0) {
                        apostrophe = i;
                        elidedKey = latin1 ? key << 8 | '\'' : 0;
                    }
                    latin1 = false;
                    i += Character.charCount(cp);
                }
            }
            seen++;
            int mask;
            if (latin1 && i - start <= PACKABLE_LENGTH) {
                mask = maskOfPacked(key);
            } else if (latin1 && i - start > longestWord) {
                mask = 0; // Latin-1 lower-casing keeps the length
            } else {
                mask = masks.getOrDefault(lowerCase(sample, start, i), 0);
            }
            if (mask == 0 && apostrophe > start) {
                // the elided start, "qu'" of "qu'est": packed as read when it was Latin-1 and short enough
                int elidedLength = apostrophe + 1 - start;
                mask = elidedKey != 0 && elidedLength <= PACKABLE_LENGTH ? maskOfPacked(elidedKey)
                        : masks.getOrDefault(lowerCase(sample, start, apostrophe + 1), 0);
            }
            for (; mask != 0; mask &= mask - 1) {
                counts[Integer.numberOfTrailingZeros(mask)]++;
            }
        }
        return counts;
    }

    private static boolean isWordCharacter(int cp) {
        return cp == '\'' || cp == TYPOGRAPHIC_APOSTROPHE || Character.isLetter(cp);
    }

    /** The word lower-cased, its typographic apostrophes read as {@code '}. */
    private static String lowerCase(String text, int start, int end) {
        return text.substring(start, end).replace(TYPOGRAPHIC_APOSTROPHE, '\'').toLowerCase(Locale.ROOT);
    }

    /** The languages of a packed word as a bit mask, 0 if it is no function word. */
    private int maskOfPacked(long key) {
        int slot = slot(key);
        long found;
        while ((found = slotWords[slot]) != 0) {
            if (found == key) {
                return slotMasks[slot];
            }
            slot = (slot + 1) & (slotWords.length - 1);
        }
        return 0; // its lower case is a packable word, and no function word that packs
    }

    /** The word lower-cased a byte per char, or 0 when it is too long or has a char beyond Latin-1. */
    private static long pack(String text, int start, int end) {
        if (end - start > PACKABLE_LENGTH) {
            return 0;
        }
        long key = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                return 0;
            }
            key = key << 8 | LATIN1_LOWER_CASE[c];
        }
        return key;
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - Integer.numberOfTrailingZeros(slotWords.length)));
    }
}
