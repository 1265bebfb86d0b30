package org.astropol.app;

import org.astropol.analysis.Alignment;
import org.astropol.analysis.VoteRecords;
import org.astropol.imports.AlignmentVotes;
import org.astropol.model.PartialDate;
import org.astropol.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "alignment", description = "UN voting agreement (Voeten) of two states, or a matrix with one-dimensional ideal points: "
        + "on the curated space votes (data/votes) out of the box, on imported roll calls for other topics.")
final class AlignmentCommand implements Callable<Integer> {
    @Mixin Workspace ws;
    @Mixin QueryOptions q;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "STATE", arity = "0..*", description = "Two states for a pair (CHN RUS); none or several for --matrix.") List<String> states;
    @Option(names = "--topic", paramLabel = "TOPIC", description = "space, space-security (paros, no-first-placement, tcbm, further-practical-measures, "
            + "responsible-behaviours, da-asat, nuclear-weapons-in-space) or one of these topics: curated votes; any other space_category of an import; "
            + "default: all imported roll calls, or all curated ones without an import.") String topic;
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only roll calls on or after this day.") String from;
    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only roll calls on or before this day (default: --as-of).") String to;
    @Option(names = "--all-parts", description = "Count paragraph and amendment votes too (default: votes on a text as a whole).") boolean allParts;
    @Option(names = "--by-year", description = "The pair's agreement per year.") boolean byYear;
    @Option(names = "--no-predecessors", description = "Do not count a state's cited predecessors' votes as its own (by default RUS includes SUN before 1991-12-26).") boolean noPredecessors;
    @Option(names = "--explain", description = "With a pair: every roll call behind the score (roll-call id, date, both votes, agreement).") boolean explain;
    @Option(names = "--matrix", description = "Every pair of the given states (all voting states when none) and ideal points.") boolean matrix;

    @Override public Integer call() throws Exception {
        List<String> ids = states == null ? List.of() : states.stream().map(String::toUpperCase).toList();
        if (!matrix && ids.size() != 2) throw new IllegalArgumentException("give two states (alignment CHN RUS), or --matrix");
        var kb = ws.knowledgeBase();
        LocalDate fromDay = from == null ? null : PartialDate.parseDay(from);
        LocalDate toDay = to != null ? PartialDate.parseDay(to) : q.asOfDay();
        AlignmentVotes.Loaded loaded;
        try (Connection c = Database.openReadOnly(ws.dbFile())) {
            loaded = AlignmentVotes.load(c, topic, fromDay, toDay, allParts);
        }
        VoteRecords with = VoteRecords.withPredecessors(loaded.withInferred(), kb, ids, !noPredecessors);
        VoteRecords without = VoteRecords.withPredecessors(loaded.withoutInferred(), kb, ids, !noPredecessors);
        var out = spec.commandLine().getOut();
        if (!matrix && byYear) {
            var t = Alignment.overTime(with, ids.get(0), ids.get(1), topic, toDay);
            Map<Integer, Alignment.YearScore> strict = new HashMap<>();
            for (var y : Alignment.overTime(without, ids.get(0), ids.get(1), topic, toDay)) strict.put(y.year(), y);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (var y : t) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("year", y.year()); row.put("votes", y.votes()); row.put("score", y.score());
                var s = strict.get(y.year());
                row.put("votesWithoutInferred", s == null ? 0 : s.votes()); row.put("scoreWithoutInferred", s == null ? null : s.score());
                rows.add(row);
            }
            Map<String, Object> answer = head(ids.get(0), ids.get(1), loaded);
            answer.put("years", rows);
            Output.print(out, q.format, answer, List.of("year", "votes", "score", "votesWithoutInferred", "scoreWithoutInferred"), rows);
            return Main.OK;
        }
        if (!matrix) {
            var p = Alignment.pair(with, ids.get(0), ids.get(1), topic, toDay);
            var s = Alignment.pair(without, ids.get(0), ids.get(1), topic, toDay);
            Map<String, Object> row = head(p.a(), p.b(), loaded);
            row.put("votes", p.votes()); row.put("score", p.score());
            row.put("votesWithoutInferred", s.votes()); row.put("scoreWithoutInferred", s.score());
            if (explain) {
                var shared = Alignment.explain(with, ids.get(0), ids.get(1), topic, toDay);
                Map<String, Object> answer = new LinkedHashMap<>(row);
                answer.put("rollCalls", shared);
                List<Map<String, Object>> rows = new ArrayList<>();
                for (var x : shared) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("rollCall", x.rollCall()); r.put("date", x.date()); r.put("voteA", x.voteA()); r.put("voteB", x.voteB()); r.put("agreement", x.agreement());
                    rows.add(r);
                }
                Output.print(out, q.format, answer, List.of("rollCall", "date", "voteA", "voteB", "agreement"), rows);
                return Main.OK;
            }
            Output.print(out, q.format, row, List.copyOf(row.keySet()), List.of(row));
            return Main.OK;
        }
        var m = Alignment.matrix(with, ids, topic, toDay);
        var strict = Alignment.matrix(without, m.states(), topic, toDay);
        Map<String, Alignment.Pair> strictPairs = new HashMap<>();
        for (var p : strict.pairs()) strictPairs.put(p.a() + "|" + p.b(), p);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var p : m.pairs()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("a", p.a()); row.put("b", p.b()); row.put("votes", p.votes()); row.put("score", p.score());
            var s = strictPairs.get(p.a() + "|" + p.b());
            row.put("scoreWithoutInferred", s == null ? null : s.score());
            row.put("idealA", m.idealPoints().get(p.a())); row.put("idealB", m.idealPoints().get(p.b()));
            rows.add(row);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("topic", m.topic()); answer.put("asOf", m.asOf()); answer.put("data", loaded.data());
        answer.put("inferredRollCalls", loaded.inferredRollCalls()); answer.put("states", m.states()); answer.put("pairs", rows);
        answer.put("idealPoints", m.idealPoints()); answer.put("idealPointsWithoutInferred", strict.idealPoints());
        Output.print(out, q.format, answer, List.of("a", "b", "votes", "score", "scoreWithoutInferred", "idealA", "idealB"), rows);
        return Main.OK;
    }

    private Map<String, Object> head(String a, String b, AlignmentVotes.Loaded loaded) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", a); m.put("b", b); m.put("topic", topic); m.put("from", from); m.put("to", to);
        m.put("data", loaded.data()); m.put("inferredRollCalls", loaded.inferredRollCalls());
        return m;
    }
}
