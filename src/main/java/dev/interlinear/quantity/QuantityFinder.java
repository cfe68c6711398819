package dev.interlinear.quantity;

import java.util.List;
import java.util.Optional;

/** Finds the quantities (figures with their units) a text states. */
public interface QuantityFinder {

    /**
     * @param text the text, one sentence or more
     * @param lang its language tag (number words and decimal marks depend on it)
     * @return the quantities in the order they occur
     */
    List<Quantity> extract(String text, String lang);

    /**
     * The unit a word names on its own, as it would after a figure: "gigawatts", "GW", "dólares", "Prozent".
     *
     * @param word one word as written
     * @param lang its language tag
     */
    Optional<Unit> unitNamed(String word, String lang);
}
