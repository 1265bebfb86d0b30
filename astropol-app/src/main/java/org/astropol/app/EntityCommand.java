package org.astropol.app;

import org.astropol.analysis.EntityProfile;
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

@Command(name = "entity", description = "Show an entity, its names and all its statements with their sources.")
final class EntityCommand implements Callable<Integer> {
    @Mixin Workspace ws;
    @Mixin QueryOptions q;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "Entity id: CHN, cnsa, artemis-accords, A/RES/69/32 ...") String id;

    @Override public Integer call() throws Exception { return run(spec.commandLine().getOut()); }

    /** The command with its arguments set (by picocli, or by {@link QuickCommandLine}). */
    int run(java.io.PrintWriter out) throws Exception {
        var kb = ws.knowledgeBase();
        var p = EntityProfile.of(kb, id);
        if (q.format == Output.Format.table) {
            out.println(p.name() + " [" + p.id() + "] " + p.type() + " / " + p.kind()
                    + (p.from() != null || p.until() != null ? "  " + (p.from() == null ? "" : p.from()) + " - " + (p.until() == null ? "" : p.until()) : ""));
            out.println("names: " + String.join(" | ", p.names().stream().map(n -> n.lang() == null ? n.name() : n.name() + " (" + n.lang() + ")").toList()));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var s : p.statements()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("property", s.property());
            r.put("value", s.valueMax() != null ? s.value() + "-" + Output.text(s.valueMax()) : s.value());
            r.put("unit", s.unit());
            r.put("year", s.year());
            r.put("role", s.role());
            r.put("from", s.from());
            r.put("until", s.until());
            r.put("status", s.status());
            r.put("sources", s.sources().stream().map(SourceRef::id).toList());
            rows.add(r);
        }
        Output.print(out, q.format, p, List.of("property", "value", "unit", "year", "role", "from", "until", "status", "sources"), rows);
        return Main.OK;
    }
}
