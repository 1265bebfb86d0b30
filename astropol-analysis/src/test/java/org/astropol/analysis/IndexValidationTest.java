package org.astropol.analysis;

import org.astropol.model.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class IndexValidationTest {
    @Test
    void spearmanMatchesHandComputedValues() {
        assertThat(IndexValidation.spearman(new double[]{1, 2, 3, 4}, new double[]{10, 20, 30, 40})).isCloseTo(1.0, within(1e-12));
        assertThat(IndexValidation.spearman(new double[]{1, 2, 3, 4}, new double[]{4, 3, 2, 1})).isCloseTo(-1.0, within(1e-12));
        // d = (0, 0, 1, -1, 0): rho = 1 - 6 * 2 / (5 * 24) = 0.9
        assertThat(IndexValidation.spearman(new double[]{1, 2, 3, 4, 5}, new double[]{1, 2, 4, 3, 5})).isCloseTo(0.9, within(1e-12));
        // ties take their mean rank: x ranks (1, 2.5, 2.5, 4) against y (1, 2, 3, 4): Pearson of the ranks
        assertThat(IndexValidation.spearman(new double[]{1, 2, 2, 3}, new double[]{1, 2, 3, 4})).isCloseTo(4.5 / Math.sqrt(4.5 * 5), within(1e-12));
        assertThat(IndexValidation.spearman(new double[]{1, 1, 1}, new double[]{1, 2, 3})).isNaN();
    }

    static KnowledgeBase kb() {
        return new Kb().state("AAA").state("BBB").state("CCC").state("DDD")
                .event("a1", "1960", "s1", List.of("AAA"), "satellite", "orbital-launch")
                .event("b1", "1970", "s1", List.of("BBB"), "satellite", "orbital-launch")
                .event("c1", "1980", "s1", List.of("CCC"), "satellite")
                .quantity("la", "AAA", "orbital-launches", 30, "launches", null, "2010", "2010")
                .quantity("lb", "BBB", "orbital-launches", 10, "launches", null, "2010", "2010")
                .quantity("r1", "AAA", "test-rank", 1, "rank", 2010, "2010", "2010")
                .quantity("r2", "CCC", "test-rank", 2, "rank", 2010, "2010", "2010")
                .quantity("r3", "BBB", "test-rank", 3, "rank", 2010, "2010", "2010")
                .quantity("r4", "EEE", "test-rank", 4, "rank", 2010, "2010", "2010")
                .build();
    }

    @Test
    void validationComparesOnTheStatesBothRankAndNamesTheDisagreements() {
        var refs = IndexValidation.references(kb());
        assertThat(refs).hasSize(1);
        assertThat(refs.get(0).name()).isEqualTo("test 2010");
        var cfg = new SpacePowerIndex.Config(Map.of("firsts", 1.0, "launches", 1.0), Map.of(), 10, "provider-parent", 5, List.of(),
                List.of("satellite", "orbital-launch"), false, 2, 50, 0.5, 3);
        var o = IndexValidation.validate(kb(), cfg, refs.get(0), 200, 1);
        // index: AAA 100, BBB 2/2 and 10/30 -> 66.7, CCC 1/2 -> 25; reference AAA 1, CCC 2, BBB 3: d = (0, 1, -1) -> rho 0.5
        assertThat(o.n()).isEqualTo(3);
        assertThat(o.rho()).isCloseTo(0.5, within(1e-12));
        assertThat(o.notScored()).containsExactly("EEE");
        assertThat(o.asOf()).isEqualTo("2010-12-31");
        assertThat(o.disagreements()).extracting(IndexValidation.Disagreement::id).containsExactly("BBB", "CCC");
        assertThat(o.ci()[0]).isLessThanOrEqualTo(o.ci()[1]);
        assertThat(o.ci()[0]).isBetween(-1.0, 1.0);
        assertThat(o.byAttribution()).containsKeys("provider-parent", "vehicle-state", "site-state");
        // the same seed gives the same interval
        assertThat(IndexValidation.validate(kb(), cfg, refs.get(0), 200, 1).ci()).isEqualTo(o.ci());
    }
}
