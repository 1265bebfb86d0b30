package org.astropol.analysis;

import org.astropol.model.Entity;
import org.astropol.model.EntityType;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.PartialDate;
import org.astropol.model.Statement;
import org.astropol.model.Validity;
import org.astropol.model.Value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Two programmes or two states side by side on the same fields. For a group (programme, instrument, organisation):
 * member states at each 1 January from its first membership to the "as of" year and on the day, member states per
 * region, institutional density. For a state: capabilities (firsts, predecessors included), latest budgets, groups
 * it belongs to, region.
 */
public final class Comparison {
    private Comparison() {}

    public record Budget(String property, String value, Integer year, String statement, String origin) {}

    public record Side(String id, String name, String type, String region, Map<String, Integer> membersOverTime,
                       Map<String, Integer> regions, Double density, List<String> capabilities, List<Budget> budgets, Integer groups) {}

    public record Result(String asOf, Side a, Side b) {}

    public static Result of(KnowledgeBase kb, String a, String b, LocalDate asOf) {
        return new Result(asOf.toString(), side(kb, a, asOf), side(kb, b, asOf));
    }

    static Side side(KnowledgeBase kb, String id, LocalDate asOf) {
        Entity e = kb.findEntity(id).orElseThrow(() -> new UnknownIdException(id));
        if (e.type() == EntityType.STATE) {
            List<String> caps = new ArrayList<>();
            for (String c : Firsts.KNOWN) {
                for (String s : Lineage.of(kb, e.id())) {
                    var f = Firsts.byState(kb, c, asOf).get(s);
                    if (f != null) { caps.add(c + " " + f.date() + (s.equals(e.id()) ? "" : " (" + s + ")")); break; }
                }
            }
            Map<String, Budget> latest = new TreeMap<>();
            for (Statement st : kb.statementsAbout(e.id())) {
                if (!(st.property().equals("space-budget") || st.property().equals("civil-space-budget")) || !(st.value() instanceof Value.Quantity q)) continue;
                if (!Validity.begun(st, asOf)) continue;
                Integer y = q.year() != null ? q.year() : st.valid().anchor() == null ? null : st.valid().anchor().year();
                Budget cur = latest.get(st.property());
                if (cur == null || (y != null && (cur.year() == null || y > cur.year()))) latest.put(st.property(), new Budget(st.property(), q.display(), y, st.id(), st.origin().toString()));
            }
            int groups = 0;
            for (var g : Ties.groups(kb, asOf).values()) if (g.containsKey(e.id())) groups++;
            return new Side(e.id(), e.name(), "state", e.attribute("region").orElse(null), null, null, null, caps, List.copyOf(latest.values()), groups);
        }
        Map<String, Integer> overTime = new LinkedHashMap<>();
        PartialDate first = null;
        for (var r : kb.relationshipsOf(e.id())) {
            PartialDate d = r.valid().from();
            if (d != null && (first == null || d.compareTo(first) < 0)) first = d;
        }
        if (first != null) {
            for (int y = first.year(); y <= asOf.getYear(); y++) {
                LocalDate day = LocalDate.of(y, 1, 1);
                if (day.isAfter(asOf)) break;
                overTime.put(day.toString(), MembersQuery.of(kb, e.id(), day).states());
            }
        }
        var now = MembersQuery.of(kb, e.id(), asOf);
        overTime.put(asOf.toString(), now.states());
        Map<String, Integer> regions = new TreeMap<>();
        now.members().stream().filter(m -> m.type().equals("state") && m.agentFor() == null).map(MembersQuery.Member::id).distinct()
                .forEach(s -> regions.merge(kb.entity(s).flatMap(x -> x.attribute("region")).orElse("unknown"), 1, Integer::sum));
        Double density = null;
        try { density = InstitutionalDensity.of(kb, e.id(), asOf, null).score(); } catch (IllegalArgumentException ignored) { }
        return new Side(e.id(), e.name(), e.type().key(), null, overTime, regions, density, null, null, null);
    }
}
