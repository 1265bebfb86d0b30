package org.astropol.app;

import org.astropol.analysis.Firsts;
import org.astropol.model.KnowledgeBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disputed firsts of issue 13 on the curated data in data/: orbital-launch counts a state's own launcher only,
 * satellite any launcher. Order and presence are asserted, not whole lists, so new records do not break it.
 */
class FirstsDataTest {
    static final LocalDate DAY = LocalDate.of(2024, 12, 31);
    static KnowledgeBase kb;

    @BeforeAll
    static void read() throws Exception {
        kb = RepositoryDataTest.repository();
    }

    static List<String> order(String capability) {
        return Firsts.of(kb, capability, DAY).states().stream().map(Firsts.Achiever::id).toList();
    }

    static Firsts.Achiever of(String capability, String state) {
        return Firsts.of(kb, capability, DAY).states().stream().filter(a -> a.id().equals(state)).findFirst().orElseThrow();
    }

    @Test
    void chinaIsFifthToOrbitWithItsOwnLauncherAfterTheSovietUnionTheUsaFranceAndJapan() {
        assertThat(order("orbital-launch").subList(0, 5)).containsExactly("SUN", "USA", "FRA", "JPN", "CHN");
        assertThat(of("orbital-launch", "CHN").date()).isEqualTo("1970-04-24");
    }

    @Test
    void italyHasAFirstSatelliteButNoOwnLauncher() {
        assertThat(order("orbital-launch")).doesNotContain("ITA");
        assertThat(order("satellite")).contains("ITA");
        // San Marco 1 on a US Scout, before France's first satellite on its own Diamant
        assertThat(order("satellite")).containsSubsequence("USA", "ITA", "FRA");
    }

    @Test
    void theUnitedKingdomReachedOrbitOnBlackArrowIn1971AfterItsFirstSatelliteOnAUsRocket() {
        var uk = of("orbital-launch", "GBR");
        assertThat(uk.date()).isEqualTo("1971-10-28");
        assertThat(uk.status()).isEqualTo("asserted");
        assertThat(order("orbital-launch")).containsSubsequence("CHN", "GBR", "IND");
        assertThat(of("satellite", "GBR").date()).isLessThan(uk.date());
    }

    @Test
    void newZealandIsOnlyTheLaunchSiteStateOfElectron() {
        assertThat(order("orbital-launch")).doesNotContain("NZL");
        assertThat(kb.entity("first-successful-orbital-launch-nzl")).get().satisfies(e -> {
            assertThat(e.participants()).contains("NZL");
            assertThat(e.capabilities()).doesNotContain("orbital-launch");
        });
    }

    @Test
    void koreasNaro1IsADisputedFirstAndNuriTheUndisputedOne() {
        var kor = of("orbital-launch", "KOR");
        assertThat(kor.date()).isEqualTo("2013-01-30");
        assertThat(kor.status()).isEqualTo("disputed");
        assertThat(kor.note()).containsIgnoringCase("russia");
        assertThat(kor.undisputed()).isNotNull();
        assertThat(kor.undisputed().date()).isEqualTo("2022-06-21");
        // before Nuri flew, the disputed Naro-1 first stands alone
        var before = Firsts.of(kb, "orbital-launch", LocalDate.of(2022, 6, 20)).states().stream().filter(a -> a.id().equals("KOR")).findFirst().orElseThrow();
        assertThat(before.undisputed()).isNull();
        assertThat(of("satellite", "KOR").date()).isLessThan(kor.date());
    }

    @Test
    void israelIranAndNorthKoreaReachedOrbitOnTheirOwnLaunchersInThatOrder() {
        assertThat(order("orbital-launch")).containsSubsequence("IND", "ISR", "IRN", "PRK", "KOR");
        assertThat(of("orbital-launch", "ISR").date()).isEqualTo("1988-09-19");
        assertThat(of("orbital-launch", "IRN").date()).isEqualTo("2009-02-02");
        assertThat(of("orbital-launch", "PRK").date()).isEqualTo("2012-12-12");
        // Ofeq-1 and Kwangmyongsong-3 unit 2 were also the first satellites; Iran's first (Sinah-1) rode a Russian rocket
        assertThat(of("satellite", "ISR").date()).isEqualTo("1988-09-19");
        assertThat(of("satellite", "PRK").date()).isEqualTo("2012-12-12");
        assertThat(of("satellite", "IRN").date()).isLessThan("2009-02-02");
    }

    @Test
    void everyOrbitalLaunchFirstHasARuleAndEveryFirstIsSourced() {
        assertThat(Firsts.of(kb, "orbital-launch", DAY).rule()).contains("own launcher");
        for (String c : List.of("orbital-launch", "satellite"))
            for (var a : Firsts.of(kb, c, DAY).states()) assertThat(a.sources()).as(c + " " + a.id()).isNotEmpty();
    }
}
