package org.astropol.curation;

import org.astropol.model.RollCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The votes and tallies sections: positions expanded and checked against UN membership, tallies against positions. */
class RecordedVotesCheckTest {
    @TempDir Path tmp;

    static final String MEMBERSHIP = String.join("\n",
            "entities:",
            "  - {id: un, type: organisation, kind: intergovernmental-organisation, name: United Nations, source: test-doc, page: 1}",
            "memberships:",
            "  - group: un",
            "    members:",
            "      - {member: USA, since: 1945-10-24, source: test-doc, page: 1}",
            "      - {member: CHN, since: 1971-10-25, source: test-doc, page: 1}",
            "      - {member: SUN, since: 1945-10-24, until: 1991-12-25, source: test-doc, page: 1}",
            "      - {member: RUS, since: 1991-12-26, source: test-doc, page: 1}",
            "      - {member: JPN, since: 1956-12-18, source: test-doc, page: 1}",
            "      - {member: AUS, since: 1945-11-01, source: test-doc, page: 1}",
            "      - {member: BRA, since: 1945-10-24, source: test-doc, page: 1}",
            "");

    @Test
    void positionsAreExpandedAndTalliesMatched() throws Exception {
        Path data = Fixture.copyTo(tmp);
        Files.writeString(data.resolve("topics/un.yaml"), MEMBERSHIP);
        Files.writeString(data.resolve("topics/votes.yaml"), String.join("\n",
                "votes:",
                "  - symbol: A/RES/77/41",
                "    date: 2022-12-07",
                "    body: ga-plenary",
                "    title: Destructive direct-ascent anti-satellite missile testing",
                "    topic: da-asat",
                "    tally: {yes: 4, no: 2, abstain: 0, source: test-doc, page: 3}",
                "    positions: {source: test-doc, page: 3, no: [CHN, RUS], others: yes-inferred}",
                "  - symbol: A/RES/1/1",
                "    date: 1980-01-01",
                "    body: ga-plenary",
                "    title: A vote counted twice",
                "    topic: paros",
                "    tallies:",
                "      - {yes: 2, no: 1, abstain: 0, source: test-doc, page: 4}",
                "      - {yes: 3, no: 1, abstain: 0, status: disputed, note: the press counts one more, source: nasa-artemis-accords-2020, page: 4}",
                "    positions: {source: test-doc, page: 4, yes: [USA, JPN], no: [SUN], others: absent}",
                ""));
        var r = CuratedDataReader.read(data);
        assertThat(r.problems()).isEmpty();
        RollCall asat = r.rollCalls().stream().filter(v -> v.id().equals("A/RES/77/41")).findFirst().orElseThrow();
        assertThat(asat.count("no")).isEqualTo(2);
        // every other member on the day voted yes or was absent: recorded as yes, flagged inferred
        assertThat(asat.positions()).filteredOn(RollCall.Position::inferred).extracting(RollCall.Position::state).containsExactly("AUS", "BRA", "JPN", "USA");
        RollCall old = r.rollCalls().stream().filter(v -> v.id().equals("A/RES/1/1")).findFirst().orElseThrow();
        // CHN (member from 1971) votes in 1980? not named, so absent; RUS (from 1991) is not a member yet and not listed
        assertThat(old.positions()).extracting(p -> p.state() + ":" + p.vote())
                .containsExactly("AUS:absent", "BRA:absent", "CHN:absent", "JPN:yes", "SUN:no", "USA:yes");
        assertThat(old.tallies()).hasSize(2);
    }

    @Test
    void everyVoteProblemIsReportedWithItsLine() throws Exception {
        Path data = Fixture.copyTo(tmp);
        Files.writeString(data.resolve("topics/un.yaml"), MEMBERSHIP);
        Files.writeString(data.resolve("topics/votes.yaml"), String.join("\n",
                "votes:",
                "  - symbol: A/RES/50/1",
                "    date: 1995-12-01",
                "    body: ga-plenary",
                "    title: Problems",
                "    topic: paros",
                "    tally: {yes: 3, no: 0, abstain: 1, source: test-doc, page: 5}",
                "    positions:",
                "      source: test-doc",
                "      page: 5",
                "      yes: [USA, XQZ, USA]",
                "      abstain: [SUN]",
                "  - symbol: A/RES/5/1",
                "    date: 1950-12-01",
                "    body: ga-plenary",
                "    title: Before Japan's admission",
                "    topic: other",
                "    tally: {yes: 1, no: 0, abstain: 0, source: test-doc, page: 5}",
                "    positions: {source: test-doc, page: 5, yes: [JPN]}",
                "  - symbol: A/RES/6/1",
                "    date: 1951-12-01",
                "    body: ga-plenary",
                "    title: Before Japan's admission",
                "    topic: other",
                "    tally: {yes: 2, no: 0, abstain: 0, source: test-doc, page: 5}",
                "    positions: {source: test-doc, page: 5, yes: [JPN]}",
                ""));
        var r = CuratedDataReader.read(data);
        assertThat(r.ok()).isFalse();
        assertThat(r.problems()).extracting(Problem::toString).contains(
                "data/topics/votes.yaml:11: unknown state 'XQZ' in the positions of A/RES/50/1",
                "data/topics/votes.yaml:11: state USA votes twice on A/RES/50/1 (also yes at line 11)");
        assertThat(r.problems()).extracting(Problem::toString)
                .anyMatch(p -> p.startsWith("data/topics/votes.yaml:12: SUN votes on A/RES/50/1 on 1995-12-01 but is not a UN member that day"))
                .anyMatch(p -> p.startsWith("data/topics/votes.yaml:26: JPN votes on A/RES/6/1 on 1951-12-01 but is not a UN member that day (member 1956-12-18 to now)"))
                .anyMatch(p -> p.startsWith("data/topics/votes.yaml:25: tally of A/RES/6/1 (yes 2, no 0, abstain 0, source test-doc) disagrees with its positions (yes 1"));
    }

    @Test
    void fieldsAreCheckedFirst() throws Exception {
        Path data = Fixture.copyTo(tmp);
        Files.writeString(data.resolve("topics/un.yaml"), MEMBERSHIP);
        Files.writeString(data.resolve("topics/votes.yaml"), String.join("\n",
                "votes:",
                "  - {symbol: A/RES/5/1, date: 1950-12, body: ga-plenary, title: T, topic: warp, scope: paragraph, colour: red}",
                "tallies:",
                "  - {vote: A/RES/9/9, yes: many, no: 0, abstain: 0, status: disputed, source: test-doc, page: 1}",
                ""));
        var r = CuratedDataReader.read(data);
        assertThat(r.problems()).extracting(Problem::toString).contains(
                "data/topics/votes.yaml:2: unknown topic 'warp' (one of paros, no-first-placement, tcbm, further-practical-measures, responsible-behaviours, da-asat, nuclear-weapons-in-space, other)",
                "data/topics/votes.yaml:2: 'date' must be a day (YYYY-MM-DD), not '1950-12'",
                "data/topics/votes.yaml:2: a paragraph vote needs 'part' (which paragraph or amendment)",
                "data/topics/votes.yaml:2: unknown field 'colour' in a recorded vote",
                "data/topics/votes.yaml:4: 'yes' must be a whole number, not 'many'",
                "data/topics/votes.yaml:4: a disputed tally needs a 'note' saying why");
    }
}
