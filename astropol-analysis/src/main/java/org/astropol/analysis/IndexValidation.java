package org.astropol.analysis;

import org.astropol.model.KnowledgeBase;
import org.astropol.model.Statement;
import org.astropol.model.Value;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Compares the space-power index with published rankings (data/references/rankings.yaml: properties ending in
 * {@code -rank}, one edition per statement year): Spearman's rho between the index's scores on 31 December of the
 * edition's year and the edition's ranks, on the states both rank, with a bootstrap 95% interval (states resampled
 * with replacement, seeded), the range of rho under the index's weight draws, rho under each launch attribution, and
 * the states whose ranks differ most. Method: docs/analytics.md, "Validation".
 */
public final class IndexValidation {
    private IndexValidation() {}

    /** One edition of a published ranking: actor id -> rank, with the statements read. */
    public record Reference(String property, int year, Map<String, Integer> ranks, List<Ties.Trace> records) {
        public String name() { return property.replaceAll("-rank$", "") + " " + year; }
    }

    public record Disagreement(String id, int indexRank, int referenceRank) {}

    /**
     * @param n            states both rank
     * @param ci           bootstrap 95% percentile interval of rho
     * @param weightDraws  2.5th and 97.5th percentile of rho over the index's weight draws
     * @param byAttribution rho with each launch attribution (provider-parent, vehicle-state, site-state)
     * @param notScored    actors of the reference the index does not rank (Futron's Europe, recorded on esa, is no state)
     */
    public record Outcome(String reference, int year, String asOf, int n, double rho, double[] ci, int bootstrap, double[] weightDraws,
                          Map<String, Double> byAttribution, List<Disagreement> disagreements, List<String> notScored, List<Ties.Trace> records) {}

    /** Every edition found in the data, ordered by property then year. */
    public static List<Reference> references(KnowledgeBase kb) {
        Map<String, Map<Integer, Map<String, Integer>>> ranks = new TreeMap<>();
        Map<String, Map<Integer, List<Ties.Trace>>> records = new HashMap<>();
        for (Statement st : kb.statements()) {
            if (!st.property().endsWith("-rank") || !(st.value() instanceof Value.Quantity q) || q.year() == null) continue;
            ranks.computeIfAbsent(st.property(), k -> new TreeMap<>()).computeIfAbsent(q.year(), k -> new TreeMap<>()).put(st.subject(), q.amount().intValue());
            records.computeIfAbsent(st.property(), k -> new HashMap<>()).computeIfAbsent(q.year(), k -> new ArrayList<>()).add(new Ties.Trace(st.id(), st.origin().toString()));
        }
        List<Reference> out = new ArrayList<>();
        for (var p : ranks.entrySet()) for (var y : p.getValue().entrySet()) out.add(new Reference(p.getKey(), y.getKey(), y.getValue(), records.get(p.getKey()).get(y.getKey())));
        return out;
    }

    public static Outcome validate(KnowledgeBase kb, SpacePowerIndex.Config cfg, Reference ref, int bootstrap, long seed) {
        LocalDate asOf = LocalDate.of(ref.year(), 12, 31);
        SpacePowerIndex.Result main = SpacePowerIndex.of(kb, asOf, cfg);
        Map<String, SpacePowerIndex.State> byId = new HashMap<>();
        for (var s : main.states()) byId.put(s.id(), s);
        List<String> common = new ArrayList<>(), notScored = new ArrayList<>();
        for (String id : ref.ranks().keySet()) (byId.containsKey(id) ? common : notScored).add(id);
        int n = common.size();
        double[] refScore = new double[n], score = new double[n];
        for (int i = 0; i < n; i++) { refScore[i] = -ref.ranks().get(common.get(i)); score[i] = byId.get(common.get(i)).score(); }
        double rho = spearman(score, refScore);

        double[] boot = new double[bootstrap];
        int valid = 0;
        Random rnd = new Random(seed);
        for (int b = 0; b < bootstrap; b++) {
            double[] x = new double[n], y = new double[n];
            for (int i = 0; i < n; i++) { int k = rnd.nextInt(n); x[i] = score[k]; y[i] = refScore[k]; }
            double r = spearman(x, y);
            if (!Double.isNaN(r)) boot[valid++] = r;
        }
        double[] ci = percentiles(Arrays.copyOf(boot, valid));

        // the index's own weight draws, rescored from the normalised indicators (missing ones renormalised away)
        double[] drawn = new double[cfg.sensitivityDraws()];
        Random wr = new Random(cfg.seed());
        for (int d = 0; d < drawn.length; d++) {
            Map<String, Double> w = new LinkedHashMap<>();
            for (String ind : SpacePowerIndex.INDICATORS) {
                double base = cfg.weights().getOrDefault(ind, 0.0);
                w.put(ind, base * (1 - cfg.sensitivitySpread() + 2 * cfg.sensitivitySpread() * wr.nextDouble()));
            }
            double[] s = new double[n];
            for (int i = 0; i < n; i++) s[i] = rescore(byId.get(common.get(i)), w);
            drawn[d] = spearman(s, refScore);
        }
        Map<String, Double> byAttribution = new LinkedHashMap<>();
        for (String a : List.of("provider-parent", "vehicle-state", "site-state")) {
            if (a.equals(cfg.launchAttribution())) { byAttribution.put(a, rho); continue; }
            var other = SpacePowerIndex.of(kb, asOf, cfg.withLaunchAttribution(a).withoutSensitivity());
            Map<String, Double> sc = new HashMap<>();
            for (var s : other.states()) sc.put(s.id(), s.score());
            double[] x = new double[n];
            for (int i = 0; i < n; i++) x[i] = sc.getOrDefault(common.get(i), 0.0);
            byAttribution.put(a, spearman(x, refScore));
        }
        // ranks within the common states, for the disagreements
        double[] ir = ranks(score), rr = ranks(refScore);
        List<Disagreement> dis = new ArrayList<>();
        for (int i = 0; i < n; i++) dis.add(new Disagreement(common.get(i), n + 1 - (int) Math.round(ir[i]), n + 1 - (int) Math.round(rr[i])));
        dis.sort(Comparator.comparingInt((Disagreement d) -> -Math.abs(d.indexRank() - d.referenceRank())).thenComparing(Disagreement::id));
        List<Disagreement> top = dis.stream().filter(d -> d.indexRank() != d.referenceRank()).limit(3).toList();
        return new Outcome(ref.name(), ref.year(), asOf.toString(), n, rho, ci, valid, percentiles(drawn), byAttribution, top, notScored, ref.records());
    }

