package org.astropol.app;

import org.astropol.analysis.UnknownIdException;
import org.astropol.analysis.VoteRecords;
import org.astropol.store.Database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link VoteRecords} over the imported UN vote tables {@code un_vote(rcid, state, vote)} and
 * {@code un_roll_call(rcid, date, space_category)} (docs/schema.md), filtered to a topic in SQL:
 * null = every roll call, {@code space} = any roll call with a space_category, {@code space-security} = the
 * categories of {@link #SPACE_SECURITY}, anything else = that one space_category (case-insensitive).
 * Rows without an astropol state id (unmapped country codes) are left out.
 */
final class DuckDbVoteRecords {
    private DuckDbVoteRecords() {}

    /** space_category values of the space-security topic (arms control in outer space). */
    static final List<String> SPACE_SECURITY = List.of("PAROS", "NO_FIRST_PLACEMENT", "TCBM", "FURTHER_PRACTICAL_MEASURES");

    /**
     * @param states the states asked about; each must be an entity of the knowledge base (else {@link UnknownIdException})
     * @param withPredecessors when true, the votes of a requested state's cited predecessors (predecessor/successor
     *        statements, e.g. SUN for RUS) are counted as that state's, unless the predecessor is itself requested
     */
    static VoteRecords read(Path db, String topic, Collection<String> states, boolean withPredecessors) throws SQLException {
        return merged(read(db, topic), aliases(db, states, withPredecessors));
    }

    /** The same votes with each predecessor's state id replaced by its successor's (see {@link #aliases}). */
    static VoteRecords merged(VoteRecords records, Map<String, String> alias) {
        if (alias.isEmpty()) return records;
        List<VoteRecords.Vote> out = new ArrayList<>(records.votes().size());
        for (VoteRecords.Vote v : records.votes()) {
            String to = alias.get(v.state());
            out.add(to == null ? v : new VoteRecords.Vote(v.rollCall(), v.date(), v.topic(), to, v.vote()));
        }
        return VoteRecords.of(out);
    }

    /** predecessor -> requested state, for the requested states' cited predecessors that are not requested themselves; checks the ids exist. */
    static Map<String, String> aliases(Path db, Collection<String> states, boolean withPredecessors) throws SQLException {
        Map<String, String> alias = new HashMap<>();
        try (Connection c = Database.openReadOnly(db)) {
            for (String s : states) {
                try (var ps = c.prepareStatement("SELECT count(*) FROM entity WHERE id = ?")) {
                    ps.setString(1, s);
                    try (ResultSet r = ps.executeQuery()) { r.next(); if (r.getLong(1) == 0) throw new UnknownIdException(s); }
                }
                if (withPredecessors) for (String p : predecessors(c, s)) if (!states.contains(p)) alias.putIfAbsent(p, s);
            }
        }
        return alias;
    }

    /** Every vote on the topic, state ids as imported. */
    static VoteRecords read(Path db, String topic) throws SQLException {
        String where;
        List<String> params = new ArrayList<>();
        if (topic == null) where = "TRUE";
        else if (topic.equals("space")) where = "rc.space_category IS NOT NULL";
        else if (topic.equals("space-security")) { where = "upper(rc.space_category) IN (?, ?, ?, ?)"; params.addAll(SPACE_SECURITY); }
        else { where = "upper(rc.space_category) = upper(?)"; params.add(topic); }
        List<VoteRecords.Vote> votes = new ArrayList<>();
        try (Connection c = Database.openReadOnly(db)) {
            try (ResultSet t = c.createStatement().executeQuery(
                    "SELECT count(DISTINCT table_name) FROM information_schema.tables WHERE table_name IN ('un_vote', 'un_roll_call')")) {
                t.next();
                if (t.getInt(1) < 2) throw new IllegalArgumentException("the database has no UN vote tables (un_vote, un_roll_call): import the UN votes first (astropol import unvotes DIR)");
            }
            if (topic != null && !topic.equals("space") && !topic.equals("space-security")) {
                try (var ps = c.prepareStatement("SELECT count(*) FROM un_roll_call WHERE upper(space_category) = upper(?)")) {
                    ps.setString(1, topic);
                    try (ResultSet r = ps.executeQuery()) {
                        r.next();
                        if (r.getLong(1) == 0) throw new IllegalArgumentException("unknown topic '" + topic + "' (expected space, space-security or a space_category of un_roll_call)");
                    }
                }
            }
            try (var ps = c.prepareStatement("SELECT CAST(v.rcid AS VARCHAR), CAST(rc.date AS DATE), v.state, lower(CAST(v.vote AS VARCHAR)) "
                    + "FROM un_vote v JOIN un_roll_call rc USING (rcid) WHERE v.state IS NOT NULL AND " + where)) {
                for (int i = 0; i < params.size(); i++) ps.setString(i + 1, params.get(i));
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        java.sql.Date d = r.getDate(2);
                        String state = r.getString(3);
                        votes.add(new VoteRecords.Vote(r.getString(1), d == null ? null : d.toLocalDate(), topic, state, r.getString(4)));
                    }
                }
            }
        }
        return VoteRecords.of(votes);
    }

    /** Cited predecessors of a state, transitively (as {@code Lineage} does on the knowledge base). */
    private static List<String> predecessors(Connection c, String id) throws SQLException {
        List<String> out = new ArrayList<>();
        List<String> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            String cur = todo.remove(0);
            try (var ps = c.prepareStatement("SELECT value_entity FROM statement WHERE subject = ? AND property = 'predecessor' AND value_entity IS NOT NULL "
                    + "UNION SELECT subject FROM statement WHERE value_entity = ? AND property = 'successor'")) {
                ps.setString(1, cur);
                ps.setString(2, cur);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        String p = r.getString(1);
                        if (!p.equals(id) && !out.contains(p)) { out.add(p); todo.add(p); }
                    }
                }
            }
        }
        return out;
    }
}
