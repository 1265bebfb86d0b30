package org.astropol.curation;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A YAML mapping from a data file that remembers where each field stands, so every problem can be reported
 * as {@code file:line}. We read SnakeYAML's node graph rather than plain Java objects because only nodes keep
 * their line numbers.
 */
final class YamlRecord {
    final String file;
    final MappingNode node;
    final Problems problems;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

    YamlRecord(String file, MappingNode node, Problems problems) {
        this.file = file;
        this.node = node;
        this.problems = problems;
        for (NodeTuple t : node.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                if (fields.containsKey(k.getValue())) problem(t.getKeyNode(), "field '" + k.getValue() + "' given twice");
                fields.put(k.getValue(), t);
            } else {
                problem(t.getKeyNode(), "field names must be plain words");
            }
        }
    }

    static int lineOf(Node n) { return n.getStartMark().getLine() + 1; }

    int line() { return lineOf(node); }

    int lineOf(String key) {
        NodeTuple t = fields.get(key);
        return t == null ? line() : lineOf(t.getKeyNode());
    }

    void problem(Node at, String message) { problems.add(file, lineOf(at), message); }
    void problem(String key, String message) { problems.add(file, lineOf(key), message); }
    void problem(String message) { problems.add(file, line(), message); }

    boolean has(String key) { return fields.containsKey(key) && !isNull(fields.get(key).getValueNode()); }

    Node node(String key) { NodeTuple t = fields.get(key); return t == null ? null : t.getValueNode(); }

    Set<String> keys() { return fields.keySet(); }

    /** Reports each field not in the allowed set. */
    void allowOnly(Set<String> allowed, String what) {
        for (Map.Entry<String, NodeTuple> e : fields.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problem(e.getValue().getKeyNode(), "unknown field '" + e.getKey() + "' in " + what);
            }
        }
    }

    /** A scalar field as text, or null when absent; a list or mapping where text belongs is a problem. */
    String text(String key) {
        Node n = node(key);
        if (n == null || isNull(n)) return null;
        if (n instanceof ScalarNode s) {
            String v = s.getValue().trim();
            return v.isEmpty() ? null : v;
        }
        problem(key, "field '" + key + "' must be a single value");
        return null;
    }

    String required(String key, String what) {
        String v = text(key);
        if (v == null && !(node(key) instanceof SequenceNode) && !(node(key) instanceof MappingNode)) {
            problem("missing required field '" + key + "' in " + what);
        }
        return v;
    }

    /** A field holding a list of scalars (or a single scalar, taken as a one-element list). */
    List<String> textList(String key) {
        Node n = node(key);
        List<String> out = new ArrayList<>();
        if (n == null || isNull(n)) return out;
        if (n instanceof ScalarNode s) { out.add(s.getValue().trim()); return out; }
        if (n instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !s.getValue().isBlank()) out.add(s.getValue().trim());
                else problem(item, "field '" + key + "' must list plain values");
            }
            return out;
        }
        problem(key, "field '" + key + "' must be a list");
        return out;
    }

    /** A field holding a list of mappings. */
    List<YamlRecord> records(String key) {
        Node n = node(key);
        List<YamlRecord> out = new ArrayList<>();
        if (n == null || isNull(n)) return out;
        if (!(n instanceof SequenceNode seq)) { problem(key, "field '" + key + "' must be a list"); return out; }
        for (Node item : seq.getValue()) {
            if (item instanceof MappingNode m) out.add(new YamlRecord(file, m, problems));
            else problem(item, "each entry of '" + key + "' must be a mapping of fields");
        }
        return out;
    }

    static boolean isNull(Node n) {
        return n instanceof ScalarNode s && (s.getTag().getValue().endsWith(":null") || s.getValue().equals("~"));
    }
}
