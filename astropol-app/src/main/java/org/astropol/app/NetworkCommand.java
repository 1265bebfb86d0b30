package org.astropol.app;

import org.astropol.analysis.CooperationNetwork;
import org.astropol.analysis.TieLayers;
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

@Command(name = "network", description = "Cooperation network of states and organisations: layers, backbone (SDSM or disparity filter), consensus communities with confidence and a modularity z-score, centralities, bloc polarisation (yearly with --by-year), brokers.")
final class NetworkCommand implements Callable<Integer> {
    @Mixin Workspace ws;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json, csv or graphml (default: ${DEFAULT-VALUE}).") String format;
    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Answer as of this day (default: today).") String asOf;
    @Option(names = "--edges", description = "With table or csv: list the edges instead of the nodes.") boolean edges;
    @Option(names = "--half-life", paramLabel = "YEARS", description = "Half-life of a tie in years, 0 for no decay (default: 10).") Double halfLife;
    @Option(names = "--weight", paramLabel = "KIND=W", split = ",", description = "Weight of a tie kind: partnership (1), co-member (0.5), co-party (0.5), member-of (0.5).") Map<String, Double> weights;
    @Option(names = "--exclude", paramLabel = "GROUP", split = ",", description = "Groups whose shared membership adds no ties (e.g. un-copuos).") List<String> exclude;

    @Option(names = "--layers", paramLabel = "LAYER", split = ",", description = "Layers of ties: cooperation, institutional, legal (default: config/network.yaml's defaultLayers, shipped: cooperation).") List<String> layers;
    @Option(names = "--alpha", paramLabel = "P", description = "Significance level of the backbone the communities are found on, in (0, 1] (default: config/network.yaml, shipped 0.05).") Double alpha;
    @Option(names = "--backbone", paramLabel = "METHOD", description = "sdsm (bipartite null model of the actor-record incidence, BiCM) or disparity (disparity filter on the weights) (default: config/network.yaml, shipped sdsm).") String backbone;
    @Option(names = "--correction", paramLabel = "C", description = "Multiple-testing correction of the SDSM backbone: holm (family-wise error), fdr (Benjamini-Hochberg) or none (default: config/network.yaml, shipped holm).") String correction;
    @Option(names = "--runs", paramLabel = "N", description = "Louvain runs with drawn weights behind the consensus communities (default: 50).") Integer runs;
    @Option(names = "--null-draws", paramLabel = "N", description = "Configuration-model draws behind the modularity z-score (default: 30).") Integer nullDraws;
    @Option(names = "--seed", paramLabel = "N", description = "Seed of the weight and null draws (default: 1).") Long seed;
    @Option(names = "--blocs", paramLabel = "A,B", split = ",", description = "The two groups whose polarisation is measured (default: artemis-accords,ilrs).") List<String> blocs;
    @Option(names = "--by-year", description = "Print the blocs' polarisation on 31 December of each year up to the as-of day instead of the network.") boolean byYear;
    @Option(names = "--config", paramLabel = "FILE", description = "Layer rule and defaults (default: <home>/config/network.yaml, else built-in).") java.nio.file.Path config;

    @Option(names = "--explain", description = "Every edge weight with the records behind it (id and file:line); node numbers are computed from the edges.") boolean explain;

    @Override public Integer call() throws Exception {
        java.nio.file.Path file = config != null ? config : Workspace.home().resolve(NetworkConfigFile.PATH);
        if (config != null && !java.nio.file.Files.isRegularFile(config)) throw Main.usage(spec, "--config: no such file " + config);
        CooperationNetwork.Config base = java.nio.file.Files.isRegularFile(file) ? NetworkConfigFile.read(file) : CooperationNetwork.Config.defaults();
        Map<String, Double> kw = new HashMap<>(base.kindWeights());
        if (weights != null) for (var e : weights.entrySet()) {
            if (!kw.containsKey(e.getKey())) throw Main.usage(spec, "--weight: unknown tie kind '" + e.getKey() + "' (known: " + String.join(", ", new java.util.TreeSet<>(kw.keySet())) + ")");
            if (e.getValue() < 0) throw Main.usage(spec, "--weight: negative weight for '" + e.getKey() + "'");
            kw.put(e.getKey(), e.getValue());
        }
        CooperationNetwork.Config cfg;
        try {
            cfg = new CooperationNetwork.Config(kw, halfLife != null ? halfLife : base.halfLifeYears(), exclude == null ? Set.of() : Set.copyOf(exclude),
                    layers != null ? TieLayers.parseLayers(layers) : base.layers(), base.tieLayers(), alpha != null ? alpha : base.alpha(),
                    backbone != null ? backbone : base.backboneMethod(), correction != null ? correction : base.correction(),
                    runs != null ? runs : base.runs(), nullDraws != null ? nullDraws : base.nullDraws(), seed != null ? seed : base.seed(),
                    blocs != null ? blocs : base.blocs());
        } catch (IllegalArgumentException e) {
            throw Main.usage(spec, e.getMessage());
        }
        var day = asOf == null ? java.time.LocalDate.now() : org.astropol.model.PartialDate.parseDay(asOf);
        List<String> key = new ArrayList<>(List.of("network", ws.ensureBuilt(), day.toString(), ResultCache.fileState(file)));
        key.addAll(spec.commandLine().getParseResult().originalArgs());
        return ResultCache.run(spec.commandLine().getOut(), ws.dbFile(), key, out -> answer(out, cfg, day));
    }

