package org.astropol.app;

import org.astropol.analysis.Comparison;
import org.astropol.analysis.CooperationNetwork;
import org.astropol.analysis.InstitutionalDensity;
import org.astropol.analysis.MembersQuery;
import org.astropol.analysis.SpacePowerIndex;
import org.astropol.analysis.Ties;
import org.astropol.curation.CuratedDataReader;
import org.astropol.model.Entity;
import org.astropol.model.EntityType;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.PartialDate;
import org.astropol.model.Relationship;
import org.astropol.model.Source;
import org.astropol.web.MembershipSeries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's properties over the real data/, on a fixed sample of days (every 1 January 1958-2025 plus 25 random days,
 * seed 11): no record behind any answer counts before its start (its earliest report when undated), after its end,
 * or while its group or member did not exist, checked against the records' own dates, not through the rule under
 * test; and members, network (every layer), density, compare, tiers (cooperation) and the map's membership series agree
 * on who belongs to each group on that day.
 */
class TimeRulePropertyTest {
    static KnowledgeBase kb;
    static Map<String, Relationship> byId = new HashMap<>();
    static List<LocalDate> days = new ArrayList<>();

    @BeforeAll
    static void read() throws Exception {
        kb = CuratedDataReader.read(Path.of(System.getProperty("astropol.root"), "data")).knowledgeBase();
        for (Relationship r : kb.relationships()) byId.put(r.id(), r);
        for (int y = 1958; y <= 2025; y++) days.add(LocalDate.of(y, 1, 1));
        Random random = new Random(11);
        long from = LocalDate.of(1957, 10, 4).toEpochDay(), to = LocalDate.of(2026, 6, 30).toEpochDay();
        for (int i = 0; i < 25; i++) days.add(LocalDate.ofEpochDay(from + (long) (random.nextDouble() * (to - from))));
    }

    // ---------------------------------------------------------------- an independent oracle from the records' own dates

    /** The record may count on the day by its own dates and those of its participants (written out here on purpose). */
    static String violation(Relationship r, LocalDate day) {
        PartialDate start = r.valid().from();
        if (start == null) start = earliestReport(r);
        if (start != null && day.isBefore(start.earliest())) return "before its start " + start;
        if (r.valid().until() != null && day.isAfter(r.valid().until().latest())) return "after its end " + r.valid().until();
        List<String> bounded = r instanceof Relationship.ParentLink l && l.relation().equals("successor-of") ? List.of(l.child()) : r.participants();
        for (String id : bounded) {
            Entity e = kb.entity(id).orElse(null);
            if (e == null || e.type() == EntityType.EVENT) continue;
            PartialDate began = e.type() == EntityType.INSTRUMENT ? e.attribute("date").map(PartialDate::parse).orElse(null) : e.existence().from();
            if (began != null && day.isBefore(began.earliest())) return "before " + id + " began (" + began + ")";
            if (e.existence().until() != null && day.isAfter(e.existence().until().latest())) return "after " + id + " ended (" + e.existence().until() + ")";
        }
        return null;
    }

    static PartialDate earliestReport(Relationship r) {
        PartialDate best = null;
        for (var c : r.citations()) {
            PartialDate d = kb.source(c.sourceId()).map(Source::date).orElse(null);
            if (d != null && (best == null || d.latest().isBefore(best.latest()))) best = d;
        }
        return best == null ? null : PartialDate.ofDay(best.latest());
    }

    static void assertAllMayCount(Iterable<String> recordIds, LocalDate day, String where) {
        for (String id : recordIds) {
            Relationship r = byId.get(id);
            if (r == null) continue;   // statements and entities (launch figures, programmes) are not dated relationships
            assertThat(violation(r, day)).as(where + " on " + day + " uses " + id + " (" + r.origin() + ")").isNull();
        }
    }

    // ---------------------------------------------------------------- properties

