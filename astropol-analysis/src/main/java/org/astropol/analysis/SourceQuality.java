package org.astropol.analysis;

import org.astropol.model.Citation;
import org.astropol.model.Entity;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Origin;
import org.astropol.model.Relationship;
import org.astropol.model.Source;
import org.astropol.model.SourceKind;
import org.astropol.model.Statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Facts that rest only on weak evidence: a membership, party action (signature, ratification ...), vote tally or
 * first (an event with capabilities) whose every source is an encyclopedia or an aggregator (kinds from the publisher
 * table). Reported by {@code check} as warnings (they do not fail it) and counted by {@code coverage}.
 */
public final class SourceQuality {
    private SourceQuality() {}

    /** The statement properties that are tallies (recorded votes). */
    static boolean isTally(String property) { return property.equals("un-vote-tally") || property.startsWith("votes-"); }

    /**
     * @param record what the warning is about: membership, party, tally or first
     * @param kinds  the kinds of its sources (all weak)
     */
    public record Warning(String id, String record, String origin, List<String> kinds, List<String> sources) {
        @Override public String toString() {
            return origin + ": WARNING " + record + " " + id + " rests only on " + String.join("/", kinds) + " sources (" + String.join(", ", sources)
                    + "); cite an official record, official statement or news report";
        }
    }

    public static List<Warning> warnings(KnowledgeBase kb) {
        List<Warning> out = new ArrayList<>();
        for (Relationship r : kb.relationships()) {
            if (r instanceof Relationship.Membership m && m.agentFor() == null) check(kb, m.id(), "membership", m.origin(), m.citations(), out);
            else if (r instanceof Relationship.PartyAction p) check(kb, p.id(), "party", p.origin(), p.citations(), out);
        }
        for (Statement s : kb.statements()) if (isTally(s.property())) check(kb, s.id(), "tally", s.origin(), s.citations(), out);
        for (Entity e : kb.entities()) if (!e.capabilities().isEmpty()) check(kb, e.id(), "first", e.origin(), e.citations(), out);
        out.sort(Comparator.comparing(Warning::origin).thenComparing(Warning::id));
        return out;
    }

    /** Warnings per record type and per weak kind (a warning resting on both kinds counts for each). */
    public static Map<String, Integer> counts(List<Warning> warnings) {
        Map<String, Integer> out = new TreeMap<>();
        for (Warning w : warnings) {
            out.merge("record: " + w.record(), 1, Integer::sum);
            for (String k : w.kinds()) out.merge("kind: " + k, 1, Integer::sum);
        }
        return out;
    }

    private static void check(KnowledgeBase kb, String id, String record, Origin origin, List<Citation> citations, List<Warning> out) {
        if (citations.isEmpty()) return;
        TreeSet<String> kinds = new TreeSet<>(), ids = new TreeSet<>();
        for (Citation c : citations) {
            Source s = kb.source(c.sourceId()).orElse(null);
            SourceKind k = s == null || s.kind() == null ? null : SourceKind.fromKey(s.kind()).orElse(null);
            if (k == null || !k.isWeak()) return;
            kinds.add(k.key());
            ids.add(s.id());
        }
        out.add(new Warning(id, record, origin.toString(), List.copyOf(kinds), List.copyOf(ids)));
    }
}
