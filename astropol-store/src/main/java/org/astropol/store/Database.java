package org.astropol.store;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * Opens the embedded DuckDB file, read-write for building and importing, read-only for queries.
 *
 * <p>DuckDB lets one process write a file or any number of processes read it. Opening waits (bounded, see
 * {@link #lockWait()}) when another process holds the file instead of failing at once, and a writer announces
 * itself first ({@link WriterIntent}), so that a running server releases its read-only instance for it.
 */
public final class Database {
    private Database() {}

    static {
        try { Class.forName("org.duckdb.DuckDBDriver"); } catch (ClassNotFoundException e) { throw new ExceptionInInitializerError(e); }
    }

    /**
     * The DuckDB storage format written. DuckDB 1.x writes files readable by 1.0 unless told otherwise; the 1.3
     * format stores text with the newer dictionary+FSST compression, which costs markedly less CPU when a large
     * import is written (measured on the 1M-row satcat benchmark, docs/benchmarks.md). Analysts then need
     * DuckDB 1.3 (May 2025) or newer to open the file.
     */
    public static final String STORAGE_VERSION = "v1.3.0";

    /** Environment variable: seconds a command waits for a database another process holds (default 60). */
    public static final String LOCK_WAIT_ENV = "ASTROPOL_LOCK_WAIT";

    private static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(60);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(100);
    /** Waiting is announced on stderr only when it lasts, so that a short wait behind a server's request stays quiet. */
    private static final Duration ANNOUNCE_AFTER = Duration.ofSeconds(1);

    /** The database is held by another process (or, in this process, opened with another configuration) past the wait. */
    public static final class LockedException extends StoreException {
        LockedException(String message, Throwable cause) { super(message, cause); }
    }

    /** How long {@link #openWritable} and {@link #openReadOnly} wait for a file another process holds. */
    public static Duration lockWait() {
        String s = System.getenv(LOCK_WAIT_ENV);
        if (s == null || s.isBlank()) return DEFAULT_LOCK_WAIT;
        try {
            return Duration.ofMillis(Math.max(0, Math.round(Double.parseDouble(s.strip()) * 1000)));
        } catch (NumberFormatException e) {
            return DEFAULT_LOCK_WAIT;
        }
    }

    /**
     * Opens the file for writing, waiting up to {@link #lockWait()} while another process holds it (progress on
     * stderr). The writer's intent is announced for as long as the connection is open.
     */
    public static Connection openWritable(Path file) {
        return openWritable(file, lockWait(), m -> System.err.println("astropol: " + m));
    }

    public static Connection openWritable(Path file, Duration wait, Consumer<String> progress) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("cannot open database " + file + " for writing: " + e.getMessage(), e);
        }
        Properties p = new Properties();
        p.setProperty("storage_compatibility_version", STORAGE_VERSION);
        WriterIntent intent = WriterIntent.announce(file);
        try {
            Connection c = connectWaiting(file, p, wait, progress, "for writing");
            return releasingOnClose(c, intent);
        } catch (RuntimeException e) {
            intent.close();
            throw e;
        }
    }

    /**
     * Opens the database read-only with access to outside files switched off and the configuration locked, so a
     * user's SQL can neither change the knowledge base nor read or write files on the machine. The settings are
     * given when the instance starts (not SET afterwards): DuckDB's driver shares one instance per file within a
     * process, and a second open must find the same configuration rather than fail on a locked one.
     */
    public static Connection openReadOnly(Path file) {
        return openReadOnly(file, lockWait(), m -> System.err.println("astropol: " + m));
    }

    /** As {@link #openReadOnly(Path)}, waiting at most {@code wait} for a writer (zero: fail at once). */
    public static Connection openReadOnly(Path file, Duration wait, Consumer<String> progress) {
        return openReadOnly(file, new Properties(), wait, progress);
    }

    /**
     * {@link #openReadOnly(Path)} for a user's SQL: results are streamed (so a row cap stops the query instead of
     * materialising it) and DuckDB may use at most {@code memoryLimit} (DuckDB's syntax, e.g. "2GB") with no
     * spilling to disk, so a query that needs more stops with DuckDB's out-of-memory error. The limits are start-up
     * settings like the others, since the configuration is locked once the instance runs.
     */
    public static Connection openForUserQuery(Path file, String memoryLimit) {
        Properties p = new Properties();
        p.setProperty("jdbc_stream_results", "true");
        if (memoryLimit != null) {
            p.setProperty("memory_limit", memoryLimit.replace("'", ""));
            p.setProperty("max_temp_directory_size", "0B");
        }
        return openReadOnly(file, p, lockWait(), m -> System.err.println("astropol: " + m));
    }

    private static Connection openReadOnly(Path file, Properties p, Duration wait, Consumer<String> progress) {
        if (!Files.exists(file)) throw new StoreException("database " + file + " does not exist; run `astropol build` first");
        p.setProperty("duckdb.read_only", "true");
        p.setProperty("enable_external_access", "false");
        p.setProperty("lock_configuration", "true");
        return connectWaiting(file, p, wait, progress, "");
    }

    private static Connection connectWaiting(Path file, Properties p, Duration wait, Consumer<String> progress, String purpose) {
        long start = System.nanoTime();
        boolean announced = false;
        String what = purpose.isEmpty() ? "" : " " + purpose;
        while (true) {
            try {
                return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
            } catch (SQLException e) {
                Duration waited = Duration.ofNanos(System.nanoTime() - start);
                if (!isLockConflict(e)) throw new StoreException("cannot open database " + file + what + ": " + firstLine(e.getMessage()), e);
                if (waited.compareTo(wait) >= 0) {
                    throw new LockedException("database " + file + " is in use by another process (a running import, build, ingest or "
                            + "review, or a program holding it open); waited " + waited.toSeconds() + " s for it (set " + LOCK_WAIT_ENV
                            + "=SECONDS to wait longer)", e);
                }
                if (!announced && waited.compareTo(ANNOUNCE_AFTER) >= 0) {
                    progress.accept("waiting for database " + file + ", which another process holds (up to " + wait.toSeconds() + " s)");
                    announced = true;
                }
                try {
                    Thread.sleep(RETRY_PAUSE);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new LockedException("interrupted while waiting for database " + file, e);
                }
            }
        }
    }

    /** Another process holds the file's lock, or this process has it open with a different configuration. */
    public static boolean isLockConflict(SQLException e) {
        String m = e.getMessage();
        return m != null && (m.contains("Could not set lock on file") || m.contains("Conflicting lock")
                || m.contains("different configuration than existing connections"));
    }

    /** The connection, whose close also withdraws the writer's intent. */
    private static Connection releasingOnClose(Connection c, WriterIntent intent) {
        return (Connection) Proxy.newProxyInstance(Database.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
            if (method.getName().equals("close") && method.getParameterCount() == 0) {
                try {
                    c.close();
                } finally {
                    intent.close();
                }
                return null;
            }
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> k && k.isInstance(c)) return c;
            try {
                return method.invoke(c, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    /**
     * The most useful line of a DuckDB error: its JDBC driver sometimes wraps the real cause ("Catalog Error: Table
     * ... does not exist") under a generic first line, so a later "Error: ..." line wins when there is one.
     */
    public static String describe(String message) {
        if (message == null) return "";
        String[] lines = message.split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].startsWith("Error: ")) return lines[i].substring("Error: ".length()).strip();
        }
        return lines[0];
    }

    static String firstLine(String s) {
        if (s == null) return "";
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}
