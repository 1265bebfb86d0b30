package org.astropol.analysis;

import org.astropol.model.Entity;
import org.astropol.model.EntityType;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.PartialDate;
import org.astropol.model.Relationship;
import org.astropol.model.Validity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The cooperation network as of a day: states and organisations as nodes, weighted ties from shared memberships,
 * shared parties to instruments, partnerships and direct membership of an organisation (see docs/analytics.md).
 *
 * <p>Tie weight = sum over the records that tie the pair of {@code kindWeight × 1/(groupSize − 1) × 0.5^(age/halfLife)}:
 * a group (or instrument, or partnership) of n actors adds 1/(n−1) per pair, so each actor receives the same total
 * weight from one group whatever its size and the cliques of 100-member bodies do not swamp bilateral ties; age is
 * counted in years from the start of the tie (the later of the two members' start dates) to the "as of" day.
 */
public final class CooperationNetwork {
    private CooperationNetwork() {}

    /** Kind weights and the half-life of a tie in years (0 = no decay); groups listed in {@code excludedGroups} add no ties. */
    public record Config(Map<String, Double> kindWeights, double halfLifeYears, Set<String> excludedGroups) {
        public static Config defaults() {
            return new Config(Map.of("partnership", 1.0, "co-member", 0.5, "co-party", 0.5, "member-of", 0.5), 10, Set.of());
        }
        double weight(String kind) { return kindWeights.getOrDefault(kind, 0.0); }
        public Config excluding(Set<String> groups) { return new Config(kindWeights, halfLifeYears, groups); }
    }

    public record Node(String id, String name, String type, int community, int degree, double weightedDegree,
                       double betweenness, double eigenvector, double pagerank) {}

    public record Edge(String source, String target, double weight, List<String> kinds, List<String> records) {}

    public record Polarisation(String blocA, String blocB, List<String> onlyA, List<String> onlyB, double withinA,
                               double withinB, double cross, double crossShare, double modularity, String note) {}

    public record Result(String asOf, List<Node> nodes, List<Edge> edges, double modularity, int communities,
                         Polarisation polarisation, List<String> brokers) {}

    public static final String ARTEMIS = "artemis-accords", ILRS = "ilrs";

    private static final class Acc { double weight; final Set<String> kinds = new TreeSet<>(); final Set<String> records = new TreeSet<>(); }

    /** Just the weighted ties (pair "a|b" with a &lt; b). */
    static Map<String, Acc> ties(KnowledgeBase kb, LocalDate asOf, Config cfg) {
        Map<String, Acc> acc = new TreeMap<>();
        for (var g : Ties.groups(kb, asOf).entrySet()) {
            if (cfg.excludedGroups().contains(g.getKey())) continue;
            List<Ties.Affiliation> ms = g.getValue().values().stream().filter(a -> isNode(kb, a.member(), asOf)).toList();
            Entity group = kb.entity(g.getKey()).orElse(null);
            boolean groupIsNode = group != null && isNode(kb, group.id(), asOf);
            for (Ties.Affiliation a : ms) {
                if (groupIsNode && !a.member().equals(group.id())) {
                    add(acc, a.member(), group.id(), cfg.weight("member-of") * decay(a.since(), asOf, cfg), "member-of", a.records());
                }
            }
            if (ms.size() < 2) continue;
            double share = 1.0 / (ms.size() - 1);
            for (int i = 0; i < ms.size(); i++) {
                for (int j = i + 1; j < ms.size(); j++) {
                    Ties.Affiliation a = ms.get(i), b = ms.get(j);
                    String kind = a.kind().equals("party") && b.kind().equals("party") ? "co-party" : "co-member";
                    PartialDate since = later(a.since(), b.since());
                    List<Ties.Trace> rs = new ArrayList<>(a.records());
                    rs.addAll(b.records());
                    add(acc, a.member(), b.member(), cfg.weight(kind) * share * decay(since, asOf, cfg), kind + ":" + g.getKey(), rs);
                }
            }
        }
        for (Relationship.Partnership p : Ties.partnerships(kb, asOf)) {
            List<String> ps = p.parties().stream().distinct().filter(x -> isNode(kb, x, asOf)).toList();
            if (ps.size() < 2) continue;
            double w = cfg.weight("partnership") / (ps.size() - 1) * decay(Validity.counted(kb, p).start(), asOf, cfg);
            for (int i = 0; i < ps.size(); i++) for (int j = i + 1; j < ps.size(); j++) {
                add(acc, ps.get(i), ps.get(j), w, "partnership:" + p.partnershipKind(), List.of(Ties.Trace.of(p)));
            }
        }
        acc.values().removeIf(a -> a.weight <= 0);
        return acc;
    }

    /** States and organisations that exist on the day (a dissolved state's old treaty actions tie nothing). */
    static boolean isNode(KnowledgeBase kb, String id, LocalDate asOf) {
        return kb.entity(id).map(e -> (e.type() == EntityType.STATE || e.type() == EntityType.ORGANISATION) && Validity.exists(e, asOf)).orElse(false);
    }

    private static PartialDate later(PartialDate a, PartialDate b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.compareTo(b) >= 0 ? a : b;
    }

    static double decay(PartialDate since, LocalDate asOf, Config cfg) {
        if (since == null || cfg.halfLifeYears() <= 0) return 1;
        double years = Math.max(0, ChronoUnit.DAYS.between(since.earliest(), asOf) / 365.25);
        return Math.pow(0.5, years / cfg.halfLifeYears());
    }

    private static void add(Map<String, Acc> acc, String a, String b, double w, String kind, List<Ties.Trace> records) {
        if (a.equals(b)) return;
        String key = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
        Acc x = acc.computeIfAbsent(key, k -> new Acc());
        x.weight += w;
        x.kinds.add(kind.contains(":") ? kind.substring(0, kind.indexOf(':')) : kind);
        for (Ties.Trace t : records) x.records.add(t.id());
    }

    public static Result of(KnowledgeBase kb, LocalDate asOf, Config cfg) {
        Map<String, Acc> acc = ties(kb, asOf, cfg);
        TreeSet<String> ids = new TreeSet<>();
        for (String k : acc.keySet()) { String[] p = k.split("\\|"); ids.add(p[0]); ids.add(p[1]); }
        List<String> idList = new ArrayList<>(ids);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < idList.size(); i++) index.put(idList.get(i), i);
        int m = acc.size();
        int[] f = new int[m], t = new int[m];
        double[] w = new double[m];
        List<Edge> edges = new ArrayList<>();
        int e = 0;
        for (var en : acc.entrySet()) {
            String[] p = en.getKey().split("\\|");
            f[e] = index.get(p[0]); t[e] = index.get(p[1]); w[e] = en.getValue().weight;
            edges.add(new Edge(p[0], p[1], round(w[e]), List.copyOf(en.getValue().kinds), List.copyOf(en.getValue().records)));
            e++;
        }
        WeightedGraph g = WeightedGraph.of(idList.size(), f, t, w);
        int[] deg = g.degree();
        double[] str = g.strength(), bc = g.betweenness(), ev = g.eigenvector(), pr = g.pagerank(0.85);
        int[] comm = g.louvain();
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < idList.size(); i++) {
            String id = idList.get(i);
            nodes.add(new Node(id, kb.nameOf(id), kb.entity(id).map(x -> x.type().key()).orElse("unknown"), comm[i], deg[i],
                    round(str[i]), round(bc[i]), round(ev[i]), round(pr[i])));
        }
        int communities = java.util.Arrays.stream(comm).max().orElse(-1) + 1;
        Polarisation pol = polarisation(kb, asOf, cfg);
        List<String> brokers = brokers(kb, asOf, cfg);
        return new Result(asOf.toString(), nodes, edges, round(g.modularity(comm)), communities, pol, brokers);
    }

    /** Members (states and organisations) of a coalition on the day. */
    static Set<String> bloc(KnowledgeBase kb, String group, LocalDate asOf) {
        Set<String> out = new TreeSet<>();
        var m = Ties.groups(kb, asOf).get(group);
        if (m != null) for (String id : m.keySet()) if (isNode(kb, id, asOf)) out.add(id);
        return out;
    }

    /**
     * Polarisation between the Artemis Accords and ILRS blocs, on the network without the ties the two coalitions
     * themselves create (otherwise co-membership would make each bloc cohesive by definition). Only actors in exactly one
     * bloc count. crossShare = cross-bloc tie weight / all tie weight among them (0 = fully polarised); modularity
     * = Newman's Q of the two-bloc partition of the subgraph they induce (higher = more polarised; at most 0.5).
     */
    public static Polarisation polarisation(KnowledgeBase kb, LocalDate asOf, Config cfg) {
        Set<String> a = bloc(kb, ARTEMIS, asOf), b = bloc(kb, ILRS, asOf);
        List<String> onlyA = a.stream().filter(x -> !b.contains(x)).toList(), onlyB = b.stream().filter(x -> !a.contains(x)).toList();
        Set<String> excluded = new TreeSet<>(cfg.excludedGroups());
        excluded.add(ARTEMIS); excluded.add(ILRS);
        Map<String, Acc> acc = ties(kb, asOf, cfg.excluding(excluded));
        double wa = 0, wb = 0, cross = 0;
        List<String> ids = new ArrayList<>(onlyA);
        ids.addAll(onlyB);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) index.put(ids.get(i), i);
        List<int[]> pairs = new ArrayList<>();
        List<Double> ws = new ArrayList<>();
        for (var en : acc.entrySet()) {
            String[] p = en.getKey().split("\\|");
            Integer i = index.get(p[0]), j = index.get(p[1]);
            if (i == null || j == null) continue;
            boolean ia = i < onlyA.size(), ja = j < onlyA.size();
            double w = en.getValue().weight;
            if (ia && ja) wa += w; else if (!ia && !ja) wb += w; else cross += w;
            pairs.add(new int[]{i, j});
            ws.add(w);
        }
        double total = wa + wb + cross;
        int[] f = new int[pairs.size()], t = new int[pairs.size()];
        double[] w = new double[pairs.size()];
        for (int k = 0; k < pairs.size(); k++) { f[k] = pairs.get(k)[0]; t[k] = pairs.get(k)[1]; w[k] = ws.get(k); }
        int[] part = new int[ids.size()];
        for (int i = onlyA.size(); i < ids.size(); i++) part[i] = 1;
        double q = ids.isEmpty() || onlyA.isEmpty() || onlyB.isEmpty() ? 0 : WeightedGraph.of(ids.size(), f, t, w).modularity(part);
        String note = onlyA.isEmpty() || onlyB.isEmpty() ? "one of the blocs has no exclusive member on this day" : null;
        return new Polarisation(ARTEMIS, ILRS, onlyA, onlyB, round(wa), round(wb), round(cross), total == 0 ? 0 : round(cross / total), round(q), note);
    }

    /**
     * Brokers: actors in both coalitions, and states in neither that hold a partnership (a bilateral or
     * minilateral cooperation record, not a shared multilateral membership, which ties almost everyone to both
     * sides) with at least one exclusive member of each.
     */
    public static List<String> brokers(KnowledgeBase kb, LocalDate asOf, Config cfg) {
        Set<String> a = bloc(kb, ARTEMIS, asOf), b = bloc(kb, ILRS, asOf);
        Set<String> out = new TreeSet<>();
        for (String x : a) if (b.contains(x)) out.add(x);
        Set<String> excluded = new TreeSet<>(cfg.excludedGroups());
        excluded.add(ARTEMIS); excluded.add(ILRS);
        Map<String, Set<String>> nbr = new HashMap<>();
        for (var en : ties(kb, asOf, cfg.excluding(excluded)).entrySet()) {
            if (!en.getValue().kinds.contains("partnership")) continue;
            String[] p = en.getKey().split("\\|");
            nbr.computeIfAbsent(p[0], z -> new TreeSet<>()).add(p[1]);
            nbr.computeIfAbsent(p[1], z -> new TreeSet<>()).add(p[0]);
        }
        for (var en : nbr.entrySet()) {
            String x = en.getKey();
            if (a.contains(x) || b.contains(x)) continue;
            boolean toA = en.getValue().stream().anyMatch(y -> a.contains(y) && !b.contains(y));
            boolean toB = en.getValue().stream().anyMatch(y -> b.contains(y) && !a.contains(y));
            if (toA && toB && kb.entity(x).map(e -> e.type() == EntityType.STATE).orElse(false)) out.add(x);
        }
        return List.copyOf(out);
    }

    static double round(double v) { return Math.round(v * 1e6) / 1e6; }

    /** GraphML for Gephi, yEd or igraph: node attributes (name, type, community, centralities) and edge weight/kinds. */
    public static String graphml(Result r) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
        Map<String, String> nodeKeys = new LinkedHashMap<>();
        nodeKeys.put("name", "string"); nodeKeys.put("type", "string"); nodeKeys.put("community", "int"); nodeKeys.put("degree", "int");
        nodeKeys.put("weightedDegree", "double"); nodeKeys.put("betweenness", "double"); nodeKeys.put("eigenvector", "double"); nodeKeys.put("pagerank", "double");
        nodeKeys.forEach((k, t) -> b.append("  <key id=\"").append(k).append("\" for=\"node\" attr.name=\"").append(k).append("\" attr.type=\"").append(t).append("\"/>\n"));
        b.append("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n  <key id=\"kinds\" for=\"edge\" attr.name=\"kinds\" attr.type=\"string\"/>\n");
        b.append("  <graph id=\"cooperation-").append(r.asOf()).append("\" edgedefault=\"undirected\">\n");
        for (Node n : r.nodes()) {
            b.append("    <node id=\"").append(xml(n.id())).append("\">");
            data(b, "name", n.name()); data(b, "type", n.type()); data(b, "community", n.community()); data(b, "degree", n.degree());
            data(b, "weightedDegree", n.weightedDegree()); data(b, "betweenness", n.betweenness()); data(b, "eigenvector", n.eigenvector()); data(b, "pagerank", n.pagerank());
            b.append("</node>\n");
        }
        for (Edge e : r.edges()) {
            b.append("    <edge source=\"").append(xml(e.source())).append("\" target=\"").append(xml(e.target())).append("\">");
            data(b, "weight", e.weight()); data(b, "kinds", String.join(";", e.kinds()));
            b.append("</edge>\n");
        }
        return b.append("  </graph>\n</graphml>\n").toString();
    }

    private static void data(StringBuilder b, String key, Object v) { b.append("<data key=\"").append(key).append("\">").append(xml(String.valueOf(v))).append("</data>"); }

    private static String xml(String s) { return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"); }
}
