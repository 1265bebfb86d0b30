package org.astropol.app;

import org.astropol.analysis.InstitutionalDensity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "density", description = "Institutional density: channels (UN bodies, IGOs, treaties, bilateral ties) linking a programme's leader with its partners.")
final class DensityCommand implements Callable<Integer> {
    @Mixin Workspace ws;
    @Mixin QueryOptions q;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "PROGRAMME", arity = "1..*", description = "Programme ids, each optionally with its leading state: chinese-space-station ilrs artemis-accords:USA") List<String> ids;
    @Option(names = "--cap", paramLabel = "N", defaultValue = "3", description = "Channels counted per category and partner at most (default: ${DEFAULT-VALUE}).") int cap;
    @Option(names = "--partners", description = "With table or csv: list each partner's channels.") boolean partners;

    @picocli.CommandLine.Option(names = "--explain", description = "Every number with the records behind it (id and file:line).") boolean explain;

    @Override public Integer call() throws Exception {
        if (cap < 1) throw Main.usage(spec, "--cap: expected at least 1");
        var kb = ws.knowledgeBase();
        List<InstitutionalDensity.Result> rs = new ArrayList<>();
        for (String id : ids) {
            int colon = id.indexOf(':');
            rs.add(colon < 0 ? InstitutionalDensity.of(kb, id, q.asOfDay(), null, cap)
                    : InstitutionalDensity.of(kb, id.substring(0, colon), q.asOfDay(), id.substring(colon + 1), cap));
        }
        if (explain) {
            List<org.astropol.analysis.Explain.Line> lines = new ArrayList<>();
            for (var r : rs) lines.addAll(org.astropol.analysis.Explain.density(kb, r, q.asOfDay()));
            ExplainOutput.print(spec.commandLine().getOut(), q.format, Map.of("asOf", q.asOfDay().toString(), "programmes", rs), lines);
            return Main.OK;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        if (partners) {
            for (var r : rs) for (var p : r.partnerList()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("programme", r.programme()); m.put("partner", p.id()); m.put("channels", p.channels());
                p.byCategory().forEach(m::put);
                m.put("via", p.via().stream().map(c -> c.id()).toList());
                rows.add(m);
            }
            List<String> cols = new ArrayList<>(List.of("programme", "partner", "channels"));
            cols.addAll(InstitutionalDensity.CATEGORIES);
            cols.add("via");
            Output.print(spec.commandLine().getOut(), q.format, Map.of("programmes", rs), cols, rows);
        } else {
            for (var r : rs) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("programme", r.programme()); m.put("leader", r.leader()); m.put("partners", r.partners()); m.put("score", r.score()); m.put("uncapped", r.uncapped());
                r.meanByCategory().forEach(m::put);
                m.put("unReach", r.unReach());
                rows.add(m);
            }
            List<String> cols = new ArrayList<>(List.of("programme", "leader", "partners", "score", "uncapped"));
            cols.addAll(InstitutionalDensity.CATEGORIES);
            cols.add("unReach");
            if (q.format == Output.Format.table) for (var r : rs) if (!r.leaderBasis().equals("given")) spec.commandLine().getOut().println(r.programme() + ": leader " + r.leader() + " (" + r.leaderBasis() + ")");
            Output.print(spec.commandLine().getOut(), q.format, Map.of("asOf", q.asOfDay().toString(), "programmes", rs), cols, rows);
        }
        return Main.OK;
    }
}
