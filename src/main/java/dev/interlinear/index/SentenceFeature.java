package dev.interlinear.index;

/** Kinds of information a sentence carries, matched against the kind of answer a question wants. */
public enum SentenceFeature {
    QUANTITY,
    MONEY,
    PERCENT,
    DATE,
    NAME,
    QUOTE;

    public String term() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
