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

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * data/reviewed/accepted.yaml edited as text: a new source and statement are inserted after the last item of their
 * section, so comments, other sections and the layout people gave the file stay as they are (re-serialising the
 * YAML would drop them). The file is replaced atomically (a temporary file renamed over it).
 */
final class AcceptedFile {
    private final Path path;
    private final String text;
    private final MappingNode root;

    /** One insertion: where the statement starts (1-based line) and how to take it back. */
    record Edit(Path path, String before, int line, Review.Accepted accepted) {
        Edit with(Review.Accepted a) { return new Edit(path, before, line, a); }

        /** Puts the file back as it was (removes it when it did not exist). */
        void undo() throws IOException {
            if (before == null) Files.deleteIfExists(path); else replace(path, before);
        }
    }

    private AcceptedFile(Path path, String text, MappingNode root) {
        this.path = path;
        this.text = text;
        this.root = root;
    }

    static AcceptedFile read(Path path) throws IOException {
        return parse(path, Files.exists(path) ? Files.readString(path, StandardCharsets.UTF_8) : null);
    }

    /** The file at {@code path} with this text (null: the file does not exist yet). */
    static AcceptedFile parse(Path path, String text) {
        MappingNode root = null;
        if (text != null) {
            Node n;
            try {
                n = new Yaml(new LoaderOptions()).compose(new StringReader(text));
            } catch (YAMLException e) {
                throw new Review.ReviewException(Review.ReviewException.Kind.FAILS_CHECK,
                        Review.FILE + " is not valid YAML, nothing written: " + e.getMessage().lines().findFirst().orElse(""));
            }
            if (n instanceof MappingNode m) root = m;
            else if (n != null) {
                throw new Review.ReviewException(Review.ReviewException.Kind.FAILS_CHECK, Review.FILE + " does not hold a mapping, nothing written");
            }
        }
        return new AcceptedFile(path, text, root);
    }

    Path path() { return path; }

    /** The sources the file registers already (id, document, title, ...). */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> sources() {
        if (text == null) return List.of();
        Object o = new Yaml(new LoaderOptions()).load(text);
        if (o instanceof Map<?, ?> m && m.get("sources") instanceof List<?> l) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Object x : l) if (x instanceof Map<?, ?> item) out.add((Map<String, Object>) item);
            return out;
        }
        return List.of();
    }

    /** Inserts the source (null: none) and the statement, and writes the file. */
    Edit insert(Map<String, Object> source, Map<String, Object> statement) throws IOException {
        Inserted i = inserted(source, "statements", statement);
        Files.createDirectories(path.getParent());
        replace(path, i.text());
        return new Edit(path, text, i.line(), null);
    }

    /** The file's new text with the source (null: none) and an item of {@code section} (null: none), and the line (1-based) of the item (else of the source). */
    record Inserted(String text, int line) {}

    Inserted inserted(Map<String, Object> source, String section, Map<String, Object> record) {
        StringBuilder b = new StringBuilder(text == null ? Review.HEADER : text);
        if (b.length() > 0 && b.charAt(b.length() - 1) != '\n') b.append('\n');
        Insertion src = source == null ? null : at(b, "sources", source);
        Insertion st = record == null ? src : at(b, section, record);
        // the later position first, so the earlier one stays valid; a missing section is appended, sources before the record's
        List<Insertion> order = new ArrayList<>();
        if (src != null) order.add(src);
        if (st != src) order.add(st);
        order.sort((x, y) -> x.offset() != y.offset() ? Integer.compare(y.offset(), x.offset()) : x == src ? 1 : -1);
        for (Insertion i : order) b.replace(i.offset(), i.offset() + i.removed(), i.text());
        int recordAt = st.offset() + st.text().length() - st.item().length();
        if (src != null && st != src && src.offset() <= st.offset()) recordAt += src.text().length() - src.removed();
        int line = (int) b.substring(0, recordAt).chars().filter(ch -> ch == '\n').count() + 1;
        return new Inserted(b.toString(), line);
    }

    /** {@code text} replaces {@code removed} characters at {@code offset}; {@code item} is the new item, at its end. */
    private record Insertion(int offset, int removed, String text, String item) {}

    /** Where and what to insert for a new item of section {@code key}. */
    private Insertion at(CharSequence current, String key, Map<String, Object> value) {
        NodeTuple section = root == null ? null : section(key);
        if (section == null) {
            String item = Review.item(value, 2);
            return new Insertion(current.length(), 0, key + ":\n" + item, item);
        }
        Node v = section.getValueNode();
        if (v instanceof SequenceNode seq && !seq.getValue().isEmpty() && seq.getFlowStyle() == DumperOptions.FlowStyle.BLOCK) {
            String item = Review.item(value, seq.getStartMark().getColumn());
            return new Insertion(lineEndAfter(contentEnd(seq)), 0, item, item);
        }
        if (v instanceof SequenceNode seq && seq.getValue().isEmpty()) {   // "key: []"
            String item = Review.item(value, 2).stripTrailing();
            int from = seq.getStartMark().getIndex(), to = seq.getEndMark().getIndex();
            return new Insertion(from, to - from, "\n" + item, item);
        }
        if (v instanceof ScalarNode s && s.getValue().isEmpty()) {
            String item = Review.item(value, 2);
            return new Insertion(lineEndAfter(section.getKeyNode().getEndMark().getIndex()), 0, item, item);
        }
        throw new Review.ReviewException(Review.ReviewException.Kind.FAILS_CHECK, Review.FILE + ": '" + key
                + "' is not a block list (one '- ' item a line); write it so, or add the statement by hand");
    }

    private NodeTuple section(String key) {
        for (NodeTuple t : root.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) return t;
        }
        return null;
    }

    /** The end of the last character of a node's content (comments and blank lines after it are not content). */
    static int contentEnd(Node n) {
        if (n instanceof ScalarNode) return n.getEndMark().getIndex();
        int end = n.getStartMark().getIndex();
        if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) end = Math.max(end, Math.max(contentEnd(t.getKeyNode()), contentEnd(t.getValueNode())));
        } else if (n instanceof SequenceNode s) {
            if (s.getFlowStyle() == DumperOptions.FlowStyle.FLOW) return n.getEndMark().getIndex();
            for (Node c : s.getValue()) end = Math.max(end, contentEnd(c));
        }
        return end;
    }

    /** The start of the line after the one holding {@code index - 1} (the file's end if that line is the last). */
    private int lineEndAfter(int index) {
        if (index > 0 && text.charAt(index - 1) == '\n') return index;
        int nl = text.indexOf('\n', index);
        return nl < 0 ? text.length() + 1 : nl + 1;   // insert() ends the text with a line break
    }

    /** Writes {@code content} to a temporary file beside {@code path} and renames it over {@code path}. */
    static void replace(Path path, String content) throws IOException {
        Path tmp = Files.createTempFile(path.toAbsolutePath().getParent(), "." + path.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
