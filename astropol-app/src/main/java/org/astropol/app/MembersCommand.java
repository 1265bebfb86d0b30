package org.astropol.app;

import org.astropol.analysis.MembersQuery;
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

@Command(name = "members", description = "Members of a programme, accord, organisation or instrument as of a date.")
final class MembersCommand implements Callable<Integer> {
    @Mixin Workspace ws;
    @Mixin QueryOptions q;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "Group id: artemis-accords, ilrs, apsco, outer-space-treaty ...") String id;

    @Override public Integer call() throws Exception {
        var kb = ws.knowledgeBase();
        var m = MembersQuery.of(kb, id, q.asOfDay());
        var out = spec.commandLine().getOut();
        if (q.format == Output.Format.table) out.println(m.groupName() + " [" + m.group() + "] as of " + m.asOf() + ": " + m.states() + " states, " + m.count() + " members in all");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var x : m.members()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", x.id());
            r.put("name", x.name());
            r.put("type", x.type());
            r.put("role", x.role() + (x.agentFor() != null ? " for " + x.agentFor() : ""));
            r.put("since", x.since() != null ? x.since() : x.reportedSince() != null ? "(reported " + x.reportedSince() + ")" : null);
            r.put("until", x.until());
            r.put("sources", x.sources().stream().map(SourceRef::id).toList());
            rows.add(r);
        }
        Output.print(out, q.format, m, List.of("id", "name", "type", "role", "since", "until", "sources"), rows);
        return Main.OK;
    }
}
