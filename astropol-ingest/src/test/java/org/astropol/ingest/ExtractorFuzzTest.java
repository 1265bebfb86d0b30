package org.astropol.ingest;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing the money and date extractors (and the whole extraction) with texts built from the words they react to:
 * they never throw, every mention's offsets lie inside the text and cover exactly the text it reports, and dates are
 * real dates.
 */
class ExtractorFuzzTest {
    private static final List<String> WORDS = List.of("In", "2019", "2021", "1957", "0", "31", "29", "February", "Feb.", "March", "mid-2020",
            "Q3", "1990s", "the", "budget", "was", "$", "US$", "€", "¥", "£", "3.8", "1,200,000", "295.5", "99999999999999999999999999999999999",
            "1e40", "billion", "million", "trillion", "thousand", "bn", "yen", "yuan", "euros", "dollars", "rubles", "USD", "EUR", "per",
            "kg", "%", "percent", "(", ")", ",", ".", "-", "–", "/", ":", "Russia", "China", "India", "signed", "agreement", "on", "with",
            "International Lunar Research Station", "\n", "\n\n", "  ", "\u00a0", "\u0660\u0661", "中国", "年", "月", "日", "2019年3月");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> words = Arbitraries.of(WORDS).list().ofMaxSize(40).map(l -> String.join(" ", l));
        Arbitrary<String> glued = Arbitraries.of(WORDS).list().ofMaxSize(25).map(l -> String.join("", l));
        return Arbitraries.oneOf(words, glued, Arbitraries.strings().all().ofMaxLength(80));
    }

    @Property
    void extractionNeverThrowsAndEveryOffsetCoversItsText(@ForAll("texts") String text) {
        var dates = Extractor.dates(text);
        for (var d : dates) {
            assertThat(text.substring(d.start(), d.end())).as(text).isEqualTo(d.text());
            assertThat(org.astropol.model.PartialDate.parse(d.value()).toString()).isEqualTo(d.value());
        }
        for (var q : Extractor.quantities(text, dates)) {
            assertThat(text.substring(q.start(), q.end())).as(text).isEqualTo(q.text());
            assertThat(q.value()).isNotNull();
        }
        var r = ExtractorTest.X.extract(text);
        for (var m : r.mentions()) assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        for (var c : r.statements()) assertThat(c.start()).isBetween(0, c.end());
    }
}
