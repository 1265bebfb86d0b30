package org.astropol.analysis;

import org.astropol.analysis.indicators.IndexIndicator;
import org.astropol.analysis.indicators.IndicatorContext;
import org.astropol.analysis.indicators.Indicators;
import org.astropol.analysis.indicators.Measure;
import org.astropol.model.Entity;
import org.astropol.model.EntityType;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Validity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A space-power index: indicators (one class each, {@link Indicators}) computed from cited statements and events,
 * each normalised to [0, 1] over the states scored, combined with editable weights into a score in [0, 100] over the
 * indicators a state has (a missing value is left out, not zero); ranks; tiers from natural breaks; and a sensitivity
 * run that redraws the weights and reports each state's rank interval. Method and limits:
 * docs/analytics.md; weights: config/tiers.yaml.
 */
public final class SpacePowerIndex {
    private SpacePowerIndex() {}

    /**
     * @param weights          indicator id -> weight (indicators with weight 0 or absent are not computed into the score)
     * @param normalisation    indicator id -> "max" (value / max) or "log" (log(1+value) / log(1+max)); default "max"
     * @param launchWindowYears launches and spacecraft are summed over this many calendar years ending with the "as of" year
     * @param launchAttribution provider-parent (default), vehicle-state or site-state: which launch counts to use
     * @param budgetMaxAgeYears a budget older than this many years before the "as of" year is missing
     * @param deepSpaceCapabilities capabilities that count as deep-space firsts
     * @param firstCapabilities capabilities counted by the "firsts" indicator
     * @param inheritPredecessors a state also gets its predecessors' capabilities (RUS ← SUN), via cited predecessor statements
     */
    public record Config(Map<String, Double> weights, Map<String, String> normalisation, int launchWindowYears, String launchAttribution,
                         int budgetMaxAgeYears, List<String> deepSpaceCapabilities, List<String> firstCapabilities,
                         boolean inheritPredecessors, int tiers, int sensitivityDraws, double sensitivitySpread, long seed) {
        public Config {
            if (!LAUNCH_PROPERTIES.containsKey(launchAttribution)) {
                throw new IllegalArgumentException("launchAttribution: expected one of " + String.join(", ", LAUNCH_PROPERTIES.keySet()) + ", not '" + launchAttribution + "'");
            }
        }

        public static Config defaults() {
            Map<String, Double> w = new LinkedHashMap<>();
            w.put("firsts", 1.0); w.put("launches", 2.0); w.put("spacecraft", 2.0); w.put("budget", 2.0); w.put("human-spaceflight", 1.0);
            w.put("deep-space", 1.0); w.put("navigation", 1.0); w.put("counterspace", 0.5);
            return new Config(w, Map.of("launches", "log", "spacecraft", "log", "budget", "log"), 10, "provider-parent", 5,
                    List.of("lunar-orbit", "lunar-landing", "lunar-far-side-landing", "lunar-sample-return", "mars-orbit",
                            "mars-landing", "asteroid-sample-return"),
                    List.of("satellite", "orbital-launch"), true, 4, 500, 0.5, 42);
        }

        /** This configuration with some indicator weights replaced (unknown indicators and negative weights are refused). */
        public Config withWeights(Map<String, Double> overrides) {
            Map<String, Double> w = new LinkedHashMap<>(weights);
            for (var e : overrides.entrySet()) {
                if (!INDICATORS.contains(e.getKey())) throw new IllegalArgumentException("unknown indicator '" + e.getKey() + "' (known: " + String.join(", ", INDICATORS) + ")");
                if (!(e.getValue() >= 0) || e.getValue().isInfinite()) throw new IllegalArgumentException("weight of '" + e.getKey() + "' must be a number of at least 0");
                w.put(e.getKey(), e.getValue());
            }
            return new Config(w, normalisation, launchWindowYears, launchAttribution, budgetMaxAgeYears, deepSpaceCapabilities, firstCapabilities,
                    inheritPredecessors, tiers, sensitivityDraws, sensitivitySpread, seed);
        }

        /** This configuration without the weight draws (ranks and scores are the same; rank intervals collapse). */
        public Config withoutSensitivity() {
            return new Config(weights, normalisation, launchWindowYears, launchAttribution, budgetMaxAgeYears, deepSpaceCapabilities, firstCapabilities,
                    inheritPredecessors, tiers, 0, sensitivitySpread, seed);
        }

        /** This configuration with another launch attribution. */
        public Config withLaunchAttribution(String attribution) {
            return new Config(weights, normalisation, launchWindowYears, attribution, budgetMaxAgeYears, deepSpaceCapabilities, firstCapabilities,
                    inheritPredecessors, tiers, sensitivityDraws, sensitivitySpread, seed);
        }
    }

