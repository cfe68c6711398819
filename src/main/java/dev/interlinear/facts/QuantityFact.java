package dev.interlinear.facts;

import dev.interlinear.quantity.Quantity;
import java.util.Objects;

/**
 * A figure stated in one sentence of one translation.
 *
 * @param lang          the translation's language tag (the sentence index belongs to it)
 * @param sentenceIndex {@link dev.interlinear.segment.Sentence#index()} within that translation
 * @param quantity      the normalised value; its start/end are offsets in the sentence text
 * @param surface       the words of the sentence that state it: "700 Milliarden US-Dollar", "10GW"
 */
public record QuantityFact(
        String article, String lang, int sentenceIndex, FactKind kind, Quantity quantity, String surface) {
    public QuantityFact {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(surface, "surface");
    }
}
