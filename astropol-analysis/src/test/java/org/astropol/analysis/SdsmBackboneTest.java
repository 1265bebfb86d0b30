package org.astropol.analysis;

import org.astropol.model.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The SDSM (BiCM) backbone: the fit, the Poisson-binomial tail, the corrections, and what the network keeps. */
class SdsmBackboneTest {

    @Test
    void aRegularIncidenceHasEqualProbabilitiesAndABinomialTail() {
        // 4 actors, 4 records of 2 actors each, every actor in 2: by symmetry P(i in k) = 2/4 = 1/2 everywhere, so two
        // actors share a record with probability 1/4, independently over the 4 records: X ~ Binomial(4, 1/4).
        int[][] columns = {{0, 1}, {0, 1}, {2, 3}, {2, 3}};
        var fit = SdsmBackbone.fit(4, columns);
        for (double[] row : fit.probability()) for (double p : row) assertThat(p).isCloseTo(0.5, within(1e-9));
        // actors 0 and 1 share 2 (to the fit's precision, degrees within 1e-12): P(X >= 2) = 1 - (3/4)^4 - 4 (1/4)(3/4)^3 = 1 - 81/256 - 108/256 = 67/256
        double[] p = SdsmBackbone.pValues(4, columns, new int[]{0, 0}, new int[]{1, 2});
        assertThat(p[0]).isCloseTo(67.0 / 256, within(1e-10));
        assertThat(p[1]).isEqualTo(1.0);   // sharing nothing is no evidence at all
    }

    @Test
    void theUpperTailIsTheExhaustiveSumOverOutcomes() {
        // 2 draws at 0.1, 1 at 0.5, 3 at 0.9: enumerate the 2^6 outcomes
        double[] q = {0.1, 0.5, 0.9};
        int[] count = {2, 1, 3};
        double[] each = {0.1, 0.1, 0.5, 0.9, 0.9, 0.9};
        for (int observed = 0; observed <= 7; observed++) {
            double expected = 0;
            for (int mask = 0; mask < 1 << 6; mask++) {
                double pr = 1;
                for (int b = 0; b < 6; b++) pr *= (mask >> b & 1) == 1 ? each[b] : 1 - each[b];
                if (Integer.bitCount(mask) >= observed) expected += pr;
            }
            assertThat(SdsmBackbone.upperTail(q, count, observed)).as("P(X >= %d)", observed).isCloseTo(expected, within(1e-12));
        }
        // far in the tail the answer keeps its precision: P(all of 40 draws at 0.01) = 1e-80
        assertThat(SdsmBackbone.upperTail(new double[]{0.01}, new int[]{40}, 40)).isCloseTo(1e-80, within(1e-92));
    }

    @Test
    void theFitReproducesBothDegreeSequencesAndHasTheLogitForm() {
        // 6 actors with degrees 3, 2, 2, 1, 1, 1 over records of sizes 4, 3, 2, 1
        int[][] columns = {{0, 1, 2, 3}, {0, 1, 4}, {0, 5}, {2}};
        var fit = SdsmBackbone.fit(6, columns);
        assertThat(fit.residual()).isLessThan(1e-8);
        int[] rowDegree = {3, 2, 2, 1, 1, 1};
        for (int i = 0; i < 6; i++) {
            int a = java.util.Arrays.binarySearch(fit.rowDegrees(), rowDegree[i]);
            double expected = 0;
            for (int[] c : columns) expected += fit.p(a, java.util.Arrays.binarySearch(fit.columnSizes(), c.length));
            assertThat(expected).as("actor %d", i).isCloseTo(rowDegree[i], within(1e-7));
        }
        for (int[] c : columns) {
            int b = java.util.Arrays.binarySearch(fit.columnSizes(), c.length);
            double expected = 0;
            for (int d : rowDegree) expected += fit.p(java.util.Arrays.binarySearch(fit.rowDegrees(), d), b);
            assertThat(expected).as("record of size %d", c.length).isCloseTo(c.length, within(1e-7));
        }
        // BiCM: logit P(i in k) = log x_i + log y_k, so the log odds ratio of two actors is the same in every record
        double[][] p = fit.probability();
        double first = logit(p[0][0]) - logit(p[1][0]);
        for (int b = 1; b < p[0].length; b++) assertThat(logit(p[0][b]) - logit(p[1][b])).isCloseTo(first, within(1e-6));
    }

