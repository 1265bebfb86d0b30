package org.astropol.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.astropol.curation.DataHash;
import org.astropol.store.Database;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash tests: the real command line started as a child JVM and killed with SIGKILL after varying delays, during
 * build, import, ingest and review accept. Afterwards the database opens, each table holds the rows of before or of
 * after the command (never a mix), data/ still passes check, and the same command then runs to the end.
 */
class KillNineTest extends CliTestBase {
    private static final long[] DELAYS_MS = {400, 1200, 2200};

    /** Starts astropol with the arguments in a child JVM on the test class path, kills it after {@code delayMs}. */
    private void killAfter(long delayMs, String... args) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
                "-XX:TieredStopAtLevel=1", "-cp", classPath, Main.class.getName()));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("--data", data.toString(), "--db", db.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        if (!p.waitFor(delayMs, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no finally blocks
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    private long count(String sql) throws Exception {
        try (var c = Database.openReadOnly(db); var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void dataStillPassesCheck(String hashBefore) throws Exception {
        Run check = run("check");
        assertThat(check.code()).as(check.err()).isZero();
        if (hashBefore != null) assertThat(DataHash.of(data)).isEqualTo(hashBefore);
    }

    @Test
    void buildKilledLeavesTheOldOrTheNewKnowledgeBase() throws Exception {
        assertThat(run("build").code()).isZero();
        long entitiesBefore = count("SELECT count(*) FROM entity"), statementsBefore = count("SELECT count(*) FROM statement");
        Files.writeString(data.resolve("topics/added.yaml"), "entities:\n  - {id: FRA, type: state, name: France, source: test-doc, page: 1,\n"
                + "     statements: [{property: space-budget, value: 2.7 billion, unit: EUR, year: 2021, source: test-doc, page: 1}]}\n");
        String hash = DataHash.of(data);
        for (long delay : DELAYS_MS) {
            killAfter(delay, "build");
            long entities = count("SELECT count(*) FROM entity"), statements = count("SELECT count(*) FROM statement");
            String builtFrom = count("SELECT count(*) FROM build_info WHERE key = 'data_hash' AND value = '" + hash + "'") == 1 ? "new" : "old";
            if (builtFrom.equals("new")) {
                assertThat(entities).isEqualTo(entitiesBefore + 1);
                assertThat(statements).isEqualTo(statementsBefore + 1);
            } else {
                assertThat(entities).as("killed after %d ms", delay).isEqualTo(entitiesBefore);
                assertThat(statements).isEqualTo(statementsBefore);
            }
            dataStillPassesCheck(hash);
        }
        assertThat(run("build").code()).isZero();
        assertThat(count("SELECT count(*) FROM entity")).isEqualTo(entitiesBefore + 1);
    }

    @Test
    void importKilledKeepsThePreviousTable() throws Exception {
        assertThat(run("build").code()).isZero();
        Path small = Path.of(System.getProperty("astropol.root"), "astropol-imports/src/test/resources/fixtures/gcat/launchlog.tsv");
        assertThat(run("import", "gcat-launchlog", small.toString()).code()).isZero();
        long before = count("SELECT count(*) FROM launch_payload");
        Path big = tmp.resolve("launchlog-big.tsv");
        StringBuilder b = new StringBuilder(Files.readAllLines(small).getFirst()).append('\n');
        for (int i = 0; i < 200_000; i++) {
            b.append("2000-").append(i).append("\t2000 Jan 1\t2000-").append(i).append(" A\tP\tSat ").append(i).append("\t-\tS").append(100_000 + i)
                    .append("\tOWN\tUS\tThor\t-\t-\tSITE\tPAD\t-\t-\tAG\tUS\tOS\tCite\n");
        }
        Files.writeString(big, b);
        for (long delay : DELAYS_MS) {
            killAfter(delay, "import", "gcat-launchlog", big.toString());
            assertThat(count("SELECT count(*) FROM launch_payload")).as("killed after %d ms", delay).isIn(before, 200_000L);
        }
        Run done = run("import", "gcat-launchlog", big.toString());
        assertThat(done.code()).as(done.err()).isZero();
        assertThat(count("SELECT count(*) FROM launch_payload")).isEqualTo(200_000L);
    }

    @Test
    void ingestAndReviewAcceptKilledLeaveWholeDocumentsAndCheckableData() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("note.txt"), "Japan and Australia signed a memorandum on lunar exploration in March 2021.\n");
        assertThat(run("ingest", docs.toString()).code()).isZero();
        for (int i = 0; i < 12; i++) {
            Files.writeString(docs.resolve("report-" + i + ".txt"), ("China and Russia signed an agreement on the International Lunar Research Station in "
                    + (1990 + i) + ". The budget was $" + i + ".5 billion.\n\n").repeat(40));
        }
        String hash = DataHash.of(data);
        for (long delay : DELAYS_MS) {
            killAfter(delay, "ingest", docs.toString());
            assertThat(count("SELECT count(*) FROM document")).isBetween(1L, 13L);
            assertThat(count("SELECT count(*) FROM document d WHERE NOT EXISTS (SELECT 1 FROM passage p WHERE p.document = d.id)"))
                    .as("documents without passages after a kill at %d ms", delay).isZero();
            assertThat(count("SELECT count(*) FROM passage p WHERE NOT EXISTS (SELECT 1 FROM document d WHERE d.id = p.document)")).isZero();
            dataStillPassesCheck(hash);
        }
        Run listed = run("review", "list", "--format", "json");
        assertThat(listed.code()).as(listed.err()).isZero();
        String candidate = new ObjectMapper().readTree(listed.out()).get("candidates").get(0).get("id").asText();
        Path accepted = data.resolve("reviewed/accepted.yaml");
        for (long delay : DELAYS_MS) {
            killAfter(delay, "review", "accept", candidate);
            dataStillPassesCheck(null);
            if (Files.exists(accepted)) assertThat(Files.readString(accepted)).contains("statements:");
        }
        assertThat(run("ingest", docs.toString()).code()).isZero();
        assertThat(count("SELECT count(*) FROM document")).isEqualTo(13);
    }
}
