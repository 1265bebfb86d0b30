package org.astropol.ingest;

import org.astropol.model.Entity;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Name;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every name and alias of the knowledge base, in every script, compiled into one Aho-Corasick automaton so a
 * text is scanned once whatever the number of names (linear in the text).
 *
 * <p>Rules applied to the raw matches:
 * <ul>
 *   <li>Matching folds case and whitespace (a name may wrap across a line) and typographic apostrophes;
 *       names written only in capitals (acronyms: OST, CNSA, US) must match case-sensitively, and a name
 *       that starts with a capital must start with a capital in the text ("Chad", not "chad").</li>
 *   <li>Word boundaries are required at an end of the match that is a letter or digit of an alphabetic
 *       script (Latin, Cyrillic, Greek...); none for CJK (Han, kana, Hangul), which has no word spacing.</li>
 *   <li>Longest match wins: among overlapping matches the leftmost, then the longest, is kept, so a name
 *       inside a longer name ("Russia" in "Russian Federal Space Agency") is not reported.</li>
 *   <li>A name shared by several entities is ambiguous: it is resolved to the entity that is mentioned
 *       unambiguously elsewhere in the same text, or to the only entity for which it is a primary or
 *       official name; otherwise it is left unlinked (reported by {@link #ambiguous}).</li>
 * </ul>
 */
public final class Gazetteer {

    /** A linked mention: entity id and character offsets [start, end) in the text. */
    public record Mention(String id, int start, int end, String text) {}

    /** One name of one entity. {@code primary} is true for primary and official names (not aliases). */
    public record Entry(String name, String entityId, boolean primary, Integer fromYear, Integer untilYear) {
        public Entry(String name, String entityId, boolean primary) { this(name, entityId, primary, null, null); }
        boolean existsIn(int year) { return (fromYear == null || fromYear <= year) && (untilYear == null || year <= untilYear); }
    }

    private record Key(String original, List<Entry> entries, boolean caseSensitive, boolean capitalised) {}

    private static final int MIN_NAME_LENGTH = 2;
    /** Characters of the text copied at a time by {@link #find}. */
    private static final int PIECE = 1 << 15;

    // compiled automaton: node -> sorted labels / targets
    private final char[][] labels;
    private final int[][] targets;
    private final int[] fail;
    private final int[] outKey;     // key index ending at this node, or -1
    private final int[] dictLink;   // nearest node on the failure chain with an output, or -1
    private final int[] depth;
    private final List<Key> keys;
    private final int nameCount;
    private final int[] rootNext = new int[65536];   // dense transitions of the root: most steps start there
    /** Characters (folded) that occur in some name: any other one sends the automaton back to the root at once. */
    private final boolean[] inNames = new boolean[65536];
    // ASCII fast path: the automaton made deterministic over the ASCII characters of the names (goto and failure
    // links folded into one table lookup). asciiClass[c] is 1.. for an ASCII character of some name, 0 for one of
    // none (from any node it leads to the root). ascii[node * classes + class - 1] is the next node, with the sign
    // bit set when the next node has an output (its own or on its dictionary chain).
    private final byte[] asciiClass = new byte[128];
    private final int asciiClasses;
    private final int[] ascii;

    private final InflectedNames inflected;
    /** Ids of the entities one can join, sign, ratify or leave (programmes, instruments, intergovernmental bodies); null: any. */
    private Set<String> groups;
    private Map<String, String> corpusTexts = Map.of();

    private Gazetteer(List<Entry> entries) {
        inflected = new InflectedNames(entries);
        Map<String, List<Entry>> byFolded = new LinkedHashMap<>();
        for (Entry e : entries) {
            String n = e.name().strip();
            if (n.codePointCount(0, n.length()) < MIN_NAME_LENGTH) continue;
            String folded = fold(n);
            byFolded.computeIfAbsent(folded, k -> new ArrayList<>()).add(new Entry(n, e.entityId(), e.primary(), e.fromYear(), e.untilYear()));
        }
        // trie construction
        List<TreeMap<Character, Integer>> children = new ArrayList<>();
        List<Integer> out = new ArrayList<>();
        List<Integer> dep = new ArrayList<>();
        children.add(new TreeMap<>());
        out.add(-1);
        dep.add(0);
        keys = new ArrayList<>();
        for (var kv : byFolded.entrySet()) {
            String folded = kv.getKey();
            List<Entry> es = dedupe(kv.getValue());
            String original = es.get(0).name();
            int node = 0;
            for (int i = 0; i < folded.length(); i++) {
                char ch = folded.charAt(i);
                Integer next = children.get(node).get(ch);
                if (next == null) {
                    next = children.size();
                    children.add(new TreeMap<>());
                    out.add(-1);
                    dep.add(dep.get(node) + 1);
                    children.get(node).put(ch, next);
                }
                node = next;
            }
            out.set(node, keys.size());
            keys.add(new Key(original, es, isAcronym(original), Character.isUpperCase(original.charAt(0))));
        }
        int n = children.size();
        labels = new char[n][];
        targets = new int[n][];
        outKey = new int[n];
        depth = new int[n];
        for (int i = 0; i < n; i++) {
            var m = children.get(i);
            labels[i] = new char[m.size()];
            targets[i] = new int[m.size()];
            int j = 0;
            for (var c : m.entrySet()) { labels[i][j] = c.getKey(); targets[i][j] = c.getValue(); j++; }
            outKey[i] = out.get(i);
            depth[i] = dep.get(i);
        }
        Arrays.fill(rootNext, -1);
        for (char[] ls : labels) for (char c : ls) inNames[c] = true;
        for (int j = 0; j < labels[0].length; j++) rootNext[labels[0][j]] = targets[0][j];
        fail = new int[n];
        dictLink = new int[n];
        Arrays.fill(dictLink, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int t : targets[0]) { fail[t] = 0; queue.add(t); }
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int j = 0; j < labels[u].length; j++) {
                char ch = labels[u][j];
                int v = targets[u][j];
                int f = fail[u];
                int g;
                while ((g = step(f, ch)) < 0 && f != 0) f = fail[f];
                g = step(f, ch);
                fail[v] = (g >= 0 && g != v) ? g : 0;
                dictLink[v] = outKey[fail[v]] >= 0 ? fail[v] : dictLink[fail[v]];
                queue.add(v);
            }
        }
        nameCount = byFolded.size();
        // deterministic ASCII table, in BFS order so a node's failure target is filled before the node
        int classes = 0;
        for (char[] ls : labels) for (char c : ls) if (c < 128 && asciiClass[c] == 0) asciiClass[c] = (byte) ++classes;
        asciiClasses = classes;
        ascii = new int[n * classes];
        char[] classChar = new char[classes + 1];
        for (char c = 0; c < 128; c++) if (asciiClass[c] > 0) classChar[asciiClass[c]] = c;
        ArrayDeque<Integer> order = new ArrayDeque<>();
        order.add(0);
        while (!order.isEmpty()) {
            int u = order.poll();
            for (int k = 1; k <= classes; k++) {
                int g = step(u, classChar[k]);
                int v = g >= 0 ? g : u == 0 ? 0 : ascii[fail[u] * classes + k - 1] & Integer.MAX_VALUE;
                ascii[u * classes + k - 1] = (outKey[v] >= 0 || dictLink[v] >= 0) ? v | Integer.MIN_VALUE : v;
            }
            for (int t : targets[u]) order.add(t);
        }
    }

    private static List<Entry> dedupe(List<Entry> es) {
        Map<String, Entry> byId = new LinkedHashMap<>();
        for (Entry e : es) byId.merge(e.entityId(), e, (a, b) -> a.primary() ? a : b);
        return List.copyOf(byId.values());
    }

    private int step(int node, char ch) {
        if (node == 0) return rootNext[ch];
        int i = Arrays.binarySearch(labels[node], ch);
        return i < 0 ? -1 : targets[node][i];
    }

    /** A gazetteer from every name and alias of every entity of the knowledge base. */
    public static Gazetteer of(KnowledgeBase kb) {
        return of(kb.entities());
    }

    /**
     * An alias that names the text of an instrument in the corpus-law folder ({@code corpus-law:un/treaty/ost-1967}):
     * it links a document by its metadata's corpus_id, and is no name to look for in text.
     */
    public static final String CORPUS_TEXT = "corpus-law:";

    /** The same names, with instruments' corpus-law texts (corpus_id to entity id), as {@link #of(Collection)} reads them from aliases. */
    Gazetteer withCorpusTexts(Map<String, String> texts) {
        this.corpusTexts = Map.copyOf(texts);
        return this;
    }

    public static Gazetteer of(Collection<Entity> entities) {
        List<Entry> entries = new ArrayList<>();
        Map<String, String> corpusTexts = new HashMap<>();
        for (Entity e : entities) {
            Integer from = e.existence() != null && e.existence().from() != null ? e.existence().from().year() : null;
            Integer until = e.existence() != null && e.existence().until() != null ? e.existence().until().year() : null;
            entries.add(new Entry(e.name(), e.id(), true, from, until));
            for (Name n : e.names()) {
                if (n.text().startsWith(CORPUS_TEXT)) corpusTexts.put(n.text().substring(CORPUS_TEXT.length()), e.id());
                else entries.add(new Entry(n.text(), e.id(), n.kind() != Name.NameKind.ALIAS, from, until));
            }
        }
        Set<String> groups = new HashSet<>();
        for (Entity e : entities) {
            if (e.type() == org.astropol.model.EntityType.PROGRAMME || e.type() == org.astropol.model.EntityType.INSTRUMENT
                    || (e.type() == org.astropol.model.EntityType.ORGANISATION && List.of("intergovernmental-organisation", "forum", "un-body").contains(e.kind()))) groups.add(e.id());
        }
        Gazetteer g = ofEntries(entries);
        g.groups = Set.copyOf(groups);
        g.corpusTexts = Map.copyOf(corpusTexts);
        return g;
    }

    /** The instrument whose text has this corpus_id in the corpus-law folder (its {@value #CORPUS_TEXT} alias), or null. */
    public String instrumentOfCorpusText(String corpusId) { return corpusTexts.get(corpusId); }

    /** A gazetteer from explicit entries (fixtures, tests). */
    public static Gazetteer ofEntries(List<Entry> entries) {
        List<Entry> all = new ArrayList<>(entries);
        for (Entry e : entries) {
            // "People's Republic" is often written without the apostrophe
            if (e.name().contains("'s ") || e.name().contains("\u2019s ")) {
                all.add(new Entry(e.name().replace("'s ", "s ").replace("\u2019s ", "s "), e.entityId(), e.primary(), e.fromYear(), e.untilYear()));
            }
        }
        return new Gazetteer(all);
    }

    /** Whether the entity is one a state or body can join, sign, ratify or leave (any, for a gazetteer of bare entries). */
    public boolean isGroup(String id) { return groups == null || groups.contains(id); }

    /** Number of distinct (folded) names. */
    public int size() { return nameCount; }

    /** {@link #foldChar} of each ASCII character. */
    private static final char[] FOLDED_ASCII = new char[128];
    static { for (char c = 0; c < 128; c++) FOLDED_ASCII[c] = foldChar(c); }

    /** Folding applied to names and text alike; keeps the length so offsets carry over. */
    static char foldChar(char c) {
        if (c < 128 && c != '`' && c != '\n' && c != '\r' && c != '\t') return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        if (c == '\u2019' || c == '\u2018' || c == '`') return '\'';
        if (c == '\u2010' || c == '\u2011' || c == '\u2013') return '-';
        if (c == '\n' || c == '\r' || c == '\t' || c == '\u00a0') return ' ';
        return Character.toLowerCase(c);
    }

    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) b.append(foldChar(s.charAt(i)));
        return b.toString();
    }

    static boolean isAcronym(String name) {
        boolean upper = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isUpperCase(c)) upper = true;
        }
        return upper;
    }

    /** Characters of scripts written without spaces between words. */
    static boolean isCjk(char c) {
        if (c < 0x2E80) return false;
        Character.UnicodeScript s;
        try { s = Character.UnicodeScript.of(c); } catch (IllegalArgumentException e) { return false; }
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }

    private static boolean wordChar(char c) {
        if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        // the Arabic tatweel sets a one-letter proclitic apart from the word ("لـناسا"): a boundary, not a letter
        if (c == '\u0640') return false;
        return Character.isLetterOrDigit(c) && !isCjk(c);
    }

    private record Raw(int start, int end, int key) {}

    /** The linked mentions of a text, in text order. */
    public List<Mention> find(String text) {
        boolean[] inflecting = {false};      // Cyrillic or Arabic letters seen: names may be inflected
        List<Raw> raw = scan(text, inflecting);
        return resolved(text, raw, inflecting[0]);
    }

    /**
     * The raw matches of every name, in the order found. A method of its own, apart from {@link #resolved}: the JIT
     * compiles this loop while it runs (on-stack replacement), and a small method is compiled in a fraction of the
     * time, on the same core as the benchmark.
     */
    private List<Raw> scan(String text, boolean[] inflectingOut) {
        List<Raw> raw = new ArrayList<>();
        int node = 0;
        boolean inflecting = false;
        final int[] table = ascii;
        final byte[] cls = asciiClass;
        final int classes = asciiClasses;
        // the text read in pieces copied to a small array: array reads are far cheaper than charAt on a UTF-16
        // string, and a whole copy of a 20 MB text was a 40 MB array for the collector to move
        int n = text.length();
        char[] piece = new char[Math.min(n, PIECE)];
        for (int base = 0; base < n; base += piece.length) {
            int pieceEnd = Math.min(n, base + piece.length);
            text.getChars(base, pieceEnd, piece, 0);
            for (int i = base; i < pieceEnd; i++) {
                char c0 = piece[i - base];
                char ch = c0 < 128 ? FOLDED_ASCII[c0] : foldChar(c0);   // a table read for ASCII, the common case
                if (ch < 128) {
                    int k = cls[ch];
                    if (k == 0) { node = 0; continue; }
                    int v = table[node * classes + k - 1];
                    if (v >= 0) { node = v; continue; }
                    node = v & Integer.MAX_VALUE;
                } else {
                    if (ch >= '\u0400' && ch <= '\u06FF') inflecting = true;
                    // a character of no name (dash, curly quote, most of a foreign script): no failure-chain walk
                    if (!inNames[ch]) { node = 0; continue; }
                    int g;
                    while ((g = step(node, ch)) < 0 && node != 0) node = fail[node];
                    node = g < 0 ? 0 : g;
                }
                for (int o = outKey[node] >= 0 ? node : dictLink[node]; o >= 0; o = dictLink[o]) {
                    int end = i + 1, start = end - depth[o];
                    if (accept(text, start, end, keys.get(outKey[o]))) raw.add(new Raw(start, end, outKey[o]));
                }
            }
        }
        inflectingOut[0] = inflecting;
        return raw;
    }

    /**
     * The mentions from the raw matches: leftmost-longest, ambiguous names resolved, inflected names added. One
     * method per loop: the JIT compiles a long-running loop on its own (on-stack replacement), and with four loops in
     * one method it compiled the whole method four times, each time with everything the four loops call.
     */
    private List<Mention> resolved(String text, List<Raw> raw, boolean inflecting) {
        List<Raw> kept = leftmostLongest(raw);
        Set<String> certain = unambiguousIds(kept);
        List<Mention> result = mentions(text, kept, certain);
        if (inflecting && !inflected.isEmpty()) addInflected(text, kept, certain, result);
        return result;
    }

    private static List<Raw> leftmostLongest(List<Raw> raw) {
        raw.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
        List<Raw> kept = new ArrayList<>();
        int lastEnd = -1;
        for (Raw r : raw) {
            if (r.start >= lastEnd) { kept.add(r); lastEnd = r.end; }
        }
        return kept;
    }

    /** Ambiguity: ids mentioned unambiguously in the text win. */
    private Set<String> unambiguousIds(List<Raw> kept) {
        Set<String> certain = new HashSet<>();
        for (Raw r : kept) {
            List<Entry> es = keys.get(r.key).entries();
            if (es.size() == 1) certain.add(es.get(0).entityId());
        }
        return certain;
    }

    private List<Mention> mentions(String text, List<Raw> kept, Set<String> certain) {
        List<Mention> result = new ArrayList<>(kept.size());
        for (Raw r : kept) {
            String id = resolve(keys.get(r.key).entries(), certain, text, r.start);
            if (id != null) result.add(new Mention(id, r.start, r.end, text.substring(r.start, r.end)));
        }
        return result;
    }

    /** Inflected Russian and Arabic names where no exact name was found. */
    private void addInflected(String text, List<Raw> kept, Set<String> certain, List<Mention> result) {
        BitSet covered = new BitSet(text.length() + 1);
        for (Raw r : kept) covered.set(r.start, r.end);
        boolean added = false;
        for (InflectedNames.Match m : inflected.find(text)) {
            int c = covered.nextSetBit(m.start());
            if (c >= 0 && c < m.end()) continue;
            String id = resolve(m.entries(), certain, text, m.start());
            if (id != null) { result.add(new Mention(id, m.start(), m.end(), text.substring(m.start(), m.end()))); added = true; }
        }
        if (added) result.sort(java.util.Comparator.comparingInt(Mention::start));
    }

    /** Names found in the text that could not be resolved to one entity, with their candidate ids. */
    public Map<String, List<String>> ambiguous(String text) {
        Map<String, List<String>> m = new TreeMap<>();
        Set<String> linked = new HashSet<>();
        for (Mention x : find(text)) linked.add(x.start() + ":" + x.end());
        // re-run the raw scan cheaply for ambiguous keys only
        int node = 0;
        char[] chars = text.toCharArray();   // array access: far cheaper than charAt on a UTF-16 string
        for (int i = 0; i < chars.length; i++) {
            char ch = foldChar(chars[i]);
            int g;
            while ((g = step(node, ch)) < 0 && node != 0) node = fail[node];
            node = g < 0 ? 0 : g;
            for (int o = outKey[node] >= 0 ? node : dictLink[node]; o >= 0; o = dictLink[o]) {
                Key k = keys.get(outKey[o]);
                int end = i + 1, start = end - depth[o];
                if (k.entries().size() > 1 && accept(text, start, end, k) && !linked.contains(start + ":" + end)) {
                    m.put(text.substring(start, end), k.entries().stream().map(Entry::entityId).toList());
                }
            }
        }
        return m;
    }

    private static String resolve(List<Entry> es, Set<String> certain, String text, int at) {
        if (es.size() == 1) return es.get(0).entityId();
        int year = contextYear(text, at);
        if (year > 0) {
            List<Entry> existing = es.stream().filter(e -> e.existsIn(year)).toList();
            if (existing.size() == 1) return existing.get(0).entityId();
            if (!existing.isEmpty()) es = existing;
        }
        List<String> inText = es.stream().map(Entry::entityId).filter(certain::contains).toList();
        if (inText.size() == 1) return inText.get(0);
        List<String> primary = es.stream().filter(Entry::primary).map(Entry::entityId).toList();
        if (primary.size() == 1) return primary.get(0);
        return null;
    }

    /**
     * The year the text is talking about at a position: the nearest year (1900-2099) in the 300 characters
     * before it, else in the 150 after it; 0 if none. Used to pick between entities sharing a name over time
     * ("Roscosmos" the federal agency until 2015, the state corporation since 2016).
     */
    static int contextYear(String text, int at) {
        for (int i = at - 4; i >= Math.max(0, at - 300); i--) if (yearAt(text, i)) return Integer.parseInt(text.substring(i, i + 4));
        for (int i = at; i + 4 <= Math.min(text.length(), at + 150); i++) if (yearAt(text, i)) return Integer.parseInt(text.substring(i, i + 4));
        return 0;
    }

    private static boolean yearAt(String t, int i) {
        if (i < 0 || i + 4 > t.length()) return false;
        char a = t.charAt(i), b = t.charAt(i + 1);
        if (!((a == '1' && b == '9') || (a == '2' && b == '0'))) return false;
        if (!Character.isDigit(t.charAt(i + 2)) || !Character.isDigit(t.charAt(i + 3))) return false;
        return (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1))) && (i + 4 == t.length() || !Character.isLetterOrDigit(t.charAt(i + 4)));
    }

    private static boolean accept(String text, int start, int end, Key k) {
        // word boundaries first: the cheapest test, and the one most raw matches fail ("us" in "thus")
        char f0 = text.charAt(start), l0 = text.charAt(end - 1);
        if (start > 0 && wordChar(f0) && wordChar(text.charAt(start - 1))) return false;
        if (end < text.length() && wordChar(l0) && wordChar(text.charAt(end))) return false;
        if (k.caseSensitive()) {
            String o = k.original();
            for (int i = 0; i < o.length(); i++) {
                char a = o.charAt(i), b = text.charAt(start + i);
                if (a != b && !(Character.isWhitespace(a) && Character.isWhitespace(b))) return false;
            }
        } else if (k.capitalised()) {
            // every capitalised word of the name is capitalised in the text: "Chinese Space Station", not "Chinese space station"
            String o = k.original();
            for (int i = 0; i < o.length() && start + i < end; i++) {
                boolean wordStart = i == 0 || o.charAt(i - 1) == ' ';
                if (wordStart && Character.isUpperCase(o.charAt(i)) && Character.isLowerCase(text.charAt(start + i))) return false;
            }
        }
        char first = text.charAt(start), last = text.charAt(end - 1);
        // a country name followed by 文 or 语 is the name of a language (西班牙文 = Spanish), not the state
        if (isCjk(last) && end < text.length() && (text.charAt(end) == '文' || text.charAt(end) == '语')) return false;
        if (wordChar(first) && start > 0 && wordChar(text.charAt(start - 1))) return false;
        if (wordChar(last) && end < text.length() && wordChar(text.charAt(end))) return false;
        return true;
    }
}
