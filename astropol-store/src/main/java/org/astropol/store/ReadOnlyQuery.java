package org.astropol.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a user's SQL query on a read-only connection. {@link SqlGuard} refuses, with DuckDB's own parser, anything but
 * a single query before it reaches the database; the read-only connection with file access off and its configuration
 * locked is the second line of defence. The reader stops at a row cap, a size cap and a time limit, and the
 * connection of {@link #run(Path, String, Limits)} has a DuckDB memory limit.
 */
public final class ReadOnlyQuery {
    /**
     * How much one query may take: rows read, seconds (reading included) and DuckDB memory. The reader also stops
     * at {@link #MAX_CHARS} characters of values, since a few rows of huge strings can exhaust the Java heap too.
     */
    public record Limits(int maxRows, Duration timeout, String memoryLimit) {
        public static final Limits DEFAULT = new Limits(100_000, Duration.ofSeconds(60), "2GB");

        public Limits {
            if (maxRows < 1) throw new IllegalArgumentException("--max-rows must be at least 1");
            if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("--timeout must be positive");
        }
    }

    static final long MAX_CHARS = 64L << 20;

    /** Columns and rows; {@code truncated} when rows beyond {@link Limits#maxRows()} were left unread. */
    public record Result(List<String> columns, List<Map<String, Object>> rows, boolean truncated) {}

    private ReadOnlyQuery() {}

    /** Opens the database for this query alone (streamed results, memory limit), runs it, closes it. */
    public static Result run(Path dbFile, String sql, Limits limits) {
        String statement = SqlGuard.accept(sql);
        try (Connection c = Database.openForUserQuery(dbFile, limits.memoryLimit())) {
            return execute(c, statement, limits);
        } catch (SQLException e) {
            throw new StoreException("query failed: " + Database.describe(e.getMessage()), e);
        }
    }

    /** Runs the query on a connection the caller opened read-only, reading at most {@code maxRows} rows. */
    public static Result run(Connection readOnly, String sql, int maxRows) {
        String statement = SqlGuard.accept(sql);
        return execute(readOnly, statement, new Limits(maxRows, Limits.DEFAULT.timeout(), null));
    }

    private static Result execute(Connection c, String statement, Limits limits) {
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sql-timeout");
            t.setDaemon(true);
            return t;
        });
        try (Statement st = c.createStatement()) {
            // one timer over execution and reading: with streamed results most of the work happens while reading
            timer.schedule(() -> {
                timedOut.set(true);
                try { st.cancel(); } catch (SQLException ignored) { /* the query ended meanwhile */ }
            }, limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
            if (!st.execute(statement)) throw new StoreException("refused: the statement returned no rows");
            try (ResultSet rs = st.getResultSet()) {
                return read(rs, limits);
            }
        } catch (SQLException e) {
            if (timedOut.get()) throw timeout(limits);
            String m = Database.describe(e.getMessage());
            if (m.contains("Out of Memory")) {
                throw new StoreException("query stopped: it needs more than the memory limit of " + limits.memoryLimit()
                        + " (--memory-limit); DuckDB said: " + m, e);
            }
            throw new StoreException("query failed: " + m, e);
        } catch (OutOfMemoryError e) {
            throw new StoreException("query stopped: its rows do not fit in the Java heap; lower --max-rows or select fewer columns");
        } finally {
            timer.shutdownNow();
        }
    }

    private static StoreException timeout(Limits limits) {
        return new StoreException("query stopped: it ran longer than " + limits.timeout().toSeconds() + " s (--timeout)");
    }

    private static Result read(ResultSet rs, Limits limits) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        List<String> cols = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) cols.add(md.getColumnLabel(i));
        List<Map<String, Object>> rows = new ArrayList<>();
        long chars = 0;
        while (rows.size() < limits.maxRows() && rs.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= cols.size(); i++) {
                Object v = plain(rs.getObject(i));
                if (v instanceof String s) chars += s.length();
                row.put(cols.get(i - 1), v);
            }
            if (chars > MAX_CHARS) {
                throw new StoreException("query stopped: its values exceed " + (MAX_CHARS >> 20) + "M characters after "
                        + rows.size() + " rows; select fewer or shorter columns or lower --max-rows");
            }
            rows.add(row);
        }
        boolean truncated = rows.size() == limits.maxRows() && rs.next();
        return new Result(cols, rows, truncated);
    }

    /** JDBC values as plain JSON-friendly values (numbers, strings, booleans, ISO dates). */
    private static Object plain(Object o) {
        if (o == null || o instanceof Number || o instanceof Boolean || o instanceof String) return o;
        if (o instanceof java.sql.Date d) return d.toLocalDate().toString();
        if (o instanceof java.sql.Timestamp t) return t.toLocalDateTime().toString();
        if (o instanceof java.time.temporal.TemporalAccessor t) return t.toString();
        return o.toString();
    }
}
