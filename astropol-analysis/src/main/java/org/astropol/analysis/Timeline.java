package org.astropol.analysis;

import org.astropol.model.Entity;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.PartialDate;
import org.astropol.model.Relationship;
import org.astropol.model.Statement;
import org.astropol.model.Value;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The dated history of one actor, or of a pair (a dyad), in date order. An actor includes its predecessors
 * (see {@link Lineage}), so the Russian Federation's history with China starts with the Soviet Union's.
 * For a pair, only records involving both sides count: shared events, partnerships, memberships of one in
 * the other, and actions of both on the same instrument.
 */
public final class Timeline {
    private Timeline() {}

    public record Entry(String date, String kind, String summary, List<String> participants, String record, List<SourceRef> sources) {}

    public record Result(List<String> ids, List<Entry> events) {}

    public static Result of(KnowledgeBase kb, List<String> requested) {
        List<String> ids = new ArrayList<>();
        for (String r : requested) ids.add(kb.findEntity(r).orElseThrow(() -> new UnknownIdException(r)).id());
        List<Set<String>> sides = ids.stream().map(id -> Lineage.of(kb, id)).toList();
        List<Entry> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> all = new LinkedHashSet<>();
        sides.forEach(all::addAll);
        for (String id : all) {
            for (Entity ev : kb.eventsWith(id)) {
                if (ev.date() != null && involvesAll(ev.participants(), sides) && seen.add(ev.id())) {
                    out.add(new Entry(ev.date().toString(), ev.kind(), ev.attribute("summary").orElse(ev.name()), ev.participants(),
                            ev.id(), SourceRef.of(kb, ev.citations())));
                }
            }
            for (Relationship r : kb.relationshipsOf(id)) {
                if (!seen.add(r.id())) continue;
                Entry e = entry(kb, r, sides);
                if (e != null) out.add(e);
            }
        }
        if (sides.size() >= 2) addSharedInstruments(kb, sides, out, seen);
        if (sides.size() == 1) addOwnRecords(kb, ids.get(0), out);
        out.sort(Comparator.comparing(Entry::date).thenComparing(Entry::kind).thenComparing(Entry::record));
        return new Result(ids, out);
    }

    private static boolean involvesAll(List<String> participants, List<Set<String>> sides) {
        for (Set<String> side : sides) if (participants.stream().noneMatch(side::contains)) return false;
        return true;
    }

    private static Entry entry(KnowledgeBase kb, Relationship r, List<Set<String>> sides) {
        PartialDate date = r.valid().anchor();
        if (date == null) return null;
        List<String> parts = new ArrayList<>(r.participants());
        if (r instanceof Relationship.Membership m && m.agentFor() != null) parts.add(m.agentFor());
        if (!involvesAll(parts, sides)) return null;
        String summary = switch (r) {
            case Relationship.Membership m -> kb.nameOf(m.member()) + " joins " + kb.nameOf(m.group()) + " (" + m.role()
                    + (m.agentFor() != null ? " for " + kb.nameOf(m.agentFor()) : "") + ")";
            case Relationship.PartyAction p -> kb.nameOf(p.party()) + ": " + p.action() + " of " + kb.nameOf(p.instrument());
            case Relationship.Partnership p -> (p.label() != null ? p.label() : p.partnershipKind()) + " ("
                    + String.join(", ", p.parties().stream().map(kb::nameOf).toList()) + ")";
            case Relationship.Affiliation a -> kb.nameOf(a.person()) + " at " + kb.nameOf(a.organisation()) + (a.role() != null ? " as " + a.role() : "");
            case Relationship.ParentLink l -> kb.nameOf(l.child()) + " placed under " + kb.nameOf(l.parent()) + " (" + l.relation() + ")";
        };
        String kind = r instanceof Relationship.Partnership p ? p.partnershipKind() : r.kind();
        return new Entry(date.toString(), kind, summary, parts, r.id(), SourceRef.of(kb, r.citations()));
    }

    /** Both sides acting on the same instrument (e.g. both signing a memorandum) make one entry per action. */
    private static void addSharedInstruments(KnowledgeBase kb, List<Set<String>> sides, List<Entry> out, Set<String> seen) {
        for (Entity inst : kb.entities()) {
            List<Relationship.PartyAction> actions = kb.relationshipsOf(inst.id()).stream()
                    .filter(r -> r instanceof Relationship.PartyAction p && p.instrument().equals(inst.id()))
                    .map(r -> (Relationship.PartyAction) r).toList();
            boolean allSides = sides.stream().allMatch(side -> actions.stream().anyMatch(a -> side.contains(a.party())));
            if (!allSides) continue;
            for (Relationship.PartyAction a : actions) {
                boolean mine = sides.stream().anyMatch(side -> side.contains(a.party()));
                if (mine && seen.add(a.id())) {
                    out.add(new Entry(a.date().toString(), "party", kb.nameOf(a.party()) + ": " + a.action() + " of " + kb.nameOf(a.instrument()),
                            List.of(a.party(), a.instrument()), a.id(), SourceRef.of(kb, a.citations())));
                }
            }
        }
    }

    /** For one actor: its founding and end, and its own dated statements. */
    private static void addOwnRecords(KnowledgeBase kb, String id, List<Entry> out) {
        Entity e = kb.entity(id).orElseThrow();
        if (e.existence().from() != null && !e.type().key().equals("event")) {
            out.add(new Entry(e.existence().from().toString(), "founding", e.name() + " established", List.of(id), id, SourceRef.of(kb, e.citations())));
        }
        if (e.existence().until() != null) {
            out.add(new Entry(e.existence().until().toString(), "end", e.name() + " ends", List.of(id), id, SourceRef.of(kb, e.citations())));
        }
        for (Statement s : kb.statementsAbout(id)) {
            PartialDate d = s.value() instanceof Value.DateValue dv ? dv.date() : s.valid().anchor();
            if (d == null) continue;
            out.add(new Entry(d.toString(), "statement", s.property() + ": " + s.value().display(), List.of(id), s.id(), SourceRef.of(kb, s.citations())));
        }
    }
}
