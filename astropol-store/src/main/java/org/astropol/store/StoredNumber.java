package org.astropol.store;

import java.math.BigDecimal;

/**
 * What a quantity column (DECIMAL(38, 6) in curated-schema.sql) holds exactly: at most 32 digits before the decimal
 * point and 6 after. DuckDB stores a value beyond that as NULL, so {@code check} refuses such values and the writer
 * refuses them again rather than let an analysis meet a NULL.
 */
public final class StoredNumber {
    public static final int INTEGER_DIGITS = 32, DECIMALS = 6;

    private StoredNumber() {}

    /** Why the store cannot hold {@code v} exactly, or null when it can. Cheap even for 1e999999999. */
    public static String problem(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.signum() == 0) return null;
        if ((long) s.precision() - s.scale() > INTEGER_DIGITS) {
            return "too large: the store holds quantities below 10^" + INTEGER_DIGITS + " exactly (use a larger unit or a multiplier word)";
        }
        if (s.scale() > DECIMALS) {
            return "more than " + DECIMALS + " decimal places, which the store would round (use a smaller unit)";
        }
        return null;
    }
}
