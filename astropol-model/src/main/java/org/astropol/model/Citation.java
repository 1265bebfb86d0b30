package org.astropol.model;

import java.util.Locale;

/** A pointer into a registered source: which source, and where in it (page, section, quote or deep link). */
public record Citation(String sourceId, LocatorKind locatorKind, String locator) {
    public static final int MAX_QUOTE_LENGTH = 300;

    public enum LocatorKind {
        QUOTE, PAGE, SECTION, URL, NONE;
        public String key() { return name().toLowerCase(Locale.ROOT); }
    }

    /** A short human-readable locator, e.g. {@code p. 12} or the quote in quotation marks. */
    public String display() {
        return switch (locatorKind) {
            case QUOTE -> "\u201c" + locator + "\u201d";
            case PAGE -> "p. " + locator;
            case SECTION -> "section " + locator;
            case URL -> locator;
            case NONE -> "";
        };
    }
}
