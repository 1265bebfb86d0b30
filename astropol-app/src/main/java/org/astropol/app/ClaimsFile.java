package org.astropol.app;

import org.astropol.analysis.SeedClaims;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads config/findings.yaml: the corpus claims and how each is tested. Errors name the file, the line and the field,
 * so the YAML is read as nodes (which keep their line) before it is turned into values.
 */
final class ClaimsFile {
    private ClaimsFile() {}

    private static final Set<String> FIELDS = Set.of("id", "source", "quote", "claim", "test");

    static List<SeedClaims.Claim> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file + ": no claims file");
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        Node root;
        Object values;
        try {
            String text = Files.readString(file);
            root = yaml.compose(new StringReader(text));
            values = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        Node list = root instanceof MappingNode m ? value(m, "claims") : null;
        if (!(list instanceof SequenceNode seq)) throw new IllegalArgumentException(file + ":1: claims: expected a list of claims under 'claims'");
        List<SeedClaims.Claim> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<?> valueList = (List<?>) ((Map<?, ?>) values).get("claims");
        for (int i = 0; i < seq.getValue().size(); i++) {
            Node item = seq.getValue().get(i);
            Map<?, ?> itemValues = (Map<?, ?>) valueList.get(i);
            int line = item.getStartMark().getLine() + 1;
            if (!(item instanceof MappingNode m)) throw new IllegalArgumentException(file + ":" + line + ": claim: expected a mapping");
            Map<String, Object> params = new LinkedHashMap<>();
            Map<String, String> fields = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                String key = ((ScalarNode) t.getKeyNode()).getValue();
                if (FIELDS.contains(key)) {
                    if (!(t.getValueNode() instanceof ScalarNode s)) throw new IllegalArgumentException(file + ":" + (t.getValueNode().getStartMark().getLine() + 1) + ": " + key + ": expected text");
                    fields.put(key, s.getValue());
                } else {
                    params.put(key, plain(itemValues.get(key)));
                }
            }
            for (String f : FIELDS) if (fields.get(f) == null || fields.get(f).isBlank()) throw new IllegalArgumentException(file + ":" + line + ": " + f + ": missing");
            if (!SeedClaims.TESTS.contains(fields.get("test"))) {
                throw new IllegalArgumentException(file + ":" + line + ": test: unknown test '" + fields.get("test") + "' (known: " + String.join(", ", SeedClaims.TESTS) + ")");
            }
            if (!ids.add(fields.get("id"))) throw new IllegalArgumentException(file + ":" + line + ": id: '" + fields.get("id") + "' appears twice");
            out.add(new SeedClaims.Claim(fields.get("id"), fields.get("source"), fields.get("quote"), fields.get("claim"), fields.get("test"), params));
        }
        return out;
    }

    /** YAML 1.1 reads 2021-03-09 as a timestamp: give the analysis the day as written. */
    private static Object plain(Object v) {
        if (v instanceof java.util.Date d) return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        if (v instanceof List<?> l) return l.stream().map(ClaimsFile::plain).toList();
        return v;
    }

    private static Node value(MappingNode m, String key) {
        for (NodeTuple t : m.getValue()) if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) return t.getValueNode();
        return null;
    }
}
