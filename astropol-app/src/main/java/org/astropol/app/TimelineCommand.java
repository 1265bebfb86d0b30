package org.astropol.app;

import org.astropol.analysis.SourceRef;
import org.astropol.analysis.Timeline;
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

    @Override public Integer call() throws Exception {
        var kb = ws.knowledgeBase();
        var t = Timeline.of(kb, ids);
        if (q.asOf != null) {
            LocalDate cut = q.asOfDay();
            t = new Timeline.Result(t.ids(), t.events().stream().filter(e -> !org.astropol.model.PartialDate.parse(e.date()).earliest().isAfter(cut)).toList());
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
