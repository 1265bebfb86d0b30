package org.astropol.app;

import org.astropol.analysis.Comparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "compare", description = "Two programmes or two states side by side: members over time, regions, density, capabilities, budgets.")
final class CompareCommand implements Callable<Integer> {
    @Mixin Workspace ws;
    @Mixin QueryOptions q;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "ID", arity = "2", description = "Two programme ids (css ilrs) or two states (CHN JPN).") List<String> ids;

    @picocli.CommandLine.Option(names = "--explain", description = "Every number with the records behind it (id and file:line).") boolean explain;

    @Override public Integer call() throws Exception {
        var kb = ws.knowledgeBase();
        var r = Comparison.of(kb, ids.get(0), ids.get(1), q.asOfDay());
        if (explain) { ExplainOutput.print(spec.commandLine().getOut(), q.format, r, org.astropol.analysis.Explain.comparison(kb, r, q.asOfDay())); return Main.OK; }
        Map<String, Map<String, Object>> fields = new LinkedHashMap<>();
        put(fields, "a", r.a());
        put(fields, "b", r.b());
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> order = new ArrayList<>(fields.keySet());
        java.util.function.ToIntFunction<String> group = k -> k.startsWith("member states ") ? 1 : k.startsWith("members in ") ? 2 : k.equals("name") || k.equals("type") || k.equals("region") ? 0 : 3;
        order.sort(java.util.Comparator.comparingInt(group).thenComparing(k -> group.applyAsInt(k) == 0 || group.applyAsInt(k) == 3 ? "" : k));
        for (String k : order) { var v = fields.get(k);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", k); m.put(r.a().id(), v.get("a")); m.put(r.b().id() + (r.a().id().equals(r.b().id()) ? " " : ""), v.get("b"));
            rows.add(m);
        }
        List<String> cols = List.of("field", r.a().id(), r.b().id() + (r.a().id().equals(r.b().id()) ? " " : ""));
        Output.print(spec.commandLine().getOut(), q.format, r, cols, rows);
        return Main.OK;
    }

    private static void put(Map<String, Map<String, Object>> f, String side, Comparison.Side s) {
        f.computeIfAbsent("name", k -> new LinkedHashMap<>()).put(side, s.name());
        f.computeIfAbsent("type", k -> new LinkedHashMap<>()).put(side, s.type());
        if (s.region() != null) f.computeIfAbsent("region", k -> new LinkedHashMap<>()).put(side, s.region());
        if (s.membersOverTime() != null) s.membersOverTime().forEach((d, n) -> f.computeIfAbsent("member states " + d, k -> new LinkedHashMap<>()).put(side, n));
        if (s.regions() != null) s.regions().forEach((reg, n) -> f.computeIfAbsent("members in " + reg, k -> new LinkedHashMap<>()).put(side, n));
        if (s.density() != null) f.computeIfAbsent("density", k -> new LinkedHashMap<>()).put(side, s.density());
        if (s.capabilities() != null) f.computeIfAbsent("capabilities", k -> new LinkedHashMap<>()).put(side, s.capabilities());
        if (s.budgets() != null) for (var b : s.budgets()) f.computeIfAbsent(b.property(), k -> new LinkedHashMap<>()).put(side, b.value());
        if (s.groups() != null) f.computeIfAbsent("groups and instruments", k -> new LinkedHashMap<>()).put(side, s.groups());
    }
}
