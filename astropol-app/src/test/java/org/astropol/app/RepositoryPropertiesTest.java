package org.astropol.app;

import org.astropol.analysis.Comparison;
import org.astropol.analysis.CooperationNetwork;
import org.astropol.analysis.Explain;
import org.astropol.analysis.InstitutionalDensity;
import org.astropol.analysis.SpacePowerIndex;
import org.astropol.analysis.Ties;
import org.astropol.curation.CuratedDataReader;
import org.astropol.model.EntityType;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Relationship;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Invariants of the analyses on the curated data (data/): a membership never counts before it starts (network,
 * density, compare), ranks are a permutation, scores stay within their documented ranges, and --explain traces
 * every number to records with a file:line.
 */
class RepositoryPropertiesTest {
    static KnowledgeBase kb;
    static final List<String> PROGRAMMES = List.of("artemis-accords", "ilrs", "chinese-space-station");

    @BeforeAll
    static void read() throws Exception {
        kb = CuratedDataReader.read(Path.of(System.getProperty("astropol.root"), "data")).knowledgeBase();
    }

    /** Dated memberships of states in the three programmes, a fixed pseudo-random sample of them. */
    static List<Relationship.Membership> sample(int n) {
        List<Relationship.Membership> all = new ArrayList<>();
        for (Relationship r : kb.relationships()) {
            if (r instanceof Relationship.Membership m && PROGRAMMES.contains(m.group()) && m.agentFor() == null && m.valid().from() != null
                    && kb.entity(m.member()).map(e -> e.type() == EntityType.STATE).orElse(false)) all.add(m);
        }
        java.util.Collections.shuffle(all, new Random(7));
        return all.subList(0, Math.min(n, all.size()));
    }

    @Test
    void aMembershipNeverCountsBeforeItStarts() {
        var sample = sample(12);
        assertThat(sample).hasSizeGreaterThanOrEqualTo(10);
        for (var m : sample) {
            LocalDate before = m.valid().from().earliest().minusDays(1);
            String why = m.id() + " as of " + before;
            // network: no edge cites the membership
            var net = CooperationNetwork.of(kb, before, CooperationNetwork.Config.defaults().withLayers(java.util.Set.copyOf(org.astropol.analysis.TieLayers.ALL)));
            for (var e : net.edges()) assertThat(e.records()).as(why).doesNotContain(m.id());
            // density: the membership is behind no partner and no channel
            var d = InstitutionalDensity.of(kb, m.group(), before, null);
            for (var line : Explain.density(kb, d, before)) assertThat(line.records()).extracting(Ties.Trace::id).as(why).doesNotContain(m.id());
            // compare: no member count on a day before the start cites it
            var c = Comparison.of(kb, m.group(), "ilrs".equals(m.group()) ? "artemis-accords" : "ilrs", before);
            for (var line : Explain.comparison(kb, c, before)) assertThat(line.records()).extracting(Ties.Trace::id).as(why).doesNotContain(m.id());
            // and from its first day it does count in the programme's membership
            var on = m.valid().from().latest();
            if (org.astropol.model.Validity.counts(kb, m, on)) assertThat(Ties.groups(kb, on).getOrDefault(m.group(), java.util.Map.of())).as(m.id()).containsKey(m.member());
        }
    }

    @Test
    void ranksArePermutationsAndScoresStayInRange() {
        for (String day : List.of("1990-06-30", "2008-06-30", "2023-06-30", "2025-06-30")) {
            LocalDate d = LocalDate.parse(day);
            var t = SpacePowerIndex.of(kb, d, SpacePowerIndex.Config.defaults());
            int n = t.states().size();
            assertThat(t.states()).extracting(SpacePowerIndex.State::rank).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, n).boxed().toList());
            for (var s : t.states()) {
                assertThat(s.score()).isBetween(0.0, 100.0);
                assertThat(s.rankInterval()[0]).isBetween(1, s.rank());
                assertThat(s.rankInterval()[1]).isBetween(s.rank(), n);
            }
            var net = CooperationNetwork.of(kb, d, CooperationNetwork.Config.defaults());
            double pr = 0;
            for (var node : net.nodes()) {
                assertThat(node.betweenness()).isBetween(0.0, 1.0);
                assertThat(node.eigenvector()).isBetween(0.0, 1.0);
                assertThat(node.weightedDegree()).isPositive();
                pr += node.pagerank();
            }
            if (!net.nodes().isEmpty()) assertThat(pr).isCloseTo(1.0, within(1e-3));
            assertThat(net.polarisation().crossShare()).isBetween(0.0, 1.0);
            for (String p : PROGRAMMES) {
                if (kb.entity(p).isEmpty() || d.getYear() < 2021) continue;   // the three programmes have no state members before 2021
                var den = InstitutionalDensity.of(kb, p, d, null);
                assertThat(den.score()).isBetween(0.0, 4.0 * den.cap());
                assertThat(den.unReach()).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void explainTracesEveryNumberToRecordsWithAnOrigin() {
        LocalDate d = LocalDate.of(2025, 6, 30);
        var net = CooperationNetwork.of(kb, d, CooperationNetwork.Config.defaults());
        var lines = Explain.network(kb, net);
        assertThat(lines).hasSize(net.edges().size());
        for (var l : lines) {
            assertThat(l.records()).isNotEmpty();
            for (var t : l.records()) assertThat(t.origin()).as(t.id()).matches("data/.+\\.yaml:\\d+");
        }
        var f = org.astropol.analysis.Firsts.of(kb, "human-spaceflight", d);
        var fl = Explain.firsts(kb, f);
        assertThat(fl).hasSize(f.states().size());
        for (var l : fl) assertThat(l.records()).isNotEmpty().allSatisfy(t -> assertThat(t.origin()).matches("data/.+\\.yaml:\\d+"));
        var c = Comparison.of(kb, "CHN", "JPN", d);
        for (var l : Explain.comparison(kb, c, d)) if (!l.field().endsWith(" density")) assertThat(l.records()).as(l.field()).isNotEmpty();
        var den = InstitutionalDensity.of(kb, "ilrs", d, null);
        var dl = Explain.density(kb, den, d);
        assertThat(dl.stream().filter(l -> l.field().contains(" partner ")).count()).isEqualTo(den.partners());
        for (var l : dl) if (l.field().contains(" partner ") || l.field().contains(" channel ")) assertThat(l.records()).as(l.field()).isNotEmpty();
    }
}
