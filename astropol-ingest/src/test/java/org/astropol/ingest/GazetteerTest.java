package org.astropol.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {
    static Gazetteer.Entry e(String name, String id, boolean primary) { return new Gazetteer.Entry(name, id, primary); }

    static final Gazetteer G = Gazetteer.ofEntries(List.of(
            e("China", "CHN", true), e("中国", "CHN", false), e("Китай", "CHN", false),
            e("Russia", "RUS", true), e("Russian Federal Space Agency", "roscosmos", true), e("Roscosmos", "roscosmos", false),
            e("Outer Space Treaty", "outer-space-treaty", false), e("OST", "outer-space-treaty", false),
            e("外层空间条约", "outer-space-treaty", false),
            e("Chad", "TCD", true),
            e("ESA", "esa", false), e("European Space Agency", "esa", true),
            e("CAS", "cas", false), e("CAS", "cas-space", false), e("Chinese Academy of Sciences", "cas", true),
            e("Long March", "long-march", true), e("Long March 5", "long-march-5", true),
            e("Mars", "mars", true), e("Tianwen", "tianwen", true)));

    static List<String> ids(String text) { return G.find(text).stream().map(Gazetteer.Mention::id).toList(); }

    @Test void wordBoundariesForLatinScripts() {
        assertThat(ids("Chinatown and Chinese firms")).isEmpty();
        assertThat(ids("(China), China's and China.")).containsExactly("CHN", "CHN", "CHN");
        assertThat(ids("Marsupials; Mars.")).containsExactly("mars");
    }

    @Test void noBoundariesForCjkAndOffsetsAreExact() {
        String t = "中国加入了外层空间条约。";
        var ms = G.find(t);
        assertThat(ms).extracting(Gazetteer.Mention::id).containsExactly("CHN", "outer-space-treaty");
        assertThat(t.substring(ms.get(1).start(), ms.get(1).end())).isEqualTo("外层空间条约");
        assertThat(ids("Китай и Россия")).containsExactly("CHN");
    }

    @Test void longestMatchWinsForNamesInsideLongerNames() {
        var ms = G.find("the Russian Federal Space Agency and Russia launched a Long March 5");
        assertThat(ms).extracting(Gazetteer.Mention::id).containsExactly("roscosmos", "RUS", "long-march-5");
        assertThat(ms.get(2).text()).isEqualTo("Long March 5");
    }

    @Test void acronymsAreCaseSensitiveAndCapitalisedNamesNeedCapitals() {
        assertThat(ids("the OST and the ESA; most cost, esa")).containsExactly("outer-space-treaty", "esa");
        assertThat(ids("a chad of paper; Chad signed")).containsExactly("TCD");
    }

    @Test void namesMatchAcrossLineBreaksAndTypographicQuotes() {
        assertThat(ids("the Outer\nSpace Treaty")).containsExactly("outer-space-treaty");
    }

    @Test void ambiguousNamesResolveByContextOrStayUnlinked() {
        assertThat(ids("CAS said")).isEmpty();
        assertThat(G.ambiguous("CAS said")).containsKey("CAS");
        assertThat(ids("The Chinese Academy of Sciences (CAS) said CAS would")).containsExactly("cas", "cas", "cas");
    }

    @Test void russianNamesMatchInEveryCase() {
        Gazetteer r = Gazetteer.ofEntries(List.of(e("Россия", "RUS", true), e("Соединенные Штаты Америки", "USA", true),
                e("Союз Советских Социалистических Республик", "SUN", true)));
        assertThat(r.find("Россия, России, Россией и о России")).extracting(Gazetteer.Mention::id).containsExactly("RUS", "RUS", "RUS", "RUS");
        assertThat(r.find("с Соединенными Штатами Америки и Союза Советских Социалистических Республик"))
                .extracting(Gazetteer.Mention::text).containsExactly("Соединенными Штатами Америки", "Союза Советских Социалистических Республик");
        assertThat(r.find("россиянин и российский")).isEmpty();
        Gazetteer g = Gazetteer.ofEntries(List.of(e("Соединенное Королевство Великобритании и Северной Ирландии", "GBR", true), e("Китай", "CHN", true)));
        assertThat(g.find("Правительства Соединенного Королевства Великобритании и Северной Ирландии и Китая"))
                .extracting(Gazetteer.Mention::id).containsExactly("GBR", "CHN");
    }

    @Test void arabicNamesMatchWithTheirConjunctionAndArticle() {
        Gazetteer g = Gazetteer.ofEntries(List.of(e("فرنسا", "FRA", true), e("الصين", "CHN", true), e("الولايات المتحدة", "USA", true)));
        var found = g.find("وقعت الصين وفرنسا والولايات المتحدة");
        assertThat(found).extracting(Gazetteer.Mention::id).containsExactly("CHN", "FRA", "USA");
        assertThat(found).extracting(Gazetteer.Mention::text).containsExactly("الصين", "فرنسا", "الولايات المتحدة");
    }

    @Test void namesSharedOverTimeResolveByTheYearTheTextTalksAbout() {
        Gazetteer g = Gazetteer.ofEntries(List.of(new Gazetteer.Entry("Roscosmos", "fka", false, 2004, 2015),
                new Gazetteer.Entry("Roscosmos", "roscosmos-corp", false, 2016, null)));
        assertThat(g.find("In 2008, Roscosmos opened an office.")).extracting(Gazetteer.Mention::id).containsExactly("fka");
        assertThat(g.find("In 2021, Roscosmos and CNSA signed.")).extracting(Gazetteer.Mention::id).containsExactly("roscosmos-corp");
        assertThat(g.find("Roscosmos said.")).isEmpty();
    }

    @Test void capitalisedWordsMustBeCapitalisedAndApostrophesMayBeDropped() {
        Gazetteer g = Gazetteer.ofEntries(List.of(e("Chinese Space Station", "css", false), e("People's Republic of China", "CHN", true)));
        assertThat(g.find("the Chinese space station")).isEmpty();
        assertThat(g.find("the Chinese Space Station and the Peoples Republic of China")).extracting(Gazetteer.Mention::id).containsExactly("css", "CHN");
    }

    @Test void aCountryNameBeforeTheCharacterForLanguageIsTheLanguage() {
        Gazetteer g = Gazetteer.ofEntries(List.of(e("西班牙", "ESP", true)));
        assertThat(g.find("西班牙文和西班牙")).extracting(Gazetteer.Mention::start).containsExactly(5);
    }
}
