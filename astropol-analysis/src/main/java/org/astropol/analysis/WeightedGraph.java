package org.astropol.analysis;

import java.util.Arrays;

/**
 * A small undirected weighted graph over nodes 0..n-1 in compressed adjacency form, with the centralities and the
 * community detection the network analysis needs.
 *
 * <p>Written by hand rather than taken from JGraphT: JGraphT (1.5.x) has no Louvain or Leiden clustering, its
 * betweenness works on its object graph model (several times slower on 10^5 nodes than arrays), and these few
 * algorithms are short, well known and easy to test against hand-computed answers. Conventions follow networkx so
 * numbers can be compared: betweenness normalised by 2/((n-1)(n-2)) with path length 1/weight, eigenvector
 * centrality with unit Euclidean norm, PageRank with damping 0.85.
 */
public final class WeightedGraph {
    final int n;
    final int[] start;   // neighbours of i are adj[start[i] .. start[i+1])
    final int[] adj;
    final double[] w;

    private WeightedGraph(int n, int[] start, int[] adj, double[] w) { this.n = n; this.start = start; this.adj = adj; this.w = w; }

    /** Builds from undirected edges (each listed once; parallel edges are summed by the caller; no self loops). */
    public static WeightedGraph of(int n, int[] from, int[] to, double[] weight) {
        int[] deg = new int[n];
        for (int e = 0; e < from.length; e++) { deg[from[e]]++; deg[to[e]]++; }
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) start[i + 1] = start[i] + deg[i];
        int[] pos = Arrays.copyOf(start, n);
        int[] adj = new int[start[n]];
        double[] w = new double[start[n]];
        for (int e = 0; e < from.length; e++) {
            adj[pos[from[e]]] = to[e]; w[pos[from[e]]++] = weight[e];
            adj[pos[to[e]]] = from[e]; w[pos[to[e]]++] = weight[e];
        }
        return new WeightedGraph(n, start, adj, w);
    }

    public int size() { return n; }

    public int[] degree() {
        int[] d = new int[n];
        for (int i = 0; i < n; i++) d[i] = start[i + 1] - start[i];
        return d;
    }

    public double[] strength() {
        double[] s = new double[n];
        for (int i = 0; i < n; i++) for (int k = start[i]; k < start[i + 1]; k++) s[i] += w[k];
        return s;
    }

    /** Brandes' algorithm with Dijkstra; a path's length is the sum of 1/weight over its edges. */
    public double[] betweenness() {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) all[i] = i;
        return betweenness(all);
    }

    /**
     * Betweenness estimated from the shortest paths out of the given sources only (all nodes: exact), scaled by
     * n / sources as networkx does with {@code k}; for graphs too large for the exact O(n m log n) computation.
     */
    public double[] betweenness(int[] sources) {
        double[] cb = new double[n];
        double[] dist = new double[n];
        double[] sigma = new double[n];
        double[] delta = new double[n];
        int[] stack = new int[n];
        // predecessors of v are kept in pred[start[v] .. start[v] + predCount[v]) (at most its degree)
        int[] pred = new int[adj.length];
        int[] predCount = new int[n];
        boolean[] done = new boolean[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        Heap heap = new Heap(Math.max(16, adj.length + 1));
        for (int s : sources) {
            int top = 0;
            dist[s] = 0; sigma[s] = 1;
            heap.clear();
            heap.push(0, s);
            while (heap.size > 0) {
                double dv = heap.topKey();
                int v = heap.pop();
                if (done[v] || dv > dist[v]) continue;
                done[v] = true;
                stack[top++] = v;
                for (int k = start[v]; k < start[v + 1]; k++) {
                    int u = adj[k];
                    double nd = dist[v] + 1.0 / w[k];
                    if (nd < dist[u] - 1e-12) {
                        dist[u] = nd; sigma[u] = sigma[v];
                        pred[start[u]] = v; predCount[u] = 1;
                        heap.push(nd, u);
                    } else if (Math.abs(nd - dist[u]) <= 1e-12 && !done[u]) {
                        sigma[u] += sigma[v]; pred[start[u] + predCount[u]++] = v;
                    }
                }
            }
            while (top > 0) {
                int x = stack[--top];
                for (int p = start[x], e = start[x] + predCount[x]; p < e; p++) { int v = pred[p]; delta[v] += sigma[v] / sigma[x] * (1 + delta[x]); }
                if (x != s) cb[x] += delta[x];
            }
            // reset only what this source touched
            for (int i = 0; i < n; i++) if (dist[i] != Double.POSITIVE_INFINITY) { dist[i] = Double.POSITIVE_INFINITY; sigma[i] = 0; delta[i] = 0; predCount[i] = 0; done[i] = false; }
        }
        // each undirected path was counted from both ends
        double scale = n > 2 && sources.length > 0 ? 1.0 / ((n - 1.0) * (n - 2.0)) * n / sources.length : 0;
        for (int i = 0; i < n; i++) cb[i] *= scale;
        return cb;
    }

    /** A binary min-heap of (key, node) on primitive arrays, with lazy deletion (stale entries are skipped). */
    private static final class Heap {
        double[] key; int[] node; int size;
        Heap(int cap) { key = new double[cap]; node = new int[cap]; }
        void clear() { size = 0; }
        double topKey() { return key[0]; }
        void push(double k, int v) {
            if (size == key.length) { key = Arrays.copyOf(key, size * 2); node = Arrays.copyOf(node, size * 2); }
            int i = size++;
            while (i > 0) { int p = (i - 1) >>> 1; if (key[p] <= k) break; key[i] = key[p]; node[i] = node[p]; i = p; }
            key[i] = k; node[i] = v;
        }
        int pop() {
            int top = node[0];
            double k = key[--size]; int v = node[size];
            int i = 0;
            while (true) {
                int c = 2 * i + 1;
                if (c >= size) break;
                if (c + 1 < size && key[c + 1] < key[c]) c++;
                if (key[c] >= k) break;
                key[i] = key[c]; node[i] = node[c]; i = c;
            }
            key[i] = k; node[i] = v;
            return top;
        }
    }

    /** Eigenvector centrality by power iteration on (A + I) (same eigenvector as A, no oscillation), unit norm; stops as networkx does (L1 change below n·1e-6). */
    public double[] eigenvector() {
        double[] x = new double[n];
        if (n == 0) return x;
        Arrays.fill(x, 1.0 / n);
        for (int it = 0; it < 1000; it++) {
            double[] y = Arrays.copyOf(x, n);
            for (int i = 0; i < n; i++) for (int k = start[i]; k < start[i + 1]; k++) y[i] += w[k] * x[adj[k]];
            double norm = 0;
            for (double v : y) norm += v * v;
            norm = Math.sqrt(norm);
            if (norm == 0) return y;
            double diff = 0;
            for (int i = 0; i < n; i++) { y[i] /= norm; diff += Math.abs(y[i] - x[i]); }
            x = y;
            if (diff < n * 1e-6) break;
        }
        return x;
    }

    /** Weighted PageRank; nodes without ties spread their rank evenly. Stops as networkx does: L1 change below n·1e-6. */
    public double[] pagerank(double damping) {
        double[] pr = new double[n];
        if (n == 0) return pr;
        double[] s = strength();
        double[] pull = new double[w.length];   // for i's neighbour j = adj[k]: damping × w_ij / strength(j)
        for (int i = 0; i < n; i++) for (int k = start[i]; k < start[i + 1]; k++) pull[k] = damping * w[k] / s[adj[k]];
        Arrays.fill(pr, 1.0 / n);
        double[] next = new double[n];
        for (int it = 0; it < 200; it++) {
            double dangling = 0;
            for (int i = 0; i < n; i++) if (s[i] == 0) dangling += pr[i];
            double base = (1 - damping) / n + damping * dangling / n;
            // pull form: the graph is undirected, so i's in-links are its adjacency
            double diff = 0;
            for (int i = 0; i < n; i++) {
                double v = base;
                for (int k = start[i]; k < start[i + 1]; k++) v += pull[k] * pr[adj[k]];
                next[i] = v;
                diff += Math.abs(v - pr[i]);
            }
            double[] tmp = pr; pr = next; next = tmp;
            if (diff < n * 1e-6) break;
        }
        return pr;
    }

    /** Newman's modularity of a partition (community index per node), resolution 1. */
    public double modularity(int[] community) {
        double m2 = 0;
        double[] s = strength();
        for (double v : s) m2 += v;
        if (m2 == 0) return 0;
        int k = Arrays.stream(community).max().orElse(-1) + 1;
        double[] tot = new double[k], in = new double[k];
        for (int i = 0; i < n; i++) {
            tot[community[i]] += s[i];
            for (int e = start[i]; e < start[i + 1]; e++) if (community[adj[e]] == community[i]) in[community[i]] += w[e];
        }
        double q = 0;
        for (int c = 0; c < k; c++) q += in[c] / m2 - (tot[c] / m2) * (tot[c] / m2);
        return q;
    }

    /**
     * Louvain community detection (Blondel et al. 2008): local moves that raise modularity, then aggregation of
     * communities into nodes, repeated until nothing moves. Nodes are visited in index order, so the result is
     * deterministic. Communities are numbered 0.. by their lowest node index.
     */
    public int[] louvain() { return louvain(null); }

    /**
     * Louvain with the nodes of each level visited in an order drawn from {@code random} (index order when null): the
     * partition found depends on the order, which is what repeated runs for a consensus sample.
     */
    public int[] louvain(java.util.SplittableRandom random) {
        int[] membership = new int[n];
        for (int i = 0; i < n; i++) membership[i] = i;
        // current level: adjacency lists with self loops kept separately
        int ln = n;
        int[] lstart = start, ladj = adj;
        double[] lw = w, self = new double[n];
        while (true) {
            double[] k = new double[ln];
            double m2 = 0;
            for (int i = 0; i < ln; i++) {
                for (int e = lstart[i]; e < lstart[i + 1]; e++) k[i] += lw[e];
                k[i] += 2 * self[i];
                m2 += k[i];
            }
            if (m2 == 0) break;
            int[] comm = new int[ln];
            double[] tot = new double[ln];
            for (int i = 0; i < ln; i++) { comm[i] = i; tot[i] = k[i]; }
            double[] wTo = new double[ln];
            int[] touched = new int[ln];
            boolean movedAny = false;
            boolean moved = true;
            int passes = 0;
            int[] order = new int[ln];
            for (int i = 0; i < ln; i++) order[i] = i;
            if (random != null) for (int i = ln - 1; i > 0; i--) { int j = random.nextInt(i + 1); int x = order[i]; order[i] = order[j]; order[j] = x; }
            // a level ends when a pass moves nothing or raises modularity by less than 1e-7 (networkx's threshold):
            // on random graphs nodes can otherwise keep trading places for many passes at no gain
            double passGain = Double.POSITIVE_INFINITY;
            while (moved && passGain > 1e-7 && passes++ < 100) {
                moved = false;
                passGain = 0;
                for (int i : order) {
                    int ci = comm[i];
                    int nt = 0;
                    for (int e = lstart[i]; e < lstart[i + 1]; e++) {
                        int c = comm[ladj[e]];
                        if (wTo[c] == 0) touched[nt++] = c;
                        wTo[c] += lw[e];
                    }
                    tot[ci] -= k[i];
                    int best = ci;
                    double stayGain = wTo[ci] - tot[ci] * k[i] / m2, bestGain = stayGain;
                    for (int t = 0; t < nt; t++) {
                        int c = touched[t];
                        double gain = wTo[c] - tot[c] * k[i] / m2;
                        if (gain > bestGain + 1e-12) {
                            best = c; bestGain = gain;
                        }
                    }
                    tot[best] += k[i];
                    comm[i] = best;
                    if (best != ci) { moved = true; movedAny = true; passGain += 2 * (bestGain - stayGain) / m2; }
                    for (int t = 0; t < nt; t++) wTo[touched[t]] = 0;
                    wTo[ci] = 0;
                }
            }
            if (!movedAny) break;
            // renumber communities and aggregate
            int[] id = new int[ln];
            Arrays.fill(id, -1);
            int nc = 0;
            for (int i = 0; i < ln; i++) if (id[comm[i]] < 0) id[comm[i]] = nc++;
            for (int v = 0; v < n; v++) membership[v] = id[comm[membership[v]]];
            double[] newSelf = new double[nc];
            java.util.Map<Long, Double> between = new java.util.HashMap<>();
            for (int i = 0; i < ln; i++) {
                int a = id[comm[i]];
                newSelf[a] += self[i];
                for (int e = lstart[i]; e < lstart[i + 1]; e++) {
                    int b = id[comm[ladj[e]]];
                    if (a == b) newSelf[a] += lw[e] / 2;
                    else if (a < b) between.merge((long) a * nc + b, lw[e], Double::sum);
                }
            }
            int[] f = new int[between.size()], t = new int[between.size()];
            double[] ww = new double[between.size()];
            int x = 0;
            for (var en : new java.util.TreeMap<>(between).entrySet()) {
                f[x] = (int) (en.getKey() / nc); t[x] = (int) (en.getKey() % nc); ww[x++] = en.getValue();
            }
            WeightedGraph g = of(nc, f, t, ww);
            ln = nc; lstart = g.start; ladj = g.adj; lw = g.w; self = newSelf;
        }
        // number communities by their lowest node index
        int[] id = new int[n];
        Arrays.fill(id, -1);
        int next = 0;
        int[] out = new int[n];
        for (int v = 0; v < n; v++) {
            if (id[membership[v]] < 0) id[membership[v]] = next++;
            out[v] = id[membership[v]];
        }
        return out;
    }
}
