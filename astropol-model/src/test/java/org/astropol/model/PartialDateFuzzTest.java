package org.astropol.model;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Fuzzing PartialDate: any text either parses or is refused with IllegalArgumentException, never anything else. */
class PartialDateFuzzTest {
    @Provide
    Arbitrary<String> dateLike() {
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(12);
        Arbitrary<String> noise = Arbitraries.strings().withChars("0123456789-+ T:/\u0000\u00e9\u0660x").ofMaxLength(14);
        return Arbitraries.oneOf(noise, Arbitraries.strings().all().ofMaxLength(12),
                net.jqwik.api.Combinators.combine(digits, digits, digits).as((y, m, d) -> y + "-" + m + "-" + d),
                net.jqwik.api.Combinators.combine(digits, digits).as((y, m) -> y + "-" + m));
    }

    @Property
    void anyTextParsesOrIsRefusedWithAMessage(@ForAll("dateLike") String text) {
        try {
            PartialDate d = PartialDate.parse(text);
            assertThat(PartialDate.parse(d.toString())).isEqualTo(d);
            assertThat(d.earliest()).isBeforeOrEqualTo(d.latest());
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
        try {
            PartialDate.parseDay(text);
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).contains("expected YYYY-MM-DD");
        }
    }

    @Property
    void everyRealDayRoundTripsAtEachPrecision(@ForAll @IntRange(min = 1, max = 9999) int year, @ForAll @IntRange(min = 0, max = 400) int dayOfYear) {
        LocalDate day = LocalDate.ofYearDay(year, 1).plusDays(Math.min(dayOfYear, LocalDate.ofYearDay(year, 1).lengthOfYear() - 1));
        PartialDate d = PartialDate.ofDay(day);
        assertThat(PartialDate.parse(d.toString())).isEqualTo(d);
        assertThat(PartialDate.parse(PartialDate.ofMonth(year, day.getMonthValue()).toString()).earliest()).isEqualTo(day.withDayOfMonth(1));
        assertThat(PartialDate.parse(PartialDate.ofYear(year).toString()).latest()).isEqualTo(LocalDate.of(year, 12, 31));
    }
}
