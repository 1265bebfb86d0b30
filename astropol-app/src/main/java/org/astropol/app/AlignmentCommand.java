package org.astropol.app;

import org.astropol.analysis.Alignment;
import org.astropol.analysis.VoteRecords;
import org.astropol.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    @Option(names = "--topic", paramLabel = "TOPIC", description = "Only roll calls of this space category (e.g. space-security).") String topic;
    @Option(names = "--by-year", description = "The pair's agreement per year.") boolean byYear;
    @Option(names = "--matrix", description = "Every pair of the given states (all voting states when none) and ideal points.") boolean matrix;

    @Override public Integer call() throws Exception {
        List<String> ids = states == null ? List.of() : states.stream().map(String::toUpperCase).toList();
        if (!matrix && ids.size() != 2) throw new IllegalArgumentException("give two states (alignment CHN RUS), or --matrix");
        ws.ensureBuilt();
        VoteRecords records = duckdbVotes();
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

    /** Votes from the imported tables un_vote(rcid, state, vote) and un_roll_call(rcid, date, symbol, space_category). */
    private VoteRecords duckdbVotes() throws SQLException {
        List<VoteRecords.Vote> votes = new ArrayList<>();
        try (Connection c = Database.openReadOnly(ws.dbFile())) {
            try (ResultSet t = c.createStatement().executeQuery(
                    "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('un_vote', 'un_roll_call')")) {
                t.next();
                if (t.getInt(1) < 2) throw new IllegalArgumentException("the database has no UN vote tables (un_vote, un_roll_call): import the UN votes first");
            }
            try (ResultSet r = c.createStatement().executeQuery(
                    "SELECT CAST(v.rcid AS VARCHAR), CAST(rc.date AS DATE), rc.space_category, v.state, lower(CAST(v.vote AS VARCHAR)) "
                            + "FROM un_vote v JOIN un_roll_call rc USING (rcid)")) {
                while (r.next()) {
                    java.sql.Date d = r.getDate(2);
                    votes.add(new VoteRecords.Vote(r.getString(1), d == null ? null : d.toLocalDate(), r.getString(3), r.getString(4), r.getString(5)));
                }
            }
        }
        return VoteRecords.of(votes);
    }
}
