package org.astropol.analysis.indicators;

import org.astropol.analysis.Ties;

import java.util.List;

/**
 * A state's raw value of one indicator with the records it came from; {@code value} null means missing (no data, not
 * zero). {@code flag} notes an approximation a reader should see (an exchange rate of another year).
 */
public record Measure(Double value, String detail, List<Ties.Trace> records, String flag) {
    public static Measure of(double value, String detail, List<Ties.Trace> records) { return new Measure(value, detail, records, null); }

    public static Measure missing(String why) { return new Measure(null, why, List.of(), null); }

    public boolean isMissing() { return value == null; }
}
