package org.astropol.analysis;

import org.astropol.model.PartialDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Chronology of a timeline (usually a dyad's) in numbers: entries and agreements per period, and a segmentation
 * into phases.
 *
 * <p>Method: the yearly count of timeline entries, from the year of the first entry to the end year, is cut into
 * segments by exact optimal partitioning (Jackson et al. 2005; the series is short, so no pruning is needed) under a
 * Poisson cost: each segment costs its negative log-likelihood at its own mean rate, each segment adds a penalty
 * {@code penalty}, and no segment is shorter than {@code minYears}. Why not breaks at gaps: the record is sparse
 * and a gap rule cannot see a rise in activity (1992 for Russia and China) inside a run of years with entries; why a
 * low penalty (1.0) rather than BIC (ln n, about 4.3 for 77 years): with a few entries a year, BIC only separates
 * "before" and "after" the largest rise; the minimum length keeps the low penalty from cutting single busy years.
 * Each phase is labelled by its rate against the whole series' rate: {@code dormant} (no entry), {@code low}
 * (below half), {@code high} (above 1.5 times), else {@code medium}.
 */
public final class Phases {
    private Phases() {}

    /** Entry kinds counted as agreements: agreement partnerships, signings, and actions on instruments. */
    public static final Set<String> AGREEMENT_KINDS = Set.of("agreement", "signing", "party");

    public record Span(int from, int to, int entries, int agreements, double ratePerYear, String level, List<String> records) {}

    public record Result(List<String> ids, int periodYears, double penalty, int minYears, List<Span> periods, List<Span> phases) {}

    public static Result of(Timeline.Result t, int endYear, int periodYears, double penalty, int minYears) {
        if (periodYears < 1) throw new IllegalArgumentException("--period must be at least 1 year, got " + periodYears);
        if (minYears < 1) throw new IllegalArgumentException("--min-years must be at least 1, got " + minYears);
        if (penalty < 0) throw new IllegalArgumentException("--penalty must not be negative, got " + penalty);
        List<Timeline.Entry> entries = t.events().stream().filter(e -> year(e) <= endYear).toList();
        if (entries.isEmpty()) return new Result(t.ids(), periodYears, penalty, minYears, List.of(), List.of());
        int y0 = entries.stream().mapToInt(Phases::year).min().orElseThrow();
        int n = endYear - y0 + 1;
        int[] count = new int[n];
        for (Timeline.Entry e : entries) count[year(e) - y0]++;
        double overall = (double) entries.size() / n;

        List<Span> periods = new ArrayList<>();
        int p0 = Math.floorDiv(y0, periodYears) * periodYears;
        for (int from = p0; from <= endYear; from += periodYears) periods.add(span(entries, from, Math.min(from + periodYears - 1, endYear), overall));

        List<Span> phases = new ArrayList<>();
        for (int[] seg : segment(count, penalty, Math.min(minYears, n))) phases.add(span(entries, y0 + seg[0], y0 + seg[1] - 1, overall));
        return new Result(t.ids(), periodYears, penalty, minYears, periods, phases);
    }

    static int year(Timeline.Entry e) { return PartialDate.parse(e.date()).earliest().getYear(); }

    private static Span span(List<Timeline.Entry> entries, int from, int to, double overall) {
        int n = 0, agreements = 0;
        List<String> records = new ArrayList<>();
        for (Timeline.Entry e : entries) {
            int y = year(e);
            if (y < from || y > to) continue;
            n++;
            if (AGREEMENT_KINDS.contains(e.kind())) agreements++;
            records.add(e.record());
        }
        double rate = (double) n / (to - from + 1);
        String level = n == 0 ? "dormant" : rate < overall / 2 ? "low" : rate > overall * 1.5 ? "high" : "medium";
        return new Span(from, to, n, agreements, CooperationNetwork.round(rate), level, records);
    }

    /** Optimal partition of the series into segments [start, end) of at least minLen, Poisson cost plus penalty per segment. */
    static List<int[]> segment(int[] count, double penalty, int minLen) {
        int n = count.length;
        long[] pre = new long[n + 1];
        for (int i = 0; i < n; i++) pre[i + 1] = pre[i] + count[i];
        double[] best = new double[n + 1];
        int[] back = new int[n + 1];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        for (int j = minLen; j <= n; j++) {
            for (int i = 0; i <= j - minLen; i++) {
                if (i > 0 && i < minLen) continue;
                if (best[i] == Double.POSITIVE_INFINITY) continue;
                double v = best[i] + cost(pre, i, j) + penalty;
                if (v < best[j] - 1e-12) { best[j] = v; back[j] = i; }
            }
        }
        List<int[]> segs = new ArrayList<>();
        for (int j = n; j > 0; j = back[j]) segs.add(0, new int[]{back[j], j});
        return segs;
    }

    /** Negative Poisson log-likelihood of counts[i, j) at their mean (constant terms dropped). */
    private static double cost(long[] pre, int i, int j) {
        double s = pre[j] - pre[i], len = j - i;
        if (s == 0) return 0;
        double lambda = s / len;
        return -(s * Math.log(lambda) - len * lambda);
    }
}
