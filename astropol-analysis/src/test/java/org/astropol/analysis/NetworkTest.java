package org.astropol.analysis;

import org.astropol.model.KnowledgeBase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NetworkTest {
    static final CooperationNetwork.Config NO_DECAY = new CooperationNetwork.Config(CooperationNetwork.Config.defaults().kindWeights(), 0, Set.of());
    static final LocalDate DAY = LocalDate.of(2024, 1, 1);

    /** A, B, C in a programme g; A and D in a bilateral partnership. */
    static KnowledgeBase small() {
        return new Kb().state("AAA").state("BBB").state("CCC").state("DDD").programme("g", null)
                .member("AAA", "g", "2020", null).member("BBB", "g", "2020", null).member("CCC", "g", "2021-06-01", null)
                .partnership("ad", "2022", "AAA", "DDD").build();
    }

    static Map<String, CooperationNetwork.Edge> edges(CooperationNetwork.Result r) {
        Map<String, CooperationNetwork.Edge> m = new HashMap<>();
        for (var e : r.edges()) m.put(e.source() + "-" + e.target(), e);
        return m;
    }

    @Test
    void tieWeightsAreKindWeightOverGroupSizeMinusOne() {
        var r = CooperationNetwork.of(small(), DAY, NO_DECAY);
        var e = edges(r);
        assertThat(e).containsOnlyKeys("AAA-BBB", "AAA-CCC", "BBB-CCC", "AAA-DDD");
        assertThat(e.get("AAA-BBB").weight()).isEqualTo(0.25);   // 0.5 x 1/(3-1)
        assertThat(e.get("AAA-BBB").kinds()).containsExactly("co-member");
        assertThat(e.get("AAA-DDD").weight()).isEqualTo(1.0);
        assertThat(e.get("AAA-DDD").kinds()).containsExactly("partnership");
        assertThat(e.get("AAA-DDD").records()).containsExactly("ad");
    }

    @Test
    void centralitiesMatchHandComputedValues() {
        var r = CooperationNetwork.of(small(), DAY, NO_DECAY);
        Map<String, CooperationNetwork.Node> n = new HashMap<>();
        r.nodes().forEach(x -> n.put(x.id(), x));
        assertThat(n.get("AAA").degree()).isEqualTo(3);
        assertThat(n.get("AAA").weightedDegree()).isEqualTo(1.5);
        // A lies on the shortest paths D-B and D-C (of 3 pairs not involving A): 2/3
        assertThat(n.get("AAA").betweenness()).isCloseTo(2.0 / 3, within(1e-6));
        assertThat(n.get("BBB").betweenness()).isZero();
        assertThat(r.nodes().stream().mapToDouble(CooperationNetwork.Node::pagerank).sum()).isCloseTo(1.0, within(1e-5));
        assertThat(n.get("AAA").eigenvector()).isGreaterThan(n.get("DDD").eigenvector());
    }

    @Test
    void anAsOfBeforeAMembershipNeverCountsIt() {
        KnowledgeBase kb = small();
        for (LocalDate d = LocalDate.of(2019, 1, 1); d.isBefore(LocalDate.of(2024, 1, 1)); d = d.plusDays(29)) {
            var e = edges(CooperationNetwork.of(kb, d, NO_DECAY));
            if (d.isBefore(LocalDate.of(2021, 6, 1))) assertThat(e.keySet()).noneMatch(k -> k.contains("CCC"));
            if (d.isBefore(LocalDate.of(2022, 1, 1))) assertThat(e).doesNotContainKey("AAA-DDD");
            if (d.isBefore(LocalDate.of(2020, 1, 1))) assertThat(e).isEmpty();
        }
        // before C joins, g has two members: the pair gets the full 0.5
        assertThat(edges(CooperationNetwork.of(kb, LocalDate.of(2021, 1, 1), NO_DECAY)).get("AAA-BBB").weight()).isEqualTo(0.5);
    }

    @Test
    void tiesHalveEveryHalfLife() {
        var cfg = new CooperationNetwork.Config(CooperationNetwork.Config.defaults().kindWeights(), 2, Set.of());
        var e = edges(CooperationNetwork.of(small(), LocalDate.of(2024, 1, 1), cfg));
        assertThat(e.get("AAA-DDD").weight()).isCloseTo(0.5, within(1e-3));     // 2 years after 2022-01-01
        assertThat(e.get("AAA-BBB").weight()).isCloseTo(0.25 * 0.25, within(1e-3)); // 4 years
    }

    @Test
    void aBigGroupGivesEachMemberTheSameTotalAsABilateralOne() {
        Kb kb = new Kb().programme("big", null);
        for (int i = 0; i < 120; i++) { String id = "X" + (char) ('A' + i / 26) + (char) ('A' + i % 26); kb.state(id).member(id, "big", "2020", null); }
        var r = CooperationNetwork.of(kb.build(), DAY, NO_DECAY);
        for (var node : r.nodes()) assertThat(node.weightedDegree()).isCloseTo(0.5, within(1e-6));
    }

    @Test
    void polarisationIgnoresTheCoalitionsOwnTiesAndBrokersSitInBoth() {
        KnowledgeBase kb = new Kb().state("AAA").state("BBB").state("CCC").state("DDD").state("EEE").state("FFF")
                .programme("artemis-accords", null).programme("ilrs", null).programme("club", null)
                .member("AAA", "artemis-accords", "2020", null).member("BBB", "artemis-accords", "2020", null).member("EEE", "artemis-accords", "2020", null)
                .member("CCC", "ilrs", "2021", null).member("DDD", "ilrs", "2021", null).member("EEE", "ilrs", "2021", null)
                .partnership("ab", "2020", "AAA", "BBB").partnership("cd", "2020", "CCC", "DDD").partnership("ac", "2020", "AAA", "CCC")
                .partnership("fa", "2020", "FFF", "AAA").partnership("fd", "2020", "FFF", "DDD")
                .build();
        var p = CooperationNetwork.polarisation(kb, DAY, NO_DECAY);
        assertThat(p.onlyA()).containsExactly("AAA", "BBB");
        assertThat(p.onlyB()).containsExactly("CCC", "DDD");
        assertThat(p.withinA()).isEqualTo(1.0);
        assertThat(p.withinB()).isEqualTo(1.0);
        assertThat(p.cross()).isEqualTo(1.0);
        assertThat(p.crossShare()).isCloseTo(1.0 / 3, within(1e-6));
        // Q of the two blocs on the path B-A-C-D: 2 x (1/3 - (3/6)^2) = 1/6
        assertThat(p.modularity()).isCloseTo(1.0 / 6, within(1e-6));
        assertThat(CooperationNetwork.brokers(kb, DAY, NO_DECAY)).containsExactly("EEE", "FFF");
        assertThat(CooperationNetwork.polarisation(kb, LocalDate.of(2020, 6, 1), NO_DECAY).note()).isNotNull();
    }

    @Test
    void louvainSplitsTwoTrianglesJoinedByAWeakTie() {
        var g = WeightedGraph.of(6, new int[]{0, 0, 1, 3, 3, 4, 2}, new int[]{1, 2, 2, 4, 5, 5, 3}, new double[]{1, 1, 1, 1, 1, 1, 0.1});
        int[] c = g.louvain();
        assertThat(c).containsExactly(0, 0, 0, 1, 1, 1);
        assertThat(g.modularity(c)).isGreaterThan(0.4);
        assertThat(g.modularity(new int[6])).isCloseTo(0, within(1e-9));
    }

    @Test
    void graphmlListsEveryNodeAndEdge() {
        var r = CooperationNetwork.of(small(), DAY, NO_DECAY);
        String x = CooperationNetwork.graphml(r);
        assertThat(x).startsWith("<?xml").contains("<node id=\"AAA\">").contains("<edge source=\"AAA\" target=\"DDD\">");
        assertThat(x.split("<node ", -1)).hasSize(r.nodes().size() + 1);
        assertThat(x.split("<edge ", -1)).hasSize(r.edges().size() + 1);
        assertThat(List.of(r.nodes().get(0).community())).allMatch(i -> i >= 0);
    }
}
