package org.astropol.imports;

import org.astropol.store.Database;
import org.duckdb.BatchAppender;
import org.duckdb.DuckDBConnection;
import org.duckdb.FeedTableFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.astropol.imports.ImportTestSupport.query;

/**
 * The feed table function stores exactly what the appender (and so SQL INSERTs) store of the same values, when DuckDB's threads pull its
 * chunks in parallel; an import stored through it equals the same import stored through appenders; a failure inside the
 * feed fails the INSERT with the feed's message and the import keeps the previous tables.
 */
class FeedTableFunctionTest {
    @TempDir Path dir;

    /** Rows handed out by chunk to whichever DuckDB thread asks, as the importer's reading thread does. */
    static final class CountingFeed implements FeedTableFunction.Feed {
        final int rows;
        final AtomicInteger next = new AtomicInteger();
        final java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();

        CountingFeed(int rows) { this.rows = rows; }

        @Override public List<String> columnNames() { return List.of("s", "d", "l", "i", "h", "b", "day"); }

        @Override public List<String> columnTypes() { return List.of("VARCHAR", "DOUBLE", "BIGINT", "INTEGER", "SMALLINT", "BOOLEAN", "DATE"); }

        @Override public int fill(FeedTableFunction.Chunk chunk) {
            threads.add(Thread.currentThread().getName());
            int from = next.getAndAdd(chunk.capacity());
            int n = Math.max(0, Math.min(chunk.capacity(), rows - from));
            for (int r = 0; r < n; r++) {
                Object[] v = BatchAppenderTest.row(from + r);
                if (v[0] == null) chunk.setNull(0, r); else chunk.setUtf8(0, r, ((String) v[0]).getBytes(StandardCharsets.UTF_8));
                if (v[1] == null) chunk.setNull(1, r); else chunk.setDouble(1, r, (double) v[1]);
                if (v[2] == null) chunk.setNull(2, r); else chunk.setLong(2, r, (long) v[2]);
                if (v[3] == null) chunk.setNull(3, r); else chunk.setInt(3, r, (int) v[3]);
                if (v[4] == null) chunk.setNull(4, r); else chunk.setShort(4, r, (short) v[4]);
                if (v[5] == null) chunk.setNull(5, r); else chunk.setBoolean(5, r, (boolean) v[5]);
                if (v[6] == null) chunk.setNull(6, r); else chunk.setEpochDays(6, r, (int) ((LocalDate) v[6]).toEpochDay());
            }
            return n;
        }
    }

    @Test
    void storesWhatTheAppenderStoresFromSeveralThreads() throws Exception {
        int rows = 2048 * 130 + 17; // more than two row groups of 122,880 rows and a partial last chunk
        CountingFeed feed = new CountingFeed(rows);
        long id = FeedTableFunction.open(feed);
        try (Connection c = Database.openWritable(dir.resolve("t.duckdb")); Statement st = c.createStatement()) {
            FeedTableFunction.register(c);
            FeedTableFunction.register(c); // a second registration is a no-op, not an error
            st.execute("CREATE TABLE fed " + BatchAppenderTest.DDL);
            st.execute("CREATE TABLE inserted " + BatchAppenderTest.DDL);
            st.execute("SET threads = 4");
            st.execute("SET preserve_insertion_order = false");
            c.setAutoCommit(false);
            st.execute("INSERT INTO fed SELECT * FROM " + FeedTableFunction.NAME + "(" + id + ")");
            // the reference: BatchAppender, which BatchAppenderTest holds equal to SQL INSERTs (a JDBC batch of this
            // many rows takes minutes)
            try (BatchAppender ap = new BatchAppender(c.unwrap(DuckDBConnection.class), DuckDBConnection.DEFAULT_SCHEMA, "inserted")) {
                BatchAppenderTest.appendRows(ap, rows);
            }
            c.commit();
            assertThat(count(st, "SELECT count(*) FROM fed")).isEqualTo(rows);
            assertThat(count(st, "SELECT count(*) FROM (SELECT * FROM fed EXCEPT ALL SELECT * FROM inserted)")).isZero();
            assertThat(count(st, "SELECT count(*) FROM (SELECT * FROM inserted EXCEPT ALL SELECT * FROM fed)")).isZero();
            assertThat(count(st, "SELECT count(DISTINCT s) FROM fed")).isEqualTo(count(st, "SELECT count(DISTINCT s) FROM inserted"));
            assertThat(feed.threads).as("DuckDB's threads, not one").hasSizeGreaterThan(1);
        } finally {
            FeedTableFunction.close(id);
        }
    }

