package org.astropol.web;

import org.astropol.store.Database;
import org.astropol.store.StoreException;
import org.astropol.store.WriterIntent;
import org.duckdb.DuckDBConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The one owner of the server's access to the DuckDB file with the imported UN votes and the ingested documents.
 *
 * <ul>
 * <li>One read-only DuckDB instance, configured once, is shared by the requests; each request gets its own
 *     duplicated connection of it.</li>
 * <li>The instance is closed when it has been idle for {@link #LINGER}, when a writer announces itself
 *     ({@link WriterIntent}: an import, build, ingest or review accept of the command line) and when the file is
 *     replaced, so that the command line gets DuckDB's lock within a moment even under load.</li>
 * <li>Answers are kept by question and by the file's generation (its identity, size and modification time when
 *     opened): a question asked again of an unchanged file is answered without the database, and while a writer
 *     holds the file a request gets the last answer computed for it (the last good state), or waits for the write
 *     up to {@link #BUSY_WAIT} before a 503. While one request computes the answer for a new generation, the
 *     others asking the same question get the previous one rather than computing it again.</li>
 * </ul>
 * The review endpoints' writes close the shared instance and open the file writable, one at a time.
 */
final class Db implements AutoCloseable {
    interface Query<T> { T apply(Connection c) throws Exception; }

    /** The database is held by a writer and no earlier answer to this question is kept. */
    static final class Busy extends ApiException {
        Busy() { super(503, "the database is being updated by another process; try again in a moment"); }
    }

    static final Duration LINGER = Duration.ofMillis(1500);
    static final Duration BUSY_WAIT = Duration.ofSeconds(20);
    private static final long CHECK_EVERY_MS = 50;
    private static final int MAX_ANSWERS = 512;
    private static final Logger LOG = LoggerFactory.getLogger(Db.class);

    private record Answer(String generation, Object value) {}

    private final Path file;
    /** Requests hold the read lock while they use a connection (taken without waiting); closing or writing takes the write lock. */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);
    private final Object opening = new Object();
    private final Map<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, Answer> e) { return size() > MAX_ANSWERS; }
    };
    private final java.util.Set<String> computing = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService janitor;
    private volatile DuckDBConnection instance;
    private volatile String generation;
    /**
     * Writes this server made or saw announced: part of the generation, because a write may leave the file's size and modification
     * time as they were (the file system's clock ticks coarsely), and a kept answer must not survive it.
     */
    private final java.util.concurrent.atomic.AtomicLong ownWrites = new java.util.concurrent.atomic.AtomicLong();
    private volatile long lastUse;
    private volatile boolean writerAnnounced;
    /** Set while the instance is being closed (by the janitor or a review write). */
    private volatile boolean closing;

    Db(Path file) {
        this.file = file;
        this.janitor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "astropol-db-janitor");
            t.setDaemon(true);
            return t;
        });
        janitor.scheduleWithFixedDelay(this::tidy, CHECK_EVERY_MS, CHECK_EVERY_MS, TimeUnit.MILLISECONDS);
    }

    boolean present() { return file != null && Files.isRegularFile(file); }

    Path file() { return file; }

    /**
     * The answer to question {@code key} (null: not kept): the kept one when the file has not changed, else computed
     * on a read-only connection; while a writer holds the file, the last kept answer. {@code absent} is answered when
     * there is no database file.
     */
    @SuppressWarnings("unchecked")
    <T> T read(String key, Query<T> q, T absent) {
        if (!present()) return absent;
        long deadline = System.nanoTime() + BUSY_WAIT.toNanos();
        while (true) {
            // while the instance is being closed new requests keep off it (and off the lock), so none waits behind the close
            boolean nested = lock.getReadHoldCount() > 0;   // a question asked while computing another (alignment: votes)
            if ((nested || !closing && !writerAnnounced) && lock.readLock().tryLock()) {
                try {
                    Connection root = nested ? instance : closing ? null : instance();
                    if (root != null) return answer(key, q, root);
                } catch (ApiException | IllegalArgumentException | StoreException e) {
                    throw e;
                } catch (SQLException e) {
                    throw new IllegalStateException("database query failed: " + Database.describe(e.getMessage()), e);
                } catch (Exception e) {
                    throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
                } finally {
                    lastUse = System.nanoTime();
                    lock.readLock().unlock();
                }
            }
            if (key != null) {
                Answer last = answer(key);
                if (last != null) return (T) last.value();
            }
            if (System.nanoTime() > deadline || !present()) throw new Busy();
            pause();
        }
    }

    /** The kept answer of this generation, or the one computed now on a connection of the open instance. */
    @SuppressWarnings("unchecked")
    private <T> T answer(String key, Query<T> q, Connection root) throws Exception {
        String gen = generation;
        boolean first = false;
        if (key != null) {
            Answer a = answer(key);
            if (a != null && a.generation().equals(gen)) return (T) a.value();
            first = computing.add(key);
            // one request computes the new answer; the others meanwhile get the previous one
            if (a != null && !first) return (T) a.value();
        }
        try (Connection c = ((DuckDBConnection) root).duplicate()) {
            T value = q.apply(c);
            if (key != null) keep(key, new Answer(gen, value));
            return value;
        } finally {
            if (first) computing.remove(key);
        }
    }

    /** Runs the update on a writable connection, alone; {@code absent} is answered when there is no database file. */
    <T> T write(Query<T> q, T absent) {
        if (!present()) return absent;
        closing = true;
        lock.writeLock().lock();
        try {
            closeInstance();
            try (Connection c = Database.openWritable(file, BUSY_WAIT, m -> LOG.info(m))) {
                return q.apply(c);
            }
        } catch (ApiException | IllegalArgumentException | StoreException e) {
            throw e;
        } catch (SQLException e) {
            throw new IllegalStateException("database update failed: " + Database.describe(e.getMessage()), e);
        } catch (Exception e) {
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        } finally {
            ownWrites.incrementAndGet();
            // this write's own announcement is withdrawn now: readers need not wait for the janitor to notice
            writerAnnounced = WriterIntent.announced(file);
            closing = false;
            lock.writeLock().unlock();
        }
    }

    /** Closes the instance and stops watching the file (the server stops). */
    @Override
    public void close() {
        janitor.shutdownNow();
        lock.writeLock().lock();
        try {
            closeInstance();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Whether the shared instance is open now (for tests). */
    boolean instanceOpen() { return instance != null; }

    /** The shared instance, opened when needed; null while a writer has announced itself or holds the file. */
    private Connection instance() {
        DuckDBConnection open = instance;
        if (open != null) return open;
        if (writerAnnounced || WriterIntent.announced(file)) return null;
        synchronized (opening) {
            if (instance != null) return instance;
            String before = stamp();
            Connection c;
            try {
                c = Database.openReadOnly(file, Duration.ZERO, m -> {});
            } catch (Database.LockedException e) {
                return null;
            }
            try {
                generation = before;
                instance = c.unwrap(DuckDBConnection.class);
            } catch (SQLException | RuntimeException e) {
                closeQuietly(c);
                throw new StoreException("cannot use database: " + e.getMessage(), e);
            }
            return instance;
        }
    }

    /** Closes the instance when idle, wanted by a writer or replaced on disk; runs on the janitor thread. */
    private void tidy() {
        try {
            writerAnnounced = present() && WriterIntent.announced(file);
            if (writerAnnounced) ownWrites.incrementAndGet();   // another process writes: what is kept is of the old file
            if (instance == null) return;
            boolean idle = System.nanoTime() - lastUse > LINGER.toNanos();
            boolean replaced = !stamp().equals(generation);
            if (!(idle || writerAnnounced || replaced)) return;
            closing = true;
            lock.writeLock().lock();
            try {
                closeInstance();
            } finally {
                closing = false;
                lock.writeLock().unlock();
            }
        } catch (RuntimeException e) {
            LOG.warn("closing the database instance failed: {}", e.toString());
        }
    }

    private void closeInstance() {
        DuckDBConnection c = instance;
        instance = null;
        if (c != null) closeQuietly(c);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.warn("closing the database failed: {}", e.toString());
        }
    }

    /** The file's generation: identity, size and modification time (with the write-ahead log's), "" without it. */
    private String stamp() {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            Path wal = file.resolveSibling(file.getFileName() + ".wal");
            String w = Files.exists(wal) ? Files.getLastModifiedTime(wal) + ":" + Files.size(wal) : "-";
            return a.fileKey() + "/" + a.size() + "/" + a.lastModifiedTime() + "/" + w + "/" + ownWrites.get();
        } catch (IOException e) {
            return "";
        }
    }

    private Answer answer(String key) {
        synchronized (answers) { return answers.get(key); }
    }

    private void keep(String key, Answer a) {
        synchronized (answers) { answers.put(key, a); }
    }

    private static void pause() {
        try {
            Thread.sleep(CHECK_EVERY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
    }
}
