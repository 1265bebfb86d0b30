package org.astropol.app;

import org.astropol.analysis.CooperationNetwork;
import org.astropol.analysis.TieLayers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads config/network.yaml (the layer rule, default layers, backbone method, correction and alpha, consensus runs and draws, blocs) into a {@link CooperationNetwork.Config}. */
final class NetworkConfigFile {
    private NetworkConfigFile() {}

    static final String PATH = "config/network.yaml";
    private static final Set<String> KEYS = Set.of("layers", "defaultLayers", "alpha", "backbone", "correction", "runs", "nullDraws", "seed", "blocs");

    /** The workspace's config/network.yaml, or the built-in defaults when there is none. */
    static CooperationNetwork.Config shipped() throws IOException {
        Path file = Workspace.home().resolve(PATH);
        return Files.isRegularFile(file) ? read(file) : CooperationNetwork.Config.defaults();
    }

    static CooperationNetwork.Config read(Path file) throws IOException {
        var d = CooperationNetwork.Config.defaults();
        Map<?, ?> m = ConfigYaml.topMapping(file, KEYS);
        if (m == null) return d;
        try {
            var cfg = d;
            if (m.containsKey("layers")) {
                if (!(m.get("layers") instanceof Map<?, ?> rules)) throw new IllegalArgumentException("layers: expected a mapping of type/kind to layer");
                Map<String, String> r = new LinkedHashMap<>();
                rules.forEach((k, v) -> r.put(String.valueOf(k), String.valueOf(v)));
                cfg = cfg.withTieLayers(new TieLayers(r));
            }
            if (m.containsKey("defaultLayers")) cfg = cfg.withLayers(TieLayers.parseLayers(strings("defaultLayers", m.get("defaultLayers"))));
            if (m.containsKey("alpha")) cfg = cfg.withAlpha(number("alpha", m.get("alpha")));
            if (m.containsKey("backbone") || m.containsKey("correction"))
                cfg = cfg.withBackbone(m.containsKey("backbone") ? String.valueOf(m.get("backbone")) : cfg.backboneMethod(),
                        m.containsKey("correction") ? String.valueOf(m.get("correction")) : cfg.correction());
            cfg = cfg.withDraws(m.containsKey("runs") ? (int) number("runs", m.get("runs")) : cfg.runs(),
                    m.containsKey("nullDraws") ? (int) number("nullDraws", m.get("nullDraws")) : cfg.nullDraws(),
                    m.containsKey("seed") ? (long) number("seed", m.get("seed")) : cfg.seed());
            if (m.containsKey("blocs")) cfg = cfg.withBlocs(strings("blocs", m.get("blocs")));
            return cfg;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }

    private static double number(String field, Object o) {
        if (o instanceof Number n) return n.doubleValue();
        throw new IllegalArgumentException(field + ": expected a number, not '" + o + "'");
    }

    private static List<String> strings(String field, Object o) {
        if (!(o instanceof List<?> l)) throw new IllegalArgumentException(field + ": expected a list");
        List<String> out = new ArrayList<>();
        for (Object x : l) out.add(String.valueOf(x));
        return out;
    }
}
