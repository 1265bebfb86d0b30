package org.astropol.analysis;

import org.astropol.model.EntityType;
import org.astropol.model.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The network's statistics: layers, the disparity-filter backbone, the consensus communities and the modularity z-score. */
class NetworkBackboneTest {
    static final LocalDate DAY = LocalDate.of(2024, 1, 1);

    // ---------------------------------------------------------------- disparity filter

    @Test
    void theDisparityFilterKeepsAStarsHeavyEdgeAndAlphaDecides() {
        // centre 0 with leaves 1..4, weights 10, 1, 1, 1: strength 13, degree 4
        int[] f = {0, 0, 0, 0}, t = {1, 2, 3, 4};
        double[] w = {10, 1, 1, 1};
        double[] s = DisparityFilter.significance(5, f, t, w);
        // (1 - 10/13)^3 = (3/13)^3 = 0.01229; (1 - 1/13)^3 = (12/13)^3 = 0.78653; the leaves (degree 1) give no evidence
        assertThat(s[0]).isCloseTo(Math.pow(3.0 / 13, 3), within(1e-12));
        assertThat(s[1]).isCloseTo(Math.pow(12.0 / 13, 3), within(1e-12));
        assertThat(DisparityFilter.keep(5, f, t, w, 0.05)).containsExactly(true, false, false, false);
        assertThat(DisparityFilter.keep(5, f, t, w, 0.01)).containsExactly(false, false, false, false);
        assertThat(DisparityFilter.keep(5, f, t, w, 0.8)).containsExactly(true, true, true, true);
        assertThatThrownBy(() -> DisparityFilter.keep(5, f, t, w, 0)).hasMessageContaining("alpha");
    }

    @Test
    void equalWeightsInAGroupAreNotSignificantForItsMembers() {
        // a clique of 6 with equal weights: every share is 1/5, alpha = (4/5)^4 = 0.41 at both ends
        List<int[]> es = new ArrayList<>();
        for (int i = 0; i < 6; i++) for (int j = i + 1; j < 6; j++) es.add(new int[]{i, j});
        int[] f = es.stream().mapToInt(e -> e[0]).toArray(), t = es.stream().mapToInt(e -> e[1]).toArray();
        double[] w = new double[es.size()];
        Arrays.fill(w, 1);
        for (double s : DisparityFilter.significance(6, f, t, w)) assertThat(s).isCloseTo(Math.pow(0.8, 4), within(1e-12));
    }

    // ---------------------------------------------------------------- consensus

    static final int[] TRIANGLES_F = {0, 0, 1, 3, 3, 4, 2}, TRIANGLES_T = {1, 2, 2, 4, 5, 5, 3};
    static final double[] TRIANGLES_W = {1, 1, 1, 1, 1, 1, 0.1};

    static ConsensusCommunities.Run jittered() {
        return ConsensusCommunities.louvain(6, TRIANGLES_F, TRIANGLES_T, random -> {
            double[] w = TRIANGLES_W.clone();
            for (int e = 0; e < w.length; e++) w[e] *= -Math.log(1 - random.nextDouble());
            return w;
        });
    }

    @Test
    void theConsensusIsTheSameForTheSameSeed() {
        var a = ConsensusCommunities.of(6, jittered(), 40, 7);
        var b = ConsensusCommunities.of(6, jittered(), 40, 7);
        assertThat(a.community()).containsExactly(b.community());
        assertThat(a.confidence()).containsExactly(b.confidence());
        for (double c : a.confidence()) assertThat(c).isBetween(0.0, 1.0);
    }

    @Test
    void twoTrianglesJoinedByAWeakTieAreTwoCommunitiesWithFullConfidenceWhenWeightsStay() {
        var r = ConsensusCommunities.of(6, ConsensusCommunities.louvain(6, TRIANGLES_F, TRIANGLES_T, random -> TRIANGLES_W), 20, 1);
        assertThat(r.community()).containsExactly(0, 0, 0, 1, 1, 1);
        for (double c : r.confidence()) assertThat(c).isEqualTo(1.0);
    }

    @Test
    void confidenceIsTheShareOfRunsThatAgreeWithTheConsensus() {
        int[] consensus = {0, 0, 0, 1, 1, 1};
        int[][] runs = {{0, 0, 0, 1, 1, 1}, {0, 0, 1, 1, 1, 1}, {1, 1, 1, 0, 0, 0}, {0, 0, 0, 0, 1, 1}};
        // node 2 sits with 3-5 in run 2 (3 of 4 agree); node 3 with 0-2 in run 4 (3 of 4); the relabelled run 3 agrees fully
        assertThat(ConsensusCommunities.confidence(consensus, runs)).containsExactly(1, 1, 0.75, 0.75, 1, 1);
    }

    // ---------------------------------------------------------------- modularity z

