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
 * <p>Ties come in three layers kept apart ({@link TieLayers}: cooperation, institutional, legal); the default
 * network uses the cooperation layer only. Tie weight = sum over the records that tie the pair of
 * {@code kindWeight × 1/(groupSize − 1) × 0.5^(age/halfLife)}: a group (or instrument, or partnership) of n actors
 * adds 1/(n−1) per pair, so each actor receives the same total weight from one group whatever its size and the
 * cliques of 100-member bodies do not swamp bilateral ties; age is counted in years from the start of the tie (the
 * later of the two members' start dates) to the "as of" day.
 *
 * <p>Centralities are computed on all the ties of the chosen layers. Communities are computed on the backbone
 * ({@link DisparityFilter} at {@code alpha}) as a consensus over {@code runs} Louvain runs with the weights drawn
 * anew in each ({@link ConsensusCommunities}: a Bayesian bootstrap over the groups and partnerships behind the ties,
 * each record's contribution multiplied by an Exp(1) draw), and their modularity is set against configuration-model
 * draws of the backbone ({@link ModularityNull}).
 */
public final class CooperationNetwork {
    private CooperationNetwork() {}

    public static final String ARTEMIS = "artemis-accords", ILRS = "ilrs";

    /**
     * Kind weights and the half-life of a tie in years (0 = no decay); groups listed in {@code excludedGroups} add no
     * ties; {@code layers} are the layers used, classified by {@code tieLayers}; {@code alpha} is the backbone's
     * significance level; {@code runs} consensus runs and {@code nullDraws} configuration-model draws, from {@code seed};
     * {@code blocs} are the two groups whose polarisation is measured.
     */
    public record Config(Map<String, Double> kindWeights, double halfLifeYears, Set<String> excludedGroups, Set<String> layers,
                         TieLayers tieLayers, double alpha, String backboneMethod, String correction, int runs, int nullDraws, long seed, List<String> blocs) {
        public static final double DEFAULT_ALPHA = 0.05;
        /** Backbone methods: the bipartite null model for the projection (SDSM/BiCM), or the disparity filter on the weights. */
        public static final String SDSM = "sdsm", DISPARITY = "disparity";
        public static final String DEFAULT_CORRECTION = "holm";
        public static final int DEFAULT_RUNS = 50, DEFAULT_NULL_DRAWS = 30;
        public static final long DEFAULT_SEED = 1;

        public Config {
            kindWeights = Map.copyOf(kindWeights);
            excludedGroups = Set.copyOf(excludedGroups);
            layers = Set.copyOf(TieLayers.parseLayers(List.copyOf(layers)));
            if (!(alpha > 0 && alpha <= 1)) throw new IllegalArgumentException("alpha must be in (0, 1], not " + alpha);
            if (!SDSM.equals(backboneMethod) && !DISPARITY.equals(backboneMethod)) throw new IllegalArgumentException("backbone: expected sdsm or disparity, not '" + backboneMethod + "'");
            SdsmBackbone.Correction.of(correction);
            if (runs < 1) throw new IllegalArgumentException("runs must be at least 1, not " + runs);
            if (nullDraws < 2) throw new IllegalArgumentException("null draws must be at least 2, not " + nullDraws);
            if (blocs.size() != 2 || blocs.get(0).equals(blocs.get(1))) throw new IllegalArgumentException("blocs: expected two different groups, not " + blocs);
            blocs = List.copyOf(blocs);
        }

        /** The given weights, half-life and exclusions with every other setting at its default. */
        public Config(Map<String, Double> kindWeights, double halfLifeYears, Set<String> excludedGroups) {
            this(kindWeights, halfLifeYears, excludedGroups, Set.of(TieLayers.COOPERATION), TieLayers.standard(), DEFAULT_ALPHA, SDSM,
                    DEFAULT_CORRECTION, DEFAULT_RUNS, DEFAULT_NULL_DRAWS, DEFAULT_SEED, List.of(ARTEMIS, ILRS));
        }

        public static Config defaults() {
            return new Config(Map.of("partnership", 1.0, "co-member", 0.5, "co-party", 0.5, "member-of", 0.5), 10, Set.of());
        }
        double weight(String kind) { return kindWeights.getOrDefault(kind, 0.0); }
        public Config excluding(Set<String> groups) { return new Config(kindWeights, halfLifeYears, groups, layers, tieLayers, alpha, backboneMethod, correction, runs, nullDraws, seed, blocs); }
        public Config withLayers(Set<String> l) { return new Config(kindWeights, halfLifeYears, excludedGroups, l, tieLayers, alpha, backboneMethod, correction, runs, nullDraws, seed, blocs); }
        public Config withTieLayers(TieLayers t) { return new Config(kindWeights, halfLifeYears, excludedGroups, layers, t, alpha, backboneMethod, correction, runs, nullDraws, seed, blocs); }
        public Config withAlpha(double a) { return new Config(kindWeights, halfLifeYears, excludedGroups, layers, tieLayers, a, backboneMethod, correction, runs, nullDraws, seed, blocs); }
        public Config withDraws(int r, int n, long s) { return new Config(kindWeights, halfLifeYears, excludedGroups, layers, tieLayers, alpha, backboneMethod, correction, r, n, s, blocs); }
        public Config withBackbone(String method, String c) { return new Config(kindWeights, halfLifeYears, excludedGroups, layers, tieLayers, alpha, method, c, runs, nullDraws, seed, blocs); }
        public Config withBlocs(List<String> b) { return new Config(kindWeights, halfLifeYears, excludedGroups, layers, tieLayers, alpha, backboneMethod, correction, runs, nullDraws, seed, b); }
        /** A key of every setting, for caches. */
        public String key() {
            return new TreeMap<>(kindWeights) + "|" + halfLifeYears + "|" + new TreeSet<>(excludedGroups) + "|" + new TreeSet<>(layers) + "|"
                    + tieLayers.rules() + "|" + alpha + "|" + backboneMethod + "|" + correction + "|" + runs + "|" + nullDraws + "|" + seed + "|" + blocs;
        }
    }

    /**
     * A node: centralities on all ties of the chosen layers; {@code community} from the consensus on the backbone,
     * {@code confidence} the share of runs agreeing with it, {@code backboneDegree} its edges in the backbone (0: the
     * backbone leaves it without a tie and it is placed by its other ties).
     */
    public record Node(String id, String name, String type, int community, int degree, double weightedDegree,
                       double betweenness, double eigenvector, double pagerank, double confidence, int backboneDegree) {}

    /** An edge with its layers, the disparity filter's probability (smaller of its two ends) and whether the backbone keeps it. */
    public record Edge(String source, String target, double weight, List<String> kinds, List<String> records, List<String> layers,
                       double significance, boolean backbone) {}

    public record Polarisation(String blocA, String blocB, List<String> onlyA, List<String> onlyB, double withinA,
                               double withinB, double cross, double crossShare, double modularity, String note) {}

    /** The backbone: its significance level, the edges it keeps of all, and the nodes it leaves with at least one edge. */
    public record Backbone(String method, double alpha, String model, String correction, int keptEdges, int totalEdges, int nodes) {}

    /**
     * The consensus: runs, seed, how weights are drawn, communities of two or more nodes, and how many nodes the backbone
     * leaves without a tie (placed by their ties to the communities, see {@link #backboneCommunities}).
     */
    public record Consensus(int runs, long seed, String weightDraws, int communities, int attached) {}

    /** The modularity Louvain finds on all ties of the layers against configuration-model draws. */
    public record ModularityTest(String model, int draws, double observed, double nullMean, double nullSd, Double z) {}

    public record Result(String asOf, List<Node> nodes, List<Edge> edges, double modularity, int communities,
                         Polarisation polarisation, List<String> brokers, List<String> layers, Backbone backbone,
                         Consensus consensus, ModularityTest modularityNull, Double modularityZ) {
        /** The same answer with the backbone's edges only (every node kept, with its community and centralities): what /network draws by default. */
        public Result backboneOnly() {
            return new Result(asOf, nodes, edges.stream().filter(Edge::backbone).toList(), modularity, communities, polarisation, brokers, layers,
                    backbone, consensus, modularityNull, modularityZ);
        }
    }

    /** One year of the polarisation series. */
    public record YearPolarisation(int year, String asOf, int onlyA, int onlyB, int both, double crossShare, double modularity, String note) {}

    /** One pair's tie as it is summed up; small lists rather than sorted sets: a 190-member group makes 18,000 of them. */
    private static final class Acc {
        double weight;
        final List<String> kinds = new ArrayList<>(2);
        final List<String> layers = new ArrayList<>(1);
        final List<String> records = new ArrayList<>(4);
        final List<String> sources = new ArrayList<>(2);   // group or partnership ids, with their contributions
        final List<Double> amounts = new ArrayList<>(2);
        /** Observed directly rather than inferred from a projection: a record of exactly these two actors, or a member-of tie. */
        boolean direct;

        void add(double w, String kind, String layer, String source, List<Ties.Trace> rs, boolean isDirect) {
            weight += w;
            direct |= isDirect;
            if (!kinds.contains(kind)) kinds.add(kind);
            if (!layers.contains(layer)) layers.add(layer);
            int i = sources.indexOf(source);
            if (i < 0) { sources.add(source); amounts.add(w); } else amounts.set(i, amounts.get(i) + w);
            for (Ties.Trace t : rs) records.add(t.id());
        }

        static List<String> sorted(List<String> xs) { return xs.stream().distinct().sorted().toList(); }
    }

    private static Map<String, Acc> ties(KnowledgeBase kb, LocalDate asOf, Config cfg, Map<String, Map<String, Ties.Affiliation>> groups) {
        return ties(kb, asOf, cfg, groups, null, null);
    }

    /**
     * The weighted ties (pair "a|b" with a &lt; b) of the configured layers; with {@code among}, only the ties between
     * those actors (the weights stay those of the whole network: a group's size counts all its members). With
     * {@code columns}, each record behind the ties (group, instrument or partnership) adds its actors there: the
     * actor-record incidence the projection's backbone is tested on.
     */
    private static Map<String, Acc> ties(KnowledgeBase kb, LocalDate asOf, Config cfg, Map<String, Map<String, Ties.Affiliation>> groups, Set<String> among,
                                         List<List<String>> columns) {
        Map<String, Acc> acc = new TreeMap<>();
        for (var g : groups.entrySet()) {
            if (cfg.excludedGroups().contains(g.getKey())) continue;
            Entity group = kb.entity(g.getKey()).orElse(null);
            String layer = group == null ? null : cfg.tieLayers().ofGroup(group);
            if (layer == null || !cfg.layers().contains(layer)) continue;
            List<Ties.Affiliation> all = g.getValue().values().stream().filter(a -> isNode(kb, a.member(), asOf)).toList();
            List<Ties.Affiliation> ms = among == null ? all : all.stream().filter(a -> among.contains(a.member())).toList();
            if (columns != null && !all.isEmpty()) columns.add(all.stream().map(Ties.Affiliation::member).distinct().toList());
            boolean groupIsNode = isNode(kb, group.id(), asOf) && (among == null || among.contains(group.id()));
            for (Ties.Affiliation a : ms) {
                if (groupIsNode && !a.member().equals(group.id())) {
                    add(acc, a.member(), group.id(), cfg.weight("member-of") * decay(a.since(), asOf, cfg), "member-of", layer, g.getKey(), a.records(), true);
                }
            }
            if (ms.size() < 2) continue;
            double share = 1.0 / (all.size() - 1);
            boolean bilateral = all.size() == 2;
            for (int i = 0; i < ms.size(); i++) {
                for (int j = i + 1; j < ms.size(); j++) {
                    Ties.Affiliation a = ms.get(i), b = ms.get(j);
                    String kind = a.kind().equals("party") && b.kind().equals("party") ? "co-party" : "co-member";
                    PartialDate since = later(a.since(), b.since());
                    List<Ties.Trace> rs = new ArrayList<>(a.records());
                    rs.addAll(b.records());
                    add(acc, a.member(), b.member(), cfg.weight(kind) * share * decay(since, asOf, cfg), kind, layer, g.getKey(), rs, bilateral);
                }
            }
        }
        for (Relationship.Partnership p : partnerships(kb, asOf, cfg)) {
            String layer = cfg.tieLayers().ofPartnership(p.partnershipKind());
            List<String> all = p.parties().stream().distinct().filter(x -> isNode(kb, x, asOf)).toList();
            if (all.size() < 2) continue;
            if (columns != null) columns.add(all);
            List<String> ps = among == null ? all : all.stream().filter(among::contains).toList();
            double w = cfg.weight("partnership") / (all.size() - 1) * decay(Validity.counted(kb, p).start(), asOf, cfg);
            for (int i = 0; i < ps.size(); i++) for (int j = i + 1; j < ps.size(); j++) {
                add(acc, ps.get(i), ps.get(j), w, "partnership", layer, p.id(), List.of(Ties.Trace.of(p)), all.size() == 2);
            }
        }
        acc.values().removeIf(a -> a.weight <= 0);
        return acc;
    }

    /** The partnerships of the configured layers that hold on the day. */
    private static List<Relationship.Partnership> partnerships(KnowledgeBase kb, LocalDate asOf, Config cfg) {
        return Ties.partnerships(kb, asOf).stream().filter(p -> {
            String layer = cfg.tieLayers().ofPartnership(p.partnershipKind());
            return layer != null && cfg.layers().contains(layer);
        }).toList();
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

    private static void add(Map<String, Acc> acc, String a, String b, double w, String kind, String layer, String source, List<Ties.Trace> records, boolean direct) {
        if (a.equals(b)) return;
        String key = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
        acc.computeIfAbsent(key, k -> new Acc()).add(w, kind, layer, source, records, direct);
    }

    public static Result of(KnowledgeBase kb, LocalDate asOf, Config cfg) {
        var groups = Ties.groups(kb, asOf);
        List<List<String>> columns = new ArrayList<>();
        Map<String, Acc> acc = ties(kb, asOf, cfg, groups, null, columns);
        TreeSet<String> ids = new TreeSet<>();
        for (String k : acc.keySet()) { String[] p = k.split("\\|"); ids.add(p[0]); ids.add(p[1]); }
        List<String> idList = new ArrayList<>(ids);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < idList.size(); i++) index.put(idList.get(i), i);
        int n = idList.size(), m = acc.size();
        int[] f = new int[m], t = new int[m];
        double[] w = new double[m];
        List<Acc> accs = new ArrayList<>(acc.values());
        int e = 0;
        for (String k : acc.keySet()) {
            String[] p = k.split("\\|");
            f[e] = index.get(p[0]); t[e] = index.get(p[1]); w[e] = accs.get(e).weight;
            e++;
        }
        WeightedGraph g = WeightedGraph.of(n, f, t, w);
        int[] deg = g.degree();
        double[] str = g.strength(), bc = g.betweenness(), ev = g.eigenvector(), pr = g.pagerank(0.85);

        // the backbone, and communities found on it as a consensus of runs with drawn weights
        double[] significance;
        boolean[] kept;
        String method;
        if (Config.DISPARITY.equals(cfg.backboneMethod())) {
            significance = DisparityFilter.significance(n, f, t, w);
            kept = DisparityFilter.keep(n, f, t, w, cfg.alpha());
            method = "disparity filter (Serrano, Boguna and Vespignani 2009)";
        } else {
            boolean[] direct = new boolean[m];
            for (int x = 0; x < m; x++) direct[x] = accs.get(x).direct;
            significance = sdsmPValues(n, index, columns, f, t);
            kept = sdsmKeep(n, significance, direct, cfg);
            method = "SDSM (BiCM) on the actor-record incidence, " + SdsmBackbone.Correction.of(cfg.correction()).label + "; direct ties kept";
        }
        int keptCount = 0;
        int[] backboneDegree = new int[n];
        for (int x = 0; x < m; x++) if (kept[x]) { keptCount++; backboneDegree[f[x]]++; backboneDegree[t[x]]++; }
        var draws = bootstrapDraws(accs);
        var consensus = ConsensusCommunities.of(n, random -> backboneCommunities(n, f, t, kept, draws.apply(random), random), cfg.runs(), cfg.seed());
        int[] comm = consensus.community();
        ModularityTest test = modularityTest(n, f, t, w, cfg);
        double q = g.modularity(comm);

        List<Edge> edges = new ArrayList<>();
        e = 0;
        for (String k : acc.keySet()) {
            String[] p = k.split("\\|");
            Acc a = accs.get(e);
            edges.add(new Edge(p[0], p[1], round(a.weight), Acc.sorted(a.kinds), Acc.sorted(a.records), Acc.sorted(a.layers), roundP(significance[e]), kept[e]));
            e++;
        }
        List<Node> nodes = new ArrayList<>();
        int[] size = new int[consensus.communities()];
        for (int c : comm) size[c]++;
        int isolated = 0, multi = 0;
        for (int i = 0; i < n; i++) if (backboneDegree[i] == 0) isolated++;
        for (int c : size) if (c >= 2) multi++;
        for (int i = 0; i < n; i++) {
            String id = idList.get(i);
            nodes.add(new Node(id, kb.nameOf(id), kb.entity(id).map(x -> x.type().key()).orElse("unknown"), comm[i], deg[i],
                    round(str[i]), round(bc[i]), round(ev[i]), round(pr[i]), round(consensus.confidence()[i]), backboneDegree[i]));
        }
        Polarisation pol = polarisation(kb, asOf, cfg, groups);
        List<String> brokers = brokers(kb, asOf, cfg, groups);
        return new Result(asOf.toString(), nodes, edges, round(q), multi, pol, brokers, List.copyOf(new TreeSet<>(cfg.layers())),
                new Backbone(method, cfg.alpha(), cfg.backboneMethod(), cfg.correction(), keptCount, m, n - isolated),
                new Consensus(cfg.runs(), cfg.seed(), "Bayesian bootstrap: each group's and partnership's contribution times an Exp(1) draw", multi, isolated),
                test, test == null ? null : test.z());
    }

    /** Per edge, the SDSM upper-tail p-value of its pair sharing as many records as it does (see {@link SdsmBackbone}). */
    private static double[] sdsmPValues(int n, Map<String, Integer> index, List<List<String>> columns, int[] f, int[] t) {
        // an actor of no tie at all (alone in every record it holds) is no node: its one-actor records tie no one
        int[][] cols = columns.stream().map(c -> c.stream().filter(index::containsKey).mapToInt(index::get).toArray())
                .filter(c -> c.length > 0).toArray(int[][]::new);
        return SdsmBackbone.pValues(n, cols, f, t);
    }

    /**
     * The SDSM backbone: a direct tie (a record of the two actors alone, or a member's tie to its organisation) is
     * kept as observed; a projection tie is kept when its p-value is significant at alpha under the configured
     * correction, every pair of actors counting as one hypothesis (n(n-1)/2 tests, pairs sharing nothing with p = 1).
     */
    private static boolean[] sdsmKeep(int n, double[] p, boolean[] direct, Config cfg) {
        int tested = 0;
        for (boolean d : direct) if (!d) tested++;
        double[] ps = new double[tested];
        int[] at = new int[tested];
        for (int e = 0, y = 0; e < p.length; e++) if (!direct[e]) { ps[y] = p[e]; at[y++] = e; }
        int tests = Math.max(tested, (int) Math.min(Integer.MAX_VALUE, (long) n * (n - 1) / 2));
        boolean[] sig = SdsmBackbone.significant(ps, tests, cfg.alpha(), SdsmBackbone.Correction.of(cfg.correction()));
        boolean[] kept = direct.clone();
        for (int y = 0; y < tested; y++) if (sig[y]) kept[at[y]] = true;
        return kept;
    }

    /**
     * One run's partition: Louvain (random visiting order) on the backbone's edges with the run's weights; then the
     * nodes the backbone leaves alone join, round by round, the community they have the most tie weight to among the
     * nodes already placed (all ties of the layers, the run's weights); the nodes with no path to the backbone are
     * partitioned by Louvain on their own ties.
     */
    static int[] backboneCommunities(int n, int[] f, int[] t, boolean[] kept, double[] w, java.util.SplittableRandom random) {
        int k = 0;
        for (boolean x : kept) if (x) k++;
        int[] bf = new int[k], bt = new int[k];
        double[] bw = new double[k];
        boolean[] placed = new boolean[n];
        for (int e = 0, y = 0; e < f.length; e++) {
            if (!kept[e]) continue;
            bf[y] = f[e]; bt[y] = t[e]; bw[y++] = w[e];
            placed[f[e]] = true; placed[t[e]] = true;
        }
        int[] c = WeightedGraph.of(n, bf, bt, bw).louvain(random);
        WeightedGraph all = WeightedGraph.of(n, f, t, w);
        double[] toCommunity = new double[n];
        int[] touched = new int[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            boolean[] nowPlaced = placed.clone();
            for (int i = 0; i < n; i++) {
                if (placed[i]) continue;
                int nt = 0;
                for (int x = all.start[i]; x < all.start[i + 1]; x++) {
                    int j = all.adj[x];
                    if (!placed[j]) continue;
                    if (toCommunity[c[j]] == 0) touched[nt++] = c[j];
                    toCommunity[c[j]] += all.w[x];
                }
                int best = -1;
                for (int k2 = 0; k2 < nt; k2++) {
                    int cc = touched[k2];
                    if (best < 0 || toCommunity[cc] > toCommunity[best] || (toCommunity[cc] == toCommunity[best] && cc < best)) best = cc;
                }
                for (int k2 = 0; k2 < nt; k2++) toCommunity[touched[k2]] = 0;
                if (best >= 0) { c[i] = best; nowPlaced[i] = true; changed = true; }
            }
            placed = nowPlaced;
        }
        // what the backbone does not reach at all (a group whose ties are all equal, on its own) is partitioned by
        // Louvain on its own ties, its communities numbered after the others
        List<Integer> rest = new ArrayList<>();
        int[] local = new int[n];
        for (int i = 0; i < n; i++) if (!placed[i]) { local[i] = rest.size(); rest.add(i); }
        if (!rest.isEmpty()) {
            List<int[]> es = new ArrayList<>();
            List<Double> ws = new ArrayList<>();
            for (int e = 0; e < f.length; e++) if (!placed[f[e]] && !placed[t[e]]) { es.add(new int[]{local[f[e]], local[t[e]]}); ws.add(w[e]); }
            int[] rf = new int[es.size()], rt = new int[es.size()];
            double[] rw = new double[es.size()];
            for (int e = 0; e < rf.length; e++) { rf[e] = es.get(e)[0]; rt[e] = es.get(e)[1]; rw[e] = ws.get(e); }
            int[] rc = WeightedGraph.of(rest.size(), rf, rt, rw).louvain(random);
            for (int x = 0; x < rest.size(); x++) c[rest.get(x)] = n + rc[x];
        }
        return c;
    }

    /** Each run multiplies every record's contribution to the ties by its own Exp(1) draw (a Bayesian bootstrap over the records). */
    private static java.util.function.Function<java.util.SplittableRandom, double[]> bootstrapDraws(List<Acc> edges) {
        Map<String, Integer> sources = new TreeMap<>();
        for (Acc a : edges) for (String s : a.sources) sources.putIfAbsent(s, sources.size());
        int[][] src = new int[edges.size()][];
        double[][] amount = new double[edges.size()][];
        for (int e = 0; e < edges.size(); e++) {
            Acc a = edges.get(e);
            src[e] = new int[a.sources.size()]; amount[e] = new double[a.sources.size()];
            for (int k = 0; k < src[e].length; k++) { src[e][k] = sources.get(a.sources.get(k)); amount[e][k] = a.amounts.get(k); }
        }
        int ns = sources.size();
        return random -> {
            double[] factor = new double[ns];
            for (int s = 0; s < ns; s++) factor[s] = -Math.log(1 - random.nextDouble());
            double[] w = new double[edges.size()];
            for (int e = 0; e < w.length; e++) {
                for (int k = 0; k < src[e].length; k++) w[e] += amount[e][k] * factor[src[e][k]];
                if (w[e] <= 0) w[e] = 1e-12;   // keep the edge in the graph
            }
            return w;
        };
    }

    private static ModularityTest modularityTest(int n, int[] f, int[] t, double[] w, Config cfg) {
        if (f.length < 2) return null;
        var r = ModularityNull.of(n, f, t, w, cfg.nullDraws(), cfg.seed());
        return new ModularityTest("Chung-Lu draws with the nodes' strengths (as many ties as edges, equal weights)", r.draws(), round(r.observed()),
                round(r.nullMean()), round(r.nullSd()), r.z() == null ? null : round(r.z()));
    }

    /** Members (states and organisations) of a group on the day. */
    static Set<String> bloc(KnowledgeBase kb, String group, LocalDate asOf, Map<String, Map<String, Ties.Affiliation>> groups) {
        Set<String> out = new TreeSet<>();
        var m = groups.get(group);
        if (m != null) for (String id : m.keySet()) if (isNode(kb, id, asOf)) out.add(id);
        return out;
    }

    public static Polarisation polarisation(KnowledgeBase kb, LocalDate asOf, Config cfg) {
        return polarisation(kb, asOf, cfg, Ties.groups(kb, asOf));
    }

    /**
     * Polarisation between the two blocs of the configuration (by default the Artemis Accords and the ILRS), on the
     * network of the chosen layers without the ties the two blocs themselves create (otherwise co-membership would
     * make each bloc cohesive by definition). Only actors in exactly one bloc count. crossShare = cross-bloc tie
     * weight / all tie weight among them (0 = fully polarised); modularity = Newman's Q of the two-bloc partition of
     * the subgraph they induce (higher = more polarised; at most 0.5).
     */
    static Polarisation polarisation(KnowledgeBase kb, LocalDate asOf, Config cfg, Map<String, Map<String, Ties.Affiliation>> groups) {
        String blocA = cfg.blocs().get(0), blocB = cfg.blocs().get(1);
        Set<String> a = bloc(kb, blocA, asOf, groups), b = bloc(kb, blocB, asOf, groups);
        List<String> onlyA = a.stream().filter(x -> !b.contains(x)).toList(), onlyB = b.stream().filter(x -> !a.contains(x)).toList();
        Set<String> excluded = new TreeSet<>(cfg.excludedGroups());
        excluded.add(blocA); excluded.add(blocB);
        Set<String> exclusive = new TreeSet<>(onlyA);
        exclusive.addAll(onlyB);
        Map<String, Acc> acc = ties(kb, asOf, cfg.excluding(excluded), groups, exclusive, null);
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
        String note = onlyA.isEmpty() || onlyB.isEmpty() ? "one of the blocs has no exclusive member on this day"
                : total == 0 ? "no ties among the blocs' exclusive members in these layers" : null;
        return new Polarisation(blocA, blocB, onlyA, onlyB, round(wa), round(wb), round(cross), total == 0 ? 0 : round(cross / total), round(q), note);
    }

    /**
     * The polarisation on 31 December of each year from the first year either bloc has a member to the year of
     * {@code until} (whose point is {@code until} itself).
     */
    public static List<YearPolarisation> polarisationByYear(KnowledgeBase kb, LocalDate until, Config cfg) {
        Integer first = null;
        for (Relationship r : kb.relationships()) {
            String group = r instanceof Relationship.Membership mm ? mm.group() : r instanceof Relationship.PartyAction pa ? pa.instrument() : null;
            if (group == null || !cfg.blocs().contains(group)) continue;
            // the first day the one time rule counts the record (its cited or reported start, within the bounds)
            LocalDate counted = Validity.counted(kb, r).first();
            if (counted == null) continue;
            int y = counted.getYear();
            if (first == null || y < first) first = y;
        }
        List<YearPolarisation> out = new ArrayList<>();
        if (first == null) return out;
        for (int y = first; y <= until.getYear(); y++) {
            LocalDate day = y == until.getYear() ? until : LocalDate.of(y, 12, 31);
            var groups = Ties.groups(kb, day);
            Polarisation p = polarisation(kb, day, cfg, groups);
            Set<String> a = bloc(kb, cfg.blocs().get(0), day, groups), b = bloc(kb, cfg.blocs().get(1), day, groups);
            int both = (int) a.stream().filter(b::contains).count();
            out.add(new YearPolarisation(y, day.toString(), p.onlyA().size(), p.onlyB().size(), both, p.crossShare(), p.modularity(), p.note()));
        }
        return out;
    }

    public static List<String> brokers(KnowledgeBase kb, LocalDate asOf, Config cfg) {
        return brokers(kb, asOf, cfg, Ties.groups(kb, asOf));
    }

    /**
     * Brokers: actors in both blocs, and states in neither that hold a partnership (a bilateral or minilateral
     * cooperation record, not a shared multilateral membership, which ties almost everyone to both sides) with at
     * least one exclusive member of each.
     */
    static List<String> brokers(KnowledgeBase kb, LocalDate asOf, Config cfg, Map<String, Map<String, Ties.Affiliation>> groups) {
        String blocA = cfg.blocs().get(0), blocB = cfg.blocs().get(1);
        Set<String> a = bloc(kb, blocA, asOf, groups), b = bloc(kb, blocB, asOf, groups);
        Set<String> out = new TreeSet<>();
        for (String x : a) if (b.contains(x)) out.add(x);
        Map<String, Set<String>> nbr = new HashMap<>();
        if (cfg.weight("partnership") > 0) for (Relationship.Partnership p : partnerships(kb, asOf, cfg)) {
            List<String> ps = p.parties().stream().distinct().filter(x -> isNode(kb, x, asOf)).toList();
            for (String x : ps) for (String y : ps) if (!x.equals(y)) nbr.computeIfAbsent(x, z -> new TreeSet<>()).add(y);
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

    /** Four significant digits: p-values far below 1e-6 keep their size (rounded to six decimals they would read 0). */
    static double roundP(double v) { return v == 0 || !Double.isFinite(v) ? v : new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue(); }

    /** GraphML for Gephi, yEd or igraph: node attributes (name, type, community, centralities) and edge weight/kinds. */
    public static String graphml(Result r) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
        Map<String, String> nodeKeys = new LinkedHashMap<>();
        nodeKeys.put("name", "string"); nodeKeys.put("type", "string"); nodeKeys.put("community", "int"); nodeKeys.put("degree", "int");
        nodeKeys.put("weightedDegree", "double"); nodeKeys.put("betweenness", "double"); nodeKeys.put("eigenvector", "double"); nodeKeys.put("pagerank", "double");
        nodeKeys.put("confidence", "double");
        nodeKeys.forEach((k, t) -> b.append("  <key id=\"").append(k).append("\" for=\"node\" attr.name=\"").append(k).append("\" attr.type=\"").append(t).append("\"/>\n"));
        b.append("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n  <key id=\"kinds\" for=\"edge\" attr.name=\"kinds\" attr.type=\"string\"/>\n");
        b.append("  <key id=\"backbone\" for=\"edge\" attr.name=\"backbone\" attr.type=\"boolean\"/>\n");
        b.append("  <graph id=\"cooperation-").append(r.asOf()).append("\" edgedefault=\"undirected\">\n");
        for (Node n : r.nodes()) {
            b.append("    <node id=\"").append(xml(n.id())).append("\">");
            data(b, "name", n.name()); data(b, "type", n.type()); data(b, "community", n.community()); data(b, "degree", n.degree());
            data(b, "weightedDegree", n.weightedDegree()); data(b, "betweenness", n.betweenness()); data(b, "eigenvector", n.eigenvector()); data(b, "pagerank", n.pagerank());
            data(b, "confidence", n.confidence());
            b.append("</node>\n");
        }
        for (Edge e : r.edges()) {
            b.append("    <edge source=\"").append(xml(e.source())).append("\" target=\"").append(xml(e.target())).append("\">");
            data(b, "weight", e.weight()); data(b, "kinds", String.join(";", e.kinds())); data(b, "backbone", e.backbone());
            b.append("</edge>\n");
        }
        return b.append("  </graph>\n</graphml>\n").toString();
    }

    private static void data(StringBuilder b, String key, Object v) { b.append("<data key=\"").append(key).append("\">").append(xml(String.valueOf(v))).append("</data>"); }

    private static String xml(String s) { return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"); }
}
