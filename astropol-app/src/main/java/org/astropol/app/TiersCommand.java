package org.astropol.app;

import org.astropol.analysis.SpacePowerIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "tiers", description = "Space-power index from cited indicators, ranks, tiers (natural breaks) and rank intervals under varied weights.")
final class TiersCommand implements Callable<Integer> {
    @Mixin Workspace ws;
    @Mixin QueryOptions q;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Option(names = "--config", paramLabel = "FILE", description = "Weights and normalisation (default: <home>/config/tiers.yaml, else built-in defaults).") Path config;
    @Option(names = "--explain", description = "Show every indicator value with the statements and records behind it (id and file:line).") boolean explain;

    @Override public Integer call() throws Exception {
        Path file = config != null ? config : Workspace.home().resolve("config/tiers.yaml");
        if (config != null && !Files.isRegularFile(config)) throw new IllegalArgumentException("--config: no such file: " + config);
        List<String> key = new ArrayList<>(List.of("tiers", ws.ensureBuilt(), q.asOfDay().toString(), ResultCache.fileState(file)));
        key.addAll(spec.commandLine().getParseResult().originalArgs());
        return ResultCache.run(spec.commandLine().getOut(), ws.dbFile(), key, out -> answer(out, file));
    }

    private int answer(java.io.PrintWriter out, Path file) throws Exception {
        SpacePowerIndex.Config cfg = Files.isRegularFile(file) ? TiersConfigFile.read(file) : SpacePowerIndex.Config.defaults();
        var r = SpacePowerIndex.of(ws.knowledgeBase(), q.asOfDay(), cfg);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var s : r.states()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", s.rank()); row.put("id", s.id()); row.put("name", s.name()); row.put("score", s.score()); row.put("tier", s.tier());
            row.put("rankInterval", s.rankInterval()[0] + "-" + s.rankInterval()[1]);
            for (var ind : s.indicators()) row.put(ind.id(), fmt(ind.value()));
            rows.add(row);
        }
        Map<String, Object> answer = SpacePowerIndex.answer(r, explain);
        if (explain && q.format != Output.Format.json) {
            for (var s : r.states()) {
                out.println(s.rank() + ". " + s.id() + " " + s.name() + ": score " + s.score() + ", tier " + s.tier() + ", rank interval " + s.rankInterval()[0] + "-" + s.rankInterval()[1]);
                for (var ind : s.indicators()) {
                    out.println("   " + ind.id() + " = " + fmt(ind.value()) + " (normalised " + ind.normalised() + ", weight " + fmt(ind.weight()) + ")" + (ind.detail().isEmpty() ? "" : ": " + ind.detail()));
                    for (var t : ind.records()) out.println("      " + t.id() + "  " + t.origin());
                }
            }
            out.flush();
            return Main.OK;
        }
        List<String> cols = new ArrayList<>(List.of("rank", "id", "name", "score", "tier", "rankInterval"));
        cols.addAll(SpacePowerIndex.INDICATORS);
        Output.print(out, q.format, answer, cols, rows);
        return Main.OK;
    }

    static String fmt(double v) { return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.3f", v); }
}
