package org.astropol.model;

import java.util.Locale;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to a precision: {@code 1993}, {@code 1993-06} or {@code 1993-06-15}.
 *
 * <p>The "as of" rule used everywhere lives here: a bound is compared at its own precision, so a start
 * of {@code 2020} is the first day of 2020 and an end of {@code 2020} is the last day of 2020.
 */
public record PartialDate(int year, int month, int day, Precision precision) implements Comparable<PartialDate> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Comparator<PartialDate> ORDER =
            Comparator.comparing(PartialDate::earliest).thenComparing(PartialDate::precision);

    public PartialDate {
        if (year < 1 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
        switch (precision) {
            case YEAR -> { if (month != 0 || day != 0) throw new IllegalArgumentException("year precision carries no month or day"); }
            case MONTH -> { YearMonth.of(year, month); if (day != 0) throw new IllegalArgumentException("month precision carries no day"); }
            case DAY -> LocalDate.of(year, month, day);
        }
    }

    public static PartialDate ofYear(int year) { return new PartialDate(year, 0, 0, Precision.YEAR); }
    public static PartialDate ofMonth(int year, int month) { return new PartialDate(year, month, 0, Precision.MONTH); }
    public static PartialDate ofDay(LocalDate d) { return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), Precision.DAY); }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; throws {@link IllegalArgumentException} with a readable message. */
    public static PartialDate parse(String text) {
        if (text == null) throw new IllegalArgumentException("missing date");
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) throw new IllegalArgumentException("malformed date '" + text + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        try {
            int y = Integer.parseInt(m.group(1));
            if (m.group(2) == null) return ofYear(y);
            int mo = Integer.parseInt(m.group(2));
            if (m.group(3) == null) return ofMonth(y, mo);
            return new PartialDate(y, mo, Integer.parseInt(m.group(3)), Precision.DAY);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed date '" + text + "' (no such day or month)");
        }
    }

    /** Parses a full ISO day, for "as of" arguments. */
    public static LocalDate parseDay(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("malformed date '" + text + "' (expected YYYY-MM-DD)");
        }
    }

    /** The first day this date may denote. */
    public LocalDate earliest() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case MONTH -> LocalDate.of(year, month, 1);
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /** The last day this date may denote. */
    public LocalDate latest() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    @Override public int compareTo(PartialDate o) { return ORDER.compare(this, o); }

    @Override public String toString() {
        return switch (precision) {
            case YEAR -> String.format(Locale.ROOT, "%04d", year);
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, month);
            case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        };
    }
}
