package dev.interlinear.facts;

/**
 * A word of a sentence as the name and quote finders see it.
 *
 * @param text          the word as written, without a possessive "'s"
 * @param key           {@link Names#key} of the text
 * @param start         offset in the sentence
 * @param end           offset just after the word (before a possessive "'s")
 * @param clauseInitial first word of the sentence, of a quote, or after a colon: capitalised by convention,
 *                      so its capital says nothing
 * @param joined        only a space or a hyphen separates it from the word before
 */
record WordToken(String text, String key, int start, int end, Shape shape, boolean clauseInitial, boolean joined) {

    enum Shape {
        /** "C.C.", "J." */
        INITIALS,
        /** "NVIDIA", "AMD" */
        ACRONYM,
        /** "OpenAI", "iPhone" */
        CAMEL_CASE,
        /** "Huang", "Rechenleistung" */
        CAPITALISED,
        /** "sagte" */
        LOWER,
        /** "10GW", "2b" */
        OTHER
    }

    boolean isLower() {
        return shape == Shape.LOWER;
    }
}
