package org.astropol.app;

import org.astropol.analysis.Firsts;
import org.astropol.analysis.SourceRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "firsts", description = "States in the order they first achieved a capability (orbital-launch, satellite, human-spaceflight, ...).")
final class FirstsCommand implements Callable<Integer> {
    @Mixin Workspace ws;
    @Mixin QueryOptions q;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "CAPABILITY", description = "orbital-launch, satellite, human-spaceflight, space-station, lunar-landing, lunar-sample-return, mars-landing, asat-test ...") String capability;

    @picocli.CommandLine.Option(names = "--explain", description = "Every number with the records behind it (id and file:line).") boolean explain;

    @Override public Integer call() throws Exception {
        var kb = ws.knowledgeBase();
        var r = Firsts.of(kb, capability, q.asOfDay());
        if (explain) { ExplainOutput.print(spec.commandLine().getOut(), q.format, r, org.astropol.analysis.Explain.firsts(kb, r)); return Main.OK; }
        List<Map<String, Object>> rows = new ArrayList<>();
        int i = 1;
        for (var a : r.states()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("n", i++);
            m.put("id", a.id());
            m.put("name", a.name());
            m.put("date", a.date());
            m.put("event", a.event());
            // a disputed first is flagged with its note and the state's earliest undisputed first
            m.put("status", "disputed".equals(a.status()) ? "disputed" + (a.undisputed() == null ? "" : "; undisputed " + a.undisputed().date()) : "");
            m.put("note", a.note() == null ? "" : a.note());
            m.put("sources", a.sources().stream().map(SourceRef::id).distinct().toList());
            rows.add(m);
        }
        Output.print(spec.commandLine().getOut(), q.format, r, List.of("n", "id", "name", "date", "event", "status", "sources", "note"), rows);
        return Main.OK;
    }
}
