package org.astropol.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule, on hand-made records: cited start, earliest report, existence bounds of every participant, stages. */
class ValidityTest {
    static Entity entity(String id, EntityType type, String kind, String from, String until, Map<String, String> attrs) {
        return new Entity(id, type, kind, id, List.of(), null, new Interval(from == null ? null : PartialDate.parse(from),
                until == null ? null : PartialDate.parse(until)), attrs, List.of(), List.of(), List.of(), Origin.UNKNOWN);
    }

    static KnowledgeBase kb(Relationship... rs) {
        return new KnowledgeBase(List.of(new Source("r", "news", "Report", List.of(), "p", PartialDate.parse("2024-04"), null, null, null, null, Origin.UNKNOWN)),
                List.of(entity("g", EntityType.ORGANISATION, "intergovernmental-organisation", "2008-12-16", "2030", Map.of()),
                        entity("A", EntityType.STATE, "state", null, "2025-06-30", Map.of()),
                        entity("t", EntityType.INSTRUMENT, "treaty", "1967-10-10", null, Map.of("date", "1967-01-27"))),
                List.of(), List.of(rs), List.of());
    }

    static Relationship.Membership member(String since) {
        return new Relationship.Membership("m", "A", "g", "member", null, Stage.DEFAULT, Status.ASSERTED,
                new Interval(since == null ? null : PartialDate.parse(since), null), List.of(new Citation("r", Citation.LocatorKind.NONE, null)), Origin.UNKNOWN);
    }

    @Test
    void anUndatedRecordCountsFromTheLastDayOfItsEarliestReport() {
        var m = member(null);
        var c = Validity.counted(kb(m), m);
        assertThat(c.since()).isNull();
        assertThat(c.reportedSince()).hasToString("2024-04-30");
        assertThat(c.on(LocalDate.of(2024, 4, 29))).isFalse();
        assertThat(c.on(LocalDate.of(2024, 4, 30))).isTrue();
    }

    @Test
    void aRecordIsBoundedByItsParticipantsExistence() {
        var m = member("2000");   // cited earlier than the group began: the group's start wins
        var kb = kb(m);
        assertThat(Validity.counts(kb, m, LocalDate.of(2008, 12, 15))).isFalse();
        assertThat(Validity.counts(kb, m, LocalDate.of(2008, 12, 16))).isTrue();
        assertThat(Validity.counts(kb, m, LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(Validity.counts(kb, m, LocalDate.of(2025, 7, 1))).as("the member ended").isFalse();
    }

    @Test
    void aTreatyIsInForceForARatifyingPartyFromItsEntryIntoForce() {
        var sig = new Relationship.PartyAction("p1", "A", "t", "signature", PartialDate.parse("1967-01-27"), List.of(), Origin.UNKNOWN);
        var rat = new Relationship.PartyAction("p2", "A", "t", "ratification", PartialDate.parse("1967-05-01"), List.of(), Origin.UNKNOWN);
        var kb = kb(sig, rat);
        assertThat(Standing.parties(kb, "t", LocalDate.of(1967, 2, 1)).get("A").stage()).isEqualTo(Stage.SIGNED);
        assertThat(Standing.parties(kb, "t", LocalDate.of(1967, 6, 1)).get("A").stage()).isEqualTo(Stage.RATIFIED);
        assertThat(Standing.parties(kb, "t", LocalDate.of(1967, 10, 10)).get("A").stage()).isEqualTo(Stage.IN_FORCE);
        assertThat(Standing.countsByDefault(kb, "t", Stage.RATIFIED)).isFalse();
        assertThat(Standing.countsByDefault(kb, "g", Stage.SIGNED)).isTrue();
        assertThat(Standing.countsByDefault(kb, "g", Stage.ANNOUNCED)).isFalse();
        assertThat(Standing.parties(kb, "t", LocalDate.of(2025, 7, 1))).as("a party that ended has no standing").isEmpty();
    }
}
