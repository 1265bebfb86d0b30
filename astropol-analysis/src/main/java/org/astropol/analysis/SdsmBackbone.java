package org.astropol.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The backbone of a bipartite projection under the stochastic degree sequence model (SDSM; Neal 2014, Social
 * Networks 39:84), estimated as the bipartite configuration model (BiCM; Saracco et al. 2015, Sci. Rep. 5:10595;
 * Saracco et al. 2017, New J. Phys. 19:053022), the estimator Neal, Domagalski and Sagan (2021, Sci. Rep. 11:23929)
 * found fastest and most accurate.
 *
 * <p>The data are an incidence of actors (rows) and records (columns: groups, instruments, partnerships); the
 * projection ties two actors by the number of records they share. The null model draws every cell independently,
 * {@code P(i in k) = x_i y_k / (1 + x_i y_k)}, with x and y chosen so that every actor's expected number of records
 * and every record's expected number of actors equal the observed ones (both degree sequences fixed in expectation,
 * the maximum-entropy such model). Under it the number of records two actors share is a sum of independent Bernoulli
 * draws with probabilities {@code P(i in k) P(j in k)}, a Poisson-binomial variable; a pair's p-value is the chance
 * of sharing at least as many records as they do (upper tail only: the backbone keeps ties, it does not look for
 * avoidance).
 *
 * <p>Hand-written: no Maven Central library fits the BiCM or computes Poisson-binomial tails (the R package
 * backbone and the Python bicm package are the references); actors with the same degree and records with the same
 * size share their parameters, which keeps the fit and the tails small however many records there are.
 */
public final class SdsmBackbone {
    private SdsmBackbone() {}

    /** Largest acceptable gap between a fitted expected degree and the observed one. */
    static final double TOLERANCE = 1e-12;
    static final int MAX_ITERATIONS = 20_000;

    /**
     * The fitted model: {@code probability[a][b]} for an actor of degree class a in a record of size class b; the
     * classes' observed degrees and sizes, how many records each size class has, and the largest gap left between
     * expected and observed degrees.
     */
    public record Fit(int[] rowDegrees, int[] columnSizes, int[] columnCount, double[][] probability, double residual, int iterations) {
        /** The probability that an actor of degree {@code rowDegree} belongs to a record of size class b. */
        double p(int rowClass, int columnClass) { return probability[rowClass][columnClass]; }
    }

