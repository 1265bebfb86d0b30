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
        if (!present()) return absent;
        lock.readLock().lock();
        try (Connection c = Database.openReadOnly(file)) {
            return q.apply(c);
        } catch (ApiException | IllegalArgumentException e) {
            throw e;
        } catch (SQLException e) {
            throw new IllegalStateException("database query failed: " + e.getMessage(), e);
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs the update on a writable connection, alone; {@code absent} is answered when there is no database file. */
    <T> T write(Query<T> q, T absent) {
        if (!present()) return absent;
        lock.writeLock().lock();
        try (Connection c = Database.openWritable(file)) {
            return q.apply(c);
        } catch (ApiException | IllegalArgumentException e) {
            throw e;
        } catch (SQLException e) {
            throw new IllegalStateException("database update failed: " + e.getMessage(), e);
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        } finally {
            lock.writeLock().unlock();
        }
    }
}
