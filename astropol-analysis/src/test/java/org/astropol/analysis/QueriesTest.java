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
import org.astropol.model.Statement;
import org.astropol.model.Status;
import org.astropol.model.Value;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueriesTest {
    static final List<Citation> CITE = List.of(new Citation("s", Citation.LocatorKind.PAGE, "1"));

    static Entity entity(String id, EntityType type, String from, String until, String... participants) {
        return new Entity(id, type, type.defaultKind(), id + " name", List.of(new Name(id + " name", "en", Name.NameKind.PRIMARY)), null,
                new Interval(from == null ? null : PartialDate.parse(from), until == null ? null : PartialDate.parse(until)),
                Map.of(), List.of(participants), List.of(), CITE, Origin.UNKNOWN);
    }

    static Relationship.Membership member(String m, String g, String since, String until) {
        return new Relationship.Membership("membership:" + g + ":" + m, m, g, "member", null, Stage.DEFAULT, Status.ASSERTED,
                new Interval(PartialDate.parse(since), until == null ? null : PartialDate.parse(until)), CITE, Origin.UNKNOWN);
    }

    static KnowledgeBase kb() {
        List<Entity> es = new ArrayList<>(List.of(entity("club", EntityType.PROGRAMME, null, null), entity("treaty", EntityType.INSTRUMENT, null, null),
                entity("AAA", EntityType.STATE, null, null), entity("BBB", EntityType.STATE, null, null), entity("CCC", EntityType.STATE, null, null),
                entity("OLD", EntityType.STATE, "1922", "1991-12-26"), entity("NEW", EntityType.STATE, null, null),
                entity("ev1", EntityType.EVENT, "1950-02-14", null, "OLD", "CCC"), entity("ev2", EntityType.EVENT, "2001", null, "AAA")));
        List<Relationship> rs = List.of(member("AAA", "club", "2020-10-13", null), member("BBB", "club", "2021", "2022-06"),
                member("CCC", "club", "2023-01-05", null),
                new Relationship.PartyAction("p1", "AAA", "treaty", "signature", PartialDate.parse("1967-01-27"), CITE, Origin.UNKNOWN),
                new Relationship.PartyAction("p2", "AAA", "treaty", "ratification", PartialDate.parse("1967-10-10"), CITE, Origin.UNKNOWN),
                new Relationship.PartyAction("p3", "BBB", "treaty", "accession", PartialDate.parse("1980"), CITE, Origin.UNKNOWN),
                new Relationship.PartyAction("p4", "BBB", "treaty", "withdrawal", PartialDate.parse("2020-01-05"), CITE, Origin.UNKNOWN),
                new Relationship.Partnership("pp", List.of("NEW", "CCC"), "agreement", "A deal", null, Interval.since(PartialDate.parse("2021-03-09")), CITE, Origin.UNKNOWN));
        rs = new ArrayList<>(rs);
        rs.add(new Relationship.Membership("membership:club:DDD", "DDD", "club", "member", null, Stage.DEFAULT, Status.ASSERTED, Interval.ALWAYS,
                List.of(new Citation("late", Citation.LocatorKind.PAGE, "2")), Origin.UNKNOWN));
        es.add(entity("DDD", EntityType.STATE, null, null));
        List<Statement> ss = List.of(new Statement("st1", "NEW", "predecessor", new Value.EntityRef("OLD"), Interval.ALWAYS, Status.ASSERTED, null, CITE, Origin.UNKNOWN));
        return new KnowledgeBase(List.of(new Source("s", "paper", "S", List.of(), "p", null, null, null, null, null, Origin.UNKNOWN),
                new Source("late", "web-page", "A 2025 list", List.of(), "p", PartialDate.parse("2025-04"), null, null, null, null, Origin.UNKNOWN)),
                es, ss, rs, List.of());
    }

    @Test
    void membersAreThoseWhoseIntervalHoldsOnTheDay() {
        KnowledgeBase kb = kb();
        assertThat(ids(MembersQuery.of(kb, "club", LocalDate.of(2020, 10, 12)))).isEmpty();
        assertThat(ids(MembersQuery.of(kb, "club", LocalDate.of(2020, 10, 13)))).containsExactly("AAA");
        assertThat(ids(MembersQuery.of(kb, "club", LocalDate.of(2021, 1, 1)))).containsExactly("AAA", "BBB");
        assertThat(ids(MembersQuery.of(kb, "club", LocalDate.of(2022, 6, 30)))).containsExactly("AAA", "BBB");
        assertThat(ids(MembersQuery.of(kb, "club", LocalDate.of(2022, 7, 1)))).containsExactly("AAA");
        assertThat(ids(MembersQuery.of(kb, "club", LocalDate.of(2024, 1, 1)))).containsExactly("AAA", "CCC");
        // an undated membership counts only from the end of its earliest source's publication month
        assertThat(ids(MembersQuery.of(kb, "club", LocalDate.of(2025, 4, 29)))).containsExactly("AAA", "CCC");
        var m = MembersQuery.of(kb, "club", LocalDate.of(2025, 5, 1)).members();
        assertThat(m).extracting(MembersQuery.Member::id).contains("DDD");
        assertThat(m).filteredOn(x -> x.id().equals("DDD")).singleElement().satisfies(x -> {
            assertThat(x.since()).isNull();
            assertThat(x.reportedSince()).isEqualTo("2025-04-30");
        });
    }

    @Test
    void anAsOfBeforeAnyMembershipNeverCountsIt() {
        KnowledgeBase kb = kb();
        for (LocalDate d = LocalDate.of(2019, 1, 1); d.isBefore(LocalDate.of(2025, 1, 1)); d = d.plusDays(17)) {
            for (MembersQuery.Member m : MembersQuery.of(kb, "club", d).members()) {
                String start = m.since() != null ? m.since() : m.reportedSince();
                assertThat(PartialDate.parse(start).earliest()).isBeforeOrEqualTo(d);
                if (m.until() != null) assertThat(PartialDate.parse(m.until()).latest()).isAfterOrEqualTo(d);
            }
        }
    }

    @Test
    void instrumentPartiesCountFromTheirLatestActionUntilAWithdrawal() {
        KnowledgeBase kb = kb();
        var m1970 = MembersQuery.of(kb, "treaty", LocalDate.of(1970, 1, 1)).members();
        assertThat(m1970).singleElement().satisfies(m -> { assertThat(m.id()).isEqualTo("AAA"); assertThat(m.role()).contains("ratification"); });
        // a treaty's members are the states it is in force for: a bare signature is listed apart, not counted
        var signedOnly = MembersQuery.of(kb, "treaty", LocalDate.of(1967, 5, 1));
        assertThat(ids(signedOnly)).isEmpty();
        assertThat(signedOnly.signatories()).singleElement().satisfies(m -> { assertThat(m.id()).isEqualTo("AAA"); assertThat(m.stage()).isEqualTo("signed"); });
        assertThat(ids(MembersQuery.of(kb, "treaty", LocalDate.of(1967, 5, 1), Stage.SIGNED))).containsExactly("AAA");
        assertThat(ids(MembersQuery.of(kb, "treaty", LocalDate.of(2021, 1, 1), Stage.WITHDRAWN))).containsExactly("BBB");
        assertThat(ids(MembersQuery.of(kb, "treaty", LocalDate.of(1990, 1, 1)))).containsExactly("AAA", "BBB");
        assertThat(ids(MembersQuery.of(kb, "treaty", LocalDate.of(2021, 1, 1)))).containsExactly("AAA");
    }

    @Test
    void aPairTimelineIncludesPredecessorsAndIsInDateOrder() {
        var t = Timeline.of(kb(), List.of("NEW", "CCC"));
        assertThat(t.events()).extracting(Timeline.Entry::record).containsExactly("ev1", "pp");
        assertThat(t.events()).allSatisfy(e -> assertThat(e.sources()).isNotEmpty());
    }

    @Test
    void unknownIdsAreReportedByName() {
        assertThatThrownBy(() -> MembersQuery.of(kb(), "nope", LocalDate.now())).isInstanceOf(UnknownIdException.class).hasMessageContaining("nope");
        assertThat(EntityProfile.of(kb(), "aaa").id()).isEqualTo("AAA");
    }

    static List<String> ids(MembersQuery.Members m) { return m.members().stream().map(MembersQuery.Member::id).toList(); }
}
