package dev.interlinear.facts;

import java.util.List;

/**
 * A word or word sequence of one sentence that may be a name.
 *
 * @param form          its shape: ACRONYM, CAMEL_CASE, MULTIWORD, INITIALS, or CROSS_TRANSLATION for a single
 *                      capitalised word, which is a name only with evidence from another translation
 * @param needsEvidence true when the shape alone is not enough (single words; multiword runs in German, where
 *                      nouns are capitalised, and in headings, which may be title case)
 */
record NameCandidate(List<WordToken> tokens, NameEvidence form, boolean needsEvidence) {

    NameCandidate {
        tokens = List.copyOf(tokens);
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

    List<String> wordKeys() {
        return tokens.stream().map(WordToken::key).toList();
    }

    String key() {
        return String.join(" ", wordKeys());
    }

    /** A person's name by its shape: two or more capitalised words, or initials and a name. */
    boolean isPersonShaped() {
        return form == NameEvidence.MULTIWORD || form == NameEvidence.INITIALS;
    }
}
