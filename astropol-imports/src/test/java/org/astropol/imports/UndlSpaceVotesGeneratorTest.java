package org.astropol.imports;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UndlSpaceVotesGeneratorTest {
    static final Map<String, String> STATES = Map.of("CHINA", "CHN", "UNITED STATES", "USA", "FRANCE", "FRA", "CHN", "CHN", "USA", "USA", "FRA", "FRA");
    static final LocalDate FROM = LocalDate.of(2020, 1, 1);

    /** The 2022 copy's layout: names as columns, abstentions under ABSENT COUNT, Y/N/A/X. */
    static final String NAMES = String.join("\n",
            "Council,Date,Title,Resolution,TOTAL VOTES,NO-VOTE COUNT,ABSENT COUNT,NO COUNT,YES COUNT,Link,token,CHINA,UNITED STATES,FRANCE",
            "General Assembly,2020-12-07,No first placement of weapons in outer space : resolution / adopted by the General Assembly,A/RES/75/37,3,0,1,1,1,https://x,3893853,Y,N,A",
            "General Assembly,2020-12-07,Reducing nuclear danger,A/RES/75/1,3,0,0,0,3,https://x,1,Y,Y,Y",
            "General Assembly,2014-12-02,Prevention of an arms race in outer space,A/RES/69/31,3,1,0,0,2,https://x,820056,Y,X,Y",
            "");

    @Test
    void positionsFrom2020AndSecondCountsBefore(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("names.csv"), NAMES);
        var known = Map.of("A/RES/69/31", new UndlSpaceVotesGenerator.Known("A/RES/69/31", 3, 0, 0));
        var o = UndlSpaceVotesGenerator.generate(List.of(new UndlSpaceVotesGenerator.Input(in, "copy")), STATES::get, known, FROM, dir.resolve("out"));
        assertThat(o.rollCalls()).isEqualTo(1);
        assertThat(o.tallies()).isEqualTo(1);
        assertThat(o.disputedTallies()).isEqualTo(1);
        String session = Files.readString(dir.resolve("out/ga-session-75.yaml"));
        assertThat(session).contains("symbol: \"A/RES/75/37\"", "topic: no-first-placement", "yes: [CHN]", "no: [USA]", "abstain: [FRA]",
                "UN Digital Library record 3893853").doesNotContain("75/1\"");
        String tallies = Files.readString(dir.resolve("out/" + UndlSpaceVotesGenerator.TALLY_FILE));
        assertThat(tallies).contains("vote: \"A/RES/69/31\", yes: 2, no: 0, abstain: 0, status: disputed", "lists 3-0-0");
    }

    /** The 2025 copy's layout: alpha-3 columns, YES/NO/ABSTAIN, blank for not voting. */
    @Test
    void alpha3LayoutAndCountsChecked(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("a3.csv"), String.join("\n",
                "Link,token,Title,Council,Resolution,Date,YES COUNT,NO COUNT,ABSTAIN COUNT,tags,CHN,USA,FRA",
                "https://x,4094663,No first placement of weapons in outer space,General Assembly,A/RES/80/20,2025-12-01,1,1,0,\"SPACE LAW, OUTER SPACE\",YES,NO,",
                ""));
        UndlSpaceVotesGenerator.generate(List.of(new UndlSpaceVotesGenerator.Input(in, "copy")), STATES::get, Map.of(), FROM, dir.resolve("out"));
        assertThat(Files.readString(dir.resolve("out/ga-session-80.yaml"))).contains("yes: [CHN]", "no: [USA]", "absent: []", "others: absent");
        Path bad = Files.writeString(dir.resolve("bad.csv"), Files.readString(in).replace(",1,1,0,", ",2,1,0,"));
        assertThatThrownBy(() -> UndlSpaceVotesGenerator.generate(List.of(new UndlSpaceVotesGenerator.Input(bad, "copy")), STATES::get, Map.of(), FROM, dir.resolve("out")))
                .hasMessageContaining("bad.csv:2").hasMessageContaining("disagree");
    }

    @Test
    void aVotingColumnWithoutAStateIsAnError(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("n.csv"), NAMES.replace("FRANCE", "ATLANTIS"));
        assertThatThrownBy(() -> UndlSpaceVotesGenerator.generate(List.of(new UndlSpaceVotesGenerator.Input(in, "copy")), STATES::get, Map.of(), FROM, dir.resolve("out")))
                .hasMessageContaining("n.csv:2").hasMessageContaining("ATLANTIS");
    }

    /** The crawler log layout: Python dict literals after "Scraped from", split strings, a double-quoted name, a bare name for not voting. */
    static final String LOG = String.join("\n",
            "2025-01-01 18:33:06 [scrapy.core.engine] DEBUG: Crawled (200) <GET https://digitallibrary.un.org/record/4069200?ln=en>",
            "2025-01-01 18:33:07 [scrapy.core.scraper] DEBUG: Scraped from <200 https://digitallibrary.un.org/record/4069200?ln=en>",
            "{'agenda': ['A/79/251 96a Prevention of an arms race in outer space. ARMS '",
            "            'RACE--OUTER SPACE'],",
            " 'id_record': ['4069200'],",
            " 'resolution_symbol': ['A/RES/79/18'],",
            " 'title': ['Weapons of mass destruction in outer space : resolution / adopted '",
            "           'by the General Assembly'],",
            " 'vote': [' Y CHINA',",
            "          \" N LAO PEOPLE'S REPUBLIC\",",
            "          ' A FRANCE',",
            "          '  UNITED STATES'],",
            " 'vote_date': ['2024-12-02']}",
            "2025-01-01 18:33:07 [scrapy.core.scraper] DEBUG: Scraped from <200 https://digitallibrary.un.org/record/1?ln=en>",
            "{'id_record': ['1'], 'resolution_symbol': ['A/RES/79/1'], 'title': ['Oceans'], 'vote': [' Y CHINA'], 'vote_date': ['2024-12-09']}",
            "2025-01-01 18:33:08 [scrapy.core.engine] INFO: Closing spider (finished)",
            "");

    @Test
    void crawlerLogLayout(@TempDir Path dir) throws Exception {
        var states = new java.util.HashMap<>(STATES);
        states.put("LAO PEOPLE'S REPUBLIC", "LAO");
        Path in = Files.writeString(dir.resolve("scrapy.log"), LOG);
        var o = UndlSpaceVotesGenerator.generate(List.of(new UndlSpaceVotesGenerator.Input(in, "crawl")), states::get, Map.of(), FROM, dir.resolve("out"));
        assertThat(o.rollCalls()).isEqualTo(1);
        assertThat(o.positions()).isEqualTo(3);
        assertThat(Files.readString(dir.resolve("out/ga-session-79.yaml"))).contains("symbol: \"A/RES/79/18\"", "date: 2024-12-02",
                "title: \"Weapons of mass destruction in outer space\"", "topic: nuclear-weapons-in-space",
                "tally: {yes: 1, no: 1, abstain: 1, source: crawl, section: \"UN Digital Library record 4069200 (A/RES/79/18), line 2\"}",
                "yes: [CHN]", "no: [LAO]", "abstain: [FRA]", "absent: [USA]").doesNotContain("79/1\"");
        assertThatThrownBy(() -> UndlSpaceVotesGenerator.generate(List.of(new UndlSpaceVotesGenerator.Input(in, "crawl")), STATES::get, Map.of(), FROM, dir.resolve("out")))
                .hasMessageContaining("scrapy.log:2").hasMessageContaining("LAO PEOPLE'S REPUBLIC");
        Path cut = Files.writeString(dir.resolve("cut.log"), LOG.replace(" 'vote_date': ['2024-12-02']}", " 'vote_date': ['2024-12-02'"));
        assertThatThrownBy(() -> UndlSpaceVotesGenerator.generate(List.of(new UndlSpaceVotesGenerator.Input(cut, "crawl")), states::get, Map.of(), FROM, dir.resolve("out")))
                .hasMessageContaining("cut.log:3").hasMessageContaining("not a scraped record");
    }

    @Test
    void topics() {
        assertThat(UndlSpaceVotesGenerator.topic("Destructive direct-ascent anti-satellite missile testing")).isEqualTo("da-asat");
        assertThat(UndlSpaceVotesGenerator.topic("Reducing space threats through norms, rules and principles of responsible behaviours")).isEqualTo("responsible-behaviours");
        assertThat(UndlSpaceVotesGenerator.topic("Weapons of mass destruction in outer space")).isEqualTo("nuclear-weapons-in-space");
        assertThat(UndlSpaceVotesGenerator.topic("International cooperation in the peaceful uses of outer space")).isEqualTo("other");
    }
}
