package org.astropol.web.view;

import java.time.LocalDate;
import java.util.Map;

/**
 * The "as of" form of a page ({@code tag/asof.jte}): a date field, and with {@code min} and {@code max} a slider
 * between them that the site's script submits when it comes to rest. {@code hidden} carries the rest of the view's
 * state (the other query parameters) so that changing the day keeps it.
 */
public record AsOfControl(String action, LocalDate asOf, LocalDate min, LocalDate max, Map<String, String> hidden) {
    public AsOfControl {
        hidden = hidden == null ? Map.of() : Map.copyOf(hidden);
        if (min != null && asOf.isBefore(min)) min = asOf;
        if (max != null && asOf.isAfter(max)) max = asOf;
    }

    /** A date field and a Show button only. */
    public static AsOfControl simple(String action, LocalDate asOf) { return new AsOfControl(action, asOf, null, null, Map.of()); }

    /** A date field with a slider from {@code min} to today. */
    public static AsOfControl slider(String action, LocalDate asOf, LocalDate min, Map<String, String> hidden) {
        return new AsOfControl(action, asOf, min, LocalDate.now(), hidden);
    }

    public boolean hasSlider() { return min != null && max != null; }
    public long asOfDay() { return asOf.toEpochDay(); }
    public long minDay() { return min.toEpochDay(); }
    public long maxDay() { return max.toEpochDay(); }
}
