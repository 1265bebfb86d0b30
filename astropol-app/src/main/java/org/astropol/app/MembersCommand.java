package org.astropol.app;

import org.astropol.analysis.MembersQuery;
import org.astropol.analysis.SourceRef;
import org.astropol.model.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.LocalDate;
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
    @Option(names = "--stage", paramLabel = "STAGE", description = "List the members at this stage on the day: announced, signed, "
            + "ratified, in-force, withdrawn (default: signatories of a coalition or accord, the states a treaty is in force for)")
    String stage;

    @Override public Integer call() throws Exception { return run(spec.commandLine().getOut()); }

    /** The command with its arguments set (by picocli, or by {@link QuickCommandLine}). */
    int run(java.io.PrintWriter out) throws Exception {
        // today's date needs the time-zone rules (tzdb.dat: 30-70 ms of a cold JVM's CPU, 2026-12-05), looked up here while
        // the prefetch threads are still reading the knowledge base; a given --as-of is read after it, as before
        LocalDate today = q.asOf == null ? LocalDate.now() : null;
        var kb = ws.knowledgeBase();
        Stage asked = stage == null ? null : Stage.fromKey(stage).orElseThrow(() -> new picocli.CommandLine.ParameterException(spec.commandLine(),
                "unknown stage '" + stage + "' (announced, signed, ratified, in-force, withdrawn)"));
        var day = today != null ? today : q.asOfDay();
        var m = MembersQuery.of(kb, id, day, asked);
        if (q.format == Output.Format.table) {
            out.println(m.groupName() + " [" + m.group() + "] as of " + m.asOf() + (asked == null ? "" : ", stage " + asked.key()) + ": "
                    + m.states() + " states, " + m.count() + " members in all"
                    + (m.signatories().isEmpty() ? "" : "; " + m.signatories().size() + " signatories for which it is not in force, listed after"));
        }
        List<Map<String, Object>> rows = rows(m.members());
        if (q.format == Output.Format.table) rows.addAll(rows(m.signatories()));
        Output.print(out, q.format, m, List.of("id", "name", "type", "role", "stage", "since", "until", "sources"), rows);
        return Main.OK;
    }

    private static List<Map<String, Object>> rows(List<MembersQuery.Member> members) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var x : members) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", x.id());
            r.put("name", x.name());
            r.put("type", x.type());
            r.put("role", x.role() + (x.agentFor() != null ? " for " + x.agentFor() : ""));
            r.put("stage", x.stage() + (x.status().equals("asserted") ? "" : " (" + x.status() + ")"));
            r.put("since", x.since() != null ? x.since() : x.reportedSince() != null ? "(reported " + x.reportedSince() + ")" : null);
            r.put("until", x.until());
            r.put("sources", x.sources().stream().map(SourceRef::id).toList());
            rows.add(r);
        }
        return rows;
    }
}
