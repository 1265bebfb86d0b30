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

    @Test
    void topics() {
        assertThat(UndlSpaceVotesGenerator.topic("Destructive direct-ascent anti-satellite missile testing")).isEqualTo("da-asat");
        assertThat(UndlSpaceVotesGenerator.topic("Reducing space threats through norms, rules and principles of responsible behaviours")).isEqualTo("responsible-behaviours");
        assertThat(UndlSpaceVotesGenerator.topic("Weapons of mass destruction in outer space")).isEqualTo("nuclear-weapons-in-space");
        assertThat(UndlSpaceVotesGenerator.topic("International cooperation in the peaceful uses of outer space")).isEqualTo("other");
    }
}