    private int answer(java.io.PrintWriter out, CooperationNetwork.Config cfg, java.time.LocalDate day) throws Exception {
        var kb = ws.knowledgeBase();
        if (blocs != null) for (String b : blocs) if (kb.findEntity(b).isEmpty()) throw new org.astropol.analysis.UnknownIdException(b);
        if (byYear) return series(out, kb, cfg, day);
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
            var bb = r.backbone();
            out.println("network as of " + r.asOf() + ", layers " + String.join(", ", r.layers()) + ": " + r.nodes().size() + " nodes, " + r.edges().size() + " edges");
            out.println("backbone (" + bb.method() + ", alpha " + bb.alpha() + "): " + bb.keptEdges() + " of " + bb.totalEdges() + " edges kept, " + bb.nodes() + " nodes with a tie");
            out.println(r.communities() + " communities of two or more (consensus of " + r.consensus().runs() + " runs, seed " + r.consensus().seed() + "; "
                    + r.consensus().attached() + " nodes without a backbone tie placed by their other ties), modularity " + r.modularity()
                    + (r.modularityNull() == null ? "" : ", z " + r.modularityZ() + " against " + r.modularityNull().draws() + " configuration-model draws (Louvain's Q "
                    + r.modularityNull().observed() + " vs " + r.modularityNull().nullMean() + " +- " + r.modularityNull().nullSd() + ")"));
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
                m.put("layers", e.layers()); m.put("significance", plain(e.significance())); m.put("backbone", e.backbone());
                rows.add(m);
            }
            Output.print(out, f, r, List.of("source", "target", "weight", "kinds", "records", "layers", "significance", "backbone"), rows);
        } else {
            var nodes = new ArrayList<>(r.nodes());
            if (f == Output.Format.table) nodes.sort((a, b) -> Double.compare(b.pagerank(), a.pagerank()));
            for (var n : nodes) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", n.id()); m.put("name", n.name()); m.put("type", n.type()); m.put("community", n.community()); m.put("degree", n.degree());
                m.put("weightedDegree", plain(n.weightedDegree())); m.put("betweenness", plain(n.betweenness())); m.put("eigenvector", plain(n.eigenvector())); m.put("pagerank", plain(n.pagerank()));
                m.put("confidence", plain(n.confidence())); m.put("backboneDegree", n.backboneDegree());
                rows.add(m);
            }
            Output.print(out, f, r, List.of("id", "name", "type", "community", "degree", "weightedDegree", "betweenness", "eigenvector", "pagerank", "confidence", "backboneDegree"), rows);
        }
        return Main.OK;
    }

    /** The blocs' polarisation year by year. */
    private int series(java.io.PrintWriter out, org.astropol.model.KnowledgeBase kb, CooperationNetwork.Config cfg, java.time.LocalDate day) {
        Output.Format f;
        try { f = Output.Format.valueOf(format); } catch (IllegalArgumentException e) { throw Main.usage(spec, "--format: with --by-year expected table, json or csv, not '" + format + "'"); }
        var points = CooperationNetwork.polarisationByYear(kb, day, cfg);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("asOf", day.toString()); answer.put("blocs", cfg.blocs()); answer.put("layers", new java.util.TreeSet<>(cfg.layers())); answer.put("series", points);
        if (f == Output.Format.table) out.println("polarisation " + cfg.blocs().get(0) + " vs " + cfg.blocs().get(1) + ", layers " + String.join(", ", new java.util.TreeSet<>(cfg.layers())));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var p : points) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("year", p.year()); m.put("asOf", p.asOf()); m.put("onlyA", p.onlyA()); m.put("onlyB", p.onlyB()); m.put("both", p.both());
            m.put("crossShare", plain(p.crossShare())); m.put("modularity", plain(p.modularity())); m.put("note", p.note());
            rows.add(m);
        }
        Output.print(out, f, answer, List.of("year", "asOf", "onlyA", "onlyB", "both", "crossShare", "modularity", "note"), rows);
        return Main.OK;
    }

    /** Plain decimal notation in tables and CSV (no 7.37E-4). */
    static java.math.BigDecimal plain(double v) { return java.math.BigDecimal.valueOf(v); }
}
