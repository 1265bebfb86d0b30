package org.astropol.app;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The top of an analysis settings file under config/ (tiers.yaml, network.yaml): one mapping of known fields. */
final class ConfigYaml {
    private ConfigYaml() {}

    /** The file's top mapping, or null when the file is empty; an unknown field or a non-mapping is an error naming the file. */
    static Map<?, ?> topMapping(Path file, Set<String> known) throws IOException {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null) return null;
        if (!(root instanceof Map<?, ?> m)) throw new IllegalArgumentException(file + ": expected a mapping at the top");
        for (Object k : m.keySet()) {
            if (!known.contains(String.valueOf(k))) throw new IllegalArgumentException(file + ": unknown field '" + k + "' (known: " + String.join(", ", new TreeSet<>(known)) + ")");
        }
        return m;
    }
}
