package org.astropol.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTest {
    @TempDir Path tmp;

    private Path database() throws Exception {
        Path f = tmp.resolve("t.duckdb");
        try (Connection c = Database.openWritable(f); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t AS SELECT range AS x FROM range(10)");
        }
        return f;
    }

    private static long count(Connection c) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM t")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void twoReadOnlyOpensInOneProcessBothWorkAndLeaveNothingOpen() throws Exception {
        Path f = database();
        // the second open used to fail on SET (configuration locked by the first) and leave its instance open for good
        try (Connection a = Database.openReadOnly(f); Connection b = Database.openReadOnly(f)) {
            assertThat(count(a)).isEqualTo(10);
            assertThat(count(b)).isEqualTo(10);
        }
        try (Connection w = Database.openWritable(f, Duration.ZERO, m -> {}); Statement st = w.createStatement()) {
            st.execute("INSERT INTO t VALUES (10)");
        }
        try (Connection c = Database.openReadOnly(f)) {
            assertThat(count(c)).isEqualTo(11);
        }
    }

    @Test
    void aFailedOpenLeavesNoInstanceBehind() throws Exception {
        Path f = database();
        Connection reader = Database.openReadOnly(f);
        // fails: this process holds the file read-only
        assertThatThrownBy(() -> Database.openWritable(f, Duration.ZERO, m -> {}))
                .isInstanceOf(Database.LockedException.class)
                .hasMessageContaining("in use by another process").hasMessageContaining(Database.LOCK_WAIT_ENV);
        assertThat(WriterIntent.announced(f)).as("a failed writer withdraws its intent").isFalse();
        reader.close();
        // nothing of the failed attempt is left: the file opens for writing at once, then read-only again
        try (Connection w = Database.openWritable(f, Duration.ZERO, m -> {}); Statement st = w.createStatement()) {
            st.execute("INSERT INTO t VALUES (10)");
        }
        try (Connection c = Database.openReadOnly(f, Duration.ZERO, m -> {})) {
            assertThat(count(c)).isEqualTo(11);
        }
    }

    @Test
    void aWriterWaitsForTheLockAndSaysSo() throws Exception {
        Path f = database();
        Connection reader = Database.openReadOnly(f);
        List<String> said = new ArrayList<>();
        CompletableFuture<Void> release = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(1500);
                reader.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try (Connection w = Database.openWritable(f, Duration.ofSeconds(20), said::add)) {
            assertThat(WriterIntent.announced(f)).isTrue();
            assertThat(count(w)).isEqualTo(10);
        }
        release.get(5, TimeUnit.SECONDS);
        assertThat(said).singleElement().asString().contains("waiting for database", "another process holds");
        assertThat(WriterIntent.announced(f)).isFalse();
    }

    @Test
    void readOnlyConnectionsCannotReachFilesOrUnlockTheirConfiguration() throws Exception {
        Path f = database();
        Path secret = Files.writeString(tmp.resolve("secret.csv"), "a\n1\n");
        try (Connection c = Database.openReadOnly(f)) {
            assertThatThrownBy(() -> c.createStatement().executeQuery("SELECT * FROM read_csv('" + secret + "')")).hasMessageContaining("disabled");
            assertThatThrownBy(() -> c.createStatement().execute("SET enable_external_access = true")).hasMessageContaining("locked");
            assertThatThrownBy(() -> c.createStatement().execute("INSERT INTO t VALUES (1)")).hasMessageContaining("read-only");
        }
    }
}
