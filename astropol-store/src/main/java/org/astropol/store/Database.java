package org.astropol.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens the embedded DuckDB file, read-write for building and importing, read-only for queries. */
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

    public static Connection openWritable(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Properties p = new Properties();
            p.setProperty("storage_compatibility_version", STORAGE_VERSION);
            return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("cannot open database " + file + " for writing: " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * Opens the database read-only with access to outside files switched off, so a user's SQL can neither
     * change the knowledge base nor read or write files on the machine.
     */
    public static Connection openReadOnly(Path file) {
        return openReadOnly(file, new Properties(), null);
    }

    /**
     * {@link #openReadOnly(Path)} for a user's SQL: results are streamed (so a row cap stops the query instead of
     * materialising it) and DuckDB may use at most {@code memoryLimit} (DuckDB's syntax, e.g. "2GB").
     */
    public static Connection openForUserQuery(Path file, String memoryLimit) {
        Properties p = new Properties();
        p.setProperty("jdbc_stream_results", "true");
        return openReadOnly(file, p, memoryLimit);
    }

    private static Connection openReadOnly(Path file, Properties p, String memoryLimit) {
        if (!Files.exists(file)) throw new StoreException("database " + file + " does not exist; run `astropol build` first");
        p.setProperty("duckdb.read_only", "true");
        try {
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p);
            try (var st = c.createStatement()) {
                st.execute("SET enable_external_access = false");
                if (memoryLimit != null) {
                    st.execute("SET memory_limit = '" + memoryLimit.replace("'", "") + "'");
                    // no spilling to disk: a query that needs more than the limit stops with DuckDB's out-of-memory error
                    st.execute("SET max_temp_directory_size = '0B'");
                }
                st.execute("SET lock_configuration = true");
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return c;
        } catch (SQLException e) {
            throw new StoreException("cannot open database " + file + ": " + firstLine(e.getMessage()), e);
        }
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
