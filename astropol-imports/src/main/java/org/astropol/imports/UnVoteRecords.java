package org.astropol.imports;

import org.astropol.analysis.VoteRecords;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The imported UN vote tables {@code un_vote(rcid, state, vote)} and {@code un_roll_call(rcid, date, space_category)}
 * as {@link VoteRecords} for the alignment analysis, filtered to a topic in SQL (parameterised) and labelled with it.
 * Used by the command line ({@code alignment}) and the HTTP API alike.
 */
public final class UnVoteRecords {
    private UnVoteRecords() {}

    /** space_category values of the space-security topic (arms control in outer space). */
    public static final List<String> SPACE_SECURITY = List.of("PAROS", "NO_FIRST_PLACEMENT", "TCBM", "FURTHER_PRACTICAL_MEASURES");

    /** True when both tables exist. */
    public static boolean imported(Connection c) throws SQLException {
        try (ResultSet t = c.createStatement().executeQuery(
                "SELECT count(DISTINCT table_name) FROM information_schema.tables WHERE table_name IN ('un_vote', 'un_roll_call')")) {
            t.next();
            return t.getInt(1) == 2;
        }
    }

    /**
     * Votes on the topic: null = every roll call, {@code space} = any roll call with a space category,
     * {@code space-security} = {@link #SPACE_SECURITY}, else one space_category. Rows without a state id are left out.
     *
     * @throws IllegalArgumentException when the tables are missing or the topic is unknown
     */
    public static VoteRecords load(Connection c, String topic) throws SQLException {
        if (!imported(c)) throw new IllegalArgumentException("the database has no UN vote tables (un_vote, un_roll_call): import the UN votes first (astropol import unvotes DIR)");
        if (topic != null && !topic.equals("space") && !topic.equals("space-security")) {
            try (var ps = c.prepareStatement("SELECT count(*) FROM un_roll_call WHERE upper(space_category) = upper(?)")) {
                ps.setString(1, topic);
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    if (r.getLong(1) == 0) throw new IllegalArgumentException("unknown topic '" + topic + "' (expected space, space-security or a space_category of un_roll_call)");
                }
            }
        }
        String where;
        List<String> params = new ArrayList<>();
        if (topic == null) where = "TRUE";
        else if (topic.equals("space")) where = "rc.space_category IS NOT NULL";
        else if (topic.equals("space-security")) { where = "upper(rc.space_category) IN (?, ?, ?, ?)"; params.addAll(SPACE_SECURITY); }
        else { where = "upper(rc.space_category) = upper(?)"; params.add(topic); }
        List<VoteRecords.Vote> votes = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT CAST(v.rcid AS VARCHAR), CAST(rc.date AS DATE), v.state, lower(CAST(v.vote AS VARCHAR)) "
                + "FROM un_vote v JOIN un_roll_call rc USING (rcid) WHERE v.state IS NOT NULL AND " + where)) {
            for (int i = 0; i < params.size(); i++) ps.setString(i + 1, params.get(i));
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    java.sql.Date d = r.getDate(2);
                    votes.add(new VoteRecords.Vote(r.getString(1), d == null ? null : d.toLocalDate(), topic, r.getString(3), r.getString(4)));
                }
            }
        }
        return VoteRecords.of(votes);
    }
}
