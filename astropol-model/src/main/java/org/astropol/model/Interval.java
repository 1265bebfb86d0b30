package org.astropol.model;

import java.time.LocalDate;

/** The time a record holds: from (inclusive) until (inclusive); either end may be open (null). */
public record Interval(PartialDate from, PartialDate until) {

    public static final Interval ALWAYS = new Interval(null, null);

    public static Interval since(PartialDate from) { return new Interval(from, null); }
    public static Interval at(PartialDate date) { return new Interval(date, date); }

    /**
     * True when the record holds on the given day. Each bound is compared at its own precision: the
     * start counts from its earliest day, the end through its latest day (see {@link PartialDate}).
     * Package-private on purpose: analyses ask {@link Validity}, which also applies the undated-start and
     * existence rules, so no caller outside the model can decide validity on its own.
     */
    boolean holdsOn(LocalDate day) {
        if (from != null && from.earliest().isAfter(day)) return false;
        return until == null || !until.latest().isBefore(day);
    }

    /** True when the end is before the start, compared at the coarser of the two precisions. */
    public boolean isInverted() {
        return from != null && until != null && until.latest().isBefore(from.earliest());
    }

    /** The date used to order records in time: the start, else the end, else null. */
    public PartialDate anchor() { return from != null ? from : until; }
}
