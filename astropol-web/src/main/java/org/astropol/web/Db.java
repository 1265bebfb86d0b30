package org.astropol.web;

import org.astropol.store.Database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The DuckDB file with the imported UN votes and the ingested documents. Each request opens the file read-only
 * (so the command line may import or ingest between requests) and closes it again. The review endpoints' writes
 * open it writable, one at a time and while no read of this server has it open (DuckDB allows one writer).
 */
final class Db {
    interface Query<T> { T apply(Connection c) throws Exception; }

    private final Path file;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

    Db(Path file) { this.file = file; }

    boolean present() { return file != null && Files.isRegularFile(file); }

    Path file() { return file; }

    /** Runs the query on a read-only connection; {@code absent} is answered when there is no database file. */
    <T> T read(Query<T> q, T absent) {
        return run(q, absent, lock.readLock(), false);
    }

    /** Runs the update on a writable connection, alone; {@code absent} is answered when there is no database file. */
    <T> T write(Query<T> q, T absent) {
        return run(q, absent, lock.writeLock(), true);
    }

    private <T> T run(Query<T> q, T absent, java.util.concurrent.locks.Lock held, boolean writable) {
        if (!present()) return absent;
        held.lock();
        try (Connection c = writable ? Database.openWritable(file) : Database.openReadOnly(file)) {
            return q.apply(c);
        } catch (ApiException | IllegalArgumentException e) {
            throw e;
        } catch (SQLException e) {
            throw new IllegalStateException("database " + (writable ? "update" : "query") + " failed: " + e.getMessage(), e);
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        } finally {
            held.unlock();
        }
    }
}
