package org.astropol.analysis;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Communities as a consensus over repeated runs (Lancichinetti and Fortunato 2012): each run is a partition found
 * with its own random draws (in the network: weights drawn anew, Louvain visiting the nodes in a new random order);
 * the share of runs that put two nodes together is their co-assignment. The consensus partition is Louvain's partition (index order) of the graph whose edges join the
 * pairs put together in at least half of the runs, weighted by that share. A node's confidence is the share of runs
 * whose community for it maps (by largest overlap) to its consensus community. Seeded: the same seed gives the same
 * answer.
 */
public final class ConsensusCommunities {
    private ConsensusCommunities() {}

    /** One run: a partition (community index per node) found with the given random source. */
    public interface Run { int[] partition(SplittableRandom random); }

    /** Louvain runs on a fixed edge list, with the weights of each run drawn by {@code weights}. */
    public static Run louvain(int n, int[] from, int[] to, java.util.function.Function<SplittableRandom, double[]> weights) {
        return random -> WeightedGraph.of(n, from, to, weights.apply(random)).louvain(random);
    }

    /** community per node (0.. by lowest node index), confidence per node in [0, 1], and the number of runs. */
    public record Result(int[] community, double[] confidence, int runs) {
        public int communities() { return Arrays.stream(community).max().orElse(-1) + 1; }
    }

    public static Result of(int n, Run run, int runs, long seed) {
        if (runs < 1) throw new IllegalArgumentException("runs must be at least 1, not " + runs);
        int[][] assignments = new int[runs][];
        int[] together = new int[n * n];
        for (int r = 0; r < runs; r++) {
            SplittableRandom random = new SplittableRandom(seed + 7919L * r);
            int[] c = run.partition(random);
            assignments[r] = c;
            for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) if (c[i] == c[j]) together[i * n + j]++;
        }
        int pairs = 0;
        for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) if (2 * together[i * n + j] >= runs) pairs++;
        int[] f = new int[pairs], t = new int[pairs];
        double[] w = new double[pairs];
        int k = 0;
        for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) {
            if (2 * together[i * n + j] >= runs) { f[k] = i; t[k] = j; w[k++] = together[i * n + j] / (double) runs; }
        }
        int[] consensus = WeightedGraph.of(n, f, t, w).louvain();
        return new Result(consensus, confidence(consensus, assignments), runs);
    }

    /** For each node, the share of runs whose community for it overlaps its consensus community most. */
    static double[] confidence(int[] consensus, int[][] assignments) {
        int n = consensus.length;
        int kc = Arrays.stream(consensus).max().orElse(-1) + 1;
        double[] agree = new double[n];
        for (int[] run : assignments) {
            int kr = Arrays.stream(run).max().orElse(-1) + 1;
            int[] overlap = new int[kr * Math.max(kc, 1)];
            for (int i = 0; i < n; i++) overlap[run[i] * kc + consensus[i]]++;
            int[] best = new int[kr];
            for (int c = 0; c < kr; c++) {
                int b = 0;
                for (int d = 1; d < kc; d++) if (overlap[c * kc + d] > overlap[c * kc + b]) b = d;
                best[c] = b;
            }
            for (int i = 0; i < n; i++) if (best[run[i]] == consensus[i]) agree[i]++;
        }
        for (int i = 0; i < n; i++) agree[i] /= assignments.length;
        return agree;
    }
}
