package org.astropol.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs a user's SQL query on a read-only connection. Anything but a single query is refused before it
 * reaches the database; the read-only connection is the second line of defence.
 */
public final class ReadOnlyQuery {
    private static final Set<String> QUERY_STARTS = Set.of("SELECT", "WITH", "FROM", "VALUES", "TABLE", "DESCRIBE", "SHOW", "SUMMARIZE", "EXPLAIN");

    public record Result(List<String> columns, List<Map<String, Object>> rows) {}

    private ReadOnlyQuery() {}

    public static Result run(Connection readOnly, String sql, int maxRows) {
        String body = sql.strip();
        while (body.endsWith(";")) body = body.substring(0, body.length() - 1).strip();
        if (body.isEmpty()) throw new StoreException("refused: empty query");
        if (containsStatementSeparator(body)) throw new StoreException("refused: only a single query is allowed");
        String first = body.split("[\\s(]+", 2)[0].toUpperCase(Locale.ROOT);
        if (!QUERY_STARTS.contains(first)) {
            throw new StoreException("refused: only read-only queries (SELECT, WITH, DESCRIBE, SHOW ...) are allowed, not " + first);
        }
        try (var st = readOnly.createStatement()) {
            st.setMaxRows(maxRows);
            if (!st.execute(body)) throw new StoreException("refused: the statement returned no rows");
            try (ResultSet rs = st.getResultSet()) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> cols = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) cols.add(md.getColumnLabel(i));
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= cols.size(); i++) row.put(cols.get(i - 1), plain(rs.getObject(i)));
                    rows.add(row);
                }
                return new Result(cols, rows);
            }
        } catch (SQLException e) {
            throw new StoreException("query failed: " + Database.describe(e.getMessage()), e);
        }
    }

    /** JDBC values as plain JSON-friendly values (numbers, strings, booleans, ISO dates). */
    private static Object plain(Object o) {
        if (o == null || o instanceof Number || o instanceof Boolean || o instanceof String) return o;
        if (o instanceof java.sql.Date d) return d.toLocalDate().toString();
        if (o instanceof java.sql.Timestamp t) return t.toLocalDateTime().toString();
        if (o instanceof java.time.temporal.TemporalAccessor t) return t.toString();
        return o.toString();
    }

    /** True when a ';' outside quotes and comments separates two statements. */
    static boolean containsStatementSeparator(String sql) {
        boolean single = false, dbl = false;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (ch == '\'' && !dbl) single = !single;
            else if (ch == '"' && !single) dbl = !dbl;
            else if (ch == ';' && !single && !dbl) return true;
        }
        return false;
    }
}
