package org.astropol.store;

import org.astropol.model.Citation;
import org.astropol.model.Origin;
import org.astropol.model.RollCall;
import org.astropol.model.Status;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The curated recorded votes (data/votes) as tables of the database: {@code roll_call}, {@code roll_call_tally},
 * {@code roll_call_position} and the view {@code space_vote} (docs/schema.md). Written by the build inside its
 * transaction, read back by the vote and alignment questions.
 */
public final class RollCallTables {
    private RollCallTables() {}

    public static final List<String> VIEWS = List.of("space_vote");
    public static final List<String> TABLES = List.of("roll_call", "roll_call_tally", "roll_call_position");

    private static final List<String> DDL = List.of(
            "CREATE TABLE roll_call (id VARCHAR PRIMARY KEY, symbol VARCHAR NOT NULL, date DATE NOT NULL, body VARCHAR NOT NULL, "
                    + "title VARCHAR, topic VARCHAR NOT NULL, scope VARCHAR NOT NULL, part VARCHAR, file VARCHAR, line INTEGER)",
            "CREATE TABLE roll_call_tally (roll_call VARCHAR NOT NULL, ordinal INTEGER NOT NULL, yes INTEGER NOT NULL, no INTEGER NOT NULL, "
                    + "abstain INTEGER NOT NULL, absent INTEGER, status VARCHAR NOT NULL, note VARCHAR, source_id VARCHAR NOT NULL, "
                    + "locator_kind VARCHAR, locator VARCHAR, file VARCHAR, line INTEGER)",
            "CREATE TABLE roll_call_position (roll_call VARCHAR NOT NULL, state VARCHAR NOT NULL, vote VARCHAR NOT NULL, inferred BOOLEAN NOT NULL, "
                    + "source_id VARCHAR, locator_kind VARCHAR, locator VARCHAR, file VARCHAR, line INTEGER)",
            "CREATE VIEW space_vote AS SELECT r.id AS roll_call, r.symbol, r.date, r.body, r.topic, r.scope, p.state, p.vote, p.inferred, p.source_id "
                    + "FROM roll_call_position p JOIN roll_call r ON r.id = p.roll_call");

