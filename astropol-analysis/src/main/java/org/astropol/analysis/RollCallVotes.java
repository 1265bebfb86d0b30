package org.astropol.analysis;

import org.astropol.model.RollCall;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The curated recorded votes (data/votes) as {@link VoteRecords} for the alignment analysis: roll calls of a topic in a
 * date range, by default only votes on a text as a whole, with or without the positions inferred from a press release
 * ("yes (inferred)": a member not named among the no and abstain states). Absent positions are not votes.
 */
public final class RollCallVotes {
    private RollCallVotes() {}

    /**
     * What to take: the topic ({@code space}, {@code space-security} or one topic), dates, inferred positions, paragraph
     * and amendment votes, and the body (General Assembly plenary by default: the Security Council's fifteen are another electorate).
     */
    public record Selection(String topic, LocalDate from, LocalDate to, boolean inferred, boolean allParts, String body) {
        public Selection(String topic, LocalDate from, LocalDate to, boolean inferred, boolean allParts) {
            this(topic, from, to, inferred, allParts, "ga-plenary");
        }
        public Selection withInferred(boolean on) { return new Selection(topic, from, to, on, allParts, body); }
    }

    /**
     * True when the topic names curated roll calls: space, space-security or one topic, in lower case (paros); the
     * upper-case space categories of an import (PAROS, NO_FIRST_PLACEMENT) name the imported roll calls instead.
     */
    public static boolean knows(String topic) {
        return topic != null && (topic.equals("space") || topic.equals("space-security") || RollCall.TOPICS.contains(topic));
    }

    public static VoteRecords records(List<RollCall> rollCalls, Selection s) {
        if (s.topic() != null && !knows(s.topic())) {
            throw new IllegalArgumentException("unknown topic '" + s.topic() + "' (space, space-security or one of " + String.join(", ", RollCall.TOPICS) + ")");
        }
        List<VoteRecords.Vote> out = new ArrayList<>();
        for (RollCall rc : rollCalls) {
            if (!matches(rc, s)) continue;
            for (RollCall.Position p : rc.positions()) {
                if (p.vote().equals("absent") || (p.inferred() && !s.inferred())) continue;
                out.add(new VoteRecords.Vote(rc.id(), rc.date(), s.topic(), p.state(), p.vote()));
            }
        }
        return VoteRecords.of(out);
    }

    static boolean matches(RollCall rc, Selection s) {
        if (!s.allParts() && !rc.wholeText()) return false;
        if (s.body() != null && !s.body().equals(rc.body())) return false;
        if (s.from() != null && rc.date().isBefore(s.from())) return false;
        if (s.to() != null && rc.date().isAfter(s.to())) return false;
        if (s.topic() == null || s.topic().equals("space")) return true;
        if (s.topic().equals("space-security")) return RollCall.SPACE_SECURITY.contains(rc.topic());
        return rc.topic().equals(s.topic());
    }

    /** How many roll calls of the selection carry inferred positions (reported beside every analysis). */
    public static int withInferred(List<RollCall> rollCalls, Selection s) {
        int n = 0;
        for (RollCall rc : rollCalls) if (matches(rc, s) && rc.positions().stream().anyMatch(RollCall.Position::inferred)) n++;
        return n;
    }
}