    @Test
    void aFailureInsideTheFeedFailsTheInsertWithItsMessage() throws Exception {
        FeedTableFunction.Feed broken = new FeedTableFunction.Feed() {
            @Override public List<String> columnNames() { return List.of("s"); }
            @Override public List<String> columnTypes() { return List.of("VARCHAR"); }
            @Override public int fill(FeedTableFunction.Chunk chunk) { chunk.setLong(0, 0, 7L); return 1; } // a number for a VARCHAR
        };
        long id = FeedTableFunction.open(broken);
        try (Connection c = Database.openWritable(dir.resolve("u.duckdb")); Statement st = c.createStatement()) {
            FeedTableFunction.register(c);
            st.execute("CREATE TABLE t (s VARCHAR)");
            // (duckdb_jdbc closes a statement whose query failed: one statement each)
            assertThatThrownBy(() -> { try (Statement s = c.createStatement()) { s.execute("INSERT INTO t SELECT * FROM " + FeedTableFunction.NAME + "(" + id + ")"); } })
                    .hasMessageContaining("column 0 has type");
            assertThatThrownBy(() -> { try (Statement s = c.createStatement()) { s.execute("SELECT * FROM " + FeedTableFunction.NAME + "(-1)"); } })
                    .hasMessageContaining("no feed -1");
            try (Statement s = c.createStatement()) { assertThat(count(s, "SELECT count(*) FROM t")).isZero(); }
        } finally {
            FeedTableFunction.close(id);
        }
    }

    @Test
    void anImportStoredThroughTheFeedEqualsOneStoredThroughAppenders() throws Exception {
        Path file = dir.resolve("satcat.tsv");
        SyntheticFiles.write("satcat", file, 300_000, 11); // three row groups and a partial one
        Path fed = dir.resolve("fed.duckdb"), appended = dir.resolve("appended.duckdb");
        ImportReport a = runWith(fed, true, file);
        ImportReport b = runWith(appended, false, file);
        assertThat(a.rows()).isEqualTo(300_000).isEqualTo(b.rows());
        try (Connection c = Database.openWritable(dir.resolve("both.duckdb")); Statement st = c.createStatement()) {
            st.execute("ATTACH '" + fed + "' AS f (READ_ONLY)");
            st.execute("ATTACH '" + appended + "' AS a (READ_ONLY)");
            // every column, the generated ones and src_line/src_file included
            assertThat(count(st, "SELECT count(*) FROM (SELECT * FROM f.space_object EXCEPT ALL SELECT * FROM a.space_object)")).isZero();
            assertThat(count(st, "SELECT count(*) FROM (SELECT * FROM a.space_object EXCEPT ALL SELECT * FROM f.space_object)")).isZero();
            assertThat(count(st, "SELECT count(*) FROM f.space_object")).isEqualTo(300_000);
            assertThat(count(st, "SELECT current_setting('preserve_insertion_order')::INT")).isOne();
        }
        // a second import of the same file through the feed: nothing added, removed or changed
        ImportReport again = runWith(fed, true, file);
        assertThat(again.tables().get(0).added()).isZero();
        assertThat(again.tables().get(0).changed()).isZero();
        assertThat(ImportTestSupport.count(fed, "SELECT count(*) FROM space_object")).isEqualTo(300_000);
    }

    @Test
    void aFailedImportThroughTheFeedKeepsThePreviousTableAndTheSessionSettings() throws Exception {
        Path good = dir.resolve("good.tsv"), bad = dir.resolve("bad.tsv");
        SyntheticFiles.write("satcat", good, 5000, 3);
        List<String> lines = new ArrayList<>(java.nio.file.Files.readAllLines(good));
        lines.set(4000, String.join("\t", java.util.Arrays.asList(lines.get(4000).split("\t")).subList(0, 3))); // a row cut short, late in the file
        lines.add(lines.get(10)); // and a duplicate key
        java.nio.file.Files.write(bad, lines);
        Path db = dir.resolve("kb.duckdb");
        runWith(db, true, good);
        try (Connection c = Database.openWritable(db)) {
            ImportRunner runner = new ImportRunner(c, s -> { }, true);
            assertThatThrownBy(() -> runner.run(Importers.byKind("gcat-satcat").orElseThrow(), List.of(bad), false))
                    .isInstanceOf(ImportException.class).hasMessageContaining("nothing was imported");
            try (Statement st = c.createStatement()) {
                assertThat(count(st, "SELECT count(*) FROM space_object")).isEqualTo(5000);
                assertThat(count(st, "SELECT current_setting('preserve_insertion_order')::INT")).isOne();
                assertThat(count(st, "SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE '\\_import\\_%' ESCAPE '\\'")).isZero();
            }
        }
        assertThat(query(db, "SELECT count(*) FROM space_object").get(0).get(0)).isEqualTo(5000L);
    }

    private static ImportReport runWith(Path db, boolean feed, Path file) throws Exception {
        try (Connection c = Database.openWritable(db)) {
            return new ImportRunner(c, s -> { }, feed).run(Importers.byKind("gcat-satcat").orElseThrow(), List.of(file), false);
        }
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
