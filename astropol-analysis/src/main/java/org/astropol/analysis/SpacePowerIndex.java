package org.astropol.analysis;

import org.astropol.model.Entity;
import org.astropol.model.EntityType;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Relationship;
import org.astropol.model.Statement;
import org.astropol.model.Validity;
import org.astropol.model.Value;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A space-power index: indicators computed from cited statements, events and relationships, each normalised to
 * [0, 1] over the states scored, combined with editable weights into a score in [0, 100]; ranks; tiers from natural
 * breaks; and a sensitivity run that redraws the weights and reports each state's rank interval. Method and limits:
 * docs/analytics.md; weights: config/tiers.yaml.
 */
public final class SpacePowerIndex {
    private SpacePowerIndex() {}

    /**
     * @param weights          indicator id -> weight (indicators with weight 0 or absent are not computed into the score)
     * @param normalisation    indicator id -> "max" (value / max) or "log" (log(1+value) / log(1+max)); default "max"
     * @param launchWindowYears launches are summed over this many calendar years ending with the "as of" year
     * @param usdPerUnit       exchange rates used to put budgets in USD (budgets in other currencies are skipped)
     * @param deepSpaceCapabilities capabilities that count as deep-space firsts
     * @param firstCapabilities capabilities counted by the "firsts" indicator
     * @param inheritPredecessors a state also gets its predecessors' capabilities (RUS ← SUN), via cited predecessor statements
     */
    public record Config(Map<String, Double> weights, Map<String, String> normalisation, int launchWindowYears,
                         Map<String, Double> usdPerUnit, List<String> deepSpaceCapabilities, List<String> firstCapabilities,
                         boolean inheritPredecessors, int tiers, int sensitivityDraws, double sensitivitySpread, long seed) {
        public static Config defaults() {
            Map<String, Double> w = new LinkedHashMap<>();
            w.put("firsts", 2.0); w.put("launches", 2.0); w.put("budget", 2.0); w.put("human-spaceflight", 1.0);
            w.put("station", 1.0); w.put("deep-space", 1.0); w.put("navigation", 1.0); w.put("asat", 0.5);
            w.put("industrial-base", 1.0); w.put("cooperation", 1.0);
            return new Config(w, Map.of("launches", "log", "budget", "log", "industrial-base", "log", "cooperation", "log"), 10,
                    Map.of("USD", 1.0), List.of("lunar-orbit", "lunar-landing", "lunar-far-side-landing", "lunar-sample-return", "mars-orbit",
                            "mars-landing", "asteroid-sample-return"),
                    List.of("orbital-launch", "satellite", "human-spaceflight", "space-station", "lunar-landing", "lunar-sample-return", "mars-landing", "asat-test"),
                    true, 4, 500, 0.5, 42);
        }

        /** This configuration with some indicator weights replaced (unknown indicators and negative weights are refused). */
        public Config withWeights(Map<String, Double> overrides) {
            Map<String, Double> w = new LinkedHashMap<>(weights);
            for (var e : overrides.entrySet()) {
                if (!INDICATORS.contains(e.getKey())) throw new IllegalArgumentException("unknown indicator '" + e.getKey() + "' (known: " + String.join(", ", INDICATORS) + ")");
                if (!(e.getValue() >= 0) || e.getValue().isInfinite()) throw new IllegalArgumentException("weight of '" + e.getKey() + "' must be a number of at least 0");
                w.put(e.getKey(), e.getValue());
            }
            return new Config(w, normalisation, launchWindowYears, usdPerUnit, deepSpaceCapabilities, firstCapabilities, inheritPredecessors,
                    tiers, sensitivityDraws, sensitivitySpread, seed);
        }
    }

    public static final List<String> INDICATORS = List.of("firsts", "launches", "budget", "human-spaceflight", "station", "deep-space",
            "navigation", "asat", "industrial-base", "cooperation");

    /** One indicator of one state: the raw value, its normalised value, and the records it was computed from. */
    public record Indicator(String id, double value, double normalised, double weight, String detail, List<Ties.Trace> records) {}

