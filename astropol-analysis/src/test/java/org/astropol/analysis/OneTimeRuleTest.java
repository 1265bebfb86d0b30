package org.astropol.analysis;

import org.astropol.model.Citation;
import org.astropol.model.Entity;
import org.astropol.model.EntityType;
import org.astropol.model.Interval;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Name;
import org.astropol.model.Origin;
import org.astropol.model.PartialDate;
import org.astropol.model.Relationship;
import org.astropol.model.Source;
import org.astropol.model.Stage;
import org.astropol.model.Status;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The failing cases of issue 11 on a tiny fixture: a membership without a start counts from its earliest report (not
 * always); nobody counts before the group began or after it or the member ended; an announcement is not a signature;
 * a bare treaty signature makes no co-party. Members and the tie code behind network, density, tiers and compare agree.
 */
class OneTimeRuleTest {
    static PartialDate d(String s) { return s == null ? null : PartialDate.parse(s); }

    static Entity entity(String id, EntityType type, String kind, String from, String until, Map<String, String> attrs) {
        return new Entity(id, type, kind, id, List.of(new Name(id, "en", Name.NameKind.PRIMARY)), null, new Interval(d(from), d(until)),
                attrs, List.of(), List.of(), cite("undated"), Origin.UNKNOWN);
    }

    static List<Citation> cite(String source) { return List.of(new Citation(source, Citation.LocatorKind.PAGE, "1")); }

    static Relationship.Membership member(String m, String g, Stage stage, String since, String until, String source) {
        return new Relationship.Membership("membership:" + g + ":" + m + ":" + since + ":" + stage.key(), m, g, "member", null, stage, Status.ASSERTED,
                new Interval(d(since), d(until)), cite(source), Origin.UNKNOWN);
    }

    static Relationship.PartyAction party(String p, String action, String date) {
        return new Relationship.PartyAction("party:pact:" + p + ":" + action, p, "pact", action, d(date), cite("undated"), Origin.UNKNOWN);
    }

    /**
     * Programme "moon" from 2021-03 (like the ILRS): AAA undated, reported by a 2024-04-30 source; BBB undated with no
     * dated source (counts from the group's start); CCC since 2022, ended as a state in 2023; DDD announced in 2022, signed
     * 2023. Treaty "pact" adopted 1967-01-27, in force 1967-10-10: AAA signed only, BBB and CCC ratified.
     */
    static KnowledgeBase kb() {
        List<Entity> es = List.of(entity("moon", EntityType.PROGRAMME, "lunar-programme", "2021-03", null, Map.of()),
                entity("pact", EntityType.INSTRUMENT, "treaty", "1967-10-10", null, Map.of("date", "1967-01-27")),
                entity("AAA", EntityType.STATE, "state", null, null, Map.of()), entity("BBB", EntityType.STATE, "state", null, null, Map.of()),
                entity("CCC", EntityType.STATE, "state", null, "2023-06-30", Map.of()), entity("DDD", EntityType.STATE, "state", null, null, Map.of()));
        List<Relationship> rs = List.of(member("AAA", "moon", Stage.SIGNED, null, null, "report-2024"),
                member("BBB", "moon", Stage.SIGNED, null, null, "undated"), member("CCC", "moon", Stage.SIGNED, "2022", null, "undated"),
                member("DDD", "moon", Stage.ANNOUNCED, "2022-05", "2022-12", "undated"), member("DDD", "moon", Stage.SIGNED, "2023", null, "undated"),
                party("AAA", "signature", "1967-01-27"), party("BBB", "signature", "1967-01-27"), party("BBB", "ratification", "1967-05-01"),
                party("CCC", "accession", "1970"));
        return new KnowledgeBase(List.of(new Source("report-2024", "news", "A 2024 report", List.of(), "p", d("2024-04-30"), null, null, null, null, Origin.UNKNOWN),
                new Source("undated", "news", "Undated", List.of(), "p", null, null, null, null, null, Origin.UNKNOWN)), es, List.of(), rs, List.of());
    }

    static Set<String> members(KnowledgeBase kb, String group, LocalDate day) {
        return new TreeSet<>(MembersQuery.of(kb, group, day).members().stream().map(MembersQuery.Member::id).toList());
    }

