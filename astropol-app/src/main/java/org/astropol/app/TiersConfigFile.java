package org.astropol.app;

import org.astropol.analysis.SpacePowerIndex;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads config/tiers.yaml (weights, normalisation, launch attribution, tiers, sensitivity) into a {@link SpacePowerIndex.Config}. */
final class TiersConfigFile {
    private TiersConfigFile() {}

    private static final Set<String> KEYS = Set.of("weights", "normalisation", "launchWindowYears", "launchAttribution", "budgetMaxAgeYears", "deepSpaceCapabilities",
            "firstCapabilities", "inheritPredecessors", "tiers", "sensitivity");

    static SpacePowerIndex.Config read(Path file) throws IOException {
        SpacePowerIndex.Config d = SpacePowerIndex.Config.defaults();
        Map<?, ?> m = ConfigYaml.topMapping(file, KEYS);
        if (m == null) return d;
        Map<String, Double> weights = m.containsKey("weights") ? numbers(file, "weights", m.get("weights")) : d.weights();
        Map<String, String> norm = new LinkedHashMap<>(d.normalisation());
        if (m.containsKey("normalisation")) {
            norm.clear();
            for (var e : map(file, "normalisation", m.get("normalisation")).entrySet()) {
                String v = String.valueOf(e.getValue());
                if (!v.equals("max") && !v.equals("log")) throw new IllegalArgumentException(file + ": normalisation." + e.getKey() + ": expected max or log, not '" + v + "'");
                norm.put(String.valueOf(e.getKey()), v);
            }
        }
        Map<String, Object> sens = m.containsKey("sensitivity") ? map(file, "sensitivity", m.get("sensitivity")) : Map.of();
        for (Object k : sens.keySet()) if (!Set.of("draws", "spread", "seed").contains(String.valueOf(k))) throw new IllegalArgumentException(file + ": sensitivity: unknown field '" + k + "' (known: draws, spread, seed)");
        double spread = sens.containsKey("spread") ? number(file, "sensitivity.spread", sens.get("spread")) : d.sensitivitySpread();
        if (spread < 0 || spread >= 1) throw new IllegalArgumentException(file + ": sensitivity.spread: expected a number in [0, 1)");
        int tiers = m.containsKey("tiers") ? (int) number(file, "tiers", m.get("tiers")) : d.tiers();
        if (tiers < 1) throw new IllegalArgumentException(file + ": tiers: expected at least 1");
        if (m.containsKey("launchAttribution") && !SpacePowerIndex.LAUNCH_PROPERTIES.containsKey(String.valueOf(m.get("launchAttribution")))) {
            throw new IllegalArgumentException(file + ": launchAttribution: expected one of " + String.join(", ", new java.util.TreeSet<>(SpacePowerIndex.LAUNCH_PROPERTIES.keySet()))
                    + ", not '" + m.get("launchAttribution") + "'");
        }
        return new SpacePowerIndex.Config(weights, norm,
                m.containsKey("launchWindowYears") ? (int) number(file, "launchWindowYears", m.get("launchWindowYears")) : d.launchWindowYears(),
                m.containsKey("launchAttribution") ? String.valueOf(m.get("launchAttribution")) : d.launchAttribution(),
                m.containsKey("budgetMaxAgeYears") ? (int) number(file, "budgetMaxAgeYears", m.get("budgetMaxAgeYears")) : d.budgetMaxAgeYears(),
                m.containsKey("deepSpaceCapabilities") ? strings(file, "deepSpaceCapabilities", m.get("deepSpaceCapabilities")) : d.deepSpaceCapabilities(),
                m.containsKey("firstCapabilities") ? strings(file, "firstCapabilities", m.get("firstCapabilities")) : d.firstCapabilities(),
                m.containsKey("inheritPredecessors") ? Boolean.TRUE.equals(m.get("inheritPredecessors")) : d.inheritPredecessors(),
                tiers,
                sens.containsKey("draws") ? (int) number(file, "sensitivity.draws", sens.get("draws")) : d.sensitivityDraws(),
                spread,
                sens.containsKey("seed") ? (long) number(file, "sensitivity.seed", sens.get("seed")) : d.seed());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Path f, String field, Object o) {
        if (!(o instanceof Map<?, ?> m)) throw new IllegalArgumentException(f + ": " + field + ": expected a mapping");
        return (Map<String, Object>) m;
    }

    private static Map<String, Double> numbers(Path f, String field, Object o) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (var e : map(f, field, o).entrySet()) out.put(String.valueOf(e.getKey()), number(f, field + "." + e.getKey(), e.getValue()));
        return out;
    }

    private static double number(Path f, String field, Object o) {
        if (o instanceof Number n) return n.doubleValue();
        throw new IllegalArgumentException(f + ": " + field + ": expected a number, not '" + o + "'");
    }

    private static List<String> strings(Path f, String field, Object o) {
        if (!(o instanceof List<?> l)) throw new IllegalArgumentException(f + ": " + field + ": expected a list");
        List<String> out = new ArrayList<>();
        for (Object x : l) out.add(String.valueOf(x));
        return out;
    }
}