    public record State(String id, String name, double score, int rank, int tier, int[] rankInterval, List<Indicator> indicators) {}

    public record Result(String asOf, int tiers, List<Double> breaks, int draws, List<State> states) {}

    /**
     * The stable JSON answer (docs/cli.md, {@code tiers}): asOf, tiers, breaks, draws and per state id, score, rank, tier,
     * rankInterval, name, and with {@code explain} the indicators. The command line and the HTTP API both print this.
     */
    public static Map<String, Object> answer(Result r, boolean explain) {
        List<Map<String, Object>> states = new java.util.ArrayList<>();
        for (var s : r.states()) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("id", s.id()); j.put("score", s.score()); j.put("rank", s.rank()); j.put("tier", s.tier());
            j.put("rankInterval", List.of(s.rankInterval()[0], s.rankInterval()[1]));
            j.put("name", s.name());
            if (explain) j.put("indicators", s.indicators());
            states.add(j);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("asOf", r.asOf()); answer.put("tiers", r.tiers()); answer.put("breaks", r.breaks()); answer.put("draws", r.draws()); answer.put("states", states);
        return answer;
    }

    public static Result of(KnowledgeBase kb, LocalDate asOf, Config cfg) {
        for (String k : cfg.weights().keySet()) {
            if (!INDICATORS.contains(k)) throw new IllegalArgumentException("tiers config: unknown indicator '" + k + "' (known: " + String.join(", ", INDICATORS) + ")");
            if (cfg.weights().get(k) < 0) throw new IllegalArgumentException("tiers config: weight of '" + k + "' is negative");
        }
        Map<String, Map<String, Raw>> raw = new TreeMap<>();   // state -> indicator -> raw
        Map<String, Set<String>> lineage = new HashMap<>();
        for (Entity e : kb.entities()) {
            if (e.type() != EntityType.STATE || !Validity.exists(e, asOf)) continue;
            Set<String> l = new TreeSet<>(List.of(e.id()));
            if (cfg.inheritPredecessors()) for (String p : Lineage.of(kb, e.id())) if (kb.entity(p).map(x -> x.type() == EntityType.STATE).orElse(false)) l.add(p);
            // a state never inherits from a successor that exists at the same time; Lineage follows predecessor links only
            lineage.put(e.id(), l);
            raw.put(e.id(), new LinkedHashMap<>());
        }
        // capabilities
        Map<String, Map<String, Firsts.Achiever>> caps = new HashMap<>();
        Set<String> allCaps = new TreeSet<>(cfg.firstCapabilities());
        allCaps.addAll(cfg.deepSpaceCapabilities());
        allCaps.addAll(List.of("human-spaceflight", "space-station", "asat-test"));
        for (String c : allCaps) caps.put(c, Firsts.byState(kb, c, asOf));
        for (var en : raw.entrySet()) {
            String s = en.getKey();
            Set<String> l = lineage.get(s);
            en.getValue().put("firsts", capCount(kb, caps, cfg.firstCapabilities(), l));
            en.getValue().put("human-spaceflight", capCount(kb, caps, List.of("human-spaceflight"), l));
            en.getValue().put("station", capCount(kb, caps, List.of("space-station"), l));
            en.getValue().put("deep-space", capCount(kb, caps, cfg.deepSpaceCapabilities(), l));
            en.getValue().put("asat", capCount(kb, caps, List.of("asat-test"), l));
        }
        // launches over the window, budgets (latest year), from statements
        int lastYear = asOf.getYear(), firstYear = lastYear - cfg.launchWindowYears() + 1;
        Map<String, Map<Integer, Statement>> launches = new HashMap<>();
        Map<String, Statement> budget = new HashMap<>();
        Map<String, Double> budgetUsd = new HashMap<>();
        for (Statement st : kb.statements()) {
            if (!raw.containsKey(st.subject()) || !(st.value() instanceof Value.Quantity q)) continue;
            if (!Validity.begun(st, asOf)) continue;
            if (st.status() != null && st.status().name().equals("SUPERSEDED")) continue;
            if (st.property().equals("orbital-launches") && st.valid().from() != null) {
                int y = st.valid().from().year();
                if (y < firstYear || y > lastYear) continue;
                launches.computeIfAbsent(st.subject(), k -> new TreeMap<>()).merge(y, st, (a, b) -> amount(b) > amount(a) ? b : a);
            } else if (st.property().equals("space-budget") || st.property().equals("civil-space-budget")) {
                Double rate = q.currency() == null ? null : cfg.usdPerUnit().get(q.currency());
                if (rate == null) continue;
                int y = q.year() != null ? q.year() : st.valid().anchor() != null ? st.valid().anchor().year() : 0;
                if (y > lastYear) continue;
                double usd = mid(q) * rate;
                Statement cur = budget.get(st.subject());
                int cy = cur == null ? -1 : yearOf(cur);
                if (cur == null || y > cy || (y == cy && usd > budgetUsd.get(st.subject()))) { budget.put(st.subject(), st); budgetUsd.put(st.subject(), usd); }
            }
        }
        Map<String, List<Ties.Trace>> nav = new HashMap<>(), ind = new HashMap<>();
        for (Entity e : kb.entities()) {
            if (e.country() == null || !raw.containsKey(e.country())) continue;
            boolean started = e.existence().from() == null || Validity.reached(e.existence().from(), asOf);
            if (e.type() == EntityType.SPACE_SYSTEM && "navigation-system".equals(e.kind()) && started) {
                nav.computeIfAbsent(e.country(), k -> new ArrayList<>()).add(new Ties.Trace(e.id(), e.origin().toString()));
            } else if (e.type() == EntityType.ORGANISATION && Validity.exists(e, asOf) && !Set.of("intergovernmental-organisation", "forum", "un-body", "ngo").contains(e.kind())) {
                ind.computeIfAbsent(e.country(), k -> new ArrayList<>()).add(new Ties.Trace(e.id(), e.origin().toString()));
            }
        }
        Map<String, List<Ties.Trace>> coop = new HashMap<>();
        Map<String, Set<String>> coopGroups = new HashMap<>();
        for (var g : Ties.groups(kb, asOf).entrySet()) for (var a : g.getValue().values()) {
            if (raw.containsKey(a.member()) && coopGroups.computeIfAbsent(a.member(), k -> new TreeSet<>()).add(g.getKey())) coop.computeIfAbsent(a.member(), k -> new ArrayList<>()).add(a.records().get(0));
        }
        for (Relationship.Partnership p : Ties.partnerships(kb, asOf)) for (String x : p.parties()) {
            if (raw.containsKey(x)) coop.computeIfAbsent(x, k -> new ArrayList<>()).add(new Ties.Trace(p.id(), p.origin().toString()));
        }
        for (var en : raw.entrySet()) {
            String s = en.getKey();
            List<Ties.Trace> lr = new ArrayList<>();
            double total = 0;
            for (Statement st : launches.getOrDefault(s, Map.of()).values()) { total += amount(st); lr.add(trace(st)); }
            en.getValue().put("launches", new Raw(total, "orbital launch attempts " + firstYear + "-" + lastYear, lr));
            Statement b = budget.get(s);
            en.getValue().put("budget", b == null ? new Raw(0, "no budget statement in a configured currency", List.of())
                    : new Raw(budgetUsd.get(s) / 1e9, "USD billion, " + b.property() + " " + yearOf(b) + " (" + b.value().display() + ")", List.of(trace(b))));
            List<Ties.Trace> nv = nav.getOrDefault(s, List.of());
            en.getValue().put("navigation", new Raw(nv.size(), "navigation systems", nv));
            List<Ties.Trace> in = ind.getOrDefault(s, List.of());
            en.getValue().put("industrial-base", new Raw(in.size(), "organisations based in the state", in));
            List<Ties.Trace> co = coop.getOrDefault(s, List.of());
            en.getValue().put("cooperation", new Raw(co.size(), "groups, instruments and partnerships", co));
        }
        // keep states with some space activity: any non-zero indicator other than cooperation
        raw.values().removeIf(m -> m.entrySet().stream().noneMatch(x -> !x.getKey().equals("cooperation") && x.getValue().value() > 0));
        List<String> ids = new ArrayList<>(raw.keySet());
        int n = ids.size();
        Map<String, double[]> norm = new LinkedHashMap<>();
        for (String ind2 : INDICATORS) {
            double max = 0;
            for (String s : ids) max = Math.max(max, raw.get(s).get(ind2).value());
            double[] v = new double[n];
            boolean log = "log".equals(cfg.normalisation().getOrDefault(ind2, "max"));
            for (int i = 0; i < n; i++) {
                double x = raw.get(ids.get(i)).get(ind2).value();
                v[i] = max <= 0 ? 0 : log ? Math.log1p(x) / Math.log1p(max) : x / max;
            }
            norm.put(ind2, v);
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
            for (int k = 0; k < INDICATORS.size(); k++) {
                Raw r = raw.get(s).get(INDICATORS.get(k));
                inds.add(new Indicator(INDICATORS.get(k), r.value(), Math.round(norm.get(INDICATORS.get(k))[i] * 1e4) / 1e4, w[k], r.detail(), r.records()));
            }
            out.add(new State(s, kb.nameOf(s), rounded[i], rank[i], tier[i], new int[]{lo[i], hi[i]}, inds));
        }
        out.sort(Comparator.comparingInt(State::rank));
        return new Result(asOf.toString(), Arrays.stream(tier).max().orElse(0), breaks, cfg.sensitivityDraws(), out);
    }

