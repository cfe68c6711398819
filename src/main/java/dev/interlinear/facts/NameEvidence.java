package dev.interlinear.facts;

/** Why a word sequence is taken to be a name. */
public enum NameEvidence {
    /** Written in capitals: "NVIDIA", "TSMC". */
    ACRONYM,
    /** A capital inside the word: "OpenAI". */
    CAMEL_CASE,
    /** Two or more capitalised words: "Jensen Huang". */
    MULTIWORD,
    /** Initials before a capitalised word: "C.C. Wei". */
    INITIALS,
    /** Written the same way, capitalised, in an aligned sentence of another translation. */
    CROSS_TRANSLATION,
    /** Named as the speaker of a quote. */
    QUOTE_SPEAKER
}