    @Test
    void noAnswerUsesARecordOutsideItsTime() {
        assertThat(kb.relationships().stream().filter(r -> r.valid().from() == null).count()).as("undated records exist to test").isPositive();
        for (LocalDate day : days) {
            var net = CooperationNetwork.of(kb, day, ALL_LAYERS);   // every layer: nothing excluded
            for (var e : net.edges()) assertAllMayCount(e.records(), day, "network edge " + e.source() + "-" + e.target());
            for (var g : Ties.groups(kb, day).values()) for (var a : g.values()) assertAllMayCount(ids(a.records()), day, "ties " + a.group());
            for (var p : Ties.partnerships(kb, day)) assertAllMayCount(List.of(p.id()), day, "partnership");
            var tiers = SpacePowerIndex.of(kb, day, SpacePowerIndex.Config.defaults());
            for (var s : tiers.states()) for (var ind : s.indicators()) assertAllMayCount(ids(ind.records()), day, "tiers " + s.id() + " " + ind.id());
        }
    }

    @Test
    void everyAnswerAgreesOnWhoIsAMember() {
        Set<String> groups = new TreeSet<>();
        for (Relationship r : kb.relationships()) {
            if (r instanceof Relationship.Membership m) groups.add(m.group());
            else if (r instanceof Relationship.PartyAction p) groups.add(p.instrument());
        }
        int compared = 0;
        for (LocalDate day : days) {
            var ties = Ties.groups(kb, day);
            var net = CooperationNetwork.of(kb, day, ALL_LAYERS);   // the UN's membership is an institutional tie like any other
            Map<String, Set<String>> inNetwork = networkMembers(net);
            for (String g : groups) {
                var members = MembersQuery.of(kb, g, day);
                Set<String> listed = members.members().stream().filter(m -> m.agentFor() == null).map(MembersQuery.Member::id).collect(Collectors.toCollection(TreeSet::new));
                Set<String> states = members.members().stream().filter(m -> m.type().equals("state") && m.agentFor() == null).map(MembersQuery.Member::id)
                        .collect(Collectors.toCollection(TreeSet::new));
                String why = g + " on " + day;
                // members and the shared tie code (density, compare, network)
                assertThat(ties.getOrDefault(g, Map.of()).keySet()).as(why + ": ties vs members").isEqualTo(listed);
                // network: every member that is a node and has a tie in the group shows it; nobody else does
                Set<String> nodes = listed.stream().filter(id -> isNode(id, day)).collect(Collectors.toCollection(TreeSet::new));
                if (nodes.size() >= 2) assertThat(inNetwork.getOrDefault(g, Set.of())).as(why + ": network vs members").isEqualTo(nodes);
                else assertThat(nodes).as(why + ": network shows no member outside members").containsAll(inNetwork.getOrDefault(g, Set.of()));
                // map: the membership series behind /map counts the same states on the day
                var series = MembershipSeries.of(kb, g, day).points();
                int seriesStates = series.isEmpty() ? 0 : series.get(series.size() - 1).states();
                assertThat(seriesStates).as(why + ": map series vs members").isEqualTo(states.size());
                compared++;
            }
            // compare and density for the programmes with a leader
            for (String p : List.of("artemis-accords", "ilrs", "chinese-space-station", "apsco")) {
                if (kb.entity(p).isEmpty()) continue;
                var members = MembersQuery.of(kb, p, day);
                var c = Comparison.of(kb, p, "CHN", day);
                assertThat(c.a().membersOverTime().get(day.toString())).as("compare " + p + " on " + day).isEqualTo(members.states());
                try {
                    var den = InstitutionalDensity.of(kb, p, day, null);
                    Set<String> leaders = Set.of(den.leader().split("\\+"));
                    Set<String> expected = members.members().stream().filter(m -> m.type().equals("state") && m.agentFor() == null && !leaders.contains(m.id()))
                            .map(MembersQuery.Member::id).collect(Collectors.toCollection(TreeSet::new));
                    Set<String> partners = den.partnerList().stream().map(InstitutionalDensity.Partner::id).collect(Collectors.toCollection(TreeSet::new));
                    assertThat(partners).as("density " + p + " on " + day).isEqualTo(expected);
                } catch (IllegalArgumentException noLeader) {
                    // a programme without a cited leader has no density; nothing to compare
                }
            }
        }
        assertThat(compared).isGreaterThan(days.size() * 5);
    }

