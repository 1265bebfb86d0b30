package org.astropol.analysis;

/**
 * The disparity filter of Serrano, Boguñá and Vespignani (2009, PNAS 106:6483): the backbone of a weighted network
 * keeps an edge when its weight is improbably large against a null model in which a node's strength is spread over
 * its k edges uniformly at random. For node i with strength s and degree k, an edge of weight w has the share
 * p = w/s and the probability {@code alpha_i = (1 - p)^(k - 1)} of getting that share or more by chance; the edge
 * is kept when {@code alpha_i < alpha} for at least one of its two ends. A node with a single edge gives no
 * evidence (its share is 1 by construction): the edge is then judged by the other end only, as in the paper's
 * treatment of degree-one nodes.
 *
 * <p>Hand-written: JGraphT has no backbone extraction, and the filter is one pass over the edge list.
 */
public final class DisparityFilter {
    private DisparityFilter() {}

    /** Per edge, the smaller of the two ends' probabilities (1 where neither end gives evidence). */
    public static double[] significance(int n, int[] from, int[] to, double[] weight) {
        double[] strength = new double[n];
        int[] degree = new int[n];
        for (int e = 0; e < from.length; e++) {
            strength[from[e]] += weight[e]; strength[to[e]] += weight[e];
            degree[from[e]]++; degree[to[e]]++;
        }
        double[] out = new double[from.length];
        for (int e = 0; e < from.length; e++) {
            out[e] = Math.min(endAlpha(weight[e], strength[from[e]], degree[from[e]]), endAlpha(weight[e], strength[to[e]], degree[to[e]]));
        }
        return out;
    }

    /** Which edges the backbone keeps at the given significance level. */
    public static boolean[] keep(int n, int[] from, int[] to, double[] weight, double alpha) {
        if (!(alpha > 0 && alpha <= 1)) throw new IllegalArgumentException("alpha must be in (0, 1], not " + alpha);
        double[] s = significance(n, from, to, weight);
        boolean[] out = new boolean[s.length];
        for (int e = 0; e < s.length; e++) out[e] = s[e] < alpha || alpha == 1;
        return out;
    }

    static double endAlpha(double w, double strength, int degree) {
        if (degree <= 1 || strength <= 0) return 1;
        return Math.pow(1 - w / strength, degree - 1);
    }
}
