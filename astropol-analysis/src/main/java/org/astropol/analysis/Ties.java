package org.astropol.analysis;

import org.astropol.model.KnowledgeBase;
import org.astropol.model.PartialDate;
import org.astropol.model.Relationship;
import org.astropol.model.Standing;
import org.astropol.model.Validity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who belongs to which group on a day, and which partnerships hold, with the records behind each fact. Shared by
 * the network, density, tiers and comparison analyses so they count exactly as {@link MembersQuery} does by default:
 * the model's {@link Validity} decides the days a record counts and {@link Standing} the default count (signed or
 * joined for coalitions, accords and organisations; in force for a binding treaty, so a bare signature makes no
 * co-party). Signing agencies are left out: their state is a member in its own right. Every group counts here, the
 * UN included; which layer a group's ties belong to (cooperation, institutional, legal) is {@link TieLayers}' rule.
 */
public final class Ties {
    private Ties() {}

    /** One actor's affiliation with a group: since when, and the records (id and origin) that say so. */
    public record Affiliation(String member, String group, String kind, PartialDate since, List<Trace> records) {}

    /** A record an analysis used: its id and where it is written (file:line). */
    public record Trace(String id, String origin) {
        static Trace of(Relationship r) { return new Trace(r.id(), r.origin().toString()); }
    }

    /** group id -> member id -> affiliation, in id order. {@code kind} is "membership" or "party". */
    public static Map<String, Map<String, Affiliation>> groups(KnowledgeBase kb, LocalDate asOf) {
        Map<String, Map<String, Affiliation>> out = new TreeMap<>();
        Set<String> instruments = new TreeSet<>();
        for (Relationship r : kb.relationships()) {
            if (r instanceof Relationship.Membership m) {
                if (m.agentFor() != null || !Standing.countsByDefault(m)) continue;
                Validity.Counted counted = Validity.counted(kb, m);
                if (!counted.on(asOf)) continue;
                out.computeIfAbsent(m.group(), k -> new TreeMap<>()).merge(m.member(),
                        new Affiliation(m.member(), m.group(), "membership", counted.start(), List.of(Trace.of(m))), Ties::merge);
            } else if (r instanceof Relationship.PartyAction p) {
                instruments.add(p.instrument());
            }
        }
        for (String instrument : instruments) {
            for (Standing.PartyStanding p : Standing.parties(kb, instrument, asOf).values()) {
                if (!Standing.countsByDefault(kb, instrument, p.stage())) continue;
                out.computeIfAbsent(instrument, k -> new TreeMap<>()).merge(p.party(),
                        new Affiliation(p.party(), instrument, "party", p.since(), p.actions().stream().map(Trace::of).toList()), Ties::merge);
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
            if (r instanceof Relationship.Partnership p && Validity.counts(kb, p, asOf)) out.add(p);
        }
        return out;
    }
}
