package org.astropol.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the command line as a user would (arguments in, text and exit code out) on the curation fixture. */
class CliTest extends CliTestBase {

    @Test
    void membersAsOfGivesTheFoundersWithDatesAndSources() throws Exception {
        Run r = run("members", "artemis-accords", "--as-of", "2020-10-31", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("group").asText()).isEqualTo("artemis-accords");
        assertThat(j.get("asOf").asText()).isEqualTo("2020-10-31");
        assertThat(j.get("members")).extracting(m -> m.get("id").asText()).containsExactlyInAnyOrder("AUS", "JPN", "USA", "nasa");
        for (JsonNode m : j.get("members")) {
            assertThat(m.get("since").asText()).isEqualTo("2020-10-13");
            assertThat(m.get("sources").get(0).get("title").asText()).isNotBlank();
            assertThat(m.has("name") && m.has("role") && m.has("until")).isTrue();
        }
        JsonNode later = new ObjectMapper().readTree(run("members", "artemis-accords", "--as-of", "2021-07-01", "--format", "json").out());
        assertThat(later.get("members")).extracting(m -> m.get("id").asText()).contains("BRA");
    }

    @Test
    void entityJsonListsStatementsEachWithASource() throws Exception {
        Run r = run("entity", "RUS", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("id").asText()).isEqualTo("RUS");
        assertThat(j.get("type").asText()).isEqualTo("state");
        assertThat(j.get("names")).extracting(n -> n.get("name").asText()).contains("Российская Федерация");
        assertThat(j.get("statements")).isNotEmpty();
        for (JsonNode s : j.get("statements")) {
            assertThat(s.get("sources").size()).isPositive();
            assertThat(s.has("property") && s.has("value") && s.has("unit") && s.has("from") && s.has("until") && s.has("status")).isTrue();
        }
        JsonNode budget = null;
        for (JsonNode s : j.get("statements")) if (s.get("property").asText().equals("space-budget")) budget = s;
        assertThat(budget.get("value").decimalValue()).isEqualByComparingTo("1500000000");
        assertThat(budget.get("status").asText()).isEqualTo("disputed");
    }

    @Test
    void timelineOfAPairRunsThroughPredecessorsInOrder() throws Exception {
        JsonNode j = new ObjectMapper().readTree(run("timeline", "RUS", "CHN", "--format", "json").out());
        assertThat(j.get("ids")).extracting(JsonNode::asText).containsExactly("RUS", "CHN");
        assertThat(j.get("events")).extracting(e -> e.get("date").asText()).containsExactly("1950-02-14", "2021-03-09");
    }

    @Test
    void sqlRefusesWritesWithExitOneAndLeavesTheDatabaseUnchanged() throws Exception {
        assertThat(run("build").code()).isZero();
        String before = run("sql", "SELECT count(*) AS n FROM membership", "--format", "csv").out();
        assertThat(before).contains("n");
        for (String bad : new String[]{"DELETE FROM membership", "DROP TABLE entity", "SELECT 1; DELETE FROM membership",
                "COPY membership TO '" + tmp.resolve("x.csv") + "'", "INSERT INTO entity (id, type, kind) VALUES ('x','state','state')"}) {
            Run r = run("sql", bad);
            assertThat(r.code()).as(bad).isEqualTo(1);
            assertThat(r.err()).as(bad).contains("refused");
        }
        Run attach = run("sql", "SELECT * FROM read_csv('" + tmp.resolve("data/sources/fixture.yaml") + "')");
        assertThat(attach.code()).isEqualTo(1);
        assertThat(run("sql", "SELECT count(*) AS n FROM membership", "--format", "csv").out()).isEqualTo(before);
        assertThat(Files.exists(tmp.resolve("x.csv"))).isFalse();
    }

    @Test
    void sqlRunsOneStatementOnlyAndStopsAtItsLimitsWithAMessageNotAStackTrace() throws Exception {
        assertThat(run("build").code()).isZero();
        Run smuggled = run("sql", "SELECT 1 -- it's\n; SELECT 2; SELECT 3 -- '", "--format", "csv");
        assertThat(smuggled.code()).isEqualTo(1);
        assertThat(smuggled.out()).isEmpty();
        assertThat(smuggled.err()).contains("refused: exactly one statement is allowed, DuckDB's parser found 3").doesNotContain("\tat ");
        Run analyze = run("sql", "EXPLAIN ANALYZE SELECT count(*) FROM membership");
        assertThat(analyze.code()).isEqualTo(1);
        assertThat(analyze.err()).contains("only plain EXPLAIN is allowed");

        Run capped = run("sql", "SELECT * FROM range(300000)", "--max-rows", "10", "--format", "csv");
        assertThat(capped.code()).isZero();
        assertThat(capped.out().lines().count()).isEqualTo(11);
        assertThat(capped.err()).contains("stopped after 10 rows (--max-rows)");
        Run slow = run("sql", "SELECT count(*) FROM range(100000000000) a", "--timeout", "1");
        assertThat(slow.code()).isEqualTo(1);
        assertThat(slow.err()).contains("query stopped: it ran longer than 1 s (--timeout)").doesNotContain("\tat ");
        Run big = run("sql", "SELECT list(i) FROM range(50000000) t(i)", "--memory-limit", "64MB");
        assertThat(big.code()).isEqualTo(1);
        assertThat(big.err()).contains("memory limit of 64MB (--memory-limit)").doesNotContain("\tat ");
    }

    @Test
    void checkReportsInjectedErrorsWithFileAndLineAndBuildThenRefuses() throws Exception {
        assertThat(run("build").code()).isZero();
        long size = Files.size(db);
        Files.writeString(data.resolve("topics/broken.yaml"), "entities:\n  - {id: china, type: state, name: X, source: nowhere}\n");
        Run check = run("check");
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.err()).contains("data/topics/broken.yaml:2: bad ISO code 'china'").contains("data/topics/broken.yaml:2: unknown source 'nowhere'");
        Run build = run("build");
        assertThat(build.code()).isEqualTo(1);
        assertThat(build.err()).contains("nothing was built").doesNotContain("Exception");
        assertThat(Files.size(db)).isEqualTo(size);
    }

    @Test
    void usageErrorsExitTwoAndUnknownIdsExitOneWithoutStackTraces() {
        assertThat(run("members").code()).isEqualTo(2);
        assertThat(run("members", "artemis-accords", "--as-of", "2020-13-45").code()).isEqualTo(1);
        Run unknown = run("entity", "no-such-thing");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("unknown id 'no-such-thing'").doesNotContain("\tat ");
        assertThat(run("members", "artemis-accords", "--format", "xml").code()).isEqualTo(2);
    }

    @Test
    void tableAndCsvFormatsRender() {
        Run t = run("members", "artemis-accords", "--as-of", "2022-01-01");
        assertThat(t.out()).contains("Australia name".replace(" name", "")).contains("(5 rows)");
        Run c = run("members", "artemis-accords", "--as-of", "2022-01-01", "--format", "csv");
        assertThat(c.out().lines().findFirst().orElseThrow()).isEqualTo("id,name,type,role,stage,since,until,sources");
        assertThat(c.out().lines().count()).isEqualTo(6);
        assertThat(c.out().lines().skip(1)).allSatisfy(line -> assertThat(line.split(",")[4]).isEqualTo("signed"));
        Run bad = run("members", "artemis-accords", "--stage", "joined");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown stage 'joined'");
        assertThat(run("members", "artemis-accords", "--as-of", "2022-01-01", "--stage", "announced").out()).contains("0 members in all");
    }
}