    /**
     * Fits the BiCM to an incidence of {@code rows} actors given as each column's member rows (a row at most once per
     * column). Rows in no column and columns with no row are allowed (probability 0); a column holding every row, or
     * a row in every column, has probability 1, as its degree allows nothing else.
     */
    public static Fit fit(int rows, int[][] columns) {
        int[] rowDegree = new int[rows];
        for (int[] c : columns) for (int r : c) rowDegree[r]++;
        int[] rowClasses = Arrays.stream(rowDegree).distinct().sorted().toArray();
        int[] columnClasses = Arrays.stream(columns).mapToInt(c -> c.length).distinct().sorted().toArray();
        int[] rowCount = new int[rowClasses.length], columnCount = new int[columnClasses.length];
        for (int d : rowDegree) rowCount[Arrays.binarySearch(rowClasses, d)]++;
        for (int[] c : columns) columnCount[Arrays.binarySearch(columnClasses, c.length)]++;
        int nRows = rows, nColumns = columns.length;
        double[][] p = new double[rowClasses.length][columnClasses.length];

        // Classes whose degree forces their cells: empty (0) or full (every row, every column). A full class is
        // fixed at 1 and taken out, which lowers the others' degrees; repeat until nothing more is forced.
        boolean[] rowFixed = new boolean[rowClasses.length], columnFixed = new boolean[columnClasses.length];
        double[] rowLeft = new double[rowClasses.length], columnLeft = new double[columnClasses.length];
        for (int a = 0; a < rowClasses.length; a++) rowLeft[a] = rowClasses[a];
        for (int b = 0; b < columnClasses.length; b++) columnLeft[b] = columnClasses[b];
        int rowsLeft = nRows, columnsLeft = nColumns;
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int b = 0; b < columnClasses.length; b++) {
                if (columnFixed[b]) continue;
                if (columnLeft[b] <= 0 || columnLeft[b] >= rowsLeft) {
                    double v = columnLeft[b] <= 0 ? 0 : 1;
                    columnFixed[b] = true; changed = true; columnsLeft -= columnCount[b];
                    for (int a = 0; a < rowClasses.length; a++) if (!rowFixed[a]) { p[a][b] = v; rowLeft[a] -= v * columnCount[b]; }
                }
            }
            for (int a = 0; a < rowClasses.length; a++) {
                if (rowFixed[a]) continue;
                if (rowLeft[a] <= 0 || rowLeft[a] >= columnsLeft) {
                    double v = rowLeft[a] <= 0 ? 0 : 1;
                    rowFixed[a] = true; changed = true; rowsLeft -= rowCount[a];
                    for (int b = 0; b < columnClasses.length; b++) if (!columnFixed[b]) { p[a][b] = v; columnLeft[b] -= v * rowCount[a]; }
                }
            }
        }

        // The rest: the fixed-point iteration of the BiCM's likelihood equations (Vallarano et al. 2021, Sci. Rep.
        // 11:15227), on the classes weighted by their sizes; x and y start at degree / sqrt(number of memberships).
        double edges = 0;
        for (int a = 0; a < rowClasses.length; a++) if (!rowFixed[a]) edges += rowLeft[a] * rowCount[a];
        double[] x = new double[rowClasses.length], y = new double[columnClasses.length];
        double scale = Math.sqrt(Math.max(edges, 1));
        for (int a = 0; a < x.length; a++) x[a] = rowFixed[a] ? 0 : rowLeft[a] / scale;
        for (int b = 0; b < y.length; b++) y[b] = columnFixed[b] ? 0 : columnLeft[b] / scale;
        double residual = 0;
        int it = 0;
        for (; it < MAX_ITERATIONS; it++) {
            for (int a = 0; a < x.length; a++) {
                if (rowFixed[a]) continue;
                double s = 0;
                for (int b = 0; b < y.length; b++) if (!columnFixed[b]) s += columnCount[b] * y[b] / (1 + x[a] * y[b]);
                x[a] = rowLeft[a] / s;
            }
            for (int b = 0; b < y.length; b++) {
                if (columnFixed[b]) continue;
                double s = 0;
                for (int a = 0; a < x.length; a++) if (!rowFixed[a]) s += rowCount[a] * x[a] / (1 + x[a] * y[b]);
                y[b] = columnLeft[b] / s;
            }
            // after the y step the column degrees hold exactly; the rows' gap says whether it has converged
            residual = 0;
            for (int a = 0; a < x.length; a++) {
                if (rowFixed[a]) continue;
                double s = 0;
                for (int b = 0; b < y.length; b++) if (!columnFixed[b]) s += columnCount[b] * x[a] * y[b] / (1 + x[a] * y[b]);
                residual = Math.max(residual, Math.abs(s - rowLeft[a]));
            }
            if (residual < TOLERANCE) break;
        }
        for (int a = 0; a < x.length; a++) {
            if (rowFixed[a]) continue;
            for (int b = 0; b < y.length; b++) if (!columnFixed[b]) p[a][b] = x[a] * y[b] / (1 + x[a] * y[b]);
        }
        return new Fit(rowClasses, columnClasses, columnCount, p, residual, it);
    }

    /**
     * P(X &ge; observed) for X the sum of independent Bernoulli draws, {@code count[b]} of them with probability
     * {@code q[b]}. Summed up from below without subtraction (the mass that reaches {@code observed} is absorbed), so
     * small p-values keep their precision.
     */
    static double upperTail(double[] q, int[] count, int observed) {
        if (observed <= 0) return 1;
        double[] dist = new double[observed + 1];   // dist[s] = P(sum = s) for s < observed; dist[observed] = P(sum >= observed)
        dist[0] = 1;
        for (int b = 0; b < q.length; b++) {
            double pb = q[b];
            if (pb <= 0) continue;
            for (int c = 0; c < count[b]; c++) {
                dist[observed] += dist[observed - 1] * pb;
                for (int s = observed - 1; s >= 1; s--) dist[s] = dist[s] * (1 - pb) + dist[s - 1] * pb;
                dist[0] *= 1 - pb;
            }
        }
        return Math.min(1, dist[observed]);
    }

    /**
     * The upper-tail p-value of every pair (from[e], to[e]) of rows: the chance, under the fitted model, that the two
     * rows share at least as many columns as they do. Pairs alike in both degrees and shared count share the answer.
     */
    public static double[] pValues(int rows, int[][] columns, int[] from, int[] to) {
        Fit fit = fit(rows, columns);
        int[] rowDegree = new int[rows];
        for (int[] c : columns) for (int r : c) rowDegree[r]++;
        // shared columns per pair, from each row's sorted column list
        int[][] memberships = new int[rows][];
        int[] fill = new int[rows];
        for (int r = 0; r < rows; r++) memberships[r] = new int[rowDegree[r]];
        for (int k = 0; k < columns.length; k++) for (int r : columns[k]) memberships[r][fill[r]++] = k;
        Map<Long, Double> memo = new HashMap<>();
        double[] out = new double[from.length];
        for (int e = 0; e < from.length; e++) {
            int shared = intersection(memberships[from[e]], memberships[to[e]]);
            int a = Arrays.binarySearch(fit.rowDegrees(), rowDegree[from[e]]), b = Arrays.binarySearch(fit.rowDegrees(), rowDegree[to[e]]);
            int lo = Math.min(a, b), hi = Math.max(a, b);
            long key = ((long) lo * 100_003L + hi) * 1_000_003L + shared;
            out[e] = memo.computeIfAbsent(key, k -> {
                double[] q = new double[fit.columnSizes().length];
                for (int c = 0; c < q.length; c++) q[c] = fit.p(lo, c) * fit.p(hi, c);
                return upperTail(q, fit.columnCount(), shared);
            });
        }
        return out;
    }

    private static int intersection(int[] a, int[] b) {
        int i = 0, j = 0, n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) { n++; i++; j++; } else if (a[i] < b[j]) i++; else j++;
        }
        return n;
    }

    /** The multiple-testing corrections a backbone can use. */
    public enum Correction {
        /** Holm-Bonferroni step-down: the family-wise error rate is at most alpha. */
        HOLM("holm", "Holm-Bonferroni (family-wise error)"),
        /** Benjamini-Hochberg step-up: the false discovery rate is at most alpha. */
        FDR("fdr", "Benjamini-Hochberg (false discovery rate)"),
        /** Each pair on its own at alpha. */
        NONE("none", "none (each pair at alpha)");

        public final String key, label;
        Correction(String key, String label) { this.key = key; this.label = label; }

        public static Correction of(String key) {
            for (Correction c : values()) if (c.key.equals(key)) return c;
            throw new IllegalArgumentException("correction: expected holm, fdr or none, not '" + key + "'");
        }
    }

    /**
     * Which p-values are significant at {@code alpha} among {@code tests} hypotheses under the correction; the
     * p-values given are those of the tested pairs that can be significant, every other hypothesis counting with
     * p = 1 (a pair sharing nothing cannot be significant, but it was tested all the same).
     */
    public static boolean[] significant(double[] p, int tests, double alpha, Correction correction) {
        if (!(alpha > 0 && alpha <= 1)) throw new IllegalArgumentException("alpha must be in (0, 1], not " + alpha);
        if (tests < p.length) throw new IllegalArgumentException("tests (" + tests + ") fewer than p-values (" + p.length + ")");
        boolean[] out = new boolean[p.length];
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < p.length; i++) order[i] = i;
        Arrays.sort(order, (i, j) -> Double.compare(p[i], p[j]));
        switch (correction) {
            case NONE -> { for (int i = 0; i < p.length; i++) out[i] = p[i] <= alpha; }
            case HOLM -> {
                for (int r = 0; r < p.length; r++) {
                    if (p[order[r]] > alpha / (tests - r)) break;
                    out[order[r]] = true;
                }
            }
            case FDR -> {
                int last = -1;
                for (int r = 0; r < p.length; r++) if (p[order[r]] <= alpha * (r + 1) / tests) last = r;
                for (int r = 0; r <= last; r++) out[order[r]] = true;
            }
        }
        return out;
    }
}