    record Raw(double value, String detail, List<Ties.Trace> records) {}

    private static Raw capCount(KnowledgeBase kb, Map<String, Map<String, Firsts.Achiever>> caps, List<String> which, Set<String> lineage) {
        int count = 0;
        List<Ties.Trace> rs = new ArrayList<>();
        List<String> got = new ArrayList<>();
        for (String c : which) {
            Map<String, Firsts.Achiever> m = caps.get(c);
            if (m == null) continue;
            Firsts.Achiever best = null;
            for (String s : lineage) { Firsts.Achiever a = m.get(s); if (a != null && (best == null || a.date().compareTo(best.date()) < 0)) best = a; }
            if (best == null) continue;
            count++;
            got.add(c + " " + best.date() + (lineage.size() > 1 && !best.id().equals(lineage.iterator().next()) ? " (" + best.id() + ")" : ""));
            for (String ev : best.events()) rs.add(new Ties.Trace(ev, kb.entity(ev).map(e -> e.origin().toString()).orElse("")));
        }
        return new Raw(count, String.join("; ", got), rs);
    }

    private static Ties.Trace trace(Statement s) { return new Ties.Trace(s.id(), s.origin().toString()); }

    private static double amount(Statement s) { return mid((Value.Quantity) s.value()); }

    private static double mid(Value.Quantity q) {
        BigDecimal a = q.amount();
        return q.max() == null ? a.doubleValue() : (a.doubleValue() + q.max().doubleValue()) / 2;
    }

    private static int yearOf(Statement s) {
        Value.Quantity q = (Value.Quantity) s.value();
        return q.year() != null ? q.year() : s.valid().anchor() != null ? s.valid().anchor().year() : 0;
    }

    /** Score in [0, 100]: the weighted mean of normalised indicators. */
    static double[] scores(Map<String, double[]> norm, double[] w, int n) {
        double sw = Arrays.stream(w).sum();
        double[] s = new double[n];
        if (sw <= 0) return s;
        int k = 0;
        for (double[] v : norm.values()) {
            for (int i = 0; i < n; i++) s[i] += w[k] * v[i];
            k++;
        }
        for (int i = 0; i < n; i++) s[i] = 100 * s[i] / sw;
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
