package org.astropol.app;

import java.util.Locale;
import org.astropol.analysis.Alignment;
import org.astropol.imports.AlignmentAnswers;
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
    @Option(names = "--anchor", paramLabel = "STATE", defaultValue = "USA", description = "With --matrix: the state whose ideal point is positive (default: ${DEFAULT-VALUE}).") String anchor;
    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "0", description = "With --matrix: N bootstrap replicates (roll calls resampled) for 95% intervals of the ideal points.") int bootstrap;
    @Option(names = "--matrix", description = "Every pair of the given states (all voting states when none) and ideal points.") boolean matrix;

    @SuppressWarnings("unchecked")
    @Override public Integer call() throws Exception {
        List<String> ids = states == null ? List.of() : states.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
        if (!matrix && ids.size() != 2) throw Main.usage(spec, "give two states (alignment CHN RUS), or --matrix");
        var kb = ws.knowledgeBase();
        LocalDate fromDay = from == null ? null : PartialDate.parseDay(from);
        LocalDate toDay = to != null ? PartialDate.parseDay(to) : q.asOfDay();
        AlignmentVotes.Loaded loaded;
        try (Connection c = Database.openReadOnly(ws.dbFile())) {
            loaded = AlignmentVotes.load(c, topic, fromDay, toDay, allParts);
        }
        if (bootstrap < 0 || bootstrap > 10000) throw new IllegalArgumentException("--bootstrap must be between 0 and 10000");
        var question = new AlignmentAnswers.Question(ids, topic, fromDay, toDay, !noPredecessors, anchor.toUpperCase(java.util.Locale.ROOT), bootstrap);
        var out = spec.commandLine().getOut();
        if (!matrix && byYear) {
            var answer = AlignmentAnswers.byYear(loaded, kb, question);
            @SuppressWarnings("unchecked") var rows = (List<Map<String, Object>>) answer.get("years");
            Output.print(out, q.format, answer, List.of("year", "votes", "score", "votesWithoutInferred", "scoreWithoutInferred"), rows);
            return Main.OK;
        }
        if (!matrix) {
            var answer = AlignmentAnswers.pair(loaded, kb, question, explain);
            if (explain) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (var x : (List<Alignment.Shared>) answer.get("rollCalls")) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("rollCall", x.rollCall()); r.put("date", x.date()); r.put("voteA", x.voteA()); r.put("voteB", x.voteB()); r.put("agreement", x.agreement());
                    rows.add(r);
                }
                Output.print(out, q.format, answer, List.of("rollCall", "date", "voteA", "voteB", "agreement"), rows);
                return Main.OK;
            }
            Output.print(out, q.format, answer, List.copyOf(answer.keySet()), List.of(answer));
            return Main.OK;
        }
        var answer = AlignmentAnswers.matrix(loaded, kb, question);
        @SuppressWarnings("unchecked") var ideal = (Map<String, Double>) answer.get("idealPoints");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (@SuppressWarnings("unchecked") var p : (List<Map<String, Object>>) answer.get("pairs")) {
            Map<String, Object> row = new LinkedHashMap<>(p);
            row.remove("topic");
            row.put("idealA", ideal.get((String) p.get("a"))); row.put("idealB", ideal.get((String) p.get("b")));
            rows.add(row);
        }
        Output.print(out, q.format, answer, List.of("a", "b", "votes", "score", "scoreWithoutInferred", "idealA", "idealB"), rows);
        return Main.OK;
    }

}
