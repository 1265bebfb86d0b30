package org.astropol.imports;

import org.astropol.store.Database;
import org.duckdb.BatchAppender;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BatchAppender stores exactly what SQL INSERTs of the same values store: strings on both sides of DuckDB's 12-byte
 * inline limit, nulls in every column, dates, numbers, across chunk (2048 rows) and flush (32 chunks) boundaries.
 */
class BatchAppenderTest {
    @TempDir Path dir;

    static final String DDL = "(s VARCHAR, d DOUBLE, l BIGINT, i INTEGER, h SMALLINT, b BOOLEAN, day DATE)";

    /** Appends {@link #row}(0) to row(rows - 1), nulls where row() has them. */
    static void appendRows(BatchAppender a, int rows) throws SQLException {
        for (int n = 0; n < rows; n++) {
            Object[] v = row(n);
            if (v[0] == null) a.appendNull(); else a.append(((String) v[0]).getBytes(StandardCharsets.UTF_8));
            if (v[1] == null) a.appendNull(); else a.append((double) v[1]);
            if (v[2] == null) a.appendNull(); else a.append((long) v[2]);
            if (v[3] == null) a.appendNull(); else a.append((int) v[3]);
            if (v[4] == null) a.appendNull(); else a.append((short) v[4]);
            if (v[5] == null) a.appendNull(); else a.append((boolean) v[5]);
            if (v[6] == null) a.appendNull(); else a.appendEpochDays((int) ((LocalDate) v[6]).toEpochDay());
            a.endRow();
        }
    }

    static Object[] row(int n) {
        String s = n % 7 == 0 ? null : "x".repeat(n % 20) + (n % 3 == 0 ? "é" : "") + n; // 1..25 bytes
        return new Object[] {s, n % 5 == 0 ? null : n * 0.25 - 3, n % 11 == 0 ? null : (long) n * 1_000_003L, n % 13 == 0 ? null : -n,
                n % 17 == 0 ? null : (short) (n % 30000), n % 19 == 0 ? null : n % 2 == 0, n % 23 == 0 ? null : LocalDate.of(1957, 10, 4).plusDays(n)};
    }

    @Test
    void storesWhatInsertStores() throws Exception {
        int rows = 2048 * 33 + 17; // past one flush and a partial last chunk
        try (Connection c = Database.openWritable(dir.resolve("t.duckdb")); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE appended " + DDL);
            st.execute("CREATE TABLE inserted " + DDL);
            c.setAutoCommit(false);
            try (BatchAppender a = new BatchAppender(c.unwrap(DuckDBConnection.class), DuckDBConnection.DEFAULT_SCHEMA, "appended")) {
                appendRows(a, rows);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO inserted VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (int n = 0; n < rows; n++) {
                    Object[] v = row(n);
                    for (int k = 0; k < v.length; k++) ps.setObject(k + 1, v[k]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            assertThat(count(st, "SELECT count(*) FROM appended")).isEqualTo(rows);
            assertThat(count(st, "SELECT count(*) FROM (SELECT * FROM appended EXCEPT ALL SELECT * FROM inserted)")).isZero();
            assertThat(count(st, "SELECT count(*) FROM (SELECT * FROM inserted EXCEPT ALL SELECT * FROM appended)")).isZero();
            // grouping and joins on the appended strings (inline and not) behave as on the inserted ones
            assertThat(count(st, "SELECT count(DISTINCT s) FROM appended")).isEqualTo(count(st, "SELECT count(DISTINCT s) FROM inserted"));
            assertThat(count(st, "SELECT count(*) FROM appended a JOIN inserted i ON a.s = i.s")).isEqualTo(count(st, "SELECT count(*) FROM inserted a JOIN inserted i ON a.s = i.s"));
        }
    }

    @Test
    void refusesTypesItDoesNotHandle() throws Exception {
        try (Connection c = Database.openWritable(dir.resolve("u.duckdb")); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (x TIMESTAMP)");
            var duck = c.unwrap(DuckDBConnection.class);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BatchAppender(duck, DuckDBConnection.DEFAULT_SCHEMA, "t"))
                    .hasMessageContaining("does not handle");
        }
    }

    @Test
    void keyHashesProveDistinctKeysAndNoticeRepeats() {
        KeyHashes h = new KeyHashes();
        int[] keys = {0, 1};
        for (int n = 0; n < 100_000; n++) h.add(new Object[] {("S" + n).getBytes(StandardCharsets.UTF_8), (long) n % 7}, keys);
        assertThat(h.distinct()).isTrue();
        h.add(new Object[] {"S42".getBytes(StandardCharsets.UTF_8), 0L}, keys); // 42 % 7 == 0: the same key again
        assertThat(h.distinct()).isFalse();
        KeyHashes doubles = new KeyHashes();
        doubles.add(new Object[] {1.5}, new int[] {0});
        assertThat(doubles.distinct()).as("DOUBLE keys are left to SQL (-0.0 = 0.0)").isFalse();
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

}
