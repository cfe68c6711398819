package dev.interlinear.answer;

import dev.interlinear.index.SentenceFeature;
import java.util.Optional;

/** What kind of answer a question asks for, and the sentence feature that such an answer carries. */
public enum AnswerType {
    QUANTITY(SentenceFeature.QUANTITY),
    /** An amount of money: "how much money", "wie teuer", "quanto custa". */
    MONEY(SentenceFeature.MONEY),
    /** A share: "what percentage", "welcher Prozentsatz". */
    PERCENT(SentenceFeature.PERCENT),
    PERSON(SentenceFeature.NAME),
    TIME(SentenceFeature.DATE),
    QUOTE(SentenceFeature.QUOTE),
    OTHER(null);

    private final SentenceFeature feature;

    AnswerType(SentenceFeature feature) {
        this.feature = feature;
    }

    public Optional<SentenceFeature> feature() {
        return Optional.ofNullable(feature);
    }
}
