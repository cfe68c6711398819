package dev.interlinear.quantity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A number found in text, normalised so that the same amount written in different languages and formats is
 * equal: "700 Milliarden US-Dollar", "US$700 billion" and "700 bilhões de dólares" are all
 * {@code Quantity(700000000000, CURRENCY_USD, ...)}; "10GW" and "10 Gigawatt" are {@code (10000000000, WATT)}.
 *
 * <p>The value is kept without trailing zeros and never with a negative scale, so {@code equals} compares
 * amounts: 1.50 and 1.5 are the same value.
 *
 * @param value the amount in the unit's base unit (see {@link Unit})
 * @param unit  what is counted
 * @param start char offset of the first character of the surface text (including a currency sign before it)
 * @param end   char offset just after the surface text
 */
public record Quantity(BigDecimal value, Unit unit, int start, int end) {

    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        value = normalise(value);
    }

    /**
     * Index terms, identical for equal quantities whatever the language or format of the text.
     *
     * <p>Format: lower-case ASCII, no whitespace, no accents.
     * <ul>
     *   <li>the bare value as a plain decimal without exponent, grouping or trailing zeros, with "." as the decimal
     *       point: {@code "700000000000"}, {@code "1.5"}, {@code "10000000000"};</li>
     *   <li>unless the unit is {@link Unit#NONE}, the value followed directly by {@link Unit#termSuffix()}:
     *       {@code "700000000000usd"}, {@code "10000000000w"}, {@code "12.5pct"}, {@code "10times"},
     *       {@code "2024year"}.</li>
     * </ul>
     */
    public List<String> terms() {
        String bare = value.toPlainString();
        return unit == Unit.NONE ? List.of(bare) : List.of(bare, bare + unit.termSuffix());
    }

    /** For display and debugging: "700000000000 USD", "10000000000 W", "1.5", "2024 year". */
    public String canonical() {
        String bare = value.toPlainString();
        return unit == Unit.NONE ? bare : bare + " " + unit.symbol();
    }

    /** Same amount in the same unit, wherever it was found. */
    public boolean sameAmount(Quantity other) {
        return unit == other.unit && value.compareTo(other.value) == 0;
    }

    private static BigDecimal normalise(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
