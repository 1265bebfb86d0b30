package org.astropol.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * Jenks natural breaks (Fisher's exact optimal partition of sorted values into k classes minimising the within-class
 * sum of squared deviations), by dynamic programming in O(k n^2). Written by hand: no Maven Central library we
 * already use offers it, and for a few hundred states the exact method is instant.
 */
public final class NaturalBreaks {
    private NaturalBreaks() {}

    /**
     * Tier per value, 1 = the class with the highest values. At most {@code k} classes and never more than the number
     * of distinct values. {@code breaks} receives each tier's lowest value, tier 1 first.
     */
    public static int[] tiers(double[] values, int k, List<Double> breaks) {
        int n = values.length;
        int[] out = new int[n];
        if (n == 0) return out;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int distinct = (int) Arrays.stream(sorted).distinct().count();
        k = Math.max(1, Math.min(k, distinct));
        // cost[i][j]: best cost of splitting sorted[0..j] into i+1 classes; cut[i][j] start index of the last class
        double[] pre = new double[n + 1], pre2 = new double[n + 1];
        for (int i = 0; i < n; i++) { pre[i + 1] = pre[i] + sorted[i]; pre2[i + 1] = pre2[i] + sorted[i] * sorted[i]; }
        double[][] cost = new double[k][n];
        int[][] cut = new int[k][n];
        for (int j = 0; j < n; j++) cost[0][j] = ssd(pre, pre2, 0, j);
        for (int c = 1; c < k; c++) {
            for (int j = 0; j < n; j++) {
                cost[c][j] = Double.POSITIVE_INFINITY;
                for (int s = c; s <= j; s++) {
                    double v = cost[c - 1][s - 1] + ssd(pre, pre2, s, j);
                    if (v < cost[c][j] - 1e-12) { cost[c][j] = v; cut[c][j] = s; }
                }
            }
        }
        double[] lower = new double[k];   // lowest value of each class, ascending classes
        int j = n - 1;
        for (int c = k - 1; c >= 0; c--) {
            int s = c == 0 ? 0 : cut[c][j];
            lower[c] = sorted[s];
            j = s - 1;
        }
        for (int c = k - 1; c >= 0; c--) breaks.add(lower[c]);
        for (int i = 0; i < n; i++) {
            int cls = 0;
            for (int c = 0; c < k; c++) if (values[i] >= lower[c]) cls = c;
            out[i] = k - cls;
        }
        return out;
    }

    private static double ssd(double[] pre, double[] pre2, int a, int b) {
        double cnt = b - a + 1, sum = pre[b + 1] - pre[a];
        return (pre2[b + 1] - pre2[a]) - sum * sum / cnt;
    }
}