    /** A seeded random graph of 40 nodes in 4 groups; p_in within a group, p_out between. */
    static double z(double pIn, double pOut, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<int[]> es = new ArrayList<>();
        for (int i = 0; i < 40; i++) for (int j = i + 1; j < 40; j++) if (random.nextDouble() < (i / 10 == j / 10 ? pIn : pOut)) es.add(new int[]{i, j});
        int[] f = es.stream().mapToInt(e -> e[0]).toArray(), t = es.stream().mapToInt(e -> e[1]).toArray();
        double[] w = new double[es.size()];
        Arrays.fill(w, 1);
        return ModularityNull.of(40, f, t, w, 30, 3).z();
    }

    @Test
    void aPlantedPartitionHasAHighModularityZAndARandomGraphDoesNot() {
        double planted = z(0.8, 0.03, 11);
        double random = z(0.25, 0.25, 11);    // about the same number of edges, no groups
        assertThat(planted).isGreaterThan(5);
        assertThat(random).isLessThan(2);
        assertThat(planted).isGreaterThan(random);
    }

    // ---------------------------------------------------------------- layers

    @Test
    void theStandardRuleClassifiesByTypeAndKindNeverById() {
        var layers = TieLayers.standard();
        assertThat(layers.ofGroup(entity("iss", EntityType.PROGRAMME, "station-programme"))).isEqualTo(TieLayers.COOPERATION);
        assertThat(layers.ofGroup(entity("artemis-accords", EntityType.INSTRUMENT, "accord"))).isEqualTo(TieLayers.COOPERATION);
        assertThat(layers.ofGroup(entity("rus-chn-agreement", EntityType.INSTRUMENT, "agreement"))).isEqualTo(TieLayers.COOPERATION);
        assertThat(layers.ofGroup(entity("outer-space-treaty", EntityType.INSTRUMENT, "treaty"))).isEqualTo(TieLayers.LEGAL);
        assertThat(layers.ofGroup(entity("un", EntityType.ORGANISATION, "intergovernmental-organisation"))).isEqualTo(TieLayers.INSTITUTIONAL);
        assertThat(layers.ofGroup(entity("un-copuos", EntityType.ORGANISATION, "un-body"))).isEqualTo(TieLayers.INSTITUTIONAL);
        assertThat(layers.ofGroup(entity("esa", EntityType.ORGANISATION, "space-agency"))).isEqualTo(TieLayers.INSTITUTIONAL);
        assertThat(layers.ofPartnership("joint-mission")).isEqualTo(TieLayers.COOPERATION);
        assertThat(layers.ofGroup(entity("someone", EntityType.PERSON, "person"))).isNull();
        // the most specific rule wins
        var custom = new TieLayers(Map.of("organisation", "institutional", "organisation/forum", "cooperation"));
        assertThat(custom.ofGroup(entity("brics", EntityType.ORGANISATION, "forum"))).isEqualTo(TieLayers.COOPERATION);
        assertThatThrownBy(() -> new TieLayers(Map.of("programme", "friendship"))).hasMessageContaining("unknown layer 'friendship'");
    }

    static org.astropol.model.Entity entity(String id, EntityType type, String kind) {
        return new Kb().entity(id, type, kind, null, null, null, Map.of()).build().entity(id).orElseThrow();
    }

    /** A and B in a programme, all four in an IGO, B, C and D parties to a treaty in force. */
    static KnowledgeBase layered() {
        return new Kb().state("AAA").state("BBB").state("CCC").state("DDD")
                .programme("prog", null).org("igo", "intergovernmental-organisation", null)
                .entity("pact", EntityType.INSTRUMENT, "treaty", null, "2000-01-01", null, Map.of("date", "1999-01-01"))
                .member("AAA", "prog", "2020", null).member("BBB", "prog", "2020", null)
                .member("AAA", "igo", "2010", null).member("BBB", "igo", "2010", null).member("CCC", "igo", "2010", null).member("DDD", "igo", "2010", null)
                .party("BBB", "pact", "ratification", "2001-01-01").party("CCC", "pact", "ratification", "2001-01-01").party("DDD", "pact", "accession", "2005-01-01")
                .build();
    }

    @Test
    void theDefaultNetworkIsTheCooperationLayerAndTheOthersAreOptIn() {
        var base = NetworkTest.NO_DECAY.withDraws(5, 2, 1);
        var coop = CooperationNetwork.of(layered(), DAY, base);
        assertThat(coop.layers()).containsExactly("cooperation");
        assertThat(coop.edges()).extracting(e -> e.source() + "-" + e.target()).containsExactly("AAA-BBB");
        assertThat(coop.edges().getFirst().records()).noneMatch(r -> r.contains("igo") || r.contains("pact"));

        var legal = CooperationNetwork.of(layered(), DAY, base.withLayers(Set.of("legal")));
        assertThat(legal.edges()).extracting(e -> e.source() + "-" + e.target()).containsExactlyInAnyOrder("BBB-CCC", "BBB-DDD", "CCC-DDD");
        assertThat(legal.edges()).allSatisfy(e -> { assertThat(e.layers()).containsExactly("legal"); assertThat(e.kinds()).containsExactly("co-party"); });

        var all = CooperationNetwork.of(layered(), DAY, base.withLayers(Set.copyOf(TieLayers.ALL)));
        var ab = all.edges().stream().filter(e -> e.source().equals("AAA") && e.target().equals("BBB")).findFirst().orElseThrow();
        assertThat(ab.layers()).containsExactly("cooperation", "institutional");
        // the IGO (a node itself) adds member-of ties in the institutional layer
        assertThat(all.edges()).anySatisfy(e -> { assertThat(e.target()).isEqualTo("igo"); assertThat(e.kinds()).containsExactly("member-of"); });
    }

