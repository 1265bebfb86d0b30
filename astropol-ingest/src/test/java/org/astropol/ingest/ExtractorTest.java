package org.astropol.ingest;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractorTest {
    static final Extractor X = new Extractor(Gazetteer.ofEntries(List.of(
            new Gazetteer.Entry("Russia", "RUS", true), new Gazetteer.Entry("China", "CHN", true), new Gazetteer.Entry("India", "IND", true),
            new Gazetteer.Entry("International Lunar Research Station", "ilrs", true))));

    static List<String> dates(String t) { return Extractor.dates(t).stream().map(d -> d.value() + "/" + d.precision()).toList(); }

    /** What the piece-wise readers find, as text with offsets relative to {@code shift}. */
    static List<String> found(String text, int shift) {
        var r = X.extract(text);
        List<String> out = new java.util.ArrayList<>();
        for (var m : r.mentions()) out.add(m.id() + "@" + (m.start() - shift));
        for (var d : r.dates()) out.add(d.value() + "/" + d.precision() + "@" + (d.start() - shift) + "-" + (d.end() - shift));
        for (var q : r.quantities()) out.add(q.value().toPlainString() + " " + q.unit() + "@" + (q.start() - shift) + "-" + (q.end() - shift));
        return out;
    }

    @Test void aLongTextReadInPiecesLosesNothingAcrossAPieceEnd() {
        String s = "On 5 March 2021 Russia and China signed; it cost US$ 1.5 billion, 40% of 2,000 launches in the 1990s, 5th country.";
        List<String> alone = found(s, 0);
        assertThat(alone).contains("RUS@16", "2021-03-05/day@3-15", "1500000000 USD@49-64", "40 %@66-69", "1990/decade@95-100");
        // the sentence starts just before, at and after a piece end, after spaces, short words, or one run of letters
        // longer than a piece (which the piece has to grow for)
        for (String filler : List.of(" ", "ab ", "word. ", "a")) {
            for (int k = -60; k <= 2; k++) {
                int len = Extractor.Triggers.PIECE + k;
                String pad = filler.repeat(len / filler.length() + 1).substring(0, len) + " ";
                assertThat(found(pad + s, pad.length())).as("filler '%s', sentence at %d", filler, pad.length()).isEqualTo(alone);
            }
        }
    }

    @Test void datesAndPeriodsInTheCorpusForms() {
        assertThat(dates("It happened in March 2021.")).containsExactly("2021-03/month");
        assertThat(dates("from the 1950s to the 1970s")).containsExactly("1950/decade", "1970/decade");
        assertThat(dates("during 2016-2017 and 2018–19")).containsExactly("2016/year", "2017/year", "2018/year", "2019/year");
        assertThat(dates("a station by 2030")).containsExactly("2030/year");
        assertThat(dates("on 27 January 1967, and on October 10, 1967, and 2019-02-01")).containsExactly("1967-01-27/day", "1967-10-10/day", "2019-02-01/day");
        var d = Extractor.dates("signed in March 2021.").get(0);
        assertThat(d.text()).isEqualTo("March 2021");
        assertThat(d.start()).isEqualTo(10);
        assertThat(d.end()).isEqualTo(20);
    }

    @Test void datesOfTheSixLanguagesWithTheirPrecision() {
        assertThat(dates("le 9 juillet 2024")).containsExactly("2024-07-09/day");
        assertThat(dates("le 1er mars 2020 et en juillet 2024")).containsExactly("2020-03-01/day", "2024-07/month");
        assertThat(dates("el 9 de diciembre de 2021")).containsExactly("2021-12-09/day");
        assertThat(dates("en julio de 2024")).containsExactly("2024-07/month");
        assertThat(dates("2021年3月9日")).containsExactly("2021-03-09/day");
        assertThat(dates("2021年3月")).containsExactly("2021-03/month");
        assertThat(dates("15 ноября 2021 года")).containsExactly("2021-11-15/day");
        assertThat(dates("13.10.2020 и в марте 2021 года")).containsExactly("2020-10-13/day", "2021-03/month");
        assertThat(dates("في 13 أكتوبر 2020 و9 تشرين الأول 2021")).containsExactly("2020-10-13/day", "2021-10-09/day");
        var arabicDigits = X.extract("في ١٣ أكتوبر ٢٠٢٠").dates();
        assertThat(arabicDigits).extracting(Extractor.DateMention::value).containsExactly("2020-10-13");
        assertThat(arabicDigits.get(0).text()).isEqualTo("١٣ أكتوبر ٢٠٢٠");
    }

    static List<String> amounts(String t) {
        return X.extract(t).quantities().stream()
                .map(x -> x.value().toPlainString() + " " + x.unit() + (x.bound() == null ? "" : " " + x.bound())).toList();
    }

    /** Forms of the French and Luxembourg space laws (issue 15 law-text evaluation, development part). */
    @Test void amountsAndYearsOfFrenchLegalText() {
        assertThat(amounts("une amende de 200 000 euros le fait")).containsExactly("200000 EUR");
        assertThat(amounts("une amende de 1.250 à 500.000 euros")).containsExactly("1250 EUR", "500000 EUR");
        assertThat(amounts("varie entre 5.000 et 500.000 euros")).containsExactly("5000 EUR", "500000 EUR");
        // a lower bound takes the currency only, never a scale word it would need to share
        assertThat(amounts("de 5 à 10 millions d'euros")).containsExactly("10000000 EUR");
        assertThat(dates("la résolution 1962 (XVIII) et l'ordonnance n° 2019-964 du 18 septembre 2019")).containsExactly("2019-09-18/day");
        assertThat(dates("Projet de loi n° 297 (2006-2007)")).containsExactly("2006/year", "2007/year");
    }

    @Test void amountsAndCountsOfTheSixLanguages() {
        assertThat(amounts("3,8 млрд долларов")).containsExactly("3800000000 USD");
        assertThat(amounts("7.080 millones de euros")).containsExactly("7080000000 EUR");
        assertThat(amounts("8 658 millions de dollars")).containsExactly("8658000000 USD");
        assertThat(amounts("10,8 mil millones de dólares")).containsExactly("10800000000 USD");
        assertThat(amounts("67次航天发射")).containsExactly("67 launches");
        assertThat(amounts("预算为82.32亿美元")).containsExactly("8232000000 USD");
        assertThat(amounts("₹615 crore")).containsExactly("6150000000 INR");
        assertThat(amounts("more than 1,500 pieces of debris")).containsExactly("1500 debris pieces min");
        assertThat(amounts("٨٦٥٨ مليون دولار")).containsExactly("8658000000 USD");
        assertThat(amounts("11 орбитальных запусков и 2 lancements orbitaux")).containsExactly("11 launches", "2 launches");
        assertThat(amounts("In 2020 launches rose, and 12 of them failed")).isEmpty();
        // the passage's language is read around the figure: English after Russian and Chinese
        assertThat(amounts("15 ноября 2021 года, 3,8 млрд долларов; 67次航天发射; more than 1,500 pieces of debris"))
                .containsExactly("3800000000 USD", "67 launches", "1500 debris pieces min");
    }

    static final Extractor EVENTS = new Extractor(Gazetteer.ofEntries(List.of(
            new Gazetteer.Entry("Canada", "CAN", true), new Gazetteer.Entry("Japon", "JPN", true), new Gazetteer.Entry("Россия", "RUS", true),
            new Gazetteer.Entry("كندا", "CAN", true), new Gazetteer.Entry("巴基斯坦", "PAK", true), new Gazetteer.Entry("Latvia", "LVA", true),
            new Gazetteer.Entry("Artemis Accords", "artemis-accords", true), new Gazetteer.Entry("accords Artemis", "artemis-accords", false),
            new Gazetteer.Entry("اتفاقيات أرتميس", "artemis-accords", false), new Gazetteer.Entry("国际月球科研站", "ilrs", true),
            new Gazetteer.Entry("Международная научная лунная станция", "ilrs", true))));

    static List<String> events(String t) {
        return EVENTS.extract(t).statements().stream().filter(c -> c.type().equals("membership"))
                .map(c -> c.subjects() + " " + c.value() + " " + c.object() + " " + c.date()).toList();
    }

    @Test void membershipEventsInTheSixLanguages() {
        assertThat(events("Canada signed the Artemis Accords on 13 October 2020, NASA said.")).containsExactly("[CAN] signature artemis-accords 2020-10-13");
        assertThat(events("Le 13 octobre 2020, le Japon a signé les accords Artemis.")).containsExactly("[JPN] signature artemis-accords 2020-10-13");
        assertThat(events("في 13 أكتوبر 2020، وقعت كندا على اتفاقيات أرتميس.")).containsExactly("[CAN] signature artemis-accords 2020-10-13");
        assertThat(events("巴基斯坦于2023年10月18日加入了国际月球科研站。")).containsExactly("[PAK] joining ilrs 2023-10-18");
        assertThat(events("9 марта 2021 года Россия присоединилась к Международной научной лунной станции."))
                .containsExactly("[RUS] joining ilrs 2021-03-09");
        assertThat(events("Latvia announced that it will sign the Artemis Accords in 2025.")).containsExactly("[LVA] announced artemis-accords null");
        assertThat(events("Canada and Latvia signed a memorandum on the Artemis Accords in 2021.")).isEmpty();   // a document about X, not X
    }

    @Test void numbersThatAreNotYears() {
        assertThat(dates("ISBN 979-10-373-0277-9, 2,000 satellites, $2000, 1998.5 km, p. 2019")).isEmpty();
    }

    @Test void impossibleDaysAreNotOfferedAsDates() {
        // found by ExtractorFuzzTest: "31 February 2019" became the date 2019-02-31, which check then refuses
        assertThat(dates("31 February 2019")).doesNotContain("2019-02-31/day");
        assertThat(dates("on Feb. 30, 2020 and 2019-02-29")).noneMatch(d -> d.endsWith("/day"));
        assertThat(dates("29 February 2020")).containsExactly("2020-02-29/day");
    }

    static List<String> q(String t) {
        return Extractor.quantities(t, Extractor.dates(t)).stream()
                .map(x -> x.value().toPlainString() + " " + x.unit() + " " + x.currency() + " " + x.year()).toList();
    }

    @Test void moneyWithCurrencyMagnitudeAndReferenceYear() {
        assertThat(q("In 2019 the budget was 295.5 billion yen.")).containsExactly("295500000000 JPY JPY 2019");
        assertThat(q("NASA got $3.8 billion")).containsExactly("3800000000 USD USD null");
        assertThat(q("RMB 20 billion (roughly USD 3 billion)")).containsExactly("20000000000 CNY CNY null", "3000000000 USD USD null");
        assertThat(q("prices of $6,300-8900 per kilogram")).containsExactly("6300 USD/kg USD null", "8900 USD/kg USD null");
        assertThat(q("€1.2 bn and 150 million euros and 40 billion rubles"))
                .containsExactly("1200000000 EUR EUR null", "150000000 EUR EUR null", "40000000000 RUB RUB null");
        assertThat(q("a share of 35% and 12.5 percent")).containsExactly("35 % null null", "12.5 % null null");
        assertThat(q("costs $12,500-18,800/kg and $8100-10800/kilograms"))
                .containsExactly("12500 USD/kg USD null", "18800 USD/kg USD null", "8100 USD/kg USD null", "10800 USD/kg USD null");
        assertThat(q("for about six hundred million Euros")).containsExactly("600000000 EUR EUR null");
        assertThat(Extractor.number("295.5", "billion")).isEqualTo(new BigDecimal("295500000000"));
    }

    @Test void agreementsRankingsAndShares() {
        var r = X.extract("Russia and China signed a memorandum on the International Lunar Research Station in March 2021. "
                + "India became the fourth country capable of reaching Mars. China accounted for 35% of global launches.");
        var agreement = r.statements().get(0);
        assertThat(agreement.type()).isEqualTo("agreement");
        assertThat(agreement.subjects()).containsExactly("RUS", "CHN");
        assertThat(agreement.object()).isEqualTo("ilrs");
        assertThat(agreement.date()).isEqualTo("2021-03");
        assertThat(agreement.quote()).startsWith("Russia and China signed").endsWith("March 2021.");
        var ranking = r.statements().get(1);
        assertThat(ranking.type()).isEqualTo("ranking");
        assertThat(ranking.subjects()).containsExactly("IND");
        assertThat(ranking.value()).isEqualTo("4");
        assertThat(ranking.object()).isEqualTo("country capable of reaching Mars");
        var share = r.statements().get(2);
        assertThat(share.type()).isEqualTo("share");
        assertThat(share.subjects()).containsExactly("CHN");
        assertThat(share.value()).isEqualTo("35");
        assertThat(share.object()).isEqualTo("global launches");
        assertThat(r.statements()).allSatisfy(s -> assertThat(s.quote().length()).isLessThanOrEqualTo(300));
        assertThat(X.extract("Such rights of a third State to claim compensation remain.").statements()).isEmpty();
    }
}
