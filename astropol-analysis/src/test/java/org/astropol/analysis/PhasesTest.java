package org.astropol.analysis;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhasesTest {
    static Timeline.Result timeline(int... years) {
        List<Timeline.Entry> es = new ArrayList<>();
        int i = 0;
        for (int y : years) es.add(new Timeline.Entry(y + "-06-01", i % 2 == 0 ? "agreement" : "visit", "e" + i, List.of("A", "B"), "r" + i++, List.of()));
        return new Timeline.Result(List.of("A", "B"), es);
    }

    @Test
    void aBusyStretchBetweenQuietOnesIsItsOwnPhase() {
        // 1950-1959: one entry a year; 1960-1979 nothing; 1980-1989 three a year
        List<Integer> ys = new ArrayList<>();
        for (int y = 1950; y < 1960; y++) ys.add(y);
        for (int y = 1980; y < 1990; y++) { ys.add(y); ys.add(y); ys.add(y); }
        var p = Phases.of(timeline(ys.stream().mapToInt(Integer::intValue).toArray()), 1989, 10, 1.0, 5);
        assertThat(p.phases()).extracting(Phases.Span::from).containsExactly(1950, 1960, 1980);
        assertThat(p.phases()).extracting(Phases.Span::to).containsExactly(1959, 1979, 1989);
        assertThat(p.phases()).extracting(Phases.Span::entries).containsExactly(10, 0, 30);
        assertThat(p.phases().get(1).level()).isEqualTo("dormant");
        assertThat(p.phases().get(2).level()).isEqualTo("high");
        // periods of ten years aligned on the decade; agreements are the agreement-kind entries; records traceable
        assertThat(p.periods()).extracting(Phases.Span::from).containsExactly(1950, 1960, 1970, 1980);
        assertThat(p.periods().get(0).agreements()).isEqualTo(5);
        assertThat(p.periods().get(0).records()).hasSize(10).contains("r0", "r9");
    }

    @Test
    void phasesTileTheYearsAndCountsAddUp() {
        var t = timeline(1990, 1990, 1991, 1995, 2003, 2004, 2004, 2004, 2010);
        for (double pen : new double[]{0, 0.5, 1, 3, 10}) for (int min = 1; min <= 6; min++) {
            var p = Phases.of(t, 2012, 5, pen, min);
            assertThat(p.phases().get(0).from()).isEqualTo(1990);
            assertThat(p.phases().get(p.phases().size() - 1).to()).isEqualTo(2012);
            for (int i = 1; i < p.phases().size(); i++) assertThat(p.phases().get(i).from()).isEqualTo(p.phases().get(i - 1).to() + 1);
            for (var s : p.phases()) assertThat(s.to() - s.from() + 1).isGreaterThanOrEqualTo(min);
            assertThat(p.phases().stream().mapToInt(Phases.Span::entries).sum()).isEqualTo(9);
            assertThat(p.periods().stream().mapToInt(Phases.Span::entries).sum()).isEqualTo(9);
        }
        // a huge penalty leaves one phase; entries after the end year are not counted
        assertThat(Phases.of(t, 2012, 10, 1e9, 1).phases()).hasSize(1);
        assertThat(Phases.of(t, 2000, 10, 1.0, 1).phases().stream().mapToInt(Phases.Span::entries).sum()).isEqualTo(4);
        assertThat(Phases.of(timeline(), 2000, 10, 1.0, 5).phases()).isEmpty();
        assertThatThrownBy(() -> Phases.of(t, 2012, 0, 1.0, 5)).hasMessageContaining("--period");
    }
}