    @Test
    void everyNodeHasACommunityAndAConfidenceAndTheResultReportsTheBackbone() {
        var r = CooperationNetwork.of(layered(), DAY, NetworkTest.NO_DECAY.withLayers(Set.copyOf(TieLayers.ALL)).withAlpha(0.5).withDraws(10, 5, 2));
        assertThat(r.backbone().alpha()).isEqualTo(0.5);
        assertThat(r.backbone().totalEdges()).isEqualTo(r.edges().size());
        assertThat(r.backbone().keptEdges()).isEqualTo((int) r.edges().stream().filter(CooperationNetwork.Edge::backbone).count());
        for (var n : r.nodes()) {
            assertThat(n.community()).isBetween(0, r.nodes().size() - 1);
            assertThat(n.confidence()).isBetween(0.0, 1.0);
        }
        assertThat(r.consensus().runs()).isEqualTo(10);
        // the same configuration gives the same answer
        assertThat(CooperationNetwork.of(layered(), DAY, NetworkTest.NO_DECAY.withLayers(Set.copyOf(TieLayers.ALL)).withAlpha(0.5).withDraws(10, 5, 2))).isEqualTo(r);
    }

    @Test
    void aGroupTheBackboneDoesNotReachStaysTogether() {
        // A, B, C only in one programme: sharing the one record each has is no evidence (SDSM p-value 1 against the
        // other 9 pairs); D-E a lone bilateral partnership, a direct tie the backbone keeps
        KnowledgeBase kb = new Kb().state("AAA").state("BBB").state("CCC").state("DDD").state("EEE").programme("g", null)
                .member("AAA", "g", "2020", null).member("BBB", "g", "2020", null).member("CCC", "g", "2020", null)
                .partnership("de", "2020", "DDD", "EEE").build();
        var r = CooperationNetwork.of(kb, DAY, NetworkTest.NO_DECAY.withDraws(10, 3, 1));
        assertThat(r.edges().stream().filter(CooperationNetwork.Edge::backbone)).extracting(e -> e.source() + "-" + e.target()).containsExactly("DDD-EEE");
        Map<String, Integer> c = new java.util.HashMap<>();
        r.nodes().forEach(n -> c.put(n.id(), n.community()));
        assertThat(c.get("AAA")).isEqualTo(c.get("BBB")).isEqualTo(c.get("CCC")).isNotEqualTo(c.get("DDD"));
        assertThat(c.get("DDD")).isEqualTo(c.get("EEE"));
        assertThat(r.communities()).isEqualTo(2);
    }

    @Test
    void blocsAreParametersWithAYearlySeries() {
        KnowledgeBase kb = new Kb().state("AAA").state("BBB").state("CCC").state("DDD")
                .programme("east", null).programme("west", null)
                .member("AAA", "west", "2019", null).member("BBB", "west", "2020", null).member("CCC", "east", "2021", null).member("DDD", "east", "2021", null)
                .partnership("ab", "2020", "AAA", "BBB").partnership("ac", "2020", "AAA", "CCC").build();
        var cfg = NetworkTest.NO_DECAY.withBlocs(List.of("west", "east"));
        var p = CooperationNetwork.polarisation(kb, DAY, cfg);
        assertThat(p.blocA()).isEqualTo("west");
        assertThat(p.onlyA()).containsExactly("AAA", "BBB");
        assertThat(p.onlyB()).containsExactly("CCC", "DDD");
        assertThat(p.crossShare()).isCloseTo(0.5, within(1e-9));   // A-B within, A-C across
        var series = CooperationNetwork.polarisationByYear(kb, LocalDate.of(2022, 6, 30), cfg);
        assertThat(series).extracting(CooperationNetwork.YearPolarisation::year).containsExactly(2019, 2020, 2021, 2022);
        assertThat(series.getFirst().note()).isNotNull();              // no eastern member yet
        assertThat(series.getLast().asOf()).isEqualTo("2022-06-30");
        assertThat(series.getLast().onlyB()).isEqualTo(2);
        assertThatThrownBy(() -> cfg.withBlocs(List.of("west"))).hasMessageContaining("two different groups");
    }
}
