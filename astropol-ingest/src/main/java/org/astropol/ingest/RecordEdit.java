package org.astropol.ingest;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An existing record of a data file changed in place, as text (re-serialising the YAML would drop its comments and
 * layout): a citation added to it, or the record marked disputed. The record is the block mapping that starts on a
 * given line and names a given key and value (its {@code member:} or {@code party:}); flow-style records are left to
 * a person.
 */
final class RecordEdit {
    private static final List<String> LOCATORS = List.of("quote", "page", "section", "url");

    private final String file;
    private final String text;
    private final MappingNode record;

    private RecordEdit(String file, String text, MappingNode record) {
        this.file = file;
        this.text = text;
        this.record = record;
    }

    /** The record of {@code text} (the content of {@code file}) starting on 1-based {@code line} whose {@code key} is {@code value}. */
    static RecordEdit find(String file, String text, int line, String key, String value) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (YAMLException e) {
            throw failure(file + " is not valid YAML, nothing written");
        }
        List<MappingNode> found = new ArrayList<>();
        collect(root, line - 1, key, value, found);
        if (found.size() != 1) throw failure(file + ":" + line + ": no single record with " + key + ": " + value + " there, nothing written");
        MappingNode m = found.get(0);
        if (m.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
            throw failure(file + ":" + line + ": the record is written in flow style ({...}); write it one key a line, or edit it by hand");
        }
        return new RecordEdit(file, text, m);
    }

    private static void collect(Node n, int line, String key, String value, List<MappingNode> out) {
        if (n instanceof MappingNode m) {
            if (m.getStartMark().getLine() == line && value.equals(scalar(m, key))) out.add(m);
            for (NodeTuple t : m.getValue()) collect(t.getValueNode(), line, key, value, out);
        } else if (n instanceof SequenceNode s) {
            for (Node c : s.getValue()) collect(c, line, key, value, out);
        }
    }

    /** The text with {@code citation} (id and one locator) added to the record's citations. */
    String withCitation(Map<String, Object> citation) {
        NodeTuple sources = tuple("sources");
        if (sources != null) {
            if (!(sources.getValueNode() instanceof SequenceNode seq) || seq.getFlowStyle() == DumperOptions.FlowStyle.FLOW || seq.getValue().isEmpty()) {
                throw failure(file + ":" + line(sources) + ": 'sources' is not a block list; add the citation by hand");
            }
            int at = lineEndAfter(AcceptedFile.contentEnd(seq));
            return insert(at, Review.item(citation, seq.getStartMark().getColumn()));
        }
        NodeTuple single = tuple("source");
        if (single == null) throw failure(file + ":" + line(record) + ": the record cites no source; add the citation by hand");
        if (record.getValue().get(0) == single) throw failure(file + ":" + line(single) + ": the record starts with 'source'; add the citation by hand");
        // short form (source: + one locator) becomes a list holding the old citation and the new one
        Map<String, Object> old = new LinkedHashMap<>();
        old.put("id", scalar(record, "source"));
        List<NodeTuple> removed = new ArrayList<>(List.of(single));
        for (String k : LOCATORS) {
            NodeTuple t = tuple(k);
            if (t == null) continue;
            old.put(k, ((ScalarNode) t.getValueNode()).getValue());
            removed.add(t);
        }
        removed.sort(Comparator.comparingInt((NodeTuple t) -> t.getKeyNode().getStartMark().getIndex()).reversed());
        StringBuilder b = new StringBuilder(text);
        int first = text.length();
        for (NodeTuple t : removed) {
            int from = lineStart(t.getKeyNode().getStartMark().getIndex());
            int to = lineEndAfter(AcceptedFile.contentEnd(t.getValueNode()));
            b.delete(from, Math.min(to, b.length()));
            first = Math.min(first, from);
        }
        int col = record.getStartMark().getColumn();
        String list = " ".repeat(col) + "sources:\n" + Review.item(old, col + 2) + Review.item(citation, col + 2);
        return b.insert(first, list).toString();
    }

    /** The text with the record marked {@code status: disputed}, {@code why} written as (or added to) its note. */
    String disputed(String why, boolean withStatus) {
        NodeTuple note = tuple("note");
        NodeTuple status = tuple("status");
        StringBuilder b = new StringBuilder(text);
        int col = record.getStartMark().getColumn();
        // the later change first, so the earlier offsets stay valid
        List<int[]> spans = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        if (note != null) {
            String was = ((ScalarNode) note.getValueNode()).getValue();
            spans.add(new int[]{note.getValueNode().getStartMark().getIndex(), note.getValueNode().getEndMark().getIndex()});
            texts.add(Review.scalar(was.strip() + (was.strip().endsWith(".") ? " " : ". ") + why));
        }
        if (withStatus && status != null) {
            spans.add(new int[]{status.getValueNode().getStartMark().getIndex(), status.getValueNode().getEndMark().getIndex()});
            texts.add("disputed");
        }
        String added = (withStatus && status == null ? " ".repeat(col) + "status: disputed\n" : "")
                + (note == null ? " ".repeat(col) + "note: " + Review.scalar(why) + "\n" : "");
        if (!added.isEmpty()) {
            spans.add(new int[]{lineEndAfter(AcceptedFile.contentEnd(record)), -1});
            texts.add(added);
        }
        Integer[] order = new Integer[spans.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> spans.get(i)[0]).reversed());
        for (int i : order) {
            int[] s = spans.get(i);
            if (s[1] < 0) { if (s[0] > b.length()) b.append('\n'); b.insert(Math.min(s[0], b.length()), texts.get(i)); }
            else b.replace(s[0], s[1], texts.get(i));
        }
        return b.toString();
    }

    private String insert(int at, String item) {
        StringBuilder b = new StringBuilder(text);
        if (at > b.length()) { b.append('\n'); at = b.length(); }
        return b.insert(at, item).toString();
    }

    private NodeTuple tuple(String key) {
        for (NodeTuple t : record.getValue()) if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) return t;
        return null;
    }

    private static String scalar(MappingNode m, String key) {
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key) && t.getValueNode() instanceof ScalarNode v) return v.getValue();
        }
        return null;
    }

    private int lineStart(int index) {
        int nl = text.lastIndexOf('\n', index - 1);
        return nl + 1;
    }

    /** The start of the line after the one holding {@code index - 1} (past the end when that line is the last without a line break). */
    private int lineEndAfter(int index) {
        if (index > 0 && text.charAt(index - 1) == '\n') return index;
        int nl = text.indexOf('\n', index);
        return nl < 0 ? text.length() + 1 : nl + 1;
    }

    private static int line(NodeTuple t) { return t.getKeyNode().getStartMark().getLine() + 1; }

    private static int line(Node n) { return n.getStartMark().getLine() + 1; }

    private static Review.ReviewException failure(String message) {
        return new Review.ReviewException(Review.ReviewException.Kind.FAILS_CHECK, message);
    }
}
