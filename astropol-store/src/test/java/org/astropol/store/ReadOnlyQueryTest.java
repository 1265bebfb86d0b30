package org.astropol.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SQL guard (DuckDB's parser decides) and the reader's limits, on a small database with a marker table. */
class ReadOnlyQueryTest {
    @TempDir Path tmp;
    Path db;

    @BeforeEach
    void database() throws Exception {
        db = tmp.resolve("kb.duckdb");
        try (Connection c = Database.openWritable(db); var st = c.createStatement()) {
            st.execute("CREATE TABLE marker (n INTEGER)");
            st.execute("INSERT INTO marker VALUES (1), (2)");
        }
        Files.writeString(tmp.resolve("secret.csv"), "a,b\n1,2\n");
    }

    private ReadOnlyQuery.Result run(String sql) {
        return ReadOnlyQuery.run(db, sql, ReadOnlyQuery.Limits.DEFAULT);
    }

    private long markerRows() {
        return ((Number) run("SELECT count(*) AS n FROM marker").rows().getFirst().get("n")).longValue();
    }

    @Test
    void aCommentHidingASeparatorDoesNotSmuggleInMoreStatements() {
        // today's lexer took "it's" as an open quote and ran all three
        String smuggled = "SELECT 1 -- it's\n; SELECT 2; SELECT 3 -- '";
        assertThatThrownBy(() -> run(smuggled)).isInstanceOf(StoreException.class)
                .hasMessage("refused: exactly one statement is allowed, DuckDB's parser found 3");
        assertThatThrownBy(() -> run("SELECT 1 /* ; */; SELECT 2")).hasMessageContaining("DuckDB's parser found 2");
        assertThatThrownBy(() -> run("SELECT 1; DELETE FROM marker")).hasMessageContaining("refused").hasMessageContaining("another kind");
        assertThat(markerRows()).isEqualTo(2);
    }

    @Test
    void explainAnalyzeIsRefusedButPlainExplainRuns() {
        assertThatThrownBy(() -> run("EXPLAIN ANALYZE SELECT * FROM marker"))
                .hasMessage("refused: EXPLAIN ANALYZE runs the query; only plain EXPLAIN is allowed");
        assertThatThrownBy(() -> run("/* x */ explain -- y\n analyse SELECT 1")).hasMessageContaining("EXPLAIN ANALYZE");
        assertThatThrownBy(() -> run("EXPLAIN SELECT 1; SELECT 2")).hasMessageContaining("DuckDB's parser found 2");
        assertThatThrownBy(() -> run("EXPLAIN COPY marker TO 'x.csv'")).hasMessage("refused: only EXPLAIN of a single query is allowed");
        assertThat(run("EXPLAIN SELECT * FROM marker").rows()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SELECT n FROM marker WHERE n > 1                | 1
            WITH m AS (SELECT n FROM marker) SELECT * FROM m | 2
            FROM marker                                      | 2
            VALUES (1), (2), (3)                             | 3
            DESCRIBE marker                                  | 1
            SHOW TABLES                                      | 1
            SUMMARIZE marker                                 | 1
            -- a comment first\\nSELECT 1;                  | 1
            """)
    void thePromisedKindsRun(String sql, int rows) {
        assertThat(run(sql.replace("\\n", "\n")).rows()).hasSize(rows);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            COPY marker TO 'OUT'                    | (COPY)
            COPY (SELECT 1) TO 'OUT'                | (COPY)
            ATTACH 'OUT' AS other                   | (ATTACH)
            INSTALL httpfs                          | (INSTALL)
            LOAD httpfs                             | (LOAD)
            SET memory_limit = '100GB'              | (SET)
            PRAGMA version                          | (PRAGMA)
            EXPORT DATABASE 'OUT'                   | (EXPORT)
            DELETE FROM marker                      | (DELETE)
            CREATE TABLE t AS SELECT 1              | (CREATE)
            CALL pragma_version()                   | (CALL)
            """)
    void everyOtherKindIsRefusedByTheParserBeforeItRuns(String sql, String named) {
        String target = tmp.resolve("out").toString();
        assertThatThrownBy(() -> run(sql.replace("OUT", target))).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("refused: only a single SELECT").hasMessageContaining("DuckDB's parser found a statement of another kind " + named);
        assertThat(tmp.resolve("out")).doesNotExist();
        assertThat(markerRows()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SELECT * FROM read_csv('FILE')
            SELECT * FROM read_text('FILE')
            SELECT * FROM glob('DIR/*')
            SELECT * FROM 'FILE'
            """)
    void queriesThatReadFilesAreStoppedByTheConnection(String sql) {
        String q = sql.replace("FILE", tmp.resolve("secret.csv").toString()).replace("DIR", tmp.toString());
        assertThatThrownBy(() -> run(q)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("query failed: ").hasMessageContaining("Permission Error");
    }

    @Test
    void theReaderStopsAtMaxRowsAndSaysSo() {
        var r = ReadOnlyQuery.run(db, "SELECT * FROM range(300000)", new ReadOnlyQuery.Limits(1000, Duration.ofSeconds(60), "1GB"));
        assertThat(r.rows()).hasSize(1000);
        assertThat(r.truncated()).isTrue();
        var exact = ReadOnlyQuery.run(db, "SELECT * FROM range(1000)", new ReadOnlyQuery.Limits(1000, Duration.ofSeconds(60), "1GB"));
        assertThat(exact.truncated()).isFalse();
        // a 200M-row result is not materialised: the default cap reads 100,000 rows and stops
        var huge = run("SELECT * FROM range(200000000)");
        assertThat(huge.rows()).hasSize(ReadOnlyQuery.Limits.DEFAULT.maxRows());
        assertThat(huge.truncated()).isTrue();
    }

    @Test
    void aLongQueryStopsAtTheTimeoutWithAClearMessage() {
        var limits = new ReadOnlyQuery.Limits(10, Duration.ofSeconds(1), "1GB");
        long start = System.nanoTime();
        assertThatThrownBy(() -> ReadOnlyQuery.run(db, "SELECT count(*) FROM range(100000000000) a", limits))
                .isInstanceOf(StoreException.class).hasMessage("query stopped: it ran longer than 1 s (--timeout)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void aQueryNeedingMoreThanTheMemoryLimitStopsWithAClearMessage() {
        var limits = new ReadOnlyQuery.Limits(10, Duration.ofSeconds(60), "64MB");
        assertThatThrownBy(() -> ReadOnlyQuery.run(db, "SELECT list(i) FROM range(50000000) t(i)", limits))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("query stopped: it needs more than the memory limit of 64MB (--memory-limit)");
    }

    @Test
    void emptyAndUnparsableTextIsRefusedWithTheParserMessage() {
        assertThatThrownBy(() -> run("  ")).hasMessage("refused: empty query");
        assertThatThrownBy(() -> run("SELEC 1")).hasMessageStartingWith("query failed: ").hasMessageContaining("syntax error");
    }

    @Test
    void aCallerConnectionStillWorksWithTheGuard() throws Exception {
        try (Connection c = Database.openReadOnly(db)) {
            assertThat(ReadOnlyQuery.run(c, "SELECT n FROM marker ORDER BY n", 1).rows()).containsExactly(Map.of("n", 1));
            assertThatThrownBy(() -> ReadOnlyQuery.run(c, "ATTACH 'x.db'", 1)).hasMessageContaining("(ATTACH)");
        }
        assertThat(List.of(db)).allMatch(Files::exists);
    }
}
