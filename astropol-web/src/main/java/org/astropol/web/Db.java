package org.astropol.web;

import org.astropol.store.Database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The DuckDB file with the imported UN votes and the ingested documents. The server is read-only: each request
 * opens the file read-only (so the command line may import or ingest between requests) and closes it again.
 */
final class Db {
    interface Query<T> { T apply(Connection c) throws Exception; }

    private final Path file;

    Db(Path file) { this.file = file; }

    boolean present() { return file != null && Files.isRegularFile(file); }

    Path file() { return file; }

    /** Runs the query on a read-only connection; {@code absent} is answered when there is no database file. */
    <T> T read(Query<T> q, T absent) {
        if (!present()) return absent;
        try (Connection c = Database.openReadOnly(file)) {
            return q.apply(c);
        } catch (ApiException | IllegalArgumentException e) {
            throw e;
        } catch (SQLException e) {
            throw new IllegalStateException("database query failed: " + e.getMessage(), e);
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }
}
