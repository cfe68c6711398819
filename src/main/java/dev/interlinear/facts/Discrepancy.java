package dev.interlinear.facts;

import dev.interlinear.quantity.Quantity;
import java.util.Objects;

/**
 * Two translations of the same passage (one alignment group) that state different figures of one kind:
 * "700 Milliarden US-Dollar" against "7 trilhões de dólares".
 *
 * @param group the alignment group ({@link dev.interlinear.align.AlignmentGroup#id()})
 */
public record Discrepancy(String article, int group, FactKind kind, Side left, Side right) {

    public Discrepancy {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    /**
     * One translation's figure.
     *
     * @param sentence the whole sentence text, for display
     * @param surface  the words stating the figure
     */
    public record Side(String lang, int sentenceIndex, String sentence, String surface, Quantity quantity) {
        public Side {
            Objects.requireNonNull(lang, "lang");
            Objects.requireNonNull(sentence, "sentence");
            Objects.requireNonNull(surface, "surface");
            Objects.requireNonNull(quantity, "quantity");
        }
    }
}
