package org.astropol.app;

import org.astropol.analysis.EntityProfile;
import org.astropol.analysis.MembersQuery;
import org.astropol.analysis.Timeline;
import org.astropol.curation.CuratedDataReader;
import org.astropol.curation.Problem;
import org.astropol.model.Citation;
import org.astropol.model.Entity;
import org.astropol.model.EntityType;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.PartialDate;
import org.astropol.model.Relationship;
import org.astropol.model.Statement;
import org.astropol.model.Value;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden and consistency tests over the curated data shipped in data/: it passes the check, and the answers the
 * issues name hold (the eight founding Artemis Accords signatories, Russia's 2020 budget figure from the corpus,
 * the Russia-China chronology from 1950).
 */
class RepositoryDataTest {
    static KnowledgeBase kb;

    @BeforeAll
    static void read() throws Exception {
        kb = repository();
    }

    /** The repository's data/ read as `check` reads it; fails the test class when check would fail. */
    static KnowledgeBase repository() throws Exception {
        var r = CuratedDataReader.read(Path.of(System.getProperty("astropol.root"), "data"));
        assertThat(r.problems()).as("./astropol check must pass").extracting(Problem::toString).isEmpty();
        return r.knowledgeBase();
    }

    @Test
    void everyRecordCitesARegisteredSourceAndQuantitiesCarryUnits() {
        for (Statement s : kb.statements()) {
            assertThat(s.citations()).as(s.origin().toString()).isNotEmpty();
            for (Citation c : s.citations()) assertThat(kb.source(c.sourceId())).as(s.origin().toString()).isPresent();
            if (s.value() instanceof Value.Quantity q) assertThat(q.unit()).as(s.origin().toString()).isNotBlank();
        }
        for (Relationship r : kb.relationships()) assertThat(r.citations()).as(r.origin().toString()).isNotEmpty();
        for (Entity e : kb.entities()) assertThat(e.citations()).as(e.origin().toString()).isNotEmpty();
    }

    @Test
    void everyUnMemberStateIsPresent() {
        long states = kb.entities().stream().filter(e -> e.type() == EntityType.STATE && e.kind().equals("state")).count();
        assertThat(states).isGreaterThanOrEqualTo(195);
        for (String id : List.of("CHN", "RUS", "USA", "JPN", "IND", "FRA", "DEU", "GBR", "SUN")) assertThat(kb.entity(id)).as(id).isPresent();
    }

    @Test
    void theEightFoundingArtemisSignatoriesOn13October2020() {
        var m = MembersQuery.of(kb, "artemis-accords", LocalDate.of(2020, 10, 31));
        List<String> states = m.members().stream().filter(x -> x.type().equals("state") && x.agentFor() == null).map(MembersQuery.Member::id).toList();
        assertThat(states).containsExactlyInAnyOrder("AUS", "CAN", "ITA", "JPN", "LUX", "ARE", "GBR", "USA");
        assertThat(m.members()).filteredOn(x -> x.type().equals("state")).allSatisfy(x -> assertThat(x.since()).isEqualTo("2020-10-13"));
        assertThat(MembersQuery.of(kb, "artemis-accords", LocalDate.of(2020, 10, 12)).members()).isEmpty();
    }

    @Test
    void membershipsNeverPrecedeTheirMembersExistence() {
        for (Relationship r : kb.relationships()) {
            if (!(r instanceof Relationship.Membership m) || m.valid().from() == null) continue;
            Entity member = kb.entity(m.member()).orElseThrow();
            PartialDate born = member.existence().from();
            if (born != null) assertThat(m.valid().from().latest()).as(m.id()).isAfterOrEqualTo(born.earliest());
        }
    }