    /** A state's score from its normalised indicators under other weights, renormalised over those it has. */
    static double rescore(SpacePowerIndex.State s, Map<String, Double> w) {
        double sum = 0, sw = 0;
        for (var ind : s.indicators()) {
            if (ind.missing()) continue;
            double wi = w.getOrDefault(ind.id(), 0.0);
            sum += wi * ind.normalised();
            sw += wi;
        }
        return sw <= 0 ? 0 : 100 * sum / sw;
    }

    /** Spearman's rho: Pearson's correlation of the average ranks (ties share their mean rank); NaN when a side is constant. */
    public static double spearman(double[] x, double[] y) {
        double[] rx = ranks(x), ry = ranks(y);
        int n = x.length;
        if (n < 2) return Double.NaN;
        double mx = Arrays.stream(rx).average().orElse(0), my = Arrays.stream(ry).average().orElse(0), sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++) { sxy += (rx[i] - mx) * (ry[i] - my); sxx += (rx[i] - mx) * (rx[i] - mx); syy += (ry[i] - my) * (ry[i] - my); }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** Ascending average ranks 1..n (ties get the mean of the ranks they span). */
    static double[] ranks(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; ) {
            int j = i;
            while (j + 1 < v.length && v[order[j + 1]] == v[order[i]]) j++;
            for (int k = i; k <= j; k++) r[order[k]] = (i + j) / 2.0 + 1;
            i = j + 1;
        }
        return r;
    }

    /** The 2.5th and 97.5th percentiles (nearest rank); NaN when empty. */
    static double[] percentiles(double[] v) {
        double[] s = Arrays.stream(v).filter(d -> !Double.isNaN(d)).sorted().toArray();
        if (s.length == 0) return new double[]{Double.NaN, Double.NaN};
        return new double[]{s[(int) Math.floor(0.025 * (s.length - 1))], s[(int) Math.ceil(0.975 * (s.length - 1))]};
    }

    /** The JSON answer of {@code tiers --validate} (docs/cli.md). */
    public static Map<String, Object> answer(List<Outcome> outcomes, String launchAttribution) {
        List<Map<String, Object>> refs = new ArrayList<>();
        for (Outcome o : outcomes) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("reference", o.reference()); j.put("asOf", o.asOf()); j.put("n", o.n()); j.put("rho", round(o.rho()));
            j.put("ci95", List.of(round(o.ci()[0]), round(o.ci()[1]))); j.put("bootstrap", o.bootstrap());
            j.put("rhoWeightDraws", List.of(round(o.weightDraws()[0]), round(o.weightDraws()[1])));
            Map<String, Object> att = new LinkedHashMap<>();
            for (var e : o.byAttribution().entrySet()) att.put(e.getKey(), round(e.getValue()));
            j.put("rhoByAttribution", att);
            j.put("disagreements", o.disagreements()); j.put("notScored", o.notScored()); j.put("records", o.records());
            refs.add(j);
        }
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("launchAttribution", launchAttribution);
        a.put("references", refs);
        return a;
    }

    static Double round(double d) { return Double.isNaN(d) ? null : Math.round(d * 1000) / 1000.0; }
}
