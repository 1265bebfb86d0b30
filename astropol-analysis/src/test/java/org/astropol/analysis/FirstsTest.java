package org.astropol.analysis;

import org.astropol.model.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FirstsTest {
    static KnowledgeBase kb() {
        return new Kb().state("SUN").state("USA").state("FRA").state("JPN").state("CHN").org("casc", "state-owned-enterprise", "CHN")
                .event("gcat-sun", "1957-10-04", "s1", List.of("SUN"), "orbital-launch")
                .event("sputnik", "1957-10-04", "s2", List.of("SUN"), "satellite", "orbital-launch")
                .event("explorer", "1958-02-01", "s1", List.of("USA"), "satellite", "orbital-launch")
                .event("usa-later", "1960", "s1", List.of("USA"), "orbital-launch")
                .event("asterix", "1965-11-26", "s1", List.of("FRA"), "orbital-launch")
                .event("dfh-1", "1970-04-24", "s3", List.of("CHN", "casc"), "orbital-launch")
                .event("ohsumi", "1970-02-11", "s1", List.of("JPN"), "orbital-launch")
                .event("lander", "1966", "s1", List.of("USA", "SUN"), "lunar-landing")
                .build();
    }

    @Test
    void statesInOrderOfFirstAchievementOnceEachWithAllSourcesOfTheFirstDay() {
        var r = Firsts.of(kb(), "orbital-launch", LocalDate.of(2025, 1, 1));
        assertThat(r.states()).extracting(Firsts.Achiever::id).containsExactly("SUN", "USA", "FRA", "JPN", "CHN");
        var sun = r.states().get(0);
        assertThat(sun.date()).isEqualTo("1957-10-04");
        assertThat(sun.event()).isEqualTo("gcat-sun");
        assertThat(sun.events()).containsExactly("gcat-sun", "sputnik");
        assertThat(sun.sources()).extracting(SourceRef::id).containsExactly("s1", "s2");
        assertThat(r.states().get(1).event()).isEqualTo("explorer");
        assertThat(r.states().get(1).events()).containsExactly("explorer");
    }

    @Test
    void organisationsDoNotCountAndTiesAreOrderedById() {
        var r = Firsts.of(kb(), "lunar-landing", LocalDate.of(2025, 1, 1));
        assertThat(r.states()).extracting(Firsts.Achiever::id).containsExactly("SUN", "USA");
        assertThat(Firsts.of(kb(), "orbital-launch", LocalDate.of(2025, 1, 1)).states()).extracting(Firsts.Achiever::id).doesNotContain("casc");
    }

    @Test
    void asOfDropsLaterEvents() {
        assertThat(Firsts.of(kb(), "orbital-launch", LocalDate.of(1969, 12, 31)).states()).extracting(Firsts.Achiever::id).containsExactly("SUN", "USA", "FRA");
        assertThat(Firsts.of(kb(), "orbital-launch", LocalDate.of(1957, 10, 3)).states()).isEmpty();
        // a year-precision event counts from the first day of its year
        assertThat(Firsts.of(kb(), "lunar-landing", LocalDate.of(1965, 12, 31)).states()).isEmpty();
        assertThat(Firsts.of(kb(), "lunar-landing", LocalDate.of(1966, 1, 1)).states()).hasSize(2);
    }

    @Test
    void unknownCapabilityIsAnErrorButAKnownOneWithoutEventsIsEmpty() {
        assertThatThrownBy(() -> Firsts.of(kb(), "warp-drive", LocalDate.now())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("warp-drive").hasMessageContaining("orbital-launch");
        assertThat(Firsts.of(kb(), "mars-landing", LocalDate.now()).states()).isEmpty();
    }

    @Test
    void aDisputedFirstCountsFlaggedWithItsNoteAndTheLaterUndisputedFirst() {
        var kb = new Kb().state("KOR").state("ITA")
                .disputedEvent("naro-1", "2013-01-30", "foreign first stage", List.of("KOR"), "orbital-launch")
                .event("nuri", "2022-06-21", "s1", List.of("KOR"), "orbital-launch")
                .event("san-marco-1", "1964-12-15", "s1", List.of("ITA"), "satellite")
                .build();
        var kor = Firsts.of(kb, "orbital-launch", LocalDate.of(2025, 1, 1)).states().get(0);
        assertThat(kor.date()).isEqualTo("2013-01-30");
        assertThat(kor.status()).isEqualTo("disputed");
        assertThat(kor.note()).isEqualTo("foreign first stage");
        assertThat(kor.undisputed()).isEqualTo(new Firsts.Dated("2022-06-21", "nuri"));
        assertThat(Firsts.of(kb, "orbital-launch", LocalDate.of(2020, 1, 1)).states().get(0).undisputed()).isNull();
        // a satellite first gives no orbital-launch first: the capabilities are separate
        assertThat(Firsts.of(kb, "orbital-launch", LocalDate.of(2025, 1, 1)).states()).extracting(Firsts.Achiever::id).containsExactly("KOR");
    }

    @Test
    void anAssertedFirstHasNoNoteAndEveryKnownCapabilityHasAWrittenRule() {
        var sun = Firsts.of(kb(), "orbital-launch", LocalDate.of(2025, 1, 1)).states().get(0);
        assertThat(sun.status()).isEqualTo("asserted");
        assertThat(sun.note()).isNull();
        assertThat(sun.undisputed()).isNull();
        for (String c : Firsts.KNOWN) assertThat(Firsts.RULES).as(c).containsKey(c);
        assertThat(Firsts.RULES.get("orbital-launch")).contains("own launcher").contains("launch-site");
        assertThat(Firsts.of(kb(), "orbital-launch", LocalDate.of(2025, 1, 1)).rule()).isEqualTo(Firsts.RULES.get("orbital-launch"));
    }
}