    @Test
    void aRecordHoldingEveryActorIsCertainAndTheRestIsFittedWithoutIt() {
        // record 0 holds all 4 actors: P = 1; the others are the regular case above, one degree lower
        int[][] columns = {{0, 1, 2, 3}, {0, 1}, {0, 1}, {2, 3}, {2, 3}};
        var fit = SdsmBackbone.fit(4, columns);
        int full = java.util.Arrays.binarySearch(fit.columnSizes(), 4), pairs = java.util.Arrays.binarySearch(fit.columnSizes(), 2);
        assertThat(fit.p(0, full)).isEqualTo(1.0);
        assertThat(fit.p(0, pairs)).isCloseTo(0.5, within(1e-9));
        // sharing the certain record adds nothing: the tail is that of the regular case shifted by one
        assertThat(SdsmBackbone.pValues(4, columns, new int[]{0}, new int[]{1})[0]).isCloseTo(67.0 / 256, within(1e-10));
    }

    @Test
    void holmAndBenjaminiHochbergAgainstHandCounts() {
        double[] p = {0.01, 0.04, 0.03, 0.005};
        // 4 tests: Holm 0.005 <= 0.05/4, 0.01 <= 0.05/3, 0.03 > 0.05/2 stops; BH: 0.04 <= 4 x 0.05/4 keeps all four
        assertThat(SdsmBackbone.significant(p, 4, 0.05, SdsmBackbone.Correction.HOLM)).containsExactly(true, false, false, true);
        assertThat(SdsmBackbone.significant(p, 4, 0.05, SdsmBackbone.Correction.FDR)).containsExactly(true, true, true, true);
        // 10 tests (six pairs sharing nothing, p = 1): Holm 0.005 <= 0.05/10, 0.01 > 0.05/9; BH 0.01 <= 2 x 0.05/10, 0.03 > 3 x 0.005
        assertThat(SdsmBackbone.significant(p, 10, 0.05, SdsmBackbone.Correction.HOLM)).containsExactly(false, false, false, true);
        assertThat(SdsmBackbone.significant(p, 10, 0.05, SdsmBackbone.Correction.FDR)).containsExactly(true, false, false, true);
        assertThat(SdsmBackbone.significant(p, 10, 0.05, SdsmBackbone.Correction.NONE)).containsExactly(true, true, true, true);
        assertThatThrownBy(() -> SdsmBackbone.significant(p, 3, 0.05, SdsmBackbone.Correction.HOLM)).hasMessageContaining("fewer");
        assertThatThrownBy(() -> SdsmBackbone.Correction.of("bonferroni")).hasMessageContaining("holm, fdr or none");
    }

    @Test
    void theNetworkKeepsDirectTiesAndJudgesProjectionTiesByTheirPValue() {
        // six states: A-B a bilateral partnership (direct); A, B, C in one programme; all six in another
        KnowledgeBase kb = new Kb().state("AAA").state("BBB").state("CCC").state("DDD").state("EEE").state("FFF")
                .programme("trio", null).programme("all", null)
                .member("AAA", "trio", "2020", null).member("BBB", "trio", "2020", null).member("CCC", "trio", "2020", null)
                .member("AAA", "all", "2020", null).member("BBB", "all", "2020", null).member("CCC", "all", "2020", null)
                .member("DDD", "all", "2020", null).member("EEE", "all", "2020", null).member("FFF", "all", "2020", null)
                .partnership("ab", "2020", "AAA", "BBB")
                // alone in its programme: no tie, no node, and its record must not trouble the incidence
                .state("GGG").programme("solo", null).member("GGG", "solo", "2020", null).build();
        var none = CooperationNetwork.of(kb, NetworkBackboneTest.DAY, NetworkTest.NO_DECAY.withAlpha(0.5).withBackbone("sdsm", "none").withDraws(5, 3, 1));
        for (var e : none.edges()) {
            boolean direct = e.source().equals("AAA") && e.target().equals("BBB");
            assertThat(e.backbone()).as(e.source() + "-" + e.target()).isEqualTo(direct || e.significance() <= 0.5);
            assertThat(e.significance()).isBetween(0.0, 1.0);
        }
        // a tie of the six-state programme alone (D-E) shares the one record everybody has: p = 1, never kept
        var de = none.edges().stream().filter(e -> e.source().equals("DDD") && e.target().equals("EEE")).findFirst().orElseThrow();
        assertThat(de.significance()).isEqualTo(1.0);
        assertThat(de.backbone()).isFalse();
        // Holm at a strict level keeps the direct tie only
        var holm = CooperationNetwork.of(kb, NetworkBackboneTest.DAY, NetworkTest.NO_DECAY.withAlpha(0.001).withDraws(5, 3, 1));
        assertThat(holm.backbone().model()).isEqualTo("sdsm");
        assertThat(holm.edges().stream().filter(CooperationNetwork.Edge::backbone)).extracting(e -> e.source() + "-" + e.target()).containsExactly("AAA-BBB");
        assertThatThrownBy(() -> NetworkTest.NO_DECAY.withBackbone("louvain", "holm")).hasMessageContaining("sdsm or disparity");
        assertThat(Set.of(holm.backbone().correction())).containsExactly("holm");
    }

    private static double logit(double p) { return Math.log(p / (1 - p)); }
}
