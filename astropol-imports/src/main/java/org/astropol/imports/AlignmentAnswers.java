package org.astropol.imports;

import org.astropol.analysis.Alignment;
import org.astropol.analysis.VoteRecords;
import org.astropol.model.KnowledgeBase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alignment answers as the command line prints them in JSON and the HTTP API returns them: every score with and
 * without the positions inferred from press releases, and which data answered ({@code curated} or {@code un_vote}).
 */
public final class AlignmentAnswers {
    private AlignmentAnswers() {}

    /**
     * The question: states, topic, date range (to = the as-of day), predecessors merged or not; for a matrix the anchor
     * state of the ideal points (positive side) and the number of bootstrap replicates (0: no intervals).
     */
    public record Question(List<String> states, String topic, LocalDate from, LocalDate to, boolean predecessors, String anchor, int bootstrap) {
        public Question(List<String> states, String topic, LocalDate from, LocalDate to, boolean predecessors) {
            this(states, topic, from, to, predecessors, "USA", 0);
        }
    }

    /** Seed of the bootstrap: fixed, so an answer is reproducible. */
    static final long SEED = 20261204L;

    public static Map<String, Object> pair(AlignmentVotes.Loaded loaded, KnowledgeBase kb, Question q, boolean explain) {
        String a = q.states().get(0), b = q.states().get(1);
        var p = Alignment.pair(with(loaded, kb, q), a, b, q.topic(), q.to());
        var s = Alignment.pair(without(loaded, kb, q), a, b, q.topic(), q.to());
        Map<String, Object> m = head(a, b, loaded, q);
        m.put("votes", p.votes()); m.put("score", p.score());
        m.put("votesWithoutInferred", s.votes()); m.put("scoreWithoutInferred", s.score());
        if (explain) m.put("rollCalls", Alignment.explain(with(loaded, kb, q), a, b, q.topic(), q.to()));
        return m;
    }

    public static Map<String, Object> byYear(AlignmentVotes.Loaded loaded, KnowledgeBase kb, Question q) {
        String a = q.states().get(0), b = q.states().get(1);
        Map<Integer, Alignment.YearScore> strict = new HashMap<>();
        for (var y : Alignment.overTime(without(loaded, kb, q), a, b, q.topic(), q.to())) strict.put(y.year(), y);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var y : Alignment.overTime(with(loaded, kb, q), a, b, q.topic(), q.to())) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("year", y.year()); row.put("votes", y.votes()); row.put("score", y.score());
            var s = strict.get(y.year());
            row.put("votesWithoutInferred", s == null ? 0 : s.votes()); row.put("scoreWithoutInferred", s == null ? null : s.score());
            rows.add(row);
        }
        Map<String, Object> m = head(a, b, loaded, q);
        m.put("years", rows);
        return m;
    }

    public static Map<String, Object> matrix(AlignmentVotes.Loaded loaded, KnowledgeBase kb, Question q) {
        var m = Alignment.matrix(with(loaded, kb, q), q.states(), q.topic(), q.to(), q.anchor());
        var strict = Alignment.matrix(without(loaded, kb, q), m.states(), q.topic(), q.to(), q.anchor());
        Map<String, Alignment.Pair> strictPairs = new HashMap<>();
        for (var p : strict.pairs()) strictPairs.put(p.a() + "|" + p.b(), p);
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (var p : m.pairs()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("a", p.a()); row.put("b", p.b()); row.put("topic", p.topic()); row.put("votes", p.votes()); row.put("score", p.score());
            var s = strictPairs.get(p.a() + "|" + p.b());
            row.put("scoreWithoutInferred", s == null ? null : s.score());
            pairs.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("topic", q.topic()); out.put("asOf", m.asOf()); out.put("from", q.from() == null ? null : q.from().toString());
        out.put("data", loaded.data()); out.put("inferredRollCalls", loaded.inferredRollCalls());
        out.put("states", m.states()); out.put("pairs", pairs);
        out.put("anchor", q.anchor());
        out.put("idealPoints", m.idealPoints()); out.put("idealPointsWithoutInferred", strict.idealPoints());
        if (q.bootstrap() > 0) {
            out.put("bootstrap", q.bootstrap());
            out.put("idealPointIntervals", Alignment.bootstrap(with(loaded, kb, q), m.states(), q.topic(), q.to(), q.anchor(), q.bootstrap(), SEED));
            out.put("idealPointIntervalsWithoutInferred", Alignment.bootstrap(without(loaded, kb, q), m.states(), q.topic(), q.to(), q.anchor(), q.bootstrap(), SEED));
        }
        return out;
    }

    private static VoteRecords with(AlignmentVotes.Loaded l, KnowledgeBase kb, Question q) {
        return VoteRecords.withPredecessors(l.withInferred(), kb, q.states(), q.predecessors());
    }

    private static VoteRecords without(AlignmentVotes.Loaded l, KnowledgeBase kb, Question q) {
        return VoteRecords.withPredecessors(l.withoutInferred(), kb, q.states(), q.predecessors());
    }

    private static Map<String, Object> head(String a, String b, AlignmentVotes.Loaded loaded, Question q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", a); m.put("b", b); m.put("topic", q.topic());
        m.put("from", q.from() == null ? null : q.from().toString()); m.put("to", q.to() == null ? null : q.to().toString());
        m.put("data", loaded.data()); m.put("inferredRollCalls", loaded.inferredRollCalls());
        return m;
    }
}
