package dev.interlinear.quantity;

/**
 * The unit of a {@link Quantity}. Values are always stored in the base unit: watts (not gigawatts), watt-hours,
 * currency units (dollars, not billions of dollars), percentage points for {@link #PERCENT}, the factor for
 * {@link #TIMES} ("tenfold" is 10) and the calendar year for {@link #YEAR}.
 */
public enum Unit {
    /** A bare number: a count, an ordinal, a magnitude word without a unit ("trilhões"). */
    NONE("", ""),
    CURRENCY_USD("usd", "USD"),
    CURRENCY_EUR("eur", "EUR"),
    CURRENCY_GBP("gbp", "GBP"),
    CURRENCY_JPY("jpy", "JPY"),
    CURRENCY_CNY("cny", "CNY"),
    /** Any other currency (R$, reais, Franken, ...): the amount is known, the currency is not normalised. */
    CURRENCY_OTHER("cur", "currency"),
    WATT("w", "W"),
    WATT_HOUR("wh", "Wh"),
    PERCENT("pct", "%"),
    /** A multiple: "tenfold", "um das Zehnfache", "dez vezes", "10x". */
    TIMES("times", "×"),
    YEAR("year", "year");

    private final String termSuffix;
    private final String symbol;

    Unit(String termSuffix, String symbol) {
        this.termSuffix = termSuffix;
        this.symbol = symbol;
    }

    /** Lower-case ASCII suffix of the value+unit index term, e.g. "usd" in "700000000000usd"; empty for NONE. */
    public String termSuffix() {
        return termSuffix;
    }

    /** Human-readable unit for {@link Quantity#canonical()}. */
    public String symbol() {
        return symbol;
    }

    public boolean isCurrency() {
        return name().startsWith("CURRENCY_");
    }

    /**
     * Whether a word naming this unit says what a sentence is about without its figure: "gigawatts", "dollars" and
     * "percent" ask for a sentence stating power, money or a share, however it writes the unit ("10GW", "$5", "%").
     * Not multiples ("times" is mostly "how many times"), years, nor {@link #CURRENCY_OTHER}: "pesos" is no sum in
     * reais.
     */
    public boolean namesAMeasure() {
        return (isCurrency() && this != CURRENCY_OTHER) || this == WATT || this == WATT_HOUR || this == PERCENT;
    }

    /** Whether a quantity's value term ({@link Quantity#terms()}) is in this unit: "6000000000w" is in watts. */
    public boolean isUnitOf(String quantityTerm) {
        int at = quantityTerm.length() - termSuffix.length();
        return this != NONE
                && at > 0
                && quantityTerm.endsWith(termSuffix)
                && Character.isDigit(quantityTerm.charAt(at - 1));
    }
}
