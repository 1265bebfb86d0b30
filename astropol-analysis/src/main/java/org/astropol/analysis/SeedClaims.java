package org.astropol.analysis;

import org.astropol.model.Citation;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.PartialDate;
import org.astropol.model.Relationship;
import org.astropol.model.RollCall;
import org.astropol.model.Statement;
import org.astropol.model.Value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The corpus documents' testable claims, measured against the knowledge base: each claim names its document and quote,
 * a test (one of {@link #TESTS}) and the test's parameters; {@link #evaluate} computes astropol's own figure with the
 * record ids behind it and a verdict: {@code reproduced}, {@code contradicted} (with why), or {@code not testable}.
 *
 * <p>A claim is never checked against the records that cite the claim's own document: a budget that data/ holds only
 * because the document reported it cannot confirm the document. The thresholds a verdict rests on are parameters of
 * the claim (config/findings.yaml), written down before the figure is computed, not constants here.
 */
public final class SeedClaims {
    private SeedClaims() {}

    public static final String REPRODUCED = "reproduced", CONTRADICTED = "contradicted", NOT_TESTABLE = "not testable";

    public static final List<String> TESTS = List.of("index-order", "first-position", "members-count", "members-compare", "member-since",
            "vote-tally", "vote-alignment", "density-compare", "budget", "phases", "not-testable");

    /** A claim of a corpus document; {@code params} are the test's parameters as read from the claims file. */
    public record Claim(String id, String source, String quote, String claim, String test, Map<String, Object> params) {}

    /** @param figure what astropol computes, in words and numbers; @param evidence the ids of the records behind it */
    public record Finding(Claim claim, String verdict, String figure, String why, List<String> evidence) {}

    /** What the tests read besides the knowledge base: the curated roll calls and the space-power index on a day. */
    public record Inputs(KnowledgeBase kb, List<RollCall> rollCalls, Function<LocalDate, SpacePowerIndex.Result> index) {}

    public static List<Finding> evaluate(Inputs in, List<Claim> claims) {
        List<Finding> out = new ArrayList<>();
        for (Claim c : claims) {
            try {
                out.add(evaluate(in, c));
            } catch (UnknownIdException | IllegalArgumentException e) {
                // A claim whose parameters name nothing in the data cannot be measured: say so rather than stop the report.
                out.add(new Finding(c, NOT_TESTABLE, "", "the test could not run: " + e.getMessage(), List.of()));
            }
        }
        return out;
    }

    public static Finding evaluate(Inputs in, Claim c) {
        return switch (c.test()) {
            case "index-order" -> indexOrder(in, c);
            case "first-position" -> firstPosition(in, c);
            case "members-count" -> membersCount(in, c);
            case "members-compare" -> membersCompare(in, c);
            case "member-since" -> memberSince(in, c);
            case "vote-tally" -> voteTally(in, c);
            case "vote-alignment" -> voteAlignment(in, c);
            case "density-compare" -> densityCompare(in, c);
            case "budget" -> budget(in, c);
            case "phases" -> phases(in, c);
            case "not-testable" -> new Finding(c, NOT_TESTABLE, "", text(c, "why"), List.of());
            default -> throw new IllegalArgumentException("claim " + c.id() + ": unknown test '" + c.test() + "' (known: " + String.join(", ", TESTS) + ")");
        };
    }

    // ---- the tests -------------------------------------------------------------------------------------------------

    /** The states, in the claim's order, stand in strictly successive tiers of the index (first level = best tier). */
    private static Finding indexOrder(Inputs in, Claim c) {
        LocalDate day = day(c, "asOf");
        List<String> states = strings(c, "states");
        SpacePowerIndex.Result r = in.index().apply(day);
        List<String> parts = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        List<SpacePowerIndex.State> found = new ArrayList<>();
        for (String s : states) {
            SpacePowerIndex.State st = r.states().stream().filter(x -> x.id().equals(s)).findFirst().orElse(null);
            if (st == null) return new Finding(c, NOT_TESTABLE, "", s + " is not scored by the index on " + day, List.of());
            found.add(st);
            parts.add(s + " rank " + st.rank() + " of " + r.states().size() + ", tier " + st.tier() + " (score " + round(st.score()) + ")");
            for (SpacePowerIndex.Indicator i : st.indicators()) for (Ties.Trace t : i.records()) if (evidence.size() < 40) evidence.add(t.id());
        }
        String figure = "index as of " + day + ": " + String.join("; ", parts);
        for (int i = 1; i < found.size(); i++) {
            SpacePowerIndex.State hi = found.get(i - 1), lo = found.get(i);
            if (hi.tier() >= lo.tier()) {
                String why = hi.tier() == lo.tier()
                        ? hi.id() + " and " + lo.id() + " share tier " + hi.tier() + " (ranks " + hi.rank() + " and " + lo.rank() + "): no separate level"
                        : lo.id() + " (tier " + lo.tier() + ", rank " + lo.rank() + ") stands above " + hi.id() + " (tier " + hi.tier() + ", rank " + hi.rank() + ")";
                return new Finding(c, CONTRADICTED, figure, why, distinct(evidence));
            }
        }
        return new Finding(c, REPRODUCED, figure, "each state stands one tier or more below the one before it", distinct(evidence));
    }

    /** The state's place in the order of first achievers of a capability (states sharing a date share a place). */
    private static Finding firstPosition(Inputs in, Claim c) {
        String capability = text(c, "capability"), state = text(c, "state");
        int expected = integer(c, "position");
        LocalDate day = c.params().containsKey("asOf") ? day(c, "asOf") : LocalDate.now();
        Firsts.Result r = Firsts.of(in.kb(), capability, day);
        Firsts.Achiever me = r.states().stream().filter(a -> a.id().equals(state)).findFirst().orElse(null);
        if (me == null) return new Finding(c, NOT_TESTABLE, "", "the data holds no " + capability + " first for " + state, List.of());
        LocalDate mine = PartialDate.parse(me.date()).earliest();
        List<String> before = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        for (Firsts.Achiever a : r.states()) {
            if (PartialDate.parse(a.date()).earliest().isBefore(mine)) { before.add(a.id() + " " + a.date()); evidence.add(a.event()); }
        }
        evidence.add(me.event());
        int place = before.size() + 1;
        String figure = state + " is " + ordinal(place) + " (" + me.date() + ", " + me.event() + ") by the rule: " + r.rule()
                + (before.isEmpty() ? "" : "; before it: " + String.join(", ", before));
        return place == expected
                ? new Finding(c, REPRODUCED, figure, "same place", evidence)
                : new Finding(c, CONTRADICTED, figure, "the data puts " + state + " " + ordinal(place) + ", the claim " + ordinal(expected), evidence);
    }

    /** How many states (other than those excluded) a group counts on a day, against the claimed number. */
    private static Finding membersCount(Inputs in, Claim c) {
        String group = text(c, "group");
        LocalDate day = day(c, "asOf");
        int expected = integer(c, "expected");
        Set<String> excluded = new TreeSet<>(c.params().containsKey("excluding") ? strings(c, "excluding") : List.of());
        List<MembersQuery.Member> states = states(in.kb(), group, day, excluded, c.source());
        String figure = group + " as of " + day + ": " + states.size() + " states" + (excluded.isEmpty() ? "" : " besides " + String.join(", ", excluded))
                + " (" + String.join(" ", states.stream().map(MembersQuery.Member::id).toList()) + ")";
        List<String> evidence = memberEvidence(in.kb(), group, states);
        return states.size() == expected
                ? new Finding(c, REPRODUCED, figure, "same count", evidence)
                : new Finding(c, CONTRADICTED, figure, "the data counts " + states.size() + ", the claim " + expected, evidence);
    }

    /** Group a counts more states than group b on a day, and b counts the claimed number. */
    private static Finding membersCompare(Inputs in, Claim c) {
        String a = text(c, "a"), b = text(c, "b");
        LocalDate day = day(c, "asOf");
        List<MembersQuery.Member> ma = states(in.kb(), a, day, Set.of(), c.source()), mb = states(in.kb(), b, day, Set.of(), c.source());
        String figure = "as of " + day + ": " + a + " " + ma.size() + " states, " + b + " " + mb.size() + " states ("
                + String.join(" ", mb.stream().map(MembersQuery.Member::id).toList()) + ")";
        List<String> evidence = new ArrayList<>(memberEvidence(in.kb(), a, ma));
        evidence.addAll(memberEvidence(in.kb(), b, mb));
        if (ma.size() <= mb.size()) return new Finding(c, CONTRADICTED, figure, a + " is not larger than " + b, evidence);
        if (c.params().containsKey("expectedB") && mb.size() != integer(c, "expectedB")) {
            return new Finding(c, CONTRADICTED, figure, b + " counts " + mb.size() + " states, the claim " + integer(c, "expectedB"), evidence);
        }
        return new Finding(c, REPRODUCED, figure, a + " is larger, " + b + " as claimed", evidence);
    }

    /** A state's membership in a group starts in the claimed month (or year, or day: the claim's precision). */
    private static Finding memberSince(Inputs in, Claim c) {
        String group = text(c, "group"), state = text(c, "state"), expected = text(c, "since");
        MembersQuery.Member m = MembersQuery.of(in.kb(), group, LocalDate.now()).members().stream()
                .filter(x -> x.id().equals(state)).findFirst().orElse(null);
        if (m == null) return new Finding(c, NOT_TESTABLE, "", state + " is not a member of " + group + " in the data", List.of());
        if (m.since() == null) return new Finding(c, NOT_TESTABLE, state + " in " + group + " since an undated start", "the data gives no start", memberEvidence(in.kb(), group, List.of(m)));
        String figure = state + " in " + group + " since " + m.since();
        return m.since().startsWith(expected)
                ? new Finding(c, REPRODUCED, figure, "same " + (expected.length() == 4 ? "year" : expected.length() == 7 ? "month" : "day"), memberEvidence(in.kb(), group, List.of(m)))
                : new Finding(c, CONTRADICTED, figure, "the data dates it " + m.since() + ", the claim " + expected, memberEvidence(in.kb(), group, List.of(m)));
    }

    /** The recorded positions on a resolution against the claimed tally and the states claimed to vote no. */
    private static Finding voteTally(Inputs in, Claim c) {
        String symbol = text(c, "symbol");
        RollCall rc = in.rollCalls().stream()
                .filter(r -> r.symbol().equalsIgnoreCase(symbol) && r.wholeText() && r.body().equals("ga-plenary")).findFirst().orElse(null);
        if (rc == null) return new Finding(c, NOT_TESTABLE, "", "no recorded plenary vote on " + symbol + " in data/votes", List.of());
        int yes = rc.count("yes"), no = rc.count("no"), abstain = rc.count("abstain");
        List<String> noStates = rc.positions().stream().filter(p -> p.vote().equals("no")).map(RollCall.Position::state).sorted().toList();
        List<String> otherTallies = new ArrayList<>();
        for (RollCall.Tally t : rc.tallies()) {
            String src = t.citation() == null ? "?" : t.citation().sourceId();
            otherTallies.add(t.yes() + "-" + t.no() + "-" + t.abstain() + " (" + src + ")");
        }
        String figure = rc.id() + " (" + rc.date() + "): positions " + yes + " yes, " + no + " no (" + String.join(" ", noStates) + "), " + abstain
                + " abstain; tallies recorded: " + String.join(", ", otherTallies);
        List<String> diffs = new ArrayList<>();
        if (yes != integer(c, "inFavour")) diffs.add("yes " + yes + " against " + integer(c, "inFavour"));
        if (no != integer(c, "against")) diffs.add("no " + no + " against " + integer(c, "against"));
        if (abstain != integer(c, "abstentions")) diffs.add("abstain " + abstain + " against " + integer(c, "abstentions"));
        if (c.params().containsKey("noStates")) {
            List<String> claimed = strings(c, "noStates").stream().sorted().toList();
            if (!claimed.equals(noStates)) diffs.add("the states voting no are " + String.join(" ", noStates) + ", the claim " + String.join(" ", claimed));
        }
        return diffs.isEmpty()
                ? new Finding(c, REPRODUCED, figure, "the recorded positions give the claimed tally", List.of(rc.id()))
                : new Finding(c, CONTRADICTED, figure, "the recorded positions (" + positionSource(rc) + ") differ: " + String.join("; ", diffs), List.of(rc.id()));
    }

    /**
     * Two states vote together and against a third on space-security roll calls: agreement of the pair at least
     * {@code minAgreement}, of each with the third at most {@code maxAgreementWithThird} (Voeten's agreement score;
     * inferred positions excluded so no agreement rests on an inference).
     */
    private static Finding voteAlignment(Inputs in, Claim c) {
        List<String> pair = strings(c, "pair");
        String third = text(c, "against");
        LocalDate from = day(c, "from"), to = day(c, "to");
        String topic = c.params().containsKey("topic") ? text(c, "topic") : "space-security";
        var s = new RollCallVotes.Selection(topic, from, to, false, false);
        VoteRecords all = RollCallVotes.records(in.rollCalls(), s);
        List<String> states = List.of(pair.get(0), pair.get(1), third);
        VoteRecords v = VoteRecords.withPredecessors(all, in.kb(), states, true);
        Alignment.Pair ab = Alignment.pair(v, pair.get(0), pair.get(1), topic, to);
        Alignment.Pair a3 = Alignment.pair(v, pair.get(0), third, topic, to);
        Alignment.Pair b3 = Alignment.pair(v, pair.get(1), third, topic, to);
        if (ab.score() == null || a3.score() == null || b3.score() == null) return new Finding(c, NOT_TESTABLE, "", "no shared contested roll call in " + from + " .. " + to, List.of());
        double min = number(c, "minAgreement"), max = number(c, "maxAgreementWithThird");
        String figure = topic + " roll calls " + from + " .. " + to + " (inferred positions excluded): agreement " + pair.get(0) + "-" + pair.get(1) + " "
                + round(ab.score()) + " over " + ab.votes() + " votes; " + pair.get(0) + "-" + third + " " + round(a3.score()) + "; "
                + pair.get(1) + "-" + third + " " + round(b3.score());
        List<String> evidence = new ArrayList<>(new TreeSet<>(Alignment.explain(v, pair.get(0), pair.get(1), topic, to).stream().map(Alignment.Shared::rollCall).toList()));
        List<String> why = new ArrayList<>();
        if (ab.score() < min) why.add(pair.get(0) + "-" + pair.get(1) + " below " + min);
        if (a3.score() > max) why.add(pair.get(0) + "-" + third + " above " + max);
        if (b3.score() > max) why.add(pair.get(1) + "-" + third + " above " + max);
        return why.isEmpty()
                ? new Finding(c, REPRODUCED, figure, "pair at least " + min + ", each with " + third + " at most " + max, evidence)
                : new Finding(c, CONTRADICTED, figure, String.join("; ", why), evidence);
    }

    /**
     * Programme a reaches its partners through UN channels more than programme b does, and b's partners are linked to
     * its leader bilaterally more than a's: the UN reach and the bilateral mean of {@link InstitutionalDensity}.
     */
    private static Finding densityCompare(Inputs in, Claim c) {
        String a = text(c, "a"), b = text(c, "b");
        LocalDate day = day(c, "asOf");
        InstitutionalDensity.Result da = InstitutionalDensity.of(in.kb(), a, day, null), db = InstitutionalDensity.of(in.kb(), b, day, null);
        double ba = da.meanByCategory().getOrDefault("bilateral", 0.0), bb = db.meanByCategory().getOrDefault("bilateral", 0.0);
        String figure = "as of " + day + ": " + a + " " + da.partners() + " partners, UN reach " + round(da.unReach()) + ", bilateral channels per partner "
                + round(ba) + "; " + b + " " + db.partners() + " partners, UN reach " + round(db.unReach()) + ", bilateral per partner " + round(bb);
        List<String> evidence = new ArrayList<>();
        for (InstitutionalDensity.Result r : List.of(da, db)) for (InstitutionalDensity.Partner p : r.partnerList()) for (InstitutionalDensity.Channel ch : p.via())
            for (Ties.Trace t : ch.records()) if (evidence.size() < 60) evidence.add(t.id());
        List<String> why = new ArrayList<>();
        if (da.partners() == 0 || db.partners() == 0) return new Finding(c, NOT_TESTABLE, figure, "a programme without partners in the data", distinct(evidence));
        if (da.unReach() <= db.unReach()) why.add(a + "'s UN reach is not above " + b + "'s");
        if (bb <= ba) why.add(b + "'s bilateral channels per partner are not above " + a + "'s");
        return why.isEmpty()
                ? new Finding(c, REPRODUCED, figure, a + " reaches more partners through UN bodies; " + b + " leans more on bilateral channels", distinct(evidence))
                : new Finding(c, CONTRADICTED, figure, String.join("; ", why), distinct(evidence));
    }

    /**
     * A state's budget of a year in a currency against figures from other sources: each space-budget statement for the
     * year whose citations do not include the claim's document, converted with the cited usd-exchange-rate of that year
     * when the claim is in another currency. Reproduced when the median independent figure is within {@code tolerance}
     * (a share) of the claim; not testable when no independent figure can be put in the claim's currency.
     */
    private static Finding budget(Inputs in, Claim c) {
        String state = text(c, "state"), currency = text(c, "currency");
        int year = integer(c, "year");
        BigDecimal claimed = new BigDecimal(String.valueOf(c.params().get("value")));
        double tolerance = number(c, "tolerance");
        List<String> figures = new ArrayList<>(), unconverted = new ArrayList<>(), evidence = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Statement s : in.kb().statementsAbout(state)) {
            if (!s.property().equals("space-budget") || !(s.value() instanceof Value.Quantity q) || q.year() == null || q.year() != year) continue;
            if (s.citations().stream().map(Citation::sourceId).anyMatch(c.source()::equals)) continue;
            String cur = q.currency();
            if (cur == null) continue;
            Double inClaimed = convert(in.kb(), q.amount(), cur, currency, year, evidence);
            String src = String.join(", ", s.citations().stream().map(Citation::sourceId).toList());
            if (inClaimed == null) { unconverted.add(q.display() + " [" + src + "]"); evidence.add(s.id()); continue; }
            values.add(inClaimed);
            figures.add(q.display() + " = " + currency + " " + billions(inClaimed) + " bn [" + src + "]");
            evidence.add(s.id());
        }
        if (values.isEmpty()) {
            return new Finding(c, NOT_TESTABLE, unconverted.isEmpty() ? "" : "independent figures: " + String.join("; ", unconverted),
                    unconverted.isEmpty() ? "no other source gives " + state + "'s " + year + " space budget"
                            : "no cited " + year + " exchange rate puts them in " + currency, distinct(evidence));
        }
        values.sort(Comparator.naturalOrder());
        double median = values.size() % 2 == 1 ? values.get(values.size() / 2) : (values.get(values.size() / 2 - 1) + values.get(values.size() / 2)) / 2;
        double gap = (median - claimed.doubleValue()) / claimed.doubleValue();
        String figure = "independent figures for " + year + ": " + String.join("; ", figures) + (unconverted.isEmpty() ? "" : "; not convertible: " + String.join("; ", unconverted))
                + "; median " + currency + " " + billions(median) + " bn against the claimed " + billions(claimed.doubleValue()) + " bn";
        String diff = String.format(Locale.ROOT, "%+.0f%%", gap * 100);
        return Math.abs(gap) <= tolerance
                ? new Finding(c, REPRODUCED, figure, "within " + Math.round(tolerance * 100) + "% (" + diff + ")", distinct(evidence))
                : new Finding(c, CONTRADICTED, figure, "the independent median differs by " + diff + ", more than " + Math.round(tolerance * 100) + "% (scopes differ: see each statement's note)", distinct(evidence));
    }

    /**
     * A dyad's chronology has a phase boundary near the claimed turning year and little activity in the claimed
     * quiet span: the {@link Phases} segmentation of the dyad's timeline with its default parameters.
     */
    private static Finding phases(Inputs in, Claim c) {
        List<String> dyad = strings(c, "dyad");
        int turn = integer(c, "turn"), window = integer(c, "window"), quietFrom = integer(c, "quietFrom"), quietTo = integer(c, "quietTo");
        int end = integer(c, "endYear");
        Timeline.Result all = Timeline.of(in.kb(), dyad);
        // Entries only the claim's own document reports cannot test it.
        List<Timeline.Entry> independent = all.events().stream().filter(e -> e.sources().stream().anyMatch(r -> !r.id().equals(c.source()))).toList();
        Phases.Result p = Phases.of(new Timeline.Result(all.ids(), independent), end, 10, 1.0, 5);
        List<String> spans = p.phases().stream().map(s -> s.from() + "-" + s.to() + " " + s.level() + " (" + s.entries() + ")").toList();
        String figure = "phases of " + String.join("-", dyad) + " to " + end + " over the " + independent.size() + " timeline entries other sources than "
                + c.source() + " report (of " + all.events().size() + "): " + String.join("; ", spans);
        List<String> evidence = new ArrayList<>();
        for (Phases.Span s : p.phases()) evidence.addAll(s.records());
        boolean boundary = p.phases().stream().skip(1).anyMatch(s -> Math.abs(s.from() - turn) <= window);
        boolean quiet = p.phases().stream().filter(s -> s.to() >= quietFrom && s.from() <= quietTo)
                .allMatch(s -> s.level().equals("dormant") || s.level().equals("low"));
        List<String> why = new ArrayList<>();
        if (!boundary) why.add("no phase starts within " + window + " years of " + turn);
        if (!quiet) why.add("a phase overlapping " + quietFrom + "-" + quietTo + " is not low or dormant");
        return why.isEmpty()
                ? new Finding(c, REPRODUCED, figure, "a phase starts within " + window + " years of " + turn + "; " + quietFrom + "-" + quietTo + " low or dormant", distinct(evidence))
                : new Finding(c, CONTRADICTED, figure, String.join("; ", why), distinct(evidence));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    /** The member states on the day, without the excluded ones and without those only the claim's own document reports. */
    private static List<MembersQuery.Member> states(KnowledgeBase kb, String group, LocalDate day, Set<String> excluded, String ownSource) {
        return MembersQuery.of(kb, group, day).members().stream()
                .filter(m -> m.type().equals("state") && !excluded.contains(m.id()))
                .filter(m -> m.sources().stream().anyMatch(r -> !r.id().equals(ownSource))).toList();
    }

    /** The membership records of the listed members in the group (the ids a reader can open with `entity` or SQL). */
    private static List<String> memberEvidence(KnowledgeBase kb, String group, List<MembersQuery.Member> members) {
        Set<String> ids = new java.util.HashSet<>();
        for (MembersQuery.Member m : members) ids.add(m.id());
        List<String> out = new ArrayList<>();
        for (Relationship r : kb.relationshipsOf(group)) {
            if (r instanceof Relationship.Membership ms && ms.group().equals(group) && ids.contains(ms.member())) out.add(ms.id());
        }
        return distinct(out);
    }

    private static String positionSource(RollCall rc) {
        return rc.positions().stream().map(p -> p.citation() == null ? "?" : p.citation().sourceId()).distinct().sorted().reduce((x, y) -> x + ", " + y).orElse("?");
    }

    /**
     * An amount in one currency in another, with the cited {@link ExchangeRates} of exactly that year; null when a
     * needed rate is not in the data.
     */
    static Double convert(KnowledgeBase kb, BigDecimal amount, String from, String to, int year, List<String> evidence) {
        if (from.equals(to)) return amount.doubleValue();
        Double usd;
        if (from.equals("USD")) {
            usd = amount.doubleValue();
        } else {
            Double rate = perUsd(kb, from, year, evidence);
            usd = rate == null ? null : amount.divide(BigDecimal.valueOf(rate), MathContext.DECIMAL64).doubleValue();
        }
        if (usd == null) return null;
        if (to.equals("USD")) return usd;
        Double rate = perUsd(kb, to, year, evidence);
        return rate == null ? null : usd * rate;
    }

    private static Double perUsd(KnowledgeBase kb, String currency, int year, List<String> evidence) {
        Statement rate = ExchangeRates.ofYear(kb.statements(), currency, year);
        if (rate == null) return null;
        evidence.add(rate.id());
        return ExchangeRates.perUsd(rate);
    }

    private static List<String> distinct(List<String> ids) { return List.copyOf(new java.util.LinkedHashSet<>(ids)); }

    private static String billions(double v) { return String.format(Locale.ROOT, "%.2f", v / 1e9); }

    private static double round(double v) { return Math.round(v * 1000) / 1000.0; }

    static String ordinal(int n) {
        String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : switch (n % 10) { case 1 -> "st"; case 2 -> "nd"; case 3 -> "rd"; default -> "th"; };
        return n + suffix;
    }

    private static Object param(Claim c, String key) {
        Object v = c.params().get(key);
        if (v == null) throw new IllegalArgumentException("claim " + c.id() + ": test " + c.test() + " needs '" + key + "'");
        return v;
    }

    private static String text(Claim c, String key) { return String.valueOf(param(c, key)); }

    private static int integer(Claim c, String key) {
        Object v = param(c, key);
        if (v instanceof Number n) return n.intValue();
        try { return Integer.parseInt(String.valueOf(v)); } catch (NumberFormatException e) {
            throw new IllegalArgumentException("claim " + c.id() + ": '" + key + "' must be a whole number, not '" + v + "'");
        }
    }

    private static double number(Claim c, String key) {
        Object v = param(c, key);
        if (v instanceof Number n) return n.doubleValue();
        try { return Double.parseDouble(String.valueOf(v)); } catch (NumberFormatException e) {
            throw new IllegalArgumentException("claim " + c.id() + ": '" + key + "' must be a number, not '" + v + "'");
        }
    }

    private static LocalDate day(Claim c, String key) { return PartialDate.parseDay(text(c, key)); }

    private static List<String> strings(Claim c, String key) {
        Object v = param(c, key);
        if (!(v instanceof List<?> l)) throw new IllegalArgumentException("claim " + c.id() + ": '" + key + "' must be a list");
        return l.stream().map(String::valueOf).toList();
    }

    /** The findings as a map for JSON output. */
    public static Map<String, Object> answer(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.claim().id());
        m.put("source", f.claim().source());
        m.put("quote", f.claim().quote());
        m.put("claim", f.claim().claim());
        m.put("test", f.claim().test());
        m.put("verdict", f.verdict());
        m.put("figure", f.figure());
        m.put("why", f.why());
        m.put("evidence", f.evidence());
        return m;
    }
}
