package org.astropol.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides, with DuckDB's own parser, whether a user's text is exactly one read-only query, and gives back the
 * statement to run. DuckDB's {@code json_serialize_sql} parses the text exactly as execution would (comments, quotes,
 * dollar quoting) and serialises only SELECT statements; DESCRIBE, SHOW, SUMMARIZE, FROM-first and VALUES queries are
 * SELECT statements to its parser. Anything else (COPY, ATTACH, SET, PRAGMA, INSTALL, EXPORT, CALL, writes) makes it
 * answer an error, and a text of several statements lists them all, so both are refused before anything runs.
 * <p>
 * EXPLAIN is the one other kind allowed. It is recognised by its leading keyword; the rest must then parse as exactly
 * one SELECT, and the statement run is rebuilt as {@code EXPLAIN <that SELECT>}, so EXPLAIN ANALYZE (which runs the
 * query) and anything a comment might hide from the keyword match are refused or dropped, never run.
 */
public final class SqlGuard {
    /** The kinds a user may run; docs/cli.md promises these. */
    public static final String ALLOWED = "a single SELECT, WITH ... SELECT, FROM, VALUES, DESCRIBE, SHOW, SUMMARIZE or plain EXPLAIN";

    // Leading white space and comments, then a word: only used to find EXPLAIN and to name a refused kind.
    private static final Pattern LEADING_WORD = Pattern.compile("\\A(?:\\s+|--[^\\n]*(?:\\n|\\z)|/\\*.*?\\*/)*([A-Za-z_]+)", Pattern.DOTALL);

    private SqlGuard() {}

    /** The statement to run for an accepted text; refusals throw {@link StoreException} naming the reason. */
    public static String accept(String sql) {
        if (sql == null || sql.isBlank()) throw new StoreException("refused: empty query");
        String first = leadingWord(sql);
        if ("EXPLAIN".equals(first)) {
            Matcher m = LEADING_WORD.matcher(sql);
            m.find();
            String body = sql.substring(m.end());
            if ("ANALYZE".equals(leadingWord(body)) || "ANALYSE".equals(leadingWord(body))) {
                throw new StoreException("refused: EXPLAIN ANALYZE runs the query; only plain EXPLAIN is allowed");
            }
            Parsed p = parse(body);
            if (p.notASelect()) throw new StoreException("refused: only EXPLAIN of a single query is allowed");
            requireOne(p);
            return "EXPLAIN " + body;
        }
        Parsed p = parse(sql);
        if (p.notASelect()) {
            String kind = first == null ? "this statement" : first;
            throw new StoreException("refused: only " + ALLOWED + " is allowed; DuckDB's parser found a statement of another kind"
                    + (first == null || isQueryWord(first) ? "" : " (" + kind + ")"));
        }
        requireOne(p);
        return sql;
    }

    private static void requireOne(Parsed p) {
        if (p.statements() != 1) {
            throw new StoreException("refused: exactly one statement is allowed, DuckDB's parser found " + p.statements());
        }
    }

    private static boolean isQueryWord(String w) {
        return switch (w) {
            case "SELECT", "WITH", "FROM", "VALUES", "TABLE", "DESCRIBE", "SHOW", "SUMMARIZE", "EXPLAIN" -> true;
            default -> false;
        };
    }

    static String leadingWord(String sql) {
        Matcher m = LEADING_WORD.matcher(sql);
        return m.find() ? m.group(1).toUpperCase(Locale.ROOT) : null;
    }

    /** The parser's verdict: how many statements, or that one of them is not a SELECT. */
    private record Parsed(int statements, boolean notASelect) {}

    private static Parsed parse(String sql) {
        // A throwaway in-memory database with file access off: parsing needs no data, and nothing here runs the text.
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            try (var st = c.createStatement()) {
                st.execute("SET enable_external_access = false");
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(json_array_length(j, '$.statements'), 0), j->>'$.error_type', "
                    + "j->>'$.error_message' FROM (SELECT json_serialize_sql(?::VARCHAR) AS j)")) {
                ps.setString(1, sql);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    String errorType = rs.getString(2), message = rs.getString(3);
                    if (errorType == null) return new Parsed(rs.getInt(1), false);
                    if (message != null && message.startsWith("Only SELECT statements")) return new Parsed(0, true);
                    throw new StoreException("query failed: " + (message == null ? errorType : message));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("query failed: " + Database.describe(e.getMessage()), e);
        }
    }
}