    @Test
    void nobodyCountsBeforeTheGroupBegan() {
        var kb = kb();
        LocalDate before = LocalDate.of(2010, 6, 30);
        assertThat(members(kb, "moon", before)).isEmpty();
        assertThat(Ties.groups(kb, before)).doesNotContainKey("moon");
        assertThat(CooperationNetwork.of(kb, before, CooperationNetwork.Config.defaults()).edges())
                .allSatisfy(e -> assertThat(e.records()).noneMatch(r -> r.startsWith("membership:moon:")));
        // BBB has no dated source at all: it counts from the group's own start, not before
        assertThat(members(kb, "moon", LocalDate.of(2021, 2, 28))).isEmpty();
        assertThat(members(kb, "moon", LocalDate.of(2021, 3, 1))).containsExactly("BBB");
    }

    @Test
    void anUndatedMembershipCountsFromItsEarliestReport() {
        var kb = kb();
        assertThat(members(kb, "moon", LocalDate.of(2024, 4, 29))).doesNotContain("AAA");
        var on = MembersQuery.of(kb, "moon", LocalDate.of(2024, 4, 30)).members();
        assertThat(on).filteredOn(m -> m.id().equals("AAA")).singleElement().satisfies(m -> {
            assertThat(m.since()).isNull();
            assertThat(m.reportedSince()).isEqualTo("2024-04-30");
        });
        assertThat(Ties.groups(kb, LocalDate.of(2024, 4, 29)).get("moon")).doesNotContainKey("AAA");
        assertThat(Ties.groups(kb, LocalDate.of(2024, 4, 30)).get("moon")).containsKey("AAA");
    }

    @Test
    void aMemberStopsCountingWhenItCeasesToExist() {
        var kb = kb();
        assertThat(members(kb, "moon", LocalDate.of(2023, 6, 30))).contains("CCC");
        assertThat(members(kb, "moon", LocalDate.of(2023, 7, 1))).doesNotContain("CCC");
        assertThat(members(kb, "pact", LocalDate.of(2023, 7, 1))).doesNotContain("CCC");
    }

    @Test
    void anAnnouncementIsNotASignature() {
        var kb = kb();
        LocalDate day = LocalDate.of(2022, 6, 1);
        assertThat(members(kb, "moon", day)).doesNotContain("DDD");
        assertThat(Ties.groups(kb, day).get("moon")).doesNotContainKey("DDD");
        assertThat(MembersQuery.of(kb, "moon", day, Stage.ANNOUNCED).members()).extracting(MembersQuery.Member::id).containsExactly("DDD");
        assertThat(members(kb, "moon", LocalDate.of(2023, 1, 1))).contains("DDD");
    }

    @Test
    void aTreatyCountsThePartiesItIsInForceForAndListsSignatoriesApart() {
        var kb = kb();
        // before entry into force: nobody is bound; BBB ratified, AAA signed: both listed apart
        var early = MembersQuery.of(kb, "pact", LocalDate.of(1967, 6, 1));
        assertThat(early.members()).isEmpty();
        assertThat(early.signatories()).extracting(MembersQuery.Member::id, MembersQuery.Member::stage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("AAA", "signed"), org.assertj.core.groups.Tuple.tuple("BBB", "ratified"));
        var later = MembersQuery.of(kb, "pact", LocalDate.of(1971, 1, 1));
        assertThat(later.members()).extracting(MembersQuery.Member::id).containsExactly("BBB", "CCC");
        assertThat(later.signatories()).extracting(MembersQuery.Member::id).containsExactly("AAA");
        // the network's legal layer: BBB and CCC are co-parties; AAA's bare signature ties it to nobody
        var net = CooperationNetwork.of(kb, LocalDate.of(1971, 1, 1), CooperationNetwork.Config.defaults().withLayers(java.util.Set.of(TieLayers.LEGAL)));
        assertThat(net.edges()).extracting(e -> e.source() + "|" + e.target()).containsExactly("BBB|CCC");
        assertThat(Ties.groups(kb, LocalDate.of(1971, 1, 1)).get("pact").keySet()).containsExactly("BBB", "CCC");
    }

    @Test
    void membersAndTiesAgreeOnEveryDay() {
        var kb = kb();
        for (LocalDate day = LocalDate.of(1966, 1, 1); day.isBefore(LocalDate.of(2026, 1, 1)); day = day.plusMonths(5)) {
            for (String g : List.of("moon", "pact")) {
                assertThat(Ties.groups(kb, day).getOrDefault(g, Map.of()).keySet()).as(g + " " + day).isEqualTo(members(kb, g, day));
            }
        }
    }
}
