package org.astropol.analysis;

import org.astropol.model.Entity;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Relationship;
import org.astropol.model.Statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --explain}: every number an analysis prints, with the records it came from (id and file:line). One line
 * per number; derived numbers (a node's centralities, a mean) are explained by the lines of the numbers they are
 * computed from (the edges, the partners), as docs/analytics.md says for each analysis.
 */
public final class Explain {
    private Explain() {}

    /** A number ({@code field} = {@code value}) and the records behind it. */
    public record Line(String field, String value, List<Ties.Trace> records) {}

    /** id -> file:line for every entity, statement and relationship. */
    public static Map<String, String> origins(KnowledgeBase kb) {
        Map<String, String> o = new HashMap<>();
        for (Entity e : kb.entities()) o.put(e.id(), e.origin().toString());
        for (Statement s : kb.statements()) o.put(s.id(), s.origin().toString());
        for (Relationship r : kb.relationships()) o.put(r.id(), r.origin().toString());
        return o;
    }

    static List<Ties.Trace> traces(Map<String, String> origins, Iterable<String> ids) {
        List<Ties.Trace> out = new ArrayList<>();
        for (String id : ids) out.add(new Ties.Trace(id, origins.getOrDefault(id, "")));
        return out;
    }

    /** firsts: each state's date comes from its events (listed with their origin). */
    public static List<Line> firsts(KnowledgeBase kb, Firsts.Result r) {
        var o = origins(kb);
        List<Line> out = new ArrayList<>();
        int rank = 1;
        for (var a : r.states()) out.add(new Line("#" + rank++ + " " + a.id(), a.date(), traces(o, a.events())));
        return out;
    }

    /** network: each edge weight from its records; node degrees and centralities are functions of these edges. */
    public static List<Line> network(KnowledgeBase kb, CooperationNetwork.Result r) {
        var o = origins(kb);
        List<Line> out = new ArrayList<>();
        for (var e : r.edges()) out.add(new Line("edge " + e.source() + "--" + e.target() + " " + String.join("+", e.kinds()),
                String.valueOf(e.weight()), traces(o, e.records())));
        return out;
    }

    /** density: the leader, each partner (its membership in the programme) and each partner's channels. */
    public static List<Line> density(KnowledgeBase kb, InstitutionalDensity.Result r, LocalDate asOf) {
        var o = origins(kb);
        List<Line> out = new ArrayList<>();
        String basis = r.leaderBasis();
        List<Ties.Trace> leaderRecords = new ArrayList<>();
        for (String word : basis.split(" ")) if (o.containsKey(word)) leaderRecords.add(new Ties.Trace(word, o.get(word)));
        if (leaderRecords.isEmpty() && (basis.equals("country") || basis.startsWith("operator"))) leaderRecords.add(new Ties.Trace(r.programme(), o.getOrDefault(r.programme(), "")));
        out.add(new Line(r.programme() + " leader", r.leader() + " (" + basis + ")", leaderRecords));
        var members = Ties.groups(kb, asOf).getOrDefault(r.programme(), Map.of());
        for (var p : r.partnerList()) {
            var a = members.get(p.id());
            out.add(new Line(r.programme() + " partner " + p.id(), "member", a == null ? List.of() : a.records()));
            for (var c : p.via()) out.add(new Line(r.programme() + " " + p.id() + " channel " + c.category(), c.id(), c.records()));
        }
        return out;
    }

    /** compare: member counts from the member states' membership records, capabilities from events, budgets from statements, groups from affiliations. */
    public static List<Line> comparison(KnowledgeBase kb, Comparison.Result r, LocalDate asOf) {
        var o = origins(kb);
        List<Line> out = new ArrayList<>();
        for (Comparison.Side s : List.of(r.a(), r.b())) {
            if (s.membersOverTime() != null) {
                for (var en : s.membersOverTime().entrySet()) {
                    LocalDate day = LocalDate.parse(en.getKey());
                    Set<String> ids = new LinkedHashSet<>();
                    MembersQuery.of(kb, s.id(), day).members().stream().filter(m -> m.type().equals("state") && m.agentFor() == null)
                            .map(MembersQuery.Member::id).distinct().forEach(m -> ids.addAll(groupRecords(kb, s.id(), m)));
                    out.add(new Line(s.id() + " member states " + en.getKey(), String.valueOf(en.getValue()), traces(o, ids)));
                }
            }
            if (s.density() != null) {
                var d = InstitutionalDensity.of(kb, s.id(), asOf, null);
                out.add(new Line(s.id() + " density", String.valueOf(s.density()), List.of()));
                for (Line l : density(kb, d, asOf)) out.add(new Line(s.id() + " density: " + l.field(), l.value(), l.records()));
            }
            if (s.capabilities() != null) {
                for (String c : Firsts.KNOWN) {
                    for (String st : Lineage.of(kb, s.id())) {
                        var f = Firsts.byState(kb, c, asOf).get(st);
                        if (f != null) { out.add(new Line(s.id() + " " + c, f.date(), traces(o, f.events()))); break; }
                    }
                }
            }
            if (s.budgets() != null) for (var b : s.budgets()) out.add(new Line(s.id() + " " + b.property(), b.value(), List.of(new Ties.Trace(b.statement(), b.origin()))));
            if (s.groups() != null) {
                List<Ties.Trace> rs = new ArrayList<>();
                for (var g : Ties.groups(kb, asOf).values()) if (g.containsKey(s.id())) rs.addAll(g.get(s.id()).records());
                out.add(new Line(s.id() + " groups and instruments", String.valueOf(s.groups()), rs));
            }
        }
        return out;
    }

    private static List<String> groupRecords(KnowledgeBase kb, String group, String member) {
        List<String> ids = new ArrayList<>();
        for (Relationship x : kb.relationshipsOf(member)) {
            if (x instanceof Relationship.Membership m && m.group().equals(group) && m.member().equals(member)) ids.add(m.id());
            else if (x instanceof Relationship.PartyAction p && p.instrument().equals(group) && p.party().equals(member)) ids.add(p.id());
        }
        return ids;
    }
}
