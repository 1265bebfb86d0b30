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
    @Parameters(paramLabel = "PROGRAMME", arity = "1..*", description = "Programme ids: css ilrs artemis-accords ...") List<String> ids;
    @Option(names = "--leader", paramLabel = "STATE", description = "The leading state, when the data cannot tell (one programme only).") String leader;
    @Option(names = "--partners", description = "With table or csv: list each partner's channels.") boolean partners;

    @Override public Integer call() throws Exception {
        if (leader != null && ids.size() > 1) throw new IllegalArgumentException("--leader applies to one programme at a time");
        var kb = ws.knowledgeBase();
        List<InstitutionalDensity.Result> rs = new ArrayList<>();
        for (String id : ids) rs.add(InstitutionalDensity.of(kb, id, q.asOfDay(), leader));
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
                m.put("programme", r.programme()); m.put("leader", r.leader()); m.put("partners", r.partners()); m.put("score", r.score());
                r.meanByCategory().forEach(m::put);
                m.put("unReach", r.unReach());
                rows.add(m);
            }
            List<String> cols = new ArrayList<>(List.of("programme", "leader", "partners", "score"));
            cols.addAll(InstitutionalDensity.CATEGORIES);
            cols.add("unReach");
            Output.print(spec.commandLine().getOut(), q.format, Map.of("asOf", q.asOfDay().toString(), "programmes", rs), cols, rows);
        }
        return Main.OK;
    }
}
