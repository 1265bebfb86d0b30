package org.astropol.app;

import org.astropol.analysis.SourceRef;
import org.astropol.analysis.Timeline;
import org.astropol.model.PartialDate;
import org.astropol.model.Validity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "timeline", description = "Dated statements and events of one actor, or of a pair, in date order.")
final class TimelineCommand implements Callable<Integer> {
    @Mixin Workspace ws;
    @Mixin QueryOptions q;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "ID", arity = "1..2", description = "One id, or two for a pair (RUS CHN).") List<String> ids;
    @picocli.CommandLine.Option(names = "--phases", description = "Counts of entries and agreements per period and a phase segmentation (docs/analytics.md).") boolean phases;
    @picocli.CommandLine.Option(names = "--period", paramLabel = "YEARS", description = "With --phases: length of the counting periods (default 10).") int period = 10;
    @picocli.CommandLine.Option(names = "--penalty", paramLabel = "X", description = "With --phases: cost of one more phase (default 1.0; higher = fewer phases).") double penalty = 1.0;
    @picocli.CommandLine.Option(names = "--min-years", paramLabel = "N", description = "With --phases: shortest phase in years (default 5).") int minYears = 5;

    @Override public Integer call() throws Exception {
        var kb = ws.knowledgeBase();
        var t = Timeline.of(kb, ids);
        if (q.asOf != null) {
            LocalDate cut = q.asOfDay();
            t = new Timeline.Result(t.ids(), t.events().stream().filter(e -> Validity.reached(PartialDate.parse(e.date()), cut)).toList());
        }
        if (phases) {
            int end = q.asOfDay().getYear();
            var p = org.astropol.analysis.Phases.of(t, end, period, penalty, minYears);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (var kind : List.of("period", "phase")) {
                for (var s : kind.equals("period") ? p.periods() : p.phases()) {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("kind", kind); r.put("from", s.from()); r.put("to", s.to()); r.put("entries", s.entries());
                    r.put("agreements", s.agreements()); r.put("ratePerYear", s.ratePerYear()); r.put("level", s.level());
                    rows.add(r);
                }
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("ids", p.ids()); answer.put("asOf", q.asOfDay().toString());
            answer.put("method", Map.of("segmentation", "optimal partitioning of yearly entry counts, Poisson cost",
                    "penalty", p.penalty(), "minYears", p.minYears(), "periodYears", p.periodYears()));
            answer.put("periods", p.periods()); answer.put("phases", p.phases());
            Output.print(spec.commandLine().getOut(), q.format, answer, List.of("kind", "from", "to", "entries", "agreements", "ratePerYear", "level"), rows);
            return Main.OK;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var e : t.events()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("date", e.date());
            r.put("kind", e.kind());
            r.put("summary", e.summary());
            r.put("sources", e.sources().stream().map(SourceRef::id).toList());
            rows.add(r);
        }
        Output.print(spec.commandLine().getOut(), q.format, t, List.of("date", "kind", "summary", "sources"), rows);
        return Main.OK;
    }
}
