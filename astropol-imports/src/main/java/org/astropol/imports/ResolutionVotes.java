package org.astropol.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How every state voted on one General Assembly resolution, from the imported votes: the UN Digital Library
 * table ({@code undl_vote}) when it holds the resolution, else the unvotes tables ({@code un_roll_call}, {@code un_vote}).
 * <p>
 * Absent: the UN Digital Library lists non-voting members (NV), so there every member on the date is listed. The
 * unvotes layout lists only recorded votes; there a state counts as absent when it recorded a vote on another
 * roll call of the same session (a proxy for membership on the date: it misses a member that never voted that session).
 */
public final class ResolutionVotes {
    private ResolutionVotes() {}

    public record Position(String id, String vote) {}

    /** {@code source} names the table used; {@code rcid} is the unvotes roll call (null for the Digital Library). */
    public record Result(String resolution, String date, String title, int yes, int no, int abstain, int absent, List<Position> positions,
                         String source, Long rcid, String absentRule) {}

    /** Normalises R/69/32 and a/res/69/32 to A/RES/69/32. */
    public static String symbol(String s) {
        String t = s.strip().toUpperCase(java.util.Locale.ROOT);
        return t.startsWith("R/") ? UnStates.resolutionSymbol(t) : t;
    }

    /** The votes on {@code symbol}, or null when no imported table holds it. */
    public static Result find(Connection c, String symbol) throws SQLException {
        String sym = symbol(symbol);
        Set<String> tables = tables(c);
        if (tables.contains("undl_vote")) {
            Result r = fromUndl(c, sym);
            if (r != null) return r;
        }
        if (tables.contains("un_roll_call") && tables.contains("un_vote")) return fromUnvotes(c, sym);
        return null;
    }

    /** A resolution whose roll call carries a space category (unvotes space subset). */
    public record SpaceResolution(String resolution, String date, String category, String title) {}

    /** The resolutions with a space-category roll call in the unvotes tables, newest first (empty without them). */
    public static List<SpaceResolution> spaceResolutions(Connection c) throws SQLException {
        if (!tables(c).contains("un_roll_call")) return List.of();
        List<SpaceResolution> out = new java.util.ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT resolution, CAST(min(date) AS VARCHAR), min(space_category), min(coalesce(nullif(short, ''), descr))
                FROM un_roll_call WHERE space_category IS NOT NULL AND resolution IS NOT NULL
                GROUP BY resolution ORDER BY min(date) DESC, resolution""")) {
            while (rs.next()) out.add(new SpaceResolution(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        }
        return out;
    }

    public static boolean anyVotesImported(Connection c) throws SQLException {
        Set<String> t = tables(c);
        return t.contains("undl_vote") || t.contains("un_vote");
    }

    private static Set<String> tables(Connection c) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    private static Result fromUnvotes(Connection c, String sym) throws SQLException {
        long rcid;
        String date, title;
        int session;
        try (PreparedStatement ps = c.prepareStatement("SELECT rcid, CAST(date AS VARCHAR), coalesce(nullif(short, ''), descr), session FROM un_roll_call "
                + "WHERE upper(resolution) = ? ORDER BY (coalesce(amend, false) OR coalesce(para, false)), rcid DESC LIMIT 1")) {
            ps.setString(1, sym);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                rcid = rs.getLong(1); date = rs.getString(2); title = rs.getString(3); session = rs.getInt(4);
            }
        }
        List<Position> positions = new ArrayList<>();
        int yes = 0, no = 0, abstain = 0, absent = 0;
        String sql = """
                WITH members AS (SELECT DISTINCT coalesce(v.state, v.country_code, v.country) AS id FROM un_vote v JOIN un_roll_call r USING (rcid) WHERE r.session = ?),
                     cast_votes AS (SELECT coalesce(state, country_code, country) AS id, vote FROM un_vote WHERE rcid = ?)
                SELECT m.id, coalesce(cv.vote, 'absent') FROM members m LEFT JOIN cast_votes cv USING (id)
                UNION SELECT id, vote FROM cast_votes ORDER BY 1""";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, session);
            ps.setLong(2, rcid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String v = rs.getString(2);
                    positions.add(new Position(rs.getString(1), v));
                    switch (v) { case "yes" -> yes++; case "no" -> no++; case "abstain" -> abstain++; default -> absent++; }
                }
            }
        }
        return new Result(sym, date, title, yes, no, abstain, absent, positions, "un_vote", rcid,
                "absent = recorded a vote on another roll call of session " + session + " but none on this one (unvotes lists only recorded votes)");
    }

    private static Result fromUndl(Connection c, String sym) throws SQLException {
        List<Position> positions = new ArrayList<>();
        String date = null, title = null;
        int yes = 0, no = 0, abstain = 0, absent = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(state, ms_name), vote, CAST(date AS VARCHAR), title FROM undl_vote "
                + "WHERE upper(resolution) = ? ORDER BY 1")) {
            ps.setString(1, sym);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String v = rs.getString(2);
                    positions.add(new Position(rs.getString(1), v));
                    date = rs.getString(3); title = rs.getString(4);
                    switch (v) { case "yes" -> yes++; case "no" -> no++; case "abstain" -> abstain++; default -> absent++; }
                }
            }
        }
        if (positions.isEmpty()) return null;
        return new Result(sym, date, title, yes, no, abstain, absent, positions, "undl_vote", null,
                "absent = Member State listed as non-voting (NV) by the UN Digital Library");
    }
}
