package org.astropol.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The one rule that decides whether a dated record counts on a day. Every analysis, page, export and map asks here;
 * no class outside the model compares dates itself (an architecture test keeps it so).
 *
 * <ul>
 *   <li>A record counts from its start when a source gives one. When none does, it counts from its earliest dated
 *       report: the last day of the publication date of the earliest dated source citing it (we know it held by then,
 *       not before). Without any dated source the start stays open.</li>
 *   <li>It never counts before any of its participants began (the group, instrument or organisation and the member,
 *       party or person: an entity's {@code from}; an instrument's adoption {@code date}, since its {@code from} is its
 *       entry into force) nor after one of them ended ({@code until}).</li>
 *   <li>It counts through its end when known, else openly.</li>
 * </ul>
 * Each bound is compared at its own precision (see {@link PartialDate}).
 */
public final class Validity {
    private Validity() {}

    /**
     * The days a record is counted, and why.
     *
     * @param since         the start its sources give (null when none does)
     * @param reportedSince for an undated start: the day of the earliest dated report it is counted from (null otherwise)
     * @param until         the end its sources give (null when open)
     * @param first         the first day counted after the existence bounds (null: open)
     * @param last          the last day counted after the existence bounds (null: open)
     */
    public record Counted(PartialDate since, PartialDate reportedSince, PartialDate until, LocalDate first, LocalDate last) {
        public boolean on(LocalDate day) {
            return (first == null || !day.isBefore(first)) && (last == null || !day.isAfter(last));
        }
        /** The start actually used: the cited one, else the report's. */
        public PartialDate start() { return since != null ? since : reportedSince; }
    }

    /** Whether the record counts on the day. */
    public static boolean counts(KnowledgeBase kb, Relationship r, LocalDate day) {
        return counted(kb, r).on(day);
    }

    /** The days the record counts, with the basis of its start. */
    public static Counted counted(KnowledgeBase kb, Relationship r) {
        PartialDate since = r.valid().from(), until = r.valid().until();
        PartialDate reported = since == null ? reportedBy(kb, r.citations()) : null;
        PartialDate start = since != null ? since : reported;
        LocalDate first = start == null ? null : start.earliest();
        LocalDate last = until == null ? null : until.latest();
        for (String id : bounded(r)) {
            Entity e = kb.entity(id).orElse(null);
            if (e == null || e.type() == EntityType.EVENT) continue;
            LocalDate began = began(e), ended = e.existence().until() == null ? null : e.existence().until().latest();
            if (began != null && (first == null || began.isAfter(first))) first = began;
            if (ended != null && (last == null || ended.isBefore(last))) last = ended;
        }
        return new Counted(since, reported, until, first, last);
    }

    /** Whether the entity existed on the day (its own from/until). */
    public static boolean exists(Entity e, LocalDate day) {
        return e.existence().holdsOn(day);
    }

    /** Whether the statement holds on the day (started, not ended). */
    public static boolean holds(Statement s, LocalDate day) {
        return s.valid().holdsOn(day);
    }

    /** Whether the statement had begun by the day: the latest value known as of a day may be a past year's figure. */
    public static boolean begun(Statement s, LocalDate day) {
        return s.valid().from() == null || !s.valid().from().earliest().isAfter(day);
    }

    /** Whether a date is on or before the day, at the date's earliest (a day inside {@code 2020-10} counts from the 1st). */
    public static boolean reached(PartialDate date, LocalDate day) {
        return date != null && !date.earliest().isAfter(day);
    }

    /** The entities whose existence bounds a record: every participant except the predecessor a successor follows. */
    private static List<String> bounded(Relationship r) {
        if (r instanceof Relationship.ParentLink l && l.relation().equals("successor-of")) return List.of(l.child());
        if (r instanceof Relationship.Membership m && m.agentFor() != null) return List.of(m.member(), m.group(), m.agentFor());
        return r.participants();
    }

    /** The first day an entity can take part in anything: an instrument's adoption (or opening) date, else its from. */
    private static LocalDate began(Entity e) {
        if (e.type() == EntityType.INSTRUMENT) {
            String adopted = e.attributes().get("date");
            if (adopted == null) return null;   // its from is its entry into force: signatures come before
            try { return PartialDate.parse(adopted).earliest(); } catch (IllegalArgumentException ex) { return null; }
        }
        return e.existence().from() == null ? null : e.existence().from().earliest();
    }

    /**
     * The day from which an undated record is known to hold: the last day of the publication date of the earliest dated
     * source citing it. Undated sources give no bound; null when none is dated.
     */
    public static PartialDate reportedBy(KnowledgeBase kb, List<Citation> citations) {
        PartialDate best = null;
        for (Citation c : citations) {
            PartialDate d = kb.source(c.sourceId()).map(Source::date).orElse(null);
            if (d != null && (best == null || d.latest().isBefore(best.latest()))) best = d;
        }
        return best == null ? null : PartialDate.ofDay(best.latest());
    }
}
