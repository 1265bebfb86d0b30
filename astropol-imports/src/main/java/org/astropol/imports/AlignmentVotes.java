package org.astropol.imports;

import org.astropol.analysis.RollCallVotes;
import org.astropol.analysis.VoteRecords;
import org.astropol.store.RollCallTables;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The votes an alignment question reads: the curated recorded votes (data/votes) for the space topics, so the analysis
 * answers on a fresh clone; the imported roll calls ({@link UnVoteRecords}) for every other topic, or for all roll calls
 * when they are imported. Used by the command line and the HTTP API alike.
 */
public final class AlignmentVotes {
    private AlignmentVotes() {}

    /** @param data {@code curated} or {@code un_vote}; {@code inferredRollCalls}: roll calls of the selection with inferred positions */
    public record Loaded(VoteRecords withInferred, VoteRecords withoutInferred, String data, int inferredRollCalls) {}

    /** @throws IllegalArgumentException when neither curated votes of the topic nor imported ones are there, or the topic is unknown */
    public static Loaded load(Connection c, String topic, LocalDate from, LocalDate to, boolean allParts) throws SQLException {
        var rollCalls = RollCallTables.read(c, null);
        boolean imported = UnVoteRecords.imported(c);
        boolean curated = !rollCalls.isEmpty() && (RollCallVotes.knows(topic) || (topic == null && !imported));
        if (curated) {
            var s = new RollCallVotes.Selection(topic, from, to, true, allParts);
            return new Loaded(RollCallVotes.records(rollCalls, s), RollCallVotes.records(rollCalls, s.withInferred(false)), "curated",
                    RollCallVotes.withInferred(rollCalls, s));
        }
        VoteRecords all = UnVoteRecords.load(c, topic);
        List<VoteRecords.Vote> kept = all.votes().stream().filter(v -> v.date() == null
                || ((from == null || !v.date().isBefore(from)) && (to == null || !v.date().isAfter(to)))).toList();
        VoteRecords records = VoteRecords.of(kept);
        return new Loaded(records, records, "un_vote", 0);
    }
}
