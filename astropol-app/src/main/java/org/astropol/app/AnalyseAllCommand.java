package org.astropol.app;

import org.astropol.analysis.Alignment;
import org.astropol.analysis.Comparison;
import org.astropol.analysis.CooperationNetwork;
import org.astropol.analysis.Explain;
import org.astropol.analysis.Firsts;
import org.astropol.analysis.InstitutionalDensity;
import org.astropol.analysis.Phases;
import org.astropol.analysis.SpacePowerIndex;
import org.astropol.analysis.Timeline;
import org.astropol.model.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Runs every analysis once on the knowledge base, in one process, and reports how long each took and the total
 * from the JVM's start (issue 7's acceptance: all analyses together in under 2 seconds after the JVM starts).
 * Used by bench/analytics.sh.
 */
@Command(name = "analyse-all", description = "Run every analysis once (firsts, network, tiers, density, compare, timeline phases, alignment) and report the time of each and the total after JVM start.")
final class AnalyseAllCommand implements Callable<Integer> {
    @Mixin Workspace ws;
    @Mixin QueryOptions q;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @picocli.CommandLine.Option(names = "--explain", description = "Also compute the --explain records of each analysis.") boolean explain;

    private final List<Map<String, Object>> steps = new ArrayList<>();

    private interface Step { Object run() throws Exception; }

    private Object time(String name, Step s) throws Exception {
        long t = System.nanoTime();
        Object r = s.run();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step", name);
        m.put("ms", Math.round((System.nanoTime() - t) / 1e5) / 10.0);
        m.put("size", size(r));
        steps.add(m);
        return r;
    }

    private static Object size(Object r) {
        return switch (r) {
            case null -> null;
            case List<?> l -> l.size();
            case Firsts.Result f -> f.states().size();
            case CooperationNetwork.Result n -> n.nodes().size() + " nodes, " + n.edges().size() + " edges";
            case SpacePowerIndex.Result t -> t.states().size() + " states";
            case InstitutionalDensity.Result d -> d.partners() + " partners";
            case Phases.Result p -> p.phases().size() + " phases";
            case Alignment.Pair p -> p.votes() + " votes";
            case Alignment.Matrix m -> m.pairs().size() + " pairs";
            default -> "";
        };
    }

    @Override public Integer call() throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long untilCall = System.currentTimeMillis() - jvmStart;
        LocalDate day = q.asOfDay();
        long t0 = System.nanoTime();
        KnowledgeBase kb = (KnowledgeBase) time("load knowledge base (open database, check data/ unchanged, read)", () -> ws.knowledgeBase());
        long t1 = System.nanoTime();
        for (String c : Firsts.KNOWN) {
            var f = (Firsts.Result) time("firsts " + c, () -> Firsts.of(kb, c, day));
            if (explain) time("firsts " + c + " --explain", () -> Explain.firsts(kb, f));
        }
        var netCfg = NetworkConfigFile.shipped();
        var net = (CooperationNetwork.Result) time("network (backbone, consensus runs, null draws)", () -> CooperationNetwork.of(kb, day, netCfg));
        time("network --by-year (polarisation series)", () -> CooperationNetwork.polarisationByYear(kb, day, netCfg));
        if (explain) time("network --explain", () -> Explain.network(kb, net));
        java.nio.file.Path tiersFile = Workspace.home().resolve("config/tiers.yaml");
        var tiersCfg = java.nio.file.Files.isRegularFile(tiersFile) ? TiersConfigFile.read(tiersFile) : SpacePowerIndex.Config.defaults();
        time("tiers (with sensitivity)", () -> SpacePowerIndex.of(kb, day, tiersCfg));
        for (String p : List.of("chinese-space-station", "ilrs", "artemis-accords")) {
            if (kb.entity(p).isEmpty()) continue;
            var d = (InstitutionalDensity.Result) time("density " + p, () -> InstitutionalDensity.of(kb, p, day, null));
            if (explain) time("density " + p + " --explain", () -> Explain.density(kb, d, day));
        }
        for (List<String> pair : List.of(List.of("ilrs", "artemis-accords"), List.of("CHN", "JPN"))) {
            if (pair.stream().anyMatch(x -> kb.entity(x).isEmpty())) continue;
            var c = (Comparison.Result) time("compare " + String.join(" ", pair), () -> Comparison.of(kb, pair.get(0), pair.get(1), day));
            if (explain) time("compare --explain", () -> Explain.comparison(kb, c, day));
        }
        if (kb.entity("RUS").isPresent() && kb.entity("CHN").isPresent())
            time("timeline RUS CHN --phases", () -> Phases.of(Timeline.of(kb, List.of("RUS", "CHN")), day.getYear(), 10, 1.0, 5));
        long t2 = System.nanoTime();
        String alignmentNote = null;
        try {
            // the curated recorded votes of data/votes (1958-2025, no import needed), as `alignment --topic space-security` reads them
            var all = (org.astropol.analysis.VoteRecords) time("alignment: read space-security votes (curated, data/votes)", () -> {
                try (var c = org.astropol.store.Database.openReadOnly(ws.dbFile())) {
                    return org.astropol.imports.AlignmentVotes.load(c, "space-security", null, null, false).withInferred();
                }
            });
            var votes = (org.astropol.analysis.VoteRecords) time("alignment: predecessors of CHN, RUS, USA",
                    () -> org.astropol.analysis.VoteRecords.withPredecessors(all, kb, List.of("CHN", "RUS", "USA"), true));
            time("alignment CHN RUS", () -> Alignment.pair(votes, "CHN", "RUS", "space-security", day));
            time("alignment USA CHN --by-year", () -> Alignment.overTime(votes, "USA", "CHN", "space-security", day));
            time("alignment --matrix (all states)", () -> Alignment.matrix(all, List.of(), "space-security", day));
        } catch (IllegalArgumentException noVotes) {
            alignmentNote = "alignment skipped: " + noVotes.getMessage();
        }
        long end = System.currentTimeMillis();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("asOf", day.toString());
        answer.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        answer.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        answer.put("jvmStartToCommandMs", untilCall);
        answer.put("loadMs", Math.round((t1 - t0) / 1e6));
        answer.put("analysesMs", Math.round((System.nanoTime() - t1) / 1e6));
        answer.put("analysesWithoutAlignmentMs", Math.round((t2 - t1) / 1e6));
        answer.put("totalAfterJvmStartMs", end - jvmStart);
        answer.put("note", alignmentNote);
        answer.put("steps", steps);
        var out = spec.commandLine().getOut();
        if (q.format == Output.Format.table) {
            out.println("all analyses as of " + day + ": " + (end - jvmStart) + " ms after JVM start (JVM start to command "
                    + untilCall + " ms, load " + answer.get("loadMs") + " ms, analyses " + answer.get("analysesMs") + " ms)"
                    + (alignmentNote != null ? "; " + alignmentNote : ""));
        }
        Output.print(out, q.format, answer, List.of("step", "ms", "size"), steps);
        return Main.OK;
    }
}
