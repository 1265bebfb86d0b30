package org.astropol.app;

import org.astropol.analysis.IndexValidation;
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
    @Option(names = "--launch-attribution", paramLabel = "A", description = "provider-parent (default), vehicle-state or site-state: overrides launchAttribution of the config.") String attribution;
    @Option(names = "--validate", description = "Spearman's rho between the index (as of each edition's 31 December) and every published ranking in data/references, "
            + "with n, a bootstrap 95% interval, rho under the weight draws and under each launch attribution, and the states that disagree most.") boolean validate;
    @Option(names = "--bootstrap", defaultValue = "2000", description = "--validate: bootstrap resamples (default: ${DEFAULT-VALUE}, seed of the config's sensitivity).") int bootstrap;

    @Override public Integer call() throws Exception {
        Path file = config != null ? config : Workspace.home().resolve("config/tiers.yaml");
        if (config != null && !Files.isRegularFile(config)) throw new IllegalArgumentException("--config: no such file: " + config);
        List<String> key = new ArrayList<>(List.of("tiers", ws.ensureBuilt(), q.asOfDay().toString(), ResultCache.fileState(file)));
        key.addAll(spec.commandLine().getParseResult().originalArgs());
        return ResultCache.run(spec.commandLine().getOut(), ws.dbFile(), key, out -> answer(out, file));
    }

    private int answer(java.io.PrintWriter out, Path file) throws Exception {
        SpacePowerIndex.Config cfg = Files.isRegularFile(file) ? TiersConfigFile.read(file) : SpacePowerIndex.Config.defaults();
        if (attribution != null) cfg = cfg.withLaunchAttribution(attribution);
        if (validate) return validation(out, cfg);
        var r = SpacePowerIndex.of(ws.knowledgeBase(), q.asOfDay(), cfg);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var s : r.states()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", s.rank()); row.put("id", s.id()); row.put("name", s.name()); row.put("score", s.score()); row.put("tier", s.tier());
            row.put("rankInterval", s.rankInterval()[0] + "-" + s.rankInterval()[1]);
            row.put("missing", String.join(" ", s.missing()));
            for (var ind : s.indicators()) row.put(ind.id(), fmt(ind.value()));
            rows.add(row);
        }
        Map<String, Object> answer = SpacePowerIndex.answer(r, explain);
        if (explain && q.format != Output.Format.json) {
            for (var s : r.states()) {
                out.println(s.rank() + ". " + s.id() + " " + s.name() + ": score " + s.score() + ", tier " + s.tier() + ", rank interval " + s.rankInterval()[0] + "-" + s.rankInterval()[1]
                        + (s.missing().isEmpty() ? "" : ", missing (weights renormalised): " + String.join(", ", s.missing())));
                for (var ind : s.indicators()) {
                    out.println("   " + ind.id() + " = " + fmt(ind.value()) + (ind.missing() ? " (missing" : " (normalised " + ind.normalised()) + ", weight " + fmt(ind.weight()) + ")"
                            + (ind.detail().isEmpty() ? "" : ": " + ind.detail()) + (ind.flag() == null ? "" : " [flag: " + ind.flag() + "]"));
                    for (var t : ind.records()) out.println("      " + t.id() + "  " + t.origin());
                }
            }
            out.flush();
            return Main.OK;
        }
        List<String> cols = new ArrayList<>(List.of("rank", "id", "name", "score", "tier", "rankInterval"));
        cols.addAll(SpacePowerIndex.INDICATORS);
        cols.add("missing");
        Output.print(out, q.format, answer, cols, rows);
        return Main.OK;
    }

    private int validation(java.io.PrintWriter out, SpacePowerIndex.Config cfg) throws Exception {
        if (bootstrap < 1) throw Main.usage(spec, "--bootstrap must be at least 1");
        var kb = ws.knowledgeBase();
        List<IndexValidation.Outcome> outcomes = new ArrayList<>();
        for (var ref : IndexValidation.references(kb)) outcomes.add(IndexValidation.validate(kb, cfg, ref, bootstrap, cfg.seed()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var o : outcomes) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("reference", o.reference()); row.put("asOf", o.asOf()); row.put("n", o.n()); row.put("rho", num(o.rho()));
            row.put("ci95", num(o.ci()[0]) + " .. " + num(o.ci()[1]));
            row.put("weightDraws", num(o.weightDraws()[0]) + " .. " + num(o.weightDraws()[1]));
            List<String> att = new ArrayList<>();
            for (var e : o.byAttribution().entrySet()) att.add(e.getKey() + " " + num(e.getValue()));
            row.put("byAttribution", String.join(", ", att));
            row.put("disagree", String.join(", ", o.disagreements().stream().map(d -> d.id() + " " + d.indexRank() + " vs " + d.referenceRank()).toList()));
            row.put("notScored", String.join(" ", o.notScored()));
            rows.add(row);
        }
        Output.print(out, q.format, IndexValidation.answer(outcomes, cfg.launchAttribution()),
                List.of("reference", "asOf", "n", "rho", "ci95", "weightDraws", "byAttribution", "disagree", "notScored"), rows);
        return Main.OK;
    }

    private static String num(double d) { return Double.isNaN(d) ? "-" : String.format(java.util.Locale.ROOT, "%.3f", d); }

    static String fmt(Double v) {
        if (v == null) return "missing";
        return v == Math.rint(v) ? String.valueOf(v.longValue()) : String.format(java.util.Locale.ROOT, "%.3f", v);
    }
}
