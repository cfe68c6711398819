package dev.interlinear.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the function words of each language among a text's first words, as the words of {@code [\p{L}'’]+}
 * lower-cased with {@link Locale#ROOT}, the typographic apostrophe read as {@code '}. A word with an apostrophe that
 * is no function word itself counts by its elided start, apostrophe included: French "qu'est", "l'usine" count as
 * "qu'" and "l'".
 */
final class FunctionWordCounter {

    /** Only the first characters and words of a text are read. */
    private static final int MAX_CHARACTERS = 2000;

    private static final int MAX_WORDS = 80;
    /** U+2019, the apostrophe phones and word processors type. */
    private static final char TYPOGRAPHIC_APOSTROPHE = '\u2019';

    private static final Pattern WORD = Pattern.compile("[\\p{L}'" + TYPOGRAPHIC_APOSTROPHE + "]+");

    /** Whether each language has function words. */
    private final boolean[] hasWords;
    /** Each function word with the indexes of its languages (a word of several languages counts for each). */
    private final Map<String, List<Integer>> languagesOfWord = new HashMap<>();

    /**
     * @param languages       the languages counted, in the order of the counts
     * @param wordsByLanguage the function words of a language; a language without them always counts 0
     */
    FunctionWordCounter(List<String> languages, Map<String, Set<String>> wordsByLanguage) {
        hasWords = new boolean[languages.size()];
        for (int l = 0; l < languages.size(); l++) {
            Set<String> words = wordsByLanguage.getOrDefault(languages.get(l), Set.of());
            hasWords[l] = !words.isEmpty();
            for (String word : words) {
                languagesOfWord.computeIfAbsent(word, w -> new ArrayList<>()).add(l);
            }
        }
    }

    /** Whether language {@code index} has function words. */
    boolean hasWords(int index) {
        return hasWords[index];
    }

    /**
     * How many of the text's first words are function words of language {@code index} and not of language
     * {@code other}: grammar only the one has, where names, loanwords and shared words ("de", "que") say nothing.
     */
    int apart(String text, int index, int other) {
        int n = 0;
        Matcher words = WORD.matcher(text.length() > MAX_CHARACTERS ? text.substring(0, MAX_CHARACTERS) : text);
        for (int seen = 0; seen < MAX_WORDS && words.find(); seen++) {
            List<Integer> found = languagesOf(words.group());
            n += found.contains(index) && !found.contains(other) ? 1 : 0;
        }
        return n;
    }

    /** How many function words of each language (indexed like the languages given) the text's first words are. */
    int[] count(String text) {
        return count(text, MAX_CHARACTERS, MAX_WORDS);
    }

    /** How many function words of each language the text's first {@code maxWords} words (within its first characters) are. */
    int[] count(String text, int maxCharacters, int maxWords) {
        int[] counts = new int[hasWords.length];
        Matcher words = WORD.matcher(text.length() > maxCharacters ? text.substring(0, maxCharacters) : text);
        for (int seen = 0; seen < maxWords && words.find(); seen++) {
            for (int l : languagesOf(words.group())) {
                counts[l]++;
            }
        }
        return counts;
    }

    /** The languages a word is a function word of, by itself or by its elided start ("qu'est" as "qu'"). */
    private List<Integer> languagesOf(String token) {
        String word = token.replace(TYPOGRAPHIC_APOSTROPHE, '\'').toLowerCase(Locale.ROOT);
        List<Integer> found = languagesOfWord.getOrDefault(word, List.of());
        int apostrophe = word.indexOf('\'');
        if (found.isEmpty() && apostrophe > 0) {
            found = languagesOfWord.getOrDefault(word.substring(0, apostrophe + 1), List.of());
        }
        return found;
    }
}
