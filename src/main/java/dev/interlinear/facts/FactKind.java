package dev.interlinear.facts;

import dev.interlinear.quantity.Unit;
import java.util.Optional;

/** What a quantity fact is about, derived from the unit the extractor found. */
public enum FactKind {
    MONEY,
    POWER,
    ENERGY,
    MULTIPLE,
    PERCENT,
    DATE;

    /** The kind of a quantity with this unit; empty for {@link Unit#NONE}: a bare number says too little. */
    public static Optional<FactKind> of(Unit unit) {
        if (unit.isCurrency()) {
            return Optional.of(MONEY);
        }
        return switch (unit) {
            case WATT -> Optional.of(POWER);
            case WATT_HOUR -> Optional.of(ENERGY);
            case TIMES -> Optional.of(MULTIPLE);
            case PERCENT -> Optional.of(PERCENT);
            case YEAR -> Optional.of(DATE);
            default -> Optional.empty();
        };
    }
}