    /** launchAttribution -> the property of data/datasets/launches.yaml it reads (docs/data-format.md, "Launch counts"). */
    public static final Map<String, String> LAUNCH_PROPERTIES = Map.of("provider-parent", "orbital-launches",
            "vehicle-state", "orbital-launches-vehicle-state", "site-state", "orbital-launches-site-state");

    public static final List<String> INDICATORS = Indicators.ids();

    /**
     * One indicator of one state: the raw value, its normalised value (both null when missing), and the records it was
     * computed from; {@code flag} notes an approximation (an exchange rate of another year).
     */
    public record Indicator(String id, Double value, Double normalised, double weight, String detail, List<Ties.Trace> records, boolean missing, String flag) {}

    /** {@code missing}: the indicators the state has no value for; its score is renormalised over the others. */
    public record State(String id, String name, double score, int rank, int tier, int[] rankInterval, List<String> missing, List<Indicator> indicators) {}

    public record Result(String asOf, int tiers, List<Double> breaks, int draws, String launchAttribution, List<State> states) {}

    /**
     * The stable JSON answer (docs/cli.md, {@code tiers}): asOf, tiers, breaks, draws, launchAttribution and per state id,
     * score, rank, tier, rankInterval, name, missing, and with {@code explain} the indicators. The command line and the
     * HTTP API both print this.
     */
    public static Map<String, Object> answer(Result r, boolean explain) {
        List<Map<String, Object>> states = new ArrayList<>();
        for (var s : r.states()) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("id", s.id()); j.put("score", s.score()); j.put("rank", s.rank()); j.put("tier", s.tier());
            j.put("rankInterval", List.of(s.rankInterval()[0], s.rankInterval()[1]));
            j.put("name", s.name());
            j.put("missing", s.missing());
            if (explain) j.put("indicators", s.indicators());
            states.add(j);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("asOf", r.asOf()); answer.put("tiers", r.tiers()); answer.put("breaks", r.breaks()); answer.put("draws", r.draws());
        answer.put("launchAttribution", r.launchAttribution());
        answer.put("states", states);
        return answer;
    }

