package org.astropol.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * UN voting alignment after Voeten: votes coded yes = 1, abstain = 2, no = 3; roll calls where every recorded vote is
 * the same are dropped; the agreement of two states on a roll call both voted in is 1 - |v_i - v_j| / 2, and their
 * score is the mean over those roll calls (in [0, 1]; null when they share none). Ideal points: a one-dimensional
 * classical scaling (Torgerson MDS) of the distance 1 - agreement between every pair, a simple stand-in for the
 * Bailey-Strezhnev-Voeten IRT model; the sign is fixed so that the anchor state (a parameter; USA by default, the
 * first state when the anchor is not among them) lies on the positive side. {@link #bootstrap} adds percentile
 * intervals by resampling roll calls.
 */
public final class Alignment {
    private Alignment() {}

    public record Pair(String a, String b, String topic, int votes, Double score) {}

    public record Matrix(String topic, String asOf, List<String> states, List<Pair> pairs, Map<String, Double> idealPoints) {}

    static int code(String vote) {
        return switch (vote) {
            case "yes" -> 1;
            case "abstain" -> 2;
            case "no" -> 3;
            default -> throw new IllegalArgumentException("unknown vote '" + vote + "' (expected yes, no or abstain)");
        };
    }

    /** roll call -> state -> code, after topic and date filters, unanimous roll calls dropped. */
    static Map<String, Map<String, Integer>> rollCalls(VoteRecords records, String topic, LocalDate asOf) {
        Map<String, Map<String, Integer>> rc = new TreeMap<>();
        for (VoteRecords.Vote v : records.votes()) {
            if (topic != null && !topic.equals(v.topic())) continue;
            if (asOf != null && v.date() != null && v.date().isAfter(asOf)) continue;
            if (!Set.of("yes", "no", "abstain").contains(v.vote())) continue;
            rc.computeIfAbsent(v.rollCall(), k -> new HashMap<>()).put(v.state(), code(v.vote()));
        }
        rc.values().removeIf(m -> m.values().stream().distinct().count() < 2);
        return rc;
    }

    public static Pair pair(VoteRecords records, String a, String b, String topic, LocalDate asOf) {
        return pair(rollCalls(records, topic, asOf), a, b, topic);
    }

    static Pair pair(Map<String, Map<String, Integer>> rc, String a, String b, String topic) {
        double sum = 0;
        int n = 0;
        for (Map<String, Integer> m : rc.values()) {
            Integer va = m.get(a), vb = m.get(b);
            if (va == null || vb == null) continue;
            sum += 1 - Math.abs(va - vb) / 2.0;
            n++;
        }
        return new Pair(a, b, topic, n, n == 0 ? null : CooperationNetwork.round(sum / n));
    }

    /** One roll call behind a pair's score: its id (rcid), date, both votes and their agreement. */
    public record Shared(String rollCall, String date, String voteA, String voteB, double agreement) {}

    /** The roll calls a pair's score averages (for --explain), in roll-call order. */
    public static List<Shared> explain(VoteRecords records, String a, String b, String topic, LocalDate asOf) {
        Map<String, LocalDate> dates = new HashMap<>();
        for (VoteRecords.Vote v : records.votes()) if (v.date() != null) dates.putIfAbsent(v.rollCall(), v.date());
        String[] names = {null, "yes", "abstain", "no"};
        List<Shared> out = new ArrayList<>();
        for (var e : rollCalls(records, topic, asOf).entrySet()) {
            Integer va = e.getValue().get(a), vb = e.getValue().get(b);
            if (va == null || vb == null) continue;
            LocalDate d = dates.get(e.getKey());
            out.add(new Shared(e.getKey(), d == null ? null : d.toString(), names[va], names[vb], 1 - Math.abs(va - vb) / 2.0));
        }
        out.sort(java.util.Comparator.comparing(Shared::date, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(Shared::rollCall));
        return out;
    }

    public record YearScore(int year, int votes, Double score) {}

    /** The pair's agreement per calendar year of the roll calls (years without a shared roll call left out). */
    public static List<YearScore> overTime(VoteRecords records, String a, String b, String topic, LocalDate asOf) {
        Map<Integer, double[]> byYear = new TreeMap<>();
        Map<String, LocalDate> dates = new HashMap<>();
        for (VoteRecords.Vote v : records.votes()) if (v.date() != null) dates.putIfAbsent(v.rollCall(), v.date());
        for (var e : rollCalls(records, topic, asOf).entrySet()) {
            Integer va = e.getValue().get(a), vb = e.getValue().get(b);
            LocalDate d = dates.get(e.getKey());
            if (va == null || vb == null || d == null) continue;
            double[] acc = byYear.computeIfAbsent(d.getYear(), y -> new double[2]);
            acc[0] += 1 - Math.abs(va - vb) / 2.0;
            acc[1]++;
        }
        List<YearScore> out = new ArrayList<>();
        byYear.forEach((y, acc) -> out.add(new YearScore(y, (int) acc[1], CooperationNetwork.round(acc[0] / acc[1]))));
        return out;
    }

    /** Every pair of the given states (all voting states when empty) and their ideal points (USA positive when present). */
    public static Matrix matrix(VoteRecords records, List<String> states, String topic, LocalDate asOf) {
        return matrix(rollCalls(records, topic, asOf), states, topic, asOf, "USA");
    }

    /** As {@link #matrix(VoteRecords, List, String, LocalDate)} with the anchor state whose ideal point is made positive. */
    public static Matrix matrix(VoteRecords records, List<String> states, String topic, LocalDate asOf, String anchor) {
        return matrix(rollCalls(records, topic, asOf), states, topic, asOf, anchor);
    }

    /** One-dimensional ideal points with a percentile interval from resampling roll calls. */
    public record IdealPointInterval(String state, double point, double low, double high) {}

    /**
     * Bootstrap intervals of the ideal points: {@code replicates} resamples of the roll calls (with replacement, same
     * number), each scaled as {@link #matrix} does with the sign fixed by {@code anchor}; the interval is the 2.5th and
     * 97.5th percentile of a state's replicates. Seeded, so the same call gives the same intervals.
     */
    public static List<IdealPointInterval> bootstrap(VoteRecords records, List<String> states, String topic, LocalDate asOf, String anchor, int replicates, long seed) {
        var rc = rollCalls(records, topic, asOf);
        Matrix full = matrix(rc, states, topic, asOf, anchor);
        List<Map<String, Integer>> calls = new ArrayList<>(rc.values());
        java.util.Random random = new java.util.Random(seed);
        Map<String, double[]> draws = new LinkedHashMap<>();
        for (String st : full.states()) draws.put(st, new double[replicates]);
        for (int r = 0; r < replicates; r++) {
            Map<String, Map<String, Integer>> sample = new TreeMap<>();
            for (int i = 0; i < calls.size(); i++) sample.put(i + "/" + r, calls.get(random.nextInt(calls.size())));
            Matrix m = matrix(sample, full.states(), topic, asOf, anchor);
            for (String st : full.states()) { Double x = m.idealPoints().get(st); draws.get(st)[r] = x == null ? Double.NaN : x; }
        }
        List<IdealPointInterval> out = new ArrayList<>();
        for (var e : draws.entrySet()) {
            double[] d = Arrays.stream(e.getValue()).filter(v -> !Double.isNaN(v)).sorted().toArray();
            Double point = full.idealPoints().get(e.getKey());
            if (d.length == 0 || point == null) continue;
            out.add(new IdealPointInterval(e.getKey(), point, CooperationNetwork.round(d[(int) Math.floor(0.025 * (d.length - 1))]),
                    CooperationNetwork.round(d[(int) Math.ceil(0.975 * (d.length - 1))])));
        }
        return out;
    }

    static Matrix matrix(Map<String, Map<String, Integer>> rc, List<String> states, String topic, LocalDate asOf, String anchorState) {
        List<String> ids = new ArrayList<>();
        if (states == null || states.isEmpty()) {
            Set<String> all = new TreeSet<>();
            rc.values().forEach(m -> all.addAll(m.keySet()));
            ids.addAll(all);
        } else ids.addAll(states);
        List<Pair> pairs = new ArrayList<>();
        int n = ids.size();
        double[][] d2 = new double[n][n];
        // codes[state][roll call]: 0 = no vote; flat arrays keep the n^2/2 x roll-call loop tight
        int rcs = rc.size();
        int[][] codes = new int[n][rcs];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) index.put(ids.get(i), i);
        int k = 0;
        for (Map<String, Integer> m : rc.values()) {
            for (var e : m.entrySet()) { Integer i = index.get(e.getKey()); if (i != null) codes[i][k] = e.getValue(); }
            k++;
        }
        for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) {
            int[] ci = codes[i], cj = codes[j];
            double sum = 0;
            int votes = 0;
            for (int r = 0; r < rcs; r++) {
                int va = ci[r], vb = cj[r];
                if (va == 0 || vb == 0) continue;
                sum += 1 - Math.abs(va - vb) / 2.0;
                votes++;
            }
            Double score = votes == 0 ? null : CooperationNetwork.round(sum / votes);
            pairs.add(new Pair(ids.get(i), ids.get(j), topic, votes, score));
            double dist = score == null ? 0.5 : 1 - score;   // no shared vote: treated as half-way
            d2[i][j] = d2[j][i] = dist * dist;
        }
        double[] x = scale(d2);
        int anchor = anchorState != null && ids.contains(anchorState) ? ids.indexOf(anchorState) : 0;
        if (n > 0 && x[anchor] < 0) for (int i = 0; i < n; i++) x[i] = -x[i];
        Map<String, Double> ideal = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) ideal.put(ids.get(i), CooperationNetwork.round(x[i]));
        return new Matrix(topic, asOf == null ? null : asOf.toString(), ids, pairs, ideal);
    }

    /** Power iteration on B + shift I, kept orthogonal to the constant vector; returns the unit vector and, at index n, its eigenvalue (of B + shift I). */
    private static double[] power(double[][] bm, double shift, double[] start) {
        int n = bm.length;
        double[] x = start.clone();
        double norm0 = Math.sqrt(Arrays.stream(x).map(v -> v * v).sum());
        for (int i = 0; i < n; i++) x[i] /= norm0;
        double lambda = 0;
        double[] y = new double[n];
        for (int it = 0; it < 10000; it++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                double acc = shift * x[i];
                double[] row = bm[i];
                for (int j = 0; j < n; j++) acc += row[j] * x[j];
                y[i] = acc;
                mean += acc;
            }
            mean /= n;
            double rq = 0, norm = 0;
            for (int i = 0; i < n; i++) { y[i] -= mean; rq += y[i] * x[i]; norm += y[i] * y[i]; }
            norm = Math.sqrt(norm);
            if (norm == 0) { double[] out = new double[n + 1]; return out; }
            double diff = 0;
            for (int i = 0; i < n; i++) {
                double v = y[i] / norm;
                if (rq < 0) v = -v;   // a negative eigenvalue flips the sign every step: compare like with like
                diff += Math.abs(v - x[i]);
                x[i] = v;
            }
            lambda = rq;
            if (diff < 1e-12) break;
        }
        double[] out = Arrays.copyOf(x, n + 1);
        out[n] = lambda;
        return out;
    }

    /** Classical MDS in one dimension: the leading eigenvector of the double-centred squared distances, scaled by sqrt(eigenvalue). */
    static double[] scale(double[][] d2) {
        int n = d2.length;
        double[] x = new double[n];
        if (n < 2) return x;
        double[] row = new double[n];
        double all = 0;
        for (int i = 0; i < n; i++) { for (int j = 0; j < n; j++) row[i] += d2[i][j]; all += row[i]; row[i] /= n; }
        all /= (double) n * n;
        double[][] bm = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) bm[i][j] = -0.5 * (d2[i][j] - row[i] - row[j] + all);
        // The largest algebraic eigenvalue of B: power iteration finds the one of largest magnitude; when that one is
        // negative (strongly non-Euclidean distances), iterate again on B + |lambda| I, whose top is B's largest.
        double[] start = new double[n];
        for (int i = 0; i < n; i++) start[i] = i - (n - 1) / 2.0 + 0.1 * Math.sin(i + 1);
        double[] res = power(bm, 0, start);
        double lambda = res[n];
        if (lambda < 0) { res = power(bm, -lambda, start); lambda = res[n] + lambda; }
        x = java.util.Arrays.copyOf(res, n);
        double s = Math.sqrt(Math.max(lambda, 0));
        for (int i = 0; i < n; i++) x[i] *= s;
        return x;
    }
}
