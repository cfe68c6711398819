package dev.interlinear.facts;

import java.util.List;

/**
 * A word or word sequence of one sentence that may be a name.
 *
 * @param form          its shape: ACRONYM, CAMEL_CASE, MULTIWORD, INITIALS, or CROSS_TRANSLATION for a single
 *                      capitalised word, which is a name only with evidence from another translation
 * @param needsEvidence true when the shape alone is not enough (single words; multiword runs in German, where
 *                      nouns are capitalised, and in headings, which may be title case)
 * @param wordKeys      the keys of its words, taken once: every counterpart sentence is asked for them
 * @param key           its words' keys joined by a space
 */
record NameCandidate(
        List<WordToken> tokens, NameEvidence form, boolean needsEvidence, List<String> wordKeys, String key) {

    NameCandidate {
        tokens = List.copyOf(tokens);
        wordKeys = List.copyOf(wordKeys);
    }

    NameCandidate(List<WordToken> tokens, NameEvidence form, boolean needsEvidence) {
        this(tokens, form, needsEvidence, keysOf(tokens));
    }

    private NameCandidate(List<WordToken> tokens, NameEvidence form, boolean needsEvidence, List<String> wordKeys) {
        this(
                tokens,
                form,
                needsEvidence,
                wordKeys,
                wordKeys.size() == 1 ? wordKeys.getFirst() : String.join(" ", wordKeys));
    }

    private static List<String> keysOf(List<WordToken> tokens) {
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = tokens.get(i).key();
        }
        return List.of(out);
    }

    int start() {
        return tokens.getFirst().start();
    }

    int end() {
        return tokens.getLast().end();
    }

    String surface(String sentence) {
        return sentence.substring(start(), end());
    }

    /** A person's name by its shape: two or more capitalised words, or initials and a name. */
    boolean isPersonShaped() {
        return form == NameEvidence.MULTIWORD || form == NameEvidence.INITIALS;
    }
}
