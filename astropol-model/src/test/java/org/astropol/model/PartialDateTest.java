package org.astropol.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartialDateTest {

    @Test
    void parsesEachPrecisionAndPrintsItBack() {
        assertThat(PartialDate.parse("1993").precision()).isEqualTo(Precision.YEAR);
        assertThat(PartialDate.parse("1993-06").precision()).isEqualTo(Precision.MONTH);
        assertThat(PartialDate.parse("1993-06-15").precision()).isEqualTo(Precision.DAY);
        for (String s : new String[]{"1993", "1993-06", "1993-06-15", "2020-02-29"}) assertThat(PartialDate.parse(s).toString()).isEqualTo(s);
    }

    @Test
    void rejectsMalformedDatesWithTheTextInTheMessage() {
        for (String bad : new String[]{"93", "1993-13", "1993-02-30", "2021-02-29", "March 2021", "1993/06/15", ""}) {
            assertThatThrownBy(() -> PartialDate.parse(bad)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed date");
        }
    }

    @Test
    void boundsCoverTheWholePeriodAtTheirPrecision() {
        assertThat(PartialDate.parse("2020").earliest()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(PartialDate.parse("2020").latest()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(PartialDate.parse("2024-02").latest()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void intervalHoldsOnlyInsideItsBoundsComparedAtTheirPrecision() {
        Interval i = new Interval(PartialDate.parse("2020-10"), PartialDate.parse("2022"));
        assertThat(i.holdsOn(LocalDate.of(2020, 9, 30))).isFalse();
        assertThat(i.holdsOn(LocalDate.of(2020, 10, 1))).isTrue();
        assertThat(i.holdsOn(LocalDate.of(2022, 12, 31))).isTrue();
        assertThat(i.holdsOn(LocalDate.of(2023, 1, 1))).isFalse();
        assertThat(Interval.ALWAYS.holdsOn(LocalDate.of(1, 1, 1))).isTrue();
    }

    @Test
    void anIntervalIsInvertedOnlyWhenTheEndIsBeforeTheStartAtEveryReading() {
        assertThat(new Interval(PartialDate.parse("2020-05"), PartialDate.parse("2020")).isInverted()).isFalse();
        assertThat(new Interval(PartialDate.parse("2020-05-02"), PartialDate.parse("2020-05-01")).isInverted()).isTrue();
        assertThat(new Interval(PartialDate.parse("2021"), PartialDate.parse("2020-12")).isInverted()).isTrue();
    }

    @Test
    void ordersByEarliestDayThenCoarserFirst() {
        assertThat(PartialDate.parse("2020").compareTo(PartialDate.parse("2020-01-01"))).isLessThan(0);
        assertThat(PartialDate.parse("2019-12-31").compareTo(PartialDate.parse("2020"))).isLessThan(0);
    }
}
