package org.astropol.model;

import java.math.BigDecimal;

/** The value of a statement: a quantity, a date, a reference to another entity, text, or a truth value. */
public sealed interface Value {

    /** The value as a short display string. */
    String display();

    /**
     * A number with its unit (a unit id, an ISO 4217 currency code, or CODE/kg), an optional upper bound for
     * ranges such as 6,300-8,900 USD/kg, and the reference year of money amounts.
     */
    record Quantity(BigDecimal amount, BigDecimal max, String unit, Integer year) implements Value {
        public boolean isRange() { return max != null; }
        /** The currency when the unit is money (USD) or money per mass (USD/kg); null otherwise. */
        public String currency() {
            if (unit == null) return null;
            String code = unit.contains("/") ? unit.substring(0, unit.indexOf('/')) : unit;
            return code.length() == 3 && code.chars().allMatch(Character::isUpperCase) ? code : null;
        }
        @Override public String display() {
            String n = amount.stripTrailingZeros().toPlainString() + (max != null ? "-" + max.stripTrailingZeros().toPlainString() : "");
            return n + (unit != null ? " " + unit : "") + (year != null ? " (" + year + ")" : "");
        }
    }

    record DateValue(PartialDate date) implements Value {
        @Override public String display() { return date.toString(); }
    }

    record EntityRef(String id) implements Value {
        @Override public String display() { return id; }
    }

    record Text(String text) implements Value {
        @Override public String display() { return text; }
    }

    record Bool(boolean value) implements Value {
        @Override public String display() { return Boolean.toString(value); }
    }
}