    @Test
    void anUndatedMembershipCountsFromItsEarliestReportInTheRealData() {
        for (Relationship r : kb.relationships()) {
            if (!(r instanceof Relationship.Membership m) || m.valid().from() != null || m.agentFor() != null || !m.stage().isSignedOrLater()) continue;
            PartialDate reported = earliestReport(m);
            if (reported == null) continue;
            LocalDate first = reported.earliest();
            for (String id : m.participants()) {
                PartialDate began = kb.entity(id).flatMap(e -> e.type() == EntityType.INSTRUMENT ? e.attribute("date").map(PartialDate::parse)
                        : java.util.Optional.ofNullable(e.existence().from())).orElse(null);
                if (began != null && began.earliest().isAfter(first)) first = began.earliest();
            }
            if (violation(m, first) != null) continue;   // ended before it was reported: nothing to see
            assertThat(Ties.groups(kb, first.minusDays(1)).getOrDefault(m.group(), Map.of())).as(m.id() + " the day before " + first).doesNotContainKey(m.member());
            assertThat(MembersQuery.of(kb, m.group(), first).members()).as(m.id() + " on " + first)
                    .anySatisfy(x -> { assertThat(x.id()).isEqualTo(m.member()); assertThat(x.since()).isNull(); assertThat(x.reportedSince()).isEqualTo(reported.toString()); });
        }
    }

    @Test
    void membershipsNeverCountBeforeTheirGroupsCitedStart() {
        // issue 11: the ILRS (2021) had co-members in 2010; APSCO's members counted before APSCO existed
        for (LocalDate day : List.of(LocalDate.of(2010, 6, 30), LocalDate.of(2000, 1, 1), LocalDate.of(2015, 6, 30))) {
            var net = CooperationNetwork.of(kb, day, ALL_LAYERS);
            for (var e : net.edges()) {
                for (String id : e.records()) {
                    if (!(byId.get(id) instanceof Relationship.Membership m)) continue;
                    PartialDate groupStart = kb.entity(m.group()).map(x -> x.existence().from()).orElse(null);
                    if (groupStart != null) assertThat(day).as(id + " in the network on " + day).isAfterOrEqualTo(groupStart.earliest());
                }
            }
        }
        assertThat(CooperationNetwork.of(kb, LocalDate.of(2010, 6, 30), CooperationNetwork.Config.defaults()).edges())
                .as("no ILRS ties in 2010").allSatisfy(e -> assertThat(e.records()).noneMatch(r -> r.startsWith("membership:ilrs:")));
    }

    // ---------------------------------------------------------------- helpers

    /** The network over all three layers (cooperation, institutional, legal), few draws: these tests look at the ties. */
    static final CooperationNetwork.Config ALL_LAYERS = CooperationNetwork.Config.defaults().withLayers(Set.copyOf(org.astropol.analysis.TieLayers.ALL)).withDraws(5, 2, 1);

    static List<String> ids(List<Ties.Trace> traces) { return traces.stream().map(Ties.Trace::id).toList(); }

    static boolean isNode(String id, LocalDate day) {
        return kb.entity(id).map(e -> (e.type() == EntityType.STATE || e.type() == EntityType.ORGANISATION)
                && (e.existence().from() == null || !day.isBefore(e.existence().from().earliest()))
                && (e.existence().until() == null || !day.isAfter(e.existence().until().latest()))).orElse(false);
    }

    /** group -> the members whose membership or party records stand behind a co-member, co-party or member-of edge. */
    static Map<String, Set<String>> networkMembers(CooperationNetwork.Result net) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (var e : net.edges()) {
            for (String id : e.records()) {
                Relationship r = byId.get(id);
                if (r instanceof Relationship.Membership m && (m.member().equals(e.source()) || m.member().equals(e.target()))) {
                    out.computeIfAbsent(m.group(), k -> new TreeSet<>()).add(m.member());
                } else if (r instanceof Relationship.PartyAction p && (p.party().equals(e.source()) || p.party().equals(e.target()))) {
                    out.computeIfAbsent(p.instrument(), k -> new TreeSet<>()).add(p.party());
                }
            }
        }
        return out;
    }
}
