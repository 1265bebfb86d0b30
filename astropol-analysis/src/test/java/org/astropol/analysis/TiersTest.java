package org.astropol.analysis;

import org.astropol.model.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TiersTest {
    static final LocalDate DAY = LocalDate.of(2024, 6, 30);

    static KnowledgeBase kb() {
        return new Kb().state("XXA").state("YYY").state("ZZZ").state("OLD").state("NEW").state("NIL")
                .event("x1", "1970", "s1", List.of("XXA"), "orbital-launch", "satellite")
                .event("y1", "1980", "s1", List.of("YYY"), "orbital-launch")
                .event("z1", "1990", "s1", List.of("ZZZ"), "satellite")
                .event("old1", "1960", "s1", List.of("OLD"), "orbital-launch", "satellite")
                .event("late", "2030", "s1", List.of("ZZZ"), "orbital-launch")
                .predecessor("p1", "NEW", "OLD")
                .quantity("lx1", "XXA", "orbital-launches", 6, "launches", null, "2023", "2023")
                .quantity("lx2", "XXA", "orbital-launches", 4, "launches", null, "2024", "2024")
                .quantity("lx-old", "XXA", "orbital-launches", 100, "launches", null, "2001", "2001")
                .quantity("ly1", "YYY", "orbital-launches", 5, "launches", null, "2022", "2022")
                .quantity("ly-later", "YYY", "orbital-launches", 50, "launches", null, "2025", "2025")
                // Y's vehicle-state count is larger: another attribution reads another property
                .quantity("ly-vehicle", "YYY", "orbital-launches-vehicle-state", 20, "launches", null, "2022", "2022")
                .build();
    }

    /** Only firsts and launches, weight 1 each, normalised by the maximum. */
    static SpacePowerIndex.Config simple(boolean inherit) {
        var d = SpacePowerIndex.Config.defaults();
        return new SpacePowerIndex.Config(Map.of("firsts", 1.0, "launches", 1.0), Map.of(), 10, "provider-parent", 5, d.deepSpaceCapabilities(),
                List.of("orbital-launch", "satellite"), inherit, 2, 200, 0.5, 7);
    }

    static Map<String, SpacePowerIndex.State> byId(SpacePowerIndex.Result r) {
        Map<String, SpacePowerIndex.State> m = new HashMap<>();
        r.states().forEach(s -> m.put(s.id(), s));
        return m;
    }

    @Test
    void scoresAreTheWeightedMeanOfMaxNormalisedIndicators() {
        var r = byId(SpacePowerIndex.of(kb(), DAY, simple(false)));
        // X: firsts 2/2, launches 10/10 -> 100; Y: 1/2, 5/10 -> 50; Z: 1/2, 0 -> 25; OLD: 2/2, 0 -> 50; NEW: nothing without inheritance
        assertThat(r.get("XXA").score()).isEqualTo(100.0);
        assertThat(r.get("YYY").score()).isEqualTo(50.0);
        assertThat(r.get("ZZZ").score()).isEqualTo(25.0);
        assertThat(r.get("OLD").score()).isEqualTo(50.0);
        assertThat(r).doesNotContainKeys("NEW", "NIL");
        assertThat(r.get("XXA").rank()).isEqualTo(1);
        assertThat(r.get("OLD").rank()).isEqualTo(2);   // tie with YYY, broken by id
        assertThat(r.get("YYY").rank()).isEqualTo(3);
        assertThat(r.get("ZZZ").rank()).isEqualTo(4);
        assertThat(r.get("XXA").tier()).isEqualTo(1);
        assertThat(r.get("ZZZ").tier()).isEqualTo(2);
    }

    @Test
    void everyIndicatorValueIsTracedToItsRecords() {
        var x = byId(SpacePowerIndex.of(kb(), DAY, simple(false))).get("XXA");
        var launches = x.indicators().stream().filter(i -> i.id().equals("launches")).findFirst().orElseThrow();
        assertThat(launches.value()).isEqualTo(10.0);
        assertThat(launches.records()).extracting(Ties.Trace::id).containsExactly("lx1", "lx2");   // 2001 is outside the window
        assertThat(launches.records()).allSatisfy(t -> assertThat(t.origin()).startsWith("data/test.yaml:"));
        var firsts = x.indicators().stream().filter(i -> i.id().equals("firsts")).findFirst().orElseThrow();
        assertThat(firsts.records()).extracting(Ties.Trace::id).containsExactly("x1", "x1");
    }

    @Test
    void predecessorsLendTheirCapabilitiesWhenConfigured() {
        var r = byId(SpacePowerIndex.of(kb(), DAY, simple(true)));
        assertThat(r.get("NEW").score()).isEqualTo(50.0);
        assertThat(r.get("NEW").indicators().get(0).detail()).contains("OLD");
    }

    @Test
    void asOfDropsLaterStatementsAndEvents() {
        var r = byId(SpacePowerIndex.of(kb(), LocalDate.of(2022, 12, 31), simple(false)));
        // window 2013-2022: X has no launches yet, Y has 5 (the 2025 figure is in the future)
        assertThat(r.get("YYY").indicators().get(1).value()).isEqualTo(5.0);
        assertThat(r.get("XXA").indicators().get(1).value()).isEqualTo(0.0);
        assertThat(r.get("ZZZ").indicators().get(0).value()).isEqualTo(1.0);   // the 2030 event does not count
    }

    @Test
    void ranksArePermutationsScoresStayInRangeAndIntervalsContainTheRank() {
        for (int year = 1965; year <= 2026; year += 3) {
            var r = SpacePowerIndex.of(kb(), LocalDate.of(year, 7, 1), SpacePowerIndex.Config.defaults());
            List<Integer> ranks = new ArrayList<>(r.states().stream().map(SpacePowerIndex.State::rank).sorted().toList());
            assertThat(ranks).isEqualTo(IntStream.rangeClosed(1, r.states().size()).boxed().toList());
            for (var s : r.states()) {
                assertThat(s.score()).isBetween(0.0, 100.0);
                assertThat(s.rankInterval()[0]).isLessThanOrEqualTo(s.rank());
                assertThat(s.rankInterval()[1]).isGreaterThanOrEqualTo(s.rank());
                assertThat(s.tier()).isBetween(1, r.tiers());
                for (var i : s.indicators()) if (!i.missing()) assertThat(i.normalised()).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void sensitivityIsReproducibleWithTheSeed() {
        var a = SpacePowerIndex.of(kb(), DAY, SpacePowerIndex.Config.defaults());
        var b = SpacePowerIndex.of(kb(), DAY, SpacePowerIndex.Config.defaults());
        for (int i = 0; i < a.states().size(); i++) assertThat(a.states().get(i).rankInterval()).isEqualTo(b.states().get(i).rankInterval());
    }

    @Test
    void unknownIndicatorInTheConfigIsAnError() {
        var d = SpacePowerIndex.Config.defaults();
        var bad = new SpacePowerIndex.Config(Map.of("charisma", 1.0), Map.of(), 10, "provider-parent", 5, List.of(), List.of(), false, 3, 1, 0.5, 1);
        assertThatThrownBy(() -> SpacePowerIndex.of(kb(), DAY, bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("charisma");
        assertThatThrownBy(() -> d.withLaunchAttribution("payload-state")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("provider-parent");
    }

    @Test
    void theLaunchAttributionChoosesTheCountsRead() {
        var parent = byId(SpacePowerIndex.of(kb(), LocalDate.of(2022, 12, 31), simple(false)));
        var vehicle = byId(SpacePowerIndex.of(kb(), LocalDate.of(2022, 12, 31), simple(false).withLaunchAttribution("vehicle-state")));
        assertThat(parent.get("YYY").indicators().get(1).value()).isEqualTo(5.0);
        assertThat(vehicle.get("YYY").indicators().get(1).value()).isEqualTo(20.0);
        assertThat(vehicle.get("YYY").indicators().get(1).records()).extracting(Ties.Trace::id).containsExactly("ly-vehicle");
    }

    /** Budgets of X (EUR, rate of its year) and Y (KRW, rate of another year only); Z has none: missing, not zero. */
    static KnowledgeBase budgets() {
        return new Kb().state("XXA").state("YYY").state("ZZZ")
                .event("x1", "1970", "s1", List.of("XXA"), "satellite").event("y1", "1970", "s1", List.of("YYY"), "satellite")
                .event("z1", "1970", "s1", List.of("ZZZ"), "satellite")
                .quantity("bx", "XXA", "space-budget", 2e9, "EUR", 2022, "2022", "2022")
                .quantity("rx", "XXA", "usd-exchange-rate", 0.5, "EUR", 2022, "2022", "2022")
                .quantity("rx-other", "XXA", "usd-exchange-rate", 0.25, "EUR", 2021, "2021", "2021")
                .quantity("bx-later", "XXA", "space-budget", 9e9, "XYZ", 2023, "2023", "2023")     // no rate for XYZ at all
                .quantity("by", "YYY", "space-budget", 1000e9, "KRW", 2023, "2023", "2023")
                .quantity("ry", "YYY", "usd-exchange-rate", 1000, "KRW", 2020, "2020", "2020")
                .quantity("ry-far", "YYY", "usd-exchange-rate", 500, "KRW", 2015, "2015", "2015")
                .build();
    }

    @Test
    void budgetsAreConvertedAtTheirOwnYearsRateAndAMissingBudgetRenormalisesTheWeights() {
        var d = SpacePowerIndex.Config.defaults();
        var cfg = new SpacePowerIndex.Config(Map.of("firsts", 1.0, "budget", 1.0), Map.of(), 10, "provider-parent", 5, List.of(),
                List.of("satellite"), false, 2, 0, 0.5, 7);
        var r = byId(SpacePowerIndex.of(budgets(), LocalDate.of(2023, 12, 31), cfg));
        var bx = r.get("XXA").indicators().stream().filter(i -> i.id().equals("budget")).findFirst().orElseThrow();
        assertThat(bx.value()).isCloseTo(4.0, within(1e-9));             // 2 billion EUR at 0.5 EUR per USD
        assertThat(bx.records()).extracting(Ties.Trace::id).containsExactly("bx", "rx");
        assertThat(bx.flag()).isEqualTo("later budgets without a usd-exchange-rate: XYZ 2023");
        var by = r.get("YYY").indicators().stream().filter(i -> i.id().equals("budget")).findFirst().orElseThrow();
        assertThat(by.value()).isCloseTo(1.0, within(1e-9));             // 1000 billion KRW at the 2020 rate, the nearest year
        assertThat(by.flag()).contains("2020");
        // Z: firsts 1/1, budget missing -> the score is its firsts alone, and the answer says so
        assertThat(r.get("ZZZ").missing()).containsExactly("budget");
        assertThat(r.get("ZZZ").score()).isEqualTo(100.0);
        assertThat(r.get("XXA").score()).isEqualTo(100.0);
        assertThat(r.get("YYY").score()).isEqualTo(62.5);   // (firsts 1 + budget 1/4) / 2
        assertThat(d.budgetMaxAgeYears()).isPositive();
        // too old a budget is missing as well
        var later = byId(SpacePowerIndex.of(budgets(), LocalDate.of(2030, 12, 31), cfg));
        assertThat(later.get("XXA").missing()).containsExactly("budget");
    }

    @Test
    void naturalBreaksFindTheObviousClasses() {
        List<Double> breaks = new ArrayList<>();
        int[] t = NaturalBreaks.tiers(new double[]{1, 50, 2, 11, 3, 10, 12}, 3, breaks);
        assertThat(t).containsExactly(3, 1, 3, 2, 3, 2, 2);
        assertThat(breaks).containsExactly(50.0, 10.0, 1.0);
        assertThat(NaturalBreaks.tiers(new double[]{5, 5, 5}, 4, new ArrayList<>())).containsExactly(1, 1, 1);
        assertThat(NaturalBreaks.tiers(new double[]{}, 4, new ArrayList<>())).isEmpty();
        double[] v = IntStream.range(0, 40).mapToDouble(i -> (i * 37 % 101) / 3.0).toArray();
        int[] tiers = NaturalBreaks.tiers(v, 4, new ArrayList<>());
        for (int i = 0; i < v.length; i++) for (int j = 0; j < v.length; j++) if (v[i] > v[j]) assertThat(tiers[i]).isLessThanOrEqualTo(tiers[j]);
        assertThat(within(0.0)).isNotNull();
    }
}
