package org.astropol.analysis;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Ideal points with the anchor as a parameter, and their bootstrap intervals over resampled roll calls. */
class AlignmentBootstrapTest {
    /** Two camps: A and B vote yes, C and D no, on every roll call; E sides with A on half of them. */
    static VoteRecords camps() {
        List<VoteRecords.Vote> v = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String rc = "rc" + i;
            LocalDate d = LocalDate.of(2000 + i, 12, 1);
            v.add(new VoteRecords.Vote(rc, d, "t", "A", "yes"));
            v.add(new VoteRecords.Vote(rc, d, "t", "B", "yes"));
            v.add(new VoteRecords.Vote(rc, d, "t", "C", "no"));
            v.add(new VoteRecords.Vote(rc, d, "t", "D", "no"));
            v.add(new VoteRecords.Vote(rc, d, "t", "E", i % 2 == 0 ? "yes" : "no"));
        }
        return VoteRecords.of(v);
    }

    @Test
    void theAnchorChoosesThePositiveSide() {
        var byC = Alignment.matrix(camps(), List.of(), "t", null, "C").idealPoints();
        var byA = Alignment.matrix(camps(), List.of(), "t", null, "A").idealPoints();
        assertThat(byC.get("C")).isPositive();
        assertThat(byC.get("A")).isNegative();
        assertThat(byA.get("A")).isEqualTo(-byC.get("A"));
        assertThat(Math.abs(byA.get("E"))).as("the swing state sits between the camps").isLessThan(Math.abs(byA.get("A")));
    }

    @Test
    void intervalsHoldThePointAndWidenForTheSwingState() {
        Map<String, Alignment.IdealPointInterval> ci = Alignment.bootstrap(camps(), List.of(), "t", null, "A", 200, 7).stream()
                .collect(Collectors.toMap(Alignment.IdealPointInterval::state, Function.identity()));
        assertThat(ci).containsOnlyKeys("A", "B", "C", "D", "E");
        for (var i : ci.values()) assertThat(i.point()).as(i.state()).isBetween(i.low() - 1e-9, i.high() + 1e-9);
        assertThat(ci.get("A").low()).as("the anchor's camp stays positive in every replicate").isPositive();
        assertThat(ci.get("C").high()).isNegative();
        assertThat(ci.get("E").high() - ci.get("E").low()).as("resampling moves the swing state most")
                .isGreaterThan(ci.get("A").high() - ci.get("A").low());
        // seeded: the same call gives the same intervals
        assertThat(Alignment.bootstrap(camps(), List.of(), "t", null, "A", 200, 7)).isEqualTo(List.copyOf(Alignment.bootstrap(camps(), List.of(), "t", null, "A", 200, 7)));
    }
}
