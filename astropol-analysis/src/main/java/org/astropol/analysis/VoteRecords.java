package org.astropol.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * Recorded UN General Assembly votes, one row per state per roll call. Implemented over the imported UN vote tables
 * ({@code un_vote}, {@code un_roll_call}) by the application; tests build them by hand.
 */
public interface VoteRecords {
    /** @param vote one of yes, no, abstain (absent and non-voting are not rows) */
    record Vote(String rollCall, LocalDate date, String topic, String state, String vote) {}

    List<Vote> votes();

    static VoteRecords of(List<Vote> votes) { return () -> votes; }
}
