package org.astropol.curation;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One data file's bytes to a YAML node tree, within bounds: strict UTF-8 and no NUL bytes (each reported at its
 * line), lines of at most {@link #MAX_LINE} characters (SnakeYAML's scanner takes time growing with the square of a
 * line's length, so long lines are refused before it sees them), SnakeYAML's own limits (code points, aliases for
 * collections), and a cap on the size the document reaches once its aliases are expanded, since an anchored scalar
 * may be referenced thousands of times and every record reader would copy it again.
 */
final class YamlInput {
    static final int MAX_LINE = 100_000;
    static final int MAX_CODE_POINTS = 16 << 20;
    static final long MAX_EXPANDED = 16L << 20;

    private YamlInput() {}

    /** The document's top node, or null after reporting why there is none (an empty file holds nothing). */
    static Node compose(String rel, byte[] bytes, Problems problems) {
        String text = decode(rel, bytes, problems);
        if (text == null || !linesFit(rel, text, problems)) return null;
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // duplicates are reported by YamlRecord with their line
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setMaxAliasesForCollections(50);
        options.setAllowRecursiveKeys(false);
        try (StringReader r = new StringReader(text)) {
            Node n = new Yaml(options).compose(r);
            if (n == null) return null;
            if (expandedSize(n, new IdentityHashMap<>()) > MAX_EXPANDED) {
                problems.add(rel, 1, "the document grows beyond " + (MAX_EXPANDED >> 20) + "M characters once its aliases (*name) are expanded");
                return null;
            }
            return n;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            problems.add(rel, line, "YAML syntax error: " + e.getProblem());
        } catch (RuntimeException e) {
            problems.add(rel, 1, "YAML syntax error: " + e.getMessage());
        }
        return null;
    }

    private static String decode(String rel, byte[] bytes, Problems problems) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                problems.add(rel, lineAt(bytes, i), "NUL byte in the text");
                return null;
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            problems.add(rel, lineAt(bytes, in.position()), "not valid UTF-8 text (byte " + (in.position() + 1) + ")");
            return null;
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static int lineAt(byte[] bytes, int end) {
        int line = 1;
        for (int i = 0; i < end; i++) if (bytes[i] == '\n') line++;
        return line;
    }

    private static boolean linesFit(String rel, String text, Problems problems) {
        int line = 1, start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > MAX_LINE) {
                    problems.add(rel, line, "line longer than " + MAX_LINE + " characters; break it up (a block scalar | or > can span lines)");
                    return false;
                }
                line++;
                start = i + 1;
            }
        }
        return true;
    }

    /** Characters of all scalars with every alias expanded; each distinct node is measured once. */
    private static long expandedSize(Node n, Map<Node, Long> known) {
        Long k = known.get(n);
        if (k != null) return k;
        known.put(n, MAX_EXPANDED + 1); // a node met again while being measured is recursive: too large
        long size = switch (n) {
            case ScalarNode s -> s.getValue().length();
            case SequenceNode s -> {
                long sum = 0;
                for (Node c : s.getValue()) sum = Math.min(sum + 1 + expandedSize(c, known), MAX_EXPANDED + 1);
                yield sum;
            }
            case MappingNode m -> {
                long sum = 0;
                for (NodeTuple t : m.getValue()) {
                    sum = Math.min(sum + 1 + expandedSize(t.getKeyNode(), known) + expandedSize(t.getValueNode(), known), MAX_EXPANDED + 1);
                }
                yield sum;
            }
            default -> 0L;
        };
        known.put(n, size);
        return size;
    }
}
