package dev.interlinear.facts;

import dev.interlinear.quantity.Quantity;
import dev.interlinear.segment.Sentence;
import java.util.List;

/**
 * One sentence cut into words, quantities and name candidates once, for all fact finders.
 *
 * @param lang       the translation the sentence belongs to (its index is an index of that translation)
 * @param language   base language of the text itself (an untranslated paragraph may differ from the translation)
 * @param quantities everything the quantity extractor found, bare numbers included
 * @param names      name candidates by shape, not yet confirmed
 * @param keys       the keys of all its tokens, so {@link #writes} can rule most sentences out at once
 */
record TokenizedSentence(
        String lang,
        String language,
        Sentence sentence,
        List<Quantity> quantities,
        List<WordToken> tokens,
        List<NameCandidate> names,
        WordKeys keys) {

    TokenizedSentence {
        quantities = List.copyOf(quantities);
        tokens = List.copyOf(tokens);
        names = List.copyOf(names);
    }

    TokenizedSentence(
            String lang,
            String language,
            Sentence sentence,
            List<Quantity> quantities,
            List<WordToken> tokens,
            List<NameCandidate> names) {
        this(lang, language, sentence, quantities, tokens, names, WordKeys.of(tokens));
    }

    int index() {
        return sentence.index();
    }

    String text() {
        return sentence.text();
    }

    /** How a name is written from one word on. */
    enum Written {
        NOT,
        /** word for word as the keys say */
        EXACTLY,
        /** with a German genitive "s" on the last word */
        WITH_GENITIVE
    }

    /**
     * Whether the words {@code keys} are written here in a row, none in lower case. German adds a genitive "s"
     * to names ("Sams Einschätzung"), so there the last word may carry one.
     */
    boolean writes(List<String> keys) {
        if (!mayWrite(keys)) {
            return false;
        }
        for (int i = 0; i + keys.size() <= tokens.size(); i++) {
            if (writtenAt(i, keys) != Written.NOT) {
                return true;
            }
        }
        return false;
    }

    /** False when this sentence lacks the first of the words {@code keys}, so {@link #writes} must be false. */
    boolean mayWrite(List<String> keys) {
        // Every entity is looked for in every sentence: most lack its first word altogether.
        return keys.isEmpty()
                || this.keys.contains(keys.get(0))
                || (keys.size() == 1 && language.equals("de") && this.keys.contains(keys.get(0) + "s"));
    }

    /** Whether {@code word} is {@code name + "s"}, without building that string for every word tried. */
    private static boolean isGenitive(String word, String name) {
        return word.length() == name.length() + 1 && word.endsWith("s") && word.startsWith(name);
    }

    /** How the words {@code keys} are written from word {@code i} on (see {@link #writes}). */
    Written writtenAt(int i, List<String> keys) {
        boolean exactly = true;
        for (int k = 0; k < keys.size(); k++) {
            WordToken t = tokens.get(i + k);
            if (t.isLower() || (k > 0 && !t.joined())) {
                return Written.NOT;
            }
            if (!t.key().equals(keys.get(k))) {
                if (k == keys.size() - 1 && language.equals("de") && isGenitive(t.key(), keys.get(k))) {
                    exactly = false;
                } else {
                    return Written.NOT;
                }
            }
        }
        return exactly ? Written.EXACTLY : Written.WITH_GENITIVE;
    }
}