    @Test
    void russiasBudgetFrom2020IsCitedFromTheCorpusWithAQuote() {
        var rus = EntityProfile.of(kb, "RUS");
        assertThat(rus.statements()).anySatisfy(s -> {
            assertThat(s.property()).isEqualTo("space-budget");
            assertThat(s.year() != null && s.year() == 2020 || "2020".equals(s.from())).isTrue();
            assertThat(s.sources()).anySatisfy(src -> {
                assertThat(kb.source(src.id()).orElseThrow().document()).as("a corpus document").isNotNull();
                assertThat(src.locatorKind()).isEqualTo("quote");
            });
        });
    }

    @Test
    void theRussiaChinaChronologyStartsIn1950AndIsOrderedAndCited() {
        var t = Timeline.of(kb, List.of("RUS", "CHN"));
        assertThat(t.events()).isNotEmpty();
        assertThat(t.events().get(0).date()).startsWith("1950");
        for (int i = 1; i < t.events().size(); i++) {
            assertThat(t.events().get(i).date().compareTo(t.events().get(i - 1).date())).isGreaterThanOrEqualTo(0);
        }
        assertThat(t.events()).allSatisfy(e -> assertThat(e.sources()).isNotEmpty());
        assertThat(t.events()).anySatisfy(e -> assertThat(e.date()).startsWith("2021-03"));
    }

    /**
     * Golden chronology of Russia (with the Soviet Union) and China: the 1950s alliance, the break of the 1960s-80s
     * (no recorded tie for years), and the rebuilding from 1992 come out of the segmentation with its defaults.
     */
    @Test
    void theRussiaChinaPhasesAreAllianceBreakAndRebuilding() {
        var p = org.astropol.analysis.Phases.of(Timeline.of(kb, List.of("RUS", "CHN")), 2026, 10, 1.0, 5);
        var phases = p.phases();
        assertThat(phases.get(0).from()).isEqualTo(1950);
        assertThat(phases.get(0).to()).isBetween(1959, 1969);
        var dormant = phases.stream().filter(s -> s.entries() == 0).findFirst().orElseThrow();
        assertThat(dormant.from()).isBetween(1960, 1975);
        assertThat(dormant.to()).isBetween(1980, 1989);
        var rebuilding = phases.stream().filter(s -> s.from() >= 1989 && s.from() <= 1993).findFirst().orElseThrow();
        assertThat(rebuilding.ratePerYear()).isGreaterThan(phases.get(0).ratePerYear());
        assertThat(rebuilding.records()).contains("rus-chn-space-agreement-1992-partnership");
        // every post-1992 phase is busier than the 1950s one
        for (var s : phases) if (s.from() >= 1992) assertThat(s.ratePerYear()).as(s.toString()).isGreaterThan(phases.get(0).ratePerYear());
        // decade counts: nothing recorded in the 1970s, the most agreements since 2010
        var seventies = p.periods().stream().filter(s -> s.from() == 1970).findFirst().orElseThrow();
        assertThat(seventies.entries()).isZero();
    }

    /** density and compare take the programmes' leaders from cited leader statements (data/core/leaders.yaml and the coalition files). */
    @Test
    void programmeLeadersComeFromLeaderStatements() {
        LocalDate d = LocalDate.of(2025, 6, 30);
        var css = org.astropol.analysis.InstitutionalDensity.of(kb, "chinese-space-station", d, null);
        var ilrs = org.astropol.analysis.InstitutionalDensity.of(kb, "ilrs", d, null);
        var artemis = org.astropol.analysis.InstitutionalDensity.of(kb, "artemis-accords", d, null);
        assertThat(css.leader()).isEqualTo("CHN");
        assertThat(ilrs.leader()).isEqualTo("CHN+RUS");
        assertThat(artemis.leader()).isEqualTo("USA");
        for (var r : List.of(css, ilrs, artemis)) assertThat(r.leaderBasis()).as(r.programme()).startsWith("leader st-");
        // the corpus's contrast: the station's partners are reached through UN bodies far more often than the ILRS's
        assertThat(css.unReach()).isGreaterThan(2 * ilrs.unReach());
    }
}