    public static Result of(KnowledgeBase kb, LocalDate asOf, Config cfg) {
        for (String k : cfg.weights().keySet()) {
            if (!INDICATORS.contains(k)) throw new IllegalArgumentException("tiers config: unknown indicator '" + k + "' (known: " + String.join(", ", INDICATORS) + ")");
            if (cfg.weights().get(k) < 0) throw new IllegalArgumentException("tiers config: weight of '" + k + "' is negative");
        }
        IndicatorContext ctx = IndicatorContext.of(kb, asOf, cfg.launchWindowYears(), LAUNCH_PROPERTIES.get(cfg.launchAttribution()),
                cfg.budgetMaxAgeYears(), cfg.firstCapabilities(), cfg.deepSpaceCapabilities());
        Map<String, Map<String, Measure>> raw = new TreeMap<>();   // state -> indicator -> measure
        for (Entity e : kb.entities()) {
            if (e.type() != EntityType.STATE || !Validity.exists(e, asOf)) continue;
            Set<String> lineage = new TreeSet<>(List.of(e.id()));
            if (cfg.inheritPredecessors()) for (String p : Lineage.of(kb, e.id())) if (kb.entity(p).map(x -> x.type() == EntityType.STATE).orElse(false)) lineage.add(p);
            Map<String, Measure> m = new LinkedHashMap<>();
            for (IndexIndicator ind : Indicators.ALL) m.put(ind.id(), ind.measure(ctx, e.id(), lineage));
            raw.put(e.id(), m);
        }
        // keep states with some space activity: any indicator with a value above zero
        raw.values().removeIf(m -> m.values().stream().noneMatch(x -> !x.isMissing() && x.value() > 0));
        List<String> ids = new ArrayList<>(raw.keySet());
        int n = ids.size();
        Map<String, double[]> norm = new LinkedHashMap<>();
        for (String ind : INDICATORS) {
            double max = 0;
            for (String s : ids) if (!raw.get(s).get(ind).isMissing()) max = Math.max(max, raw.get(s).get(ind).value());
            double[] v = new double[n];
            boolean log = "log".equals(cfg.normalisation().getOrDefault(ind, "max"));
            for (int i = 0; i < n; i++) {
                Measure x = raw.get(ids.get(i)).get(ind);
                v[i] = x.isMissing() ? Double.NaN : max <= 0 ? 0 : log ? Math.log1p(x.value()) / Math.log1p(max) : x.value() / max;
            }
            norm.put(ind, v);
        }
        double[] w = new double[INDICATORS.size()];
        for (int k = 0; k < w.length; k++) w[k] = cfg.weights().getOrDefault(INDICATORS.get(k), 0.0);
        double[] score = scores(norm, w, n);
        int[] rank = ranks(score, ids);
        // sensitivity: each weight multiplied by a uniform draw in [1 - spread, 1 + spread]
        int[] lo = rank.clone(), hi = rank.clone();
        Random rnd = new Random(cfg.seed());
        for (int d = 0; d < cfg.sensitivityDraws(); d++) {
            double[] wd = new double[w.length];
            for (int k = 0; k < w.length; k++) wd[k] = w[k] * (1 - cfg.sensitivitySpread() + 2 * cfg.sensitivitySpread() * rnd.nextDouble());
            int[] r = ranks(scores(norm, wd, n), ids);
            for (int i = 0; i < n; i++) { lo[i] = Math.min(lo[i], r[i]); hi[i] = Math.max(hi[i], r[i]); }
        }
        double[] rounded = new double[n];
        for (int i = 0; i < n; i++) rounded[i] = Math.round(score[i] * 100) / 100.0;
        List<Double> breaks = new ArrayList<>();
        int[] tier = NaturalBreaks.tiers(rounded, cfg.tiers(), breaks);
        List<State> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String s = ids.get(i);
            List<Indicator> inds = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (int k = 0; k < INDICATORS.size(); k++) {
                Measure m = raw.get(s).get(INDICATORS.get(k));
                double nv = norm.get(INDICATORS.get(k))[i];
                if (m.isMissing()) missing.add(INDICATORS.get(k));
                inds.add(new Indicator(INDICATORS.get(k), m.value(), m.isMissing() ? null : Math.round(nv * 1e4) / 1e4, w[k], m.detail(), m.records(), m.isMissing(), m.flag()));
            }
            out.add(new State(s, kb.nameOf(s), rounded[i], rank[i], tier[i], new int[]{lo[i], hi[i]}, missing, inds));
        }
        out.sort(Comparator.comparingInt(State::rank));
        return new Result(asOf.toString(), Arrays.stream(tier).max().orElse(0), breaks, cfg.sensitivityDraws(), cfg.launchAttribution(), out);
    }

    /**
     * Score in [0, 100]: the weighted mean of the normalised indicators a state has; a missing one (NaN) is left out and
     * the weights renormalise over the others.
     */
    static double[] scores(Map<String, double[]> norm, double[] w, int n) {
        double[] s = new double[n], sw = new double[n];
        int k = 0;
        for (double[] v : norm.values()) {
            for (int i = 0; i < n; i++) if (!Double.isNaN(v[i])) { s[i] += w[k] * v[i]; sw[i] += w[k]; }
            k++;
        }
        for (int i = 0; i < n; i++) s[i] = sw[i] <= 0 ? 0 : 100 * s[i] / sw[i];
        return s;
    }

    /** Ranks 1..n by score descending, ties broken by id: always a permutation. */
    static int[] ranks(double[] score, List<String> ids) {
        Integer[] order = new Integer[score.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : ids.get(a).compareTo(ids.get(b)));
        int[] r = new int[score.length];
        for (int i = 0; i < order.length; i++) r[order[i]] = i + 1;
        return r;
    }
}
