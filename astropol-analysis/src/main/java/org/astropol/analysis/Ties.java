package org.astropol.analysis;

import org.astropol.model.KnowledgeBase;
import org.astropol.model.PartialDate;
import org.astropol.model.Relationship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who belongs to which group on a day, and which partnerships hold, with the records behind each fact. Shared by
 * the network, density, tiers and comparison analyses so they count the same way {@link MembersQuery} does:
 * memberships while their interval holds (signing agencies left out: their state is a member in its own right);
 * instrument parties from their latest signature, ratification, accession or succession until a withdrawal.
 */
public final class Ties {
    private Ties() {}

    /** One actor's affiliation with a group: since when, and the records (id and origin) that say so. */
    public record Affiliation(String member, String group, String kind, PartialDate since, List<Trace> records) {}

    /** A record an analysis used: its id and where it is written (file:line). */
    public record Trace(String id, String origin) {
        static Trace of(Relationship r) { return new Trace(r.id(), r.origin().toString()); }
    }

    private static final Set<String> ENDING = Set.of("withdrawal", "denunciation");

    /** group id -> member id -> affiliation, in id order. {@code kind} is "membership" or "party". */
    public static Map<String, Map<String, Affiliation>> groups(KnowledgeBase kb, LocalDate asOf) {
        Map<String, Map<String, Affiliation>> out = new TreeMap<>();
        Map<String, Map<String, List<Relationship.PartyAction>>> actions = new HashMap<>();
        for (Relationship r : kb.relationships()) {
            if (r instanceof Relationship.Membership m) {
                if (m.agentFor() != null || !m.valid().holdsOn(asOf)) continue;
                out.computeIfAbsent(m.group(), k -> new TreeMap<>()).merge(m.member(),
                        new Affiliation(m.member(), m.group(), "membership", m.valid().from(), List.of(Trace.of(m))), Ties::merge);
            } else if (r instanceof Relationship.PartyAction p && !p.date().earliest().isAfter(asOf)) {
                actions.computeIfAbsent(p.instrument(), k -> new HashMap<>()).computeIfAbsent(p.party(), k -> new ArrayList<>()).add(p);
            }
        }
        for (var byInstrument : actions.entrySet()) {
            for (var byParty : byInstrument.getValue().entrySet()) {
                List<Relationship.PartyAction> as = byParty.getValue();
                as.sort((a, b) -> a.date().compareTo(b.date()));
                Relationship.PartyAction last = as.get(as.size() - 1);
                if (ENDING.contains(last.action())) continue;
                out.computeIfAbsent(byInstrument.getKey(), k -> new TreeMap<>()).merge(byParty.getKey(),
                        new Affiliation(byParty.getKey(), byInstrument.getKey(), "party", as.get(0).date(), as.stream().map(Trace::of).toList()), Ties::merge);
            }
        }
        return out;
    }

    private static Affiliation merge(Affiliation a, Affiliation b) {
        List<Trace> rs = new ArrayList<>(a.records());
        rs.addAll(b.records());
        PartialDate since = a.since() == null ? b.since() : b.since() == null ? a.since() : (a.since().compareTo(b.since()) <= 0 ? a.since() : b.since());
        return new Affiliation(a.member(), a.group(), a.kind().equals(b.kind()) ? a.kind() : "membership", since, rs);
    }

    /** Partnerships that hold on the day (started, not ended). */
    public static List<Relationship.Partnership> partnerships(KnowledgeBase kb, LocalDate asOf) {
        List<Relationship.Partnership> out = new ArrayList<>();
        for (Relationship r : kb.relationships()) {
            if (r instanceof Relationship.Partnership p && p.valid().holdsOn(asOf)) out.add(p);
        }
        return out;
    }
}
