package org.astropol.analysis;

import java.util.SplittableRandom;

/**
 * How much community structure a weighted graph has beyond what its nodes' strengths alone produce: the modularity
 * Louvain finds on the graph, compared with the modularity it finds on configuration-model draws of the same size
 * (Guimerà, Sales-Pardo and Amaral 2004: random graphs have high modularity too). Each draw is a weighted Chung-Lu
 * graph: as many ties as the graph has edges, each of weight W/m (W the total weight), joining two different nodes
 * drawn with probability proportional to their strengths, repeated pairs summed; so every node's expected strength
 * is its observed one, which is modularity's own null model. z = (Q - mean) / sd of the draws; undefined (null)
 * when the draws do not vary. Seeded.
 */
public final class ModularityNull {
    private ModularityNull() {}

    public record Result(double observed, double nullMean, double nullSd, Double z, int draws) {}

    public static Result of(int n, int[] from, int[] to, double[] weight, int draws, long seed) {
        if (draws < 2) throw new IllegalArgumentException("null draws must be at least 2, not " + draws);
        double observed = louvainModularity(n, from, to, weight);
        double[] q = new double[draws];
        for (int d = 0; d < draws; d++) {
            SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (d + 1)));
            q[d] = chungLuModularity(n, from, to, weight, random);
        }
        double mean = 0;
        for (double v : q) mean += v;
        mean /= draws;
        double ss = 0;
        for (double v : q) ss += (v - mean) * (v - mean);
        double sd = Math.sqrt(ss / (draws - 1));
        Double z = sd > 1e-12 ? (observed - mean) / sd : null;
        return new Result(observed, mean, sd, z, draws);
    }

    static double louvainModularity(int n, int[] from, int[] to, double[] weight) {
        WeightedGraph g = WeightedGraph.of(n, from, to, weight);
        return g.modularity(g.louvain());
    }

    /** One Chung-Lu draw with the graph's strengths, edge count and total weight; Louvain's modularity on it. */
    static double chungLuModularity(int n, int[] from, int[] to, double[] weight, SplittableRandom random) {
        int m = from.length;
        double[] cumulative = new double[n];
        double total = 0;
        for (int e = 0; e < m; e++) { cumulative[from[e]] += weight[e]; cumulative[to[e]] += weight[e]; total += weight[e]; }
        for (int i = 1; i < n; i++) cumulative[i] += cumulative[i - 1];
        double unit = total / m;
        long[] keys = new long[m];
        int drawn = 0;
        for (int attempts = 0; drawn < m && attempts < 100 * m; attempts++) {
            int a = pick(cumulative, random), b = pick(cumulative, random);
            if (a != b) keys[drawn++] = a < b ? (long) a * n + b : (long) b * n + a;
        }
        java.util.Arrays.sort(keys, 0, drawn);
        int distinct = 0;
        for (int i = 0; i < drawn; i++) if (i == 0 || keys[i] != keys[i - 1]) distinct++;
        int[] f = new int[distinct], t = new int[distinct];
        double[] w = new double[distinct];
        int k = -1;
        for (int i = 0; i < drawn; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) { k++; f[k] = (int) (keys[i] / n); t[k] = (int) (keys[i] % n); }
            w[k] += unit;   // a pair drawn again adds to its tie
        }
        return louvainModularity(n, f, t, w);
    }

    private static int pick(double[] cumulative, SplittableRandom random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = java.util.Arrays.binarySearch(cumulative, x);
        i = i >= 0 ? i + 1 : -i - 1;
        while (i < cumulative.length - 1 && cumulative[i] <= x) i++;
        return Math.min(i, cumulative.length - 1);
    }
}
