package org.astropol.model;

import java.util.Locale;
import java.util.Arrays;
import java.util.Optional;

/** The standing of a statement: asserted by its sources, disputed by another source, or superseded by a newer one. */
public enum Status {
    ASSERTED, DISPUTED, SUPERSEDED;
    public String key() { return name().toLowerCase(Locale.ROOT); }
    public static Optional<Status> fromKey(String k) {
        return Arrays.stream(values()).filter(s -> s.key().equals(k)).findFirst();
    }
}
