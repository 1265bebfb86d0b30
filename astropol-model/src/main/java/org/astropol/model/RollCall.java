package org.astropol.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A recorded vote of a UN body on one text (a resolution, a draft, a paragraph or an amendment): its tallies as each
 * source gives them and every state's position. Positions a source does not name but the record infers (a member not
 * named among the "no" and "abstain" states of a press release voted yes or was absent) carry {@code inferred}.
 *
 * @param id     the symbol for a vote on the text as a whole, {@code SYMBOL#PART} for a paragraph or amendment vote
 * @param body   ga-plenary, ga-first-committee or security-council
 * @param scope  whole-text, paragraph or amendment
 */
public record RollCall(String id, String symbol, LocalDate date, String body, String title, String topic, String scope,
                       String part, List<Tally> tallies, List<Position> positions, Origin origin) {

    public static final List<String> BODIES = List.of("ga-plenary", "ga-first-committee", "security-council");
    public static final List<String> SCOPES = List.of("whole-text", "paragraph", "amendment");
    public static final List<String> TOPICS = List.of("paros", "no-first-placement", "tcbm", "further-practical-measures",
            "responsible-behaviours", "da-asat", "nuclear-weapons-in-space", "other");
    /** The topics of arms control in outer space, the default of the alignment analysis. */
    public static final List<String> SPACE_SECURITY = List.of("paros", "no-first-placement", "tcbm", "further-practical-measures",
            "responsible-behaviours", "da-asat", "nuclear-weapons-in-space");
    public static final List<String> VOTES = List.of("yes", "no", "abstain", "absent");

    /** A count as one source gives it; {@code absent} is null when the source gives none. */
    public record Tally(int yes, int no, int abstain, Integer absent, Status status, String note, Citation citation, Origin origin) {}

    public record Position(String state, String vote, boolean inferred, Citation citation, Origin origin) {}

    public boolean wholeText() { return scope.equals("whole-text"); }

    /** Positions counted by vote, inferred ones included. */
    public int count(String vote) { return (int) positions.stream().filter(p -> p.vote().equals(vote)).count(); }
}
