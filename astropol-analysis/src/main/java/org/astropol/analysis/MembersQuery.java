package org.astropol.analysis;

import org.astropol.model.Citation;
import org.astropol.model.Entity;
import org.astropol.model.Interval;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.PartialDate;
import org.astropol.model.Relationship;
import org.astropol.model.Source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who belongs to a programme, accord, organisation or instrument on a given day. Memberships count while their
 * interval holds (see {@code Interval.holdsOn}); for instruments, a party counts from its signature,
 * ratification, accession or succession until a withdrawal or denunciation.
 */
public final class MembersQuery {
    private MembersQuery() {}

    /**
     * @param reportedSince for a membership whose start no source gives: the publication date of the earliest source
     *                      reporting it, from which on it is counted (null when the start is known)
     */
    public record Member(String id, String name, String type, String role, String since, String until, String agentFor,
                         String reportedSince, List<SourceRef> sources) {}

    public record Members(String group, String groupName, String asOf, int count, int states, List<Member> members) {}

    private static final Set<String> ENDING_ACTIONS = Set.of("withdrawal", "denunciation");

    public static Members of(KnowledgeBase kb, String groupId, LocalDate asOf) {
        Entity group = kb.findEntity(groupId).orElseThrow(() -> new UnknownIdException(groupId));
        List<Member> out = new ArrayList<>();
        Map<String, Relationship.PartyAction> latestAction = new HashMap<>();
        Map<String, String> firstActionDate = new HashMap<>();
        for (Relationship r : kb.relationshipsOf(group.id())) {
            if (r instanceof Relationship.Membership m && m.group().equals(group.id())) {
                PartialDate reported = m.valid().from() == null ? reportedBy(kb, m.citations()) : null;
                Interval counted = reported == null ? m.valid() : new Interval(reported, m.valid().until());
                if (!counted.holdsOn(asOf)) continue;
                out.add(member(kb, m.member(), m.role(), m.valid().from(), m.valid().until(), m.agentFor(), reported, SourceRef.of(kb, m.citations())));
            } else if (r instanceof Relationship.PartyAction p && p.instrument().equals(group.id()) && !p.date().earliest().isAfter(asOf)) {
                latestAction.merge(p.party(), p, (a, b) -> a.date().compareTo(b.date()) >= 0 ? a : b);
                firstActionDate.merge(p.party(), p.date().toString(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        for (var e : latestAction.entrySet()) {
            Relationship.PartyAction p = e.getValue();
            if (ENDING_ACTIONS.contains(p.action())) continue;
            String role = p.action().equals("signature") ? "signatory" : "party (" + p.action() + ")";
            out.add(member(kb, p.party(), role, p.date(), null, null, null, SourceRef.of(kb, p.citations())));
        }
        out.sort(Comparator.comparing((Member m) -> m.since() == null ? "" : m.since()).thenComparing(Member::id).thenComparing(Member::role));
        int states = (int) out.stream().filter(m -> m.type().equals("state") && m.agentFor() == null).map(Member::id).distinct().count();
        return new Members(group.id(), group.name(), asOf.toString(), out.size(), states, out);
    }

    private static Member member(KnowledgeBase kb, String id, String role, PartialDate since, PartialDate until, String agentFor,
                                 PartialDate reported, List<SourceRef> sources) {
        Entity e = kb.entity(id).orElse(null);
        return new Member(id, e == null ? id : e.name(), e == null ? "unknown" : e.type().key(), role,
                since == null ? null : since.toString(), until == null ? null : until.toString(), agentFor,
                reported == null ? null : reported.toString(), sources);
    }

    /**
     * When no source gives a membership's start, it is counted from the last day of the publication date of the
     * earliest source that reports it: we know it held by then, not before. Undated sources give no bound.
     */
    static PartialDate reportedBy(KnowledgeBase kb, List<Citation> citations) {
        PartialDate best = null;
        for (Citation c : citations) {
            PartialDate d = kb.source(c.sourceId()).map(Source::date).orElse(null);
            if (d != null && (best == null || d.latest().isBefore(best.latest()))) best = d;
        }
        return best == null ? null : PartialDate.ofDay(best.latest());
    }
}
