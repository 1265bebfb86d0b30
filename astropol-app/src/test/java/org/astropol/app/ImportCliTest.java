package org.astropol.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.astropol.store.KnowledgeBaseWriter;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** `import`, `vote` and `sql` on imported tables, and `build` leaving imported tables alone. */
class ImportCliTest extends CliTestBase {
    static final Path FIXTURES = Path.of(System.getProperty("astropol.root"), "astropol-imports/src/test/resources/fixtures");



    @Test
    void buildRecreatesOnlyCuratedTablesSoImportsSurviveIt() throws Exception {
        assertThat(run("build").code()).isZero();
        Run imp = run("import", "gcat-satcat", FIXTURES.resolve("gcat/satcat.tsv").toString());
        assertThat(imp.code()).as(imp.err()).isZero();
        assertThat(imp.out()).contains("space_object: 7 rows (new table)");
        assertThat(run("import", "unvotes", FIXTURES.resolve("unvotes").toString()).code()).isZero();
        // change data/ so that the next command rebuilds, then build explicitly too
        Files.writeString(data.resolve("sources/extra-comment.yaml"), "# touched\n");
        assertThat(run("build").code()).isZero();
        Run sql = run("sql", "SELECT state, count(*) AS n FROM space_object GROUP BY state ORDER BY state", "--format", "json");
        assertThat(sql.code()).as(sql.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(sql.out()).get("rows");
        assertThat(rows).hasSize(5);
        assertThat(run("sql", "SELECT count(*) FROM un_vote").out()).contains("20");
        assertThat(run("sql", "SELECT count(*) FROM payloads_by_state_year").code()).isZero();
        // imported tables are not in the curated list the build drops
        assertThat(KnowledgeBaseWriter.CURATED_TABLES).doesNotContain("space_object", "un_vote", "un_roll_call", "import_log");
        assertThat(run("entity", "RUS").code()).isZero();
    }

    @Test
    void voteReportsTheTallyAndEveryPosition() throws Exception {
        assertThat(run("import", "unvotes", FIXTURES.resolve("unvotes").toString()).code()).isZero();
        Run v = run("vote", "A/RES/45/55", "--format", "json");
        assertThat(v.code()).as(v.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(v.out());
        assertThat(j.get("resolution").asText()).isEqualTo("A/RES/45/55");
        assertThat(j.get("date").asText()).isEqualTo("1990-12-04");
        assertThat(j.get("title").asText()).isEqualTo("PREVENTION OF AN ARMS RACE IN OUTER SPACE");
        assertThat(j.get("yes").asInt()).isEqualTo(3);
        assertThat(j.get("no").asInt()).isEqualTo(1);
        assertThat(j.get("abstain").asInt()).isEqualTo(2);
        assertThat(j.get("positions")).hasSize(7);
        for (JsonNode p : j.get("positions")) assertThat(p.get("vote").asText()).isIn("yes", "no", "abstain", "absent");
        assertThat(j.get("positions").get(0).fieldNames()).toIterable().containsExactly("id", "vote", "inferred", "source");
        Run unknown = run("vote", "A/RES/99/1");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("no recorded vote on A/RES/99/1");
    }

    @Test
    void aVoteAnswerIsKeptUntilTheDatabaseChanges() throws Exception {
        assertThat(run("import", "unvotes", FIXTURES.resolve("unvotes").toString()).code()).isZero();
        String answer = run("vote", "A/RES/45/55", "--format", "json").out();
        Path results = db.resolveSibling("kb.duckdb.results");
        List<Path> kept;
        try (var files = Files.list(results)) { kept = files.toList(); }
        assertThat(kept).hasSize(1);
        // the kept answer is what the next call prints, while the database is unchanged
        AnalyticsCliTest.keepInstead(kept.get(0), "kept answer\n");
        assertThat(run("vote", "A/RES/45/55", "--format", "json").out()).isEqualTo("kept answer\n");
        // a file that does not start with this question's whole key (another key with the same name) is not its answer
        Files.writeString(kept.get(0), "kept answer\n");
        assertThat(run("vote", "A/RES/45/55", "--format", "json").out()).isEqualTo(answer);
        AnalyticsCliTest.keepInstead(kept.get(0), "kept answer\n");
        assertThat(run("vote", "A/RES/45/55", "--format", "json").out()).isEqualTo("kept answer\n");
        assertThat(run("vote", "A/RES/45/55", "--format", "csv").out()).isNotEqualTo("kept answer\n");
        // any write to the database (here another import) makes it compute the answer again
        assertThat(run("import", "gcat-satcat", FIXTURES.resolve("gcat/satcat.tsv").toString()).code()).isZero();
        assertThat(run("vote", "A/RES/45/55", "--format", "json").out()).isEqualTo(answer);
    }

    @Test
    void badImportExitsOneWithFileLineFieldAndChangesNothing() {
        assertThat(run("import", "gcat-launchlog", FIXTURES.resolve("gcat/launchlog.tsv").toString()).code()).isZero();
        Path bad = FIXTURES.resolve("gcat/launchlog-bad.tsv");
        Run r = run("import", "gcat-launchlog", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(bad + ":5: Launch_Date: not a GCAT date").contains("nothing was imported");
        assertThat(run("sql", "SELECT count(*) AS n FROM launch_payload").out()).contains("7");
        Run skip = run("import", "gcat-launchlog", bad.toString(), "--skip-bad");
        assertThat(skip.code()).isZero();
        assertThat(skip.err()).contains("skipped " + bad + ":6: row: expected 20 fields, found 3");
        assertThat(skip.out()).contains("launch_payload: 7 rows (added 0, removed 0, changed 0)").contains("skipped 3 malformed row(s)");
        assertThat(run("import", "nope", bad.toString()).err()).contains("unknown import kind 'nope'");
    }

    @Test
    void gcatOrganisationsAreLinkedToCuratedOrganisationsByNameAndState() {
        assertThat(run("build").code()).isZero();
        assertThat(run("import", "gcat-orgs", FIXTURES.resolve("gcat/orgs-kb.tsv").toString()).code()).isZero();
        Run r = run("sql", "SELECT code, entity_id FROM organisation_entity ORDER BY code", "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("code,entity_id\nNASA,nasa\n"); // the French namesake is in another state
    }
}
