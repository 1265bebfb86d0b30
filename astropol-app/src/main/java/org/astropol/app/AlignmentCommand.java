package org.astropol.app;

import java.util.Locale;
import org.astropol.analysis.Alignment;
import org.astropol.analysis.VoteRecords;
import org.astropol.imports.UnVoteRecords;
import org.astropol.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "alignment", description = "UN General Assembly voting agreement (Voeten) of two states, or a matrix with one-dimensional ideal points.")
final class AlignmentCommand implements Callable<Integer> {
    @Mixin Workspace ws;
    @Mixin QueryOptions q;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "STATE", arity = "0..*", description = "Two states for a pair (CHN RUS); none or several for --matrix.") List<String> states;
    @Option(names = "--topic", paramLabel = "TOPIC", description = "space (any space roll call), space-security (PAROS, NO_FIRST_PLACEMENT, TCBM, FURTHER_PRACTICAL_MEASURES), or one space_category (e.g. PAROS); default: all roll calls.") String topic;
    @Option(names = "--by-year", description = "The pair's agreement per year.") boolean byYear;
    @Option(names = "--no-predecessors", description = "Do not count a state's cited predecessors' votes as its own (by default RUS includes SUN before 1991-12-26).") boolean noPredecessors;
    @Option(names = "--explain", description = "With a pair: every roll call behind the score (rcid of un_roll_call, date, both votes, agreement).") boolean explain;
    @Option(names = "--matrix", description = "Every pair of the given states (all voting states when none) and ideal points.") boolean matrix;

    @Override public Integer call() throws Exception {
        List<String> ids = states == null ? List.of() : states.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
        if (!matrix && ids.size() != 2) throw Main.usage(spec, "give two states (alignment CHN RUS), or --matrix");
        var kb = ws.knowledgeBase();
        VoteRecords records;
        try (Connection c = Database.openReadOnly(ws.dbFile())) {
            records = VoteRecords.withPredecessors(UnVoteRecords.load(c, topic), kb, ids, !noPredecessors);
        }
        var out = spec.commandLine().getOut();
        if (!matrix && byYear) {
            var t = Alignment.overTime(records, ids.get(0), ids.get(1), topic, q.asOfDay());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (var y : t) { Map<String, Object> row = new LinkedHashMap<>(); row.put("year", y.year()); row.put("votes", y.votes()); row.put("score", y.score()); rows.add(row); }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("a", ids.get(0)); answer.put("b", ids.get(1)); answer.put("topic", topic); answer.put("years", t);
            Output.print(out, q.format, answer, List.of("year", "votes", "score"), rows);
            return Main.OK;
        }
        if (!matrix) {
            var p = Alignment.pair(records, ids.get(0), ids.get(1), topic, q.asOfDay());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("a", p.a()); row.put("b", p.b()); row.put("topic", p.topic()); row.put("votes", p.votes()); row.put("score", p.score());
            if (explain) {
                var shared = Alignment.explain(records, ids.get(0), ids.get(1), topic, q.asOfDay());
                Map<String, Object> answer = new LinkedHashMap<>(row);
                answer.put("rollCalls", shared);
                List<Map<String, Object>> rows = new ArrayList<>();
                for (var x : shared) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("rcid", x.rollCall()); r.put("date", x.date()); r.put("voteA", x.voteA()); r.put("voteB", x.voteB()); r.put("agreement", x.agreement());
                    rows.add(r);
                }
                Output.print(out, q.format, answer, List.of("rcid", "date", "voteA", "voteB", "agreement"), rows);
                return Main.OK;
            }
            Output.print(out, q.format, p, List.of("a", "b", "topic", "votes", "score"), List.of(row));
            return Main.OK;
        }
        var m = Alignment.matrix(records, ids, topic, q.asOfDay());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var p : m.pairs()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("a", p.a()); row.put("b", p.b()); row.put("votes", p.votes()); row.put("score", p.score());
            row.put("idealA", m.idealPoints().get(p.a())); row.put("idealB", m.idealPoints().get(p.b()));
            rows.add(row);
        }
        Output.print(out, q.format, m, List.of("a", "b", "votes", "score", "idealA", "idealB"), rows);
        return Main.OK;
    }

}
