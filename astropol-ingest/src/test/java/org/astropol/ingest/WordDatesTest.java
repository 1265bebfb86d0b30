package org.astropol.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates written in words (issue 15): the closing forms of the UN treaties and days in words before digit years. */
class WordDatesTest {
    static List<String> dates(String t) { return Extractor.dates(t).stream().map(d -> d.value() + "/" + d.precision()).toList(); }

    static Extractor.DateMention only(String t) {
        var ds = Extractor.dates(t);
        assertThat(ds).hasSize(1);
        return ds.get(0);
    }

    @Test void englishTreatyClosings() {
        String t = "DONE in triplicate, at the cities of London, Moscow and Washington, the twenty-seventh day of January, one thousand nine hundred and sixty-seven.";
        var d = only(t);
        assertThat(d.value()).isEqualTo("1967-01-27");
        assertThat(d.precision()).isEqualTo("day");
        assertThat(d.text()).isEqualTo("twenty-seventh day of January, one thousand nine hundred and sixty-seven");
        assertThat(dates("opened for signature on the fourteenth day of January, one thousand nine hundred and seventy-five"))
                .containsExactly("1975-01-14/day");
        assertThat(dates("this twenty-ninth day of March, one thousand nine hundred and seventy-\ntwo.")).containsExactly("1972-03-29/day");
        assertThat(dates("the first day of May, two thousand and twenty")).containsExactly("2020-05-01/day");
        assertThat(dates("in March, one thousand nine hundred and eighty")).containsExactly("1980-03/month");
        assertThat(dates("in the year one thousand nine hundred and ninety-nine")).containsExactly("1999/year");
    }

    @Test void englishDaysInWordsBeforeADigitYear() {
        assertThat(dates("the twenty-seventh day of January 1967")).containsExactly("1967-01-27/day");
        assertThat(dates("on the 3rd of March 2021")).containsExactly("2021-03-03/day");
        assertThat(only("on the second of March 2021").text()).isEqualTo("second of March 2021");
    }

    @Test void frenchForms() {
        var d = only("Fait à Londres, Moscou et Washington, le vingt-sept janvier mil neuf cent soixante-sept.");
        assertThat(d.value()).isEqualTo("1967-01-27");
        assertThat(d.text()).isEqualTo("vingt-sept janvier mil neuf cent soixante-sept");
        assertThat(dates("le vingt -neuf mars mil neuf cent soixante-douze")).containsExactly("1972-03-29/day");
        assertThat(dates("le dix-huit décembre mil neuf cent soixante-dix-neuf")).containsExactly("1979-12-18/day");
        assertThat(dates("le vingt et un juin deux mille vingt")).containsExactly("2020-06-21/day");
        assertThat(dates("le premier janvier deux mille quatre-vingt-dix-neuf")).containsExactly("2099-01-01/day");
        assertThat(dates("le premier janvier 2020")).containsExactly("2020-01-01/day");
        assertThat(dates("en avril mil neuf cent soixante-huit")).containsExactly("1968-04/month");
    }

    @Test void spanishForms() {
        var d = only("HECHO en Londres, Moscú y Washington, el día veintisiete de enero de mil novecientos sesenta y siete.");
        assertThat(d.value()).isEqualTo("1967-01-27");
        assertThat(d.precision()).isEqualTo("day");
        assertThat(d.text()).isEqualTo("veintisiete de enero de mil novecientos sesenta y siete");
        assertThat(dates("el primero de mayo de dos mil veinte")).containsExactly("2020-05-01/day");
        assertThat(dates("el treinta y uno de diciembre de 2021")).containsExactly("2021-12-31/day");
        assertThat(dates("el veintisiete de enero de 1967")).containsExactly("1967-01-27/day");
        assertThat(dates("en marzo de mil novecientos setenta y dos")).containsExactly("1972-03/month");
    }

    @Test void russianForms() {
        var d = only("Совершено в трех экземплярах в городах Лондоне, Москве и Вашингтоне января месяца двадцать седьмого дня "
                + "тысяча девятьсот шестьдесят седьмого года.");
        assertThat(d.value()).isEqualTo("1967-01-27");
        assertThat(d.text()).isEqualTo("января месяца двадцать седьмого дня тысяча девятьсот шестьдесят седьмого года");
        assertThat(dates("двадцать седьмого января тысяча девятьсот шестьдесят седьмого года")).containsExactly("1967-01-27/day");
        assertThat(dates("первого марта две тысячи двадцатого года")).containsExactly("2020-03-01/day");
        assertThat(dates("1-го января 2020 года")).containsExactly("2020-01-01/day");
        assertThat(dates("третьего апреля 2021 года")).containsExactly("2021-04-03/day");
        assertThat(only("двадцать седьмого января 1967 года").text()).isEqualTo("двадцать седьмого января 1967 года");
        assertThat(dates("в тысяча девятьсот девяностом году? нет: в тысяча девятьсот девяностого года")).containsExactly("1990/year");
    }

    @Test void chineseForms() {
        assertThat(dates("一九六七年一月二十七日订于伦敦")).containsExactly("1967-01-27/day");
        var d = only("公元一千九百六十七年一月二十七日");
        assertThat(d.value()).isEqualTo("1967-01-27");
        assertThat(d.text()).isEqualTo("一千九百六十七年一月二十七日");
        assertThat(dates("二〇二〇年十二月")).containsExactly("2020-12/month");
        assertThat(dates("一九九九年")).containsExactly("1999/year");
    }

    @Test void numberWordsThatAreNotDates() {
        assertThat(dates("one thousand satellites and two thousand and twenty tonnes")).isEmpty();
        assertThat(dates("mil neuf cent soixante-sept satellites; mille ans; военных тысяча спутников")).isEmpty();
        assertThat(dates("三千年 一千年 十年")).isEmpty();
        assertThat(dates("Issue 3 of January 2020")).containsExactly("2020-01/month");   // an issue number, not a day
        assertThat(dates("they may, one thousand nine hundred times")).isEmpty();
        assertThat(dates("the thirtieth day of February, one thousand nine hundred and sixty-seven")).noneMatch(x -> x.endsWith("/day"));
    }
}
