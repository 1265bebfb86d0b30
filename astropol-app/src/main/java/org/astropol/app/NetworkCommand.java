package org.astropol.app;

import org.astropol.analysis.CooperationNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "network", description = "Cooperation network of states and organisations: centralities, communities, Artemis/ILRS polarisation, brokers.")
final class NetworkCommand implements Callable<Integer> {
    @Mixin Workspace ws;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json, csv or graphml (default: ${DEFAULT-VALUE}).") String format;
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Answer as of this day (default: today).") String asOf;
    @Option(names = "--edges", description = "With table or csv: list the edges instead of the nodes.") boolean edges;
    @Option(names = "--half-life", paramLabel = "YEARS", description = "Half-life of a tie in years, 0 for no decay (default: 10).") Double halfLife;
    @Option(names = "--weight", paramLabel = "KIND=W", split = ",", description = "Weight of a tie kind: partnership (1), co-member (0.5), co-party (0.5), member-of (0.5).") Map<String, Double> weights;
    @Option(names = "--exclude", paramLabel = "GROUP", split = ",", description = "Groups whose shared membership adds no ties (e.g. un-copuos).") List<String> exclude;

    @Option(names = "--explain", description = "Every edge weight with the records behind it (id and file:line); node numbers are computed from the edges.") boolean explain;

    @Override public Integer call() throws Exception {
        var base = CooperationNetwork.Config.defaults();
        Map<String, Double> kw = new HashMap<>(base.kindWeights());
        if (weights != null) for (var e : weights.entrySet()) {
            if (!kw.containsKey(e.getKey())) throw Main.usage(spec, "--weight: unknown tie kind '" + e.getKey() + "' (known: " + String.join(", ", new java.util.TreeSet<>(kw.keySet())) + ")");
            if (e.getValue() < 0) throw Main.usage(spec, "--weight: negative weight for '" + e.getKey() + "'");
            kw.put(e.getKey(), e.getValue());
        }
        var cfg = new CooperationNetwork.Config(kw, halfLife != null ? halfLife : base.halfLifeYears(), exclude == null ? Set.of() : Set.copyOf(exclude));
        var day = asOf == null ? java.time.LocalDate.now() : org.astropol.model.PartialDate.parseDay(asOf);
        List<String> key = new ArrayList<>(List.of("network", ws.ensureBuilt(), day.toString()));
        key.addAll(spec.commandLine().getParseResult().originalArgs());
        return ResultCache.run(spec.commandLine().getOut(), ws.dbFile(), key, out -> answer(out, cfg, day));
    }

    private int answer(java.io.PrintWriter out, CooperationNetwork.Config cfg, java.time.LocalDate day) throws Exception {
        var kb = ws.knowledgeBase();
        var r = CooperationNetwork.of(kb, day, cfg);
        switch (format) {
            case "graphml" -> { out.print(CooperationNetwork.graphml(r)); out.flush(); return Main.OK; }
            case "json", "csv", "table" -> { }
            default -> throw Main.usage(spec, "--format: expected table, json, csv or graphml, not '" + format + "'");
        }
        Output.Format f = Output.Format.valueOf(format);
        if (explain) { ExplainOutput.print(out, f, r, org.astropol.analysis.Explain.network(kb, r)); return Main.OK; }
        if (f == Output.Format.table) {
            var p = r.polarisation();
            out.println("cooperation network as of " + r.asOf() + ": " + r.nodes().size() + " nodes, " + r.edges().size() + " edges, "
                    + r.communities() + " communities (modularity " + r.modularity() + ")");
            out.println("polarisation " + p.blocA() + " (" + p.onlyA().size() + " only) vs " + p.blocB() + " (" + p.onlyB().size()
                    + " only): cross-bloc share of tie weight " + p.crossShare() + ", two-bloc modularity " + p.modularity()
                    + (p.note() != null ? " (" + p.note() + ")" : ""));
            out.println("brokers: " + String.join(", ", r.brokers()));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        if (edges) {
            for (var e : r.edges()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("source", e.source()); m.put("target", e.target()); m.put("weight", plain(e.weight())); m.put("kinds", e.kinds()); m.put("records", e.records());
                rows.add(m);
            }
            Output.print(out, f, r, List.of("source", "target", "weight", "kinds", "records"), rows);
        } else {
            var nodes = new ArrayList<>(r.nodes());
            if (f == Output.Format.table) nodes.sort((a, b) -> Double.compare(b.pagerank(), a.pagerank()));
            for (var n : nodes) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", n.id()); m.put("name", n.name()); m.put("type", n.type()); m.put("community", n.community()); m.put("degree", n.degree());
                m.put("weightedDegree", plain(n.weightedDegree())); m.put("betweenness", plain(n.betweenness())); m.put("eigenvector", plain(n.eigenvector())); m.put("pagerank", plain(n.pagerank()));
                rows.add(m);
            }
            Output.print(out, f, r, List.of("id", "name", "type", "community", "degree", "weightedDegree", "betweenness", "eigenvector", "pagerank"), rows);
        }
        return Main.OK;
    }

    /** Plain decimal notation in tables and CSV (no 7.37E-4). */
    static java.math.BigDecimal plain(double v) { return java.math.BigDecimal.valueOf(v); }
}
