package org.astropol.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * A writer's announcement that it wants a database file: a shared operating-system lock on a small file beside
 * it ({@code NAME.duckdb.writers}), held while the writer waits and writes. A reader that keeps the database open
 * between requests (the web server) probes it and closes its instance so the writer gets DuckDB's lock. The
 * operating system drops the lock when a writer dies, so a killed import leaves no stale announcement.
 * Within one process the writers are counted here, since Java refuses overlapping locks of one file.
 */
public final class WriterIntent implements AutoCloseable {
    private static final Map<Path, Held> HELD = new HashMap<>();

    private record Held(FileChannel channel, FileLock lock, int count) {}

    private final Path key;
    private boolean closed;

    private WriterIntent(Path key) { this.key = key; }

    /** The announcement file of a database file. */
    public static Path fileOf(Path database) {
        Path abs = database.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".writers");
    }

    /** Announces a writer of {@code database} until {@link #close()}; never fails (without the file, nobody is told). */
    static WriterIntent announce(Path database) {
        Path key = fileOf(database);
        synchronized (HELD) {
            Held h = HELD.get(key);
            if (h != null) {
                HELD.put(key, new Held(h.channel(), h.lock(), h.count() + 1));
            } else {
                try {
                    FileChannel ch = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                    try {
                        HELD.put(key, new Held(ch, ch.lock(0, Long.MAX_VALUE, true), 1));
                    } catch (IOException | RuntimeException e) {
                        ch.close();
                        throw e;
                    }
                } catch (IOException | RuntimeException e) {
                    // a read-only folder, say: the writer still waits for DuckDB's own lock, a server just will not yield early
                    HELD.put(key, new Held(null, null, 1));
                }
            }
        }
        return new WriterIntent(key);
    }

    /** Whether some writer, in this process or another, has announced itself for {@code database}. */
    public static boolean announced(Path database) {
        Path key = fileOf(database);
        synchronized (HELD) {
            if (HELD.containsKey(key)) return true;
            if (!Files.exists(key)) return false;
            try (FileChannel ch = FileChannel.open(key, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileLock probe = ch.tryLock(0, Long.MAX_VALUE, false);
                if (probe == null) return true;
                probe.release();
                return false;
            } catch (OverlappingFileLockException e) {
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }

    @Override
    public void close() {
        synchronized (HELD) {
            if (closed) return;
            closed = true;
            Held h = HELD.get(key);
            if (h == null) return;
            if (h.count() > 1) {
                HELD.put(key, new Held(h.channel(), h.lock(), h.count() - 1));
                return;
            }
            HELD.remove(key);
            try {
                if (h.lock() != null) h.lock().release();
                if (h.channel() != null) h.channel().close();
            } catch (IOException ignored) {
                // closing the channel releases the lock in any case
            }
        }
    }
}
