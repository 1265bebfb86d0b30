package org.astropol.model;

import java.util.Locale;
import java.util.List;

/** A statement property from the catalogue (data/schema): the value type, allowed units and subject types. */
public record PropertyDefinition(String id, ValueType type, List<String> units, List<String> subjects, String label) {
    public enum ValueType {
        QUANTITY, DATE, ENTITY, TEXT, BOOLEAN;
        public String key() { return name().toLowerCase(Locale.ROOT); }
    }
}