    /** Drops and recreates the tables and writes the roll calls; the caller owns the transaction. */
    static void write(Connection c, List<RollCall> rollCalls) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String v : VIEWS) st.execute("DROP VIEW IF EXISTS " + v);
            for (String t : TABLES) st.execute("DROP TABLE IF EXISTS " + t);
            for (String ddl : DDL) st.execute(ddl);
        }
        try (PreparedStatement pr = c.prepareStatement("INSERT INTO roll_call VALUES (?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement pt = c.prepareStatement("INSERT INTO roll_call_tally VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement pp = c.prepareStatement("INSERT INTO roll_call_position VALUES (?,?,?,?,?,?,?,?,?)")) {
            for (RollCall r : rollCalls) {
                pr.setString(1, r.id()); pr.setString(2, r.symbol()); pr.setDate(3, Date.valueOf(r.date())); pr.setString(4, r.body());
                pr.setString(5, r.title()); pr.setString(6, r.topic()); pr.setString(7, r.scope()); pr.setString(8, r.part());
                pr.setString(9, r.origin().file()); pr.setInt(10, r.origin().line());
                pr.addBatch();
                int ordinal = 0;
                for (RollCall.Tally t : r.tallies()) {
                    pt.setString(1, r.id()); pt.setInt(2, ordinal++); pt.setInt(3, t.yes()); pt.setInt(4, t.no()); pt.setInt(5, t.abstain());
                    if (t.absent() == null) pt.setNull(6, Types.INTEGER); else pt.setInt(6, t.absent());
                    pt.setString(7, t.status().key()); pt.setString(8, t.note());
                    citation(pt, 9, t.citation());
                    pt.setString(12, t.origin().file()); pt.setInt(13, t.origin().line());
                    pt.addBatch();
                }
                for (RollCall.Position p : r.positions()) {
                    pp.setString(1, r.id()); pp.setString(2, p.state()); pp.setString(3, p.vote()); pp.setBoolean(4, p.inferred());
                    citation(pp, 5, p.citation());
                    pp.setString(8, p.origin().file()); pp.setInt(9, p.origin().line());
                    pp.addBatch();
                }
            }
            pr.executeBatch();
            pt.executeBatch();
            pp.executeBatch();
        }
    }

    private static void citation(PreparedStatement ps, int i, Citation c) throws SQLException {
        ps.setString(i, c == null ? null : c.sourceId());
        ps.setString(i + 1, c == null ? null : c.locatorKind().key());
        ps.setString(i + 2, c == null ? null : c.locator());
    }

    /** True when the database holds the curated vote tables (built by this or a later version). */
    public static boolean present(Connection c) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'roll_call_position'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    /** Every curated roll call, in date and id order; {@code symbol} non-null keeps only the roll calls on that symbol. */
    public static List<RollCall> read(Connection c, String symbol) throws SQLException {
        if (!present(c)) return List.of();
        Map<String, Object[]> heads = new LinkedHashMap<>();
        String where = symbol == null ? "" : " WHERE upper(symbol) = upper(?)";
        try (PreparedStatement ps = c.prepareStatement("SELECT id, symbol, date, body, title, topic, scope, part, file, line FROM roll_call" + where + " ORDER BY date, id")) {
            if (symbol != null) ps.setString(1, symbol);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) heads.put(rs.getString(1), new Object[]{rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), new Origin(rs.getString(9), rs.getInt(10))});
            }
        }
        Map<String, List<RollCall.Tally>> tallies = new LinkedHashMap<>();
        Map<String, List<RollCall.Position>> positions = new LinkedHashMap<>();
        String sub = symbol == null ? "" : " WHERE roll_call IN (SELECT id FROM roll_call WHERE upper(symbol) = upper(?))";
        try (PreparedStatement ps = c.prepareStatement("SELECT roll_call, yes, no, abstain, absent, status, note, source_id, locator_kind, locator, file, line "
                + "FROM roll_call_tally" + sub + " ORDER BY roll_call, ordinal")) {
            if (symbol != null) ps.setString(1, symbol);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Integer absent = rs.getObject(5) == null ? null : rs.getInt(5);
                    tallies.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new RollCall.Tally(rs.getInt(2), rs.getInt(3), rs.getInt(4), absent,
                            Status.fromKey(rs.getString(6)).orElse(Status.ASSERTED), rs.getString(7), citation(rs, 8), new Origin(rs.getString(11), rs.getInt(12))));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT roll_call, state, vote, inferred, source_id, locator_kind, locator, file, line "
                + "FROM roll_call_position" + sub + " ORDER BY roll_call, state")) {
            if (symbol != null) ps.setString(1, symbol);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) positions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new RollCall.Position(rs.getString(2), rs.getString(3),
                        rs.getBoolean(4), citation(rs, 5), new Origin(rs.getString(8), rs.getInt(9))));
            }
        }
        List<RollCall> out = new ArrayList<>();
        for (var e : heads.entrySet()) {
            Object[] h = e.getValue();
            out.add(new RollCall(e.getKey(), (String) h[0], (java.time.LocalDate) h[1], (String) h[2], (String) h[3], (String) h[4], (String) h[5],
                    (String) h[6], List.copyOf(tallies.getOrDefault(e.getKey(), List.of())), List.copyOf(positions.getOrDefault(e.getKey(), List.of())), (Origin) h[7]));
        }
        return out;
    }

    private static Citation citation(ResultSet rs, int i) throws SQLException {
        String id = rs.getString(i);
        if (id == null) return null;
        String kind = rs.getString(i + 1);
        return new Citation(id, kind == null ? Citation.LocatorKind.NONE : Citation.LocatorKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT)), rs.getString(i + 2));
    }
}
