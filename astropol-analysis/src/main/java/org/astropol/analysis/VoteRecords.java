package org.astropol.analysis;

import org.astropol.model.KnowledgeBase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recorded UN General Assembly votes, one row per state per roll call. Implemented over the imported UN vote tables
 * ({@code un_vote}, {@code un_roll_call}) by the application; tests build them by hand.
 */
public interface VoteRecords {
    /** @param vote one of yes, no, abstain (absent and non-voting are not rows) */
    record Vote(String rollCall, LocalDate date, String topic, String state, String vote) {}

    List<Vote> votes();

    static VoteRecords of(List<Vote> votes) { return () -> votes; }

    /**
     * The same votes with each asked-about state's cited predecessors ({@link Lineage}: SUN for RUS) voting as that
     * state, as Voeten's data codes the Soviet seat; a predecessor asked about itself keeps its own votes.
     * Every state must be an entity of the knowledge base ({@link UnknownIdException} otherwise).
     */
    static VoteRecords withPredecessors(VoteRecords records, KnowledgeBase kb, Collection<String> states, boolean merge) {
        Map<String, String> alias = new HashMap<>();
        for (String s : states) {
            if (kb.entity(s).isEmpty()) throw new UnknownIdException(s);
            if (merge) for (String p : Lineage.of(kb, s)) if (!p.equals(s) && !states.contains(p)) alias.putIfAbsent(p, s);
        }
        if (alias.isEmpty()) return records;
        List<Vote> out = new ArrayList<>(records.votes().size());
        for (Vote v : records.votes()) {
            String to = alias.get(v.state());
            out.add(to == null ? v : new Vote(v.rollCall(), v.date(), v.topic(), to, v.vote()));
        }
        return of(out);
    }
}
