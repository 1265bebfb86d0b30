package org.astropol.curation;

import org.astropol.model.Citation;
import org.astropol.model.Entity;
import org.astropol.model.EntityType;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Origin;
import org.astropol.model.RollCall;
import org.astropol.model.Relationship;
import org.astropol.model.Validity;
import org.astropol.model.Status;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * The {@code votes} and {@code tallies} sections (docs/data-format.md, "Recorded votes"): roll calls with their tallies
 * and positions. Fields are read while the files are read; states, UN membership on the day and the agreement of tallies
 * with positions are checked once the knowledge base is complete ({@link #resolve}).
 */
final class RollCallReader {
    /** The group whose memberships are UN membership. */
    static final String UN = "un";
    static final Set<String> VOTE_FIELDS = Set.of("id", "symbol", "date", "body", "title", "topic", "scope", "part", "tally", "tallies", "positions", "note");
    static final Set<String> TALLY_FIELDS = Set.of("vote", "yes", "no", "abstain", "absent", "status", "note", "source", "sources", "quote", "page", "section", "url");
    static final Set<String> POSITION_FIELDS = Set.of("yes", "no", "abstain", "absent", "yes-inferred", "others", "source", "sources", "quote", "page", "section", "url");

    private record Named(String state, String vote, boolean inferred, Origin origin) {}
    private record Draft(String id, String symbol, LocalDate date, String body, String title, String topic, String scope, String part,
                         List<RollCall.Tally> tallies, List<Named> named, String others, Citation positionsCitation, Origin positionsOrigin, Origin origin) {}

    private final Problems problems;
    private final BiFunction<YamlRecord, String, List<Citation>> citations;
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final List<Map.Entry<String, RollCall.Tally>> extraTallies = new ArrayList<>();

    RollCallReader(Problems problems, BiFunction<YamlRecord, String, List<Citation>> citations) {
        this.problems = problems;
        this.citations = citations;
    }

    void readVote(YamlRecord v) {
        v.allowOnly(VOTE_FIELDS, "a recorded vote");
        String symbol = v.required("symbol", "a recorded vote");
        LocalDate date = day(v, "date");
        String body = oneOf(v, "body", RollCall.BODIES, null);
        String topic = oneOf(v, "topic", RollCall.TOPICS, null);
        String scope = oneOf(v, "scope", RollCall.SCOPES, "whole-text");
        String title = v.required("title", "a recorded vote");
        String part = v.text("part");
        if (scope != null && !scope.equals("whole-text") && part == null) v.problem("scope", "a " + scope + " vote needs 'part' (which paragraph or amendment)");
        if (symbol == null || date == null || body == null || topic == null || scope == null) return;
        String id = v.text("id");
        if (id == null) id = part == null || scope.equals("whole-text") ? symbol : symbol + "#" + part;
        if (drafts.containsKey(id)) { v.problem("id", "duplicate recorded vote '" + id + "' (first at " + drafts.get(id).origin() + ")"); return; }
        List<RollCall.Tally> tallies = new ArrayList<>();
        if (v.node("tally") instanceof MappingNode m) tallies.add(tally(new YamlRecord(v.file, m, problems), false));
        else if (v.has("tally")) v.problem("tally", "'tally' must be a mapping (yes, no, abstain, source ...)");
        for (YamlRecord t : v.records("tallies")) tallies.add(tally(t, false));
        tallies.removeIf(java.util.Objects::isNull);
        if (tallies.isEmpty()) v.problem("a recorded vote needs a tally (tally: {yes, no, abstain, source})");
        List<Named> named = new ArrayList<>();
        String others = null;
        Citation posCitation = null;
        Origin posOrigin = new Origin(v.file, v.lineOf("positions"));
        if (v.node("positions") instanceof MappingNode pm) {
            YamlRecord p = new YamlRecord(v.file, pm, problems);
            p.allowOnly(POSITION_FIELDS, "positions");
            List<Citation> cs = citations.apply(p, "positions list");
            posCitation = cs.isEmpty() ? null : cs.get(0);
            for (String vote : RollCall.VOTES) named.addAll(states(p, vote));
            named.addAll(states(p, "yes-inferred"));
            others = p.text("others");
            if (others != null && !Set.of("yes-inferred", "absent").contains(others)) {
                p.problem("others", "'others' is yes-inferred or absent (what the UN members not named did), not '" + others + "'");
                others = null;
            }
        } else if (v.has("positions")) v.problem("positions", "'positions' must be a mapping (source, yes, no, abstain, absent, others)");
        drafts.put(id, new Draft(id, symbol, date, body, title, topic, scope, part, tallies, named, others, posCitation, posOrigin, new Origin(v.file, v.line())));
    }

    /** A tally given apart from its roll call (the {@code tallies} section), e.g. a press release's count of a generated roll call. */
    void readExtraTally(YamlRecord t) {
        String vote = t.required("vote", "a tally");
        RollCall.Tally tally = tally(t, true);
        if (vote != null && tally != null) extraTallies.add(Map.entry(vote, tally));
    }

    private RollCall.Tally tally(YamlRecord t, boolean standalone) {
        t.allowOnly(standalone ? TALLY_FIELDS : without(TALLY_FIELDS, "vote"), "a tally");
        Integer yes = count(t, "yes", true), no = count(t, "no", true), abstain = count(t, "abstain", true), absent = count(t, "absent", false);
        Status status = Status.ASSERTED;
        String s = t.text("status");
        if (s != null) {
            status = Status.fromKey(s).orElse(null);
            if (status == null) { t.problem("status", "unknown status '" + s + "' (asserted, disputed)"); return null; }
        }
        String note = t.text("note");
        if (status == Status.DISPUTED && note == null) t.problem("status", "a disputed tally needs a 'note' saying why");
        List<Citation> cs = citations.apply(t, "tally");
        if (cs.size() > 1) t.problem("sources", "a tally cites one source; give each source's count as its own tally");
        if (yes == null || no == null || abstain == null || cs.isEmpty()) return null;
        return new RollCall.Tally(yes, no, abstain, absent, status, note, cs.get(0), new Origin(t.file, t.line()));
    }

    /** The roll calls, checked against the knowledge base (states, UN membership on the day) and their tallies. */
    List<RollCall> resolve(KnowledgeBase kb) {
        for (var e : extraTallies) {
            Draft d = drafts.get(e.getKey());
            Origin o = e.getValue().origin();
            if (d == null) { problems.add(o.file(), o.line(), "tally of unknown recorded vote '" + e.getKey() + "'"); continue; }
            d.tallies().add(e.getValue());
        }
        Map<String, List<Relationship.Membership>> un = new HashMap<>();
        for (Relationship r : kb.relationships()) {
            if (r instanceof Relationship.Membership m && m.group().equals(UN)) un.computeIfAbsent(m.member(), k -> new ArrayList<>()).add(m);
        }
        List<RollCall> out = new ArrayList<>();
        for (Draft d : drafts.values()) out.add(resolve(d, kb, un));
        out.sort(Comparator.comparing(RollCall::date).thenComparing(RollCall::id));
        return out;
    }

    private RollCall resolve(Draft d, KnowledgeBase kb, Map<String, List<Relationship.Membership>> un) {
        Map<String, RollCall.Position> positions = new TreeMap<>();
        for (Named n : d.named()) {
            Entity e = kb.entity(n.state()).orElse(null);
            if (e == null || e.type() != EntityType.STATE) { add(n.origin(), "unknown state '" + n.state() + "' in the positions of " + d.id()); continue; }
            RollCall.Position first = positions.get(n.state());
            if (first != null) { add(n.origin(), "state " + n.state() + " votes twice on " + d.id() + " (also " + first.vote() + " at line " + first.origin().line() + ")"); continue; }
            if (!memberOn(kb, un, n.state(), d.date())) add(n.origin(), n.state() + " votes on " + d.id() + " on " + d.date() + " but is not a UN member that day (" + membershipText(un, n.state()) + ")");
            positions.put(n.state(), new RollCall.Position(n.state(), n.vote(), n.inferred(), d.positionsCitation(), n.origin()));
        }
        if (d.others() != null) {
            for (String member : new java.util.TreeSet<>(un.keySet())) {
                if (positions.containsKey(member) || !memberOn(kb, un, member, d.date())) continue;
                boolean inferred = d.others().equals("yes-inferred");
                positions.put(member, new RollCall.Position(member, inferred ? "yes" : "absent", inferred, d.positionsCitation(), d.positionsOrigin()));
            }
        }
        RollCall rc = new RollCall(d.id(), d.symbol(), d.date(), d.body(), d.title(), d.topic(), d.scope(), d.part(),
                List.copyOf(d.tallies()), List.copyOf(positions.values()), d.origin());
        boolean anyInferred = positions.values().stream().anyMatch(RollCall.Position::inferred);
        if (!positions.isEmpty()) for (RollCall.Tally t : d.tallies()) checkTally(rc, t, anyInferred);
        if (positions.isEmpty()) checkTalliesAgree(rc);
        return rc;
    }

    /** A tally must match the positions unless it is marked disputed. */
    private void checkTally(RollCall rc, RollCall.Tally t, boolean yesInferred) {
        if (t.status() == Status.DISPUTED) return;
        int yesNamed = (int) rc.positions().stream().filter(p -> p.vote().equals("yes") && !p.inferred()).count();
        int yesAll = rc.count("yes"), no = rc.count("no"), abstain = rc.count("abstain"), absent = rc.count("absent");
        boolean ok = no == t.no() && abstain == t.abstain()
                && (yesInferred ? t.yes() >= yesNamed && t.yes() <= yesAll : t.yes() == yesAll)
                && (t.absent() == null || yesInferred || t.absent() == absent);
        if (!ok) add(t.origin(), "tally of " + rc.id() + " (yes " + t.yes() + ", no " + t.no() + ", abstain " + t.abstain()
                + ", source " + t.citation().sourceId() + ") disagrees with its positions (yes " + (yesInferred ? yesNamed + ".." + yesAll + " with inferred" : yesAll)
                + ", no " + no + ", abstain " + abstain + "); mark it disputed with a note when the sources differ");
    }

    private void checkTalliesAgree(RollCall rc) {
        List<RollCall.Tally> ts = rc.tallies();
        for (int i = 1; i < ts.size(); i++) {
            RollCall.Tally a = ts.get(0), b = ts.get(i);
            boolean same = a.yes() == b.yes() && a.no() == b.no() && a.abstain() == b.abstain();
            if (!same && (a.status() != Status.DISPUTED || b.status() != Status.DISPUTED)) {
                add(b.origin(), "tallies of " + rc.id() + " disagree (" + a.yes() + "-" + a.no() + "-" + a.abstain() + " at line " + a.origin().line()
                        + ", " + b.yes() + "-" + b.no() + "-" + b.abstain() + " here); keep both with status disputed and a note");
            }
        }
    }

    /** UN membership on the day, by the model's one as-of rule. */
    static boolean memberOn(KnowledgeBase kb, Map<String, List<Relationship.Membership>> un, String state, LocalDate day) {
        for (Relationship.Membership m : un.getOrDefault(state, List.of())) if (Validity.counts(kb, m, day)) return true;
        return false;
    }

    private static String membershipText(Map<String, List<Relationship.Membership>> un, String state) {
        List<Relationship.Membership> ms = un.getOrDefault(state, List.of());
        if (ms.isEmpty()) return "no UN membership recorded";
        List<String> spans = new ArrayList<>();
        for (var m : ms) spans.add("member " + (m.valid().from() == null ? "?" : m.valid().from()) + " to " + (m.valid().until() == null ? "now" : m.valid().until()));
        return String.join("; ", spans);
    }

    private List<Named> states(YamlRecord p, String vote) {
        Node n = p.node(vote);
        List<Named> out = new ArrayList<>();
        if (n == null || YamlRecord.isNull(n)) return out;
        if (!(n instanceof SequenceNode seq)) { p.problem(vote, "'" + vote + "' must list state ids ([AFG, ALB, ...])"); return out; }
        for (Node item : seq.getValue()) {
            boolean inferred = vote.equals("yes-inferred");
            if (item instanceof ScalarNode s && !s.getValue().isBlank()) out.add(new Named(s.getValue().strip(), inferred ? "yes" : vote, inferred, new Origin(p.file, YamlRecord.lineOf(item))));
            else p.problem(item, "'" + vote + "' must list state ids");
        }
        return out;
    }

    private void add(Origin o, String message) { problems.add(o.file(), o.line(), message); }

    private static LocalDate day(YamlRecord r, String key) {
        String t = r.required(key, "a recorded vote");
        if (t == null) return null;
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            r.problem(key, "'" + key + "' must be a day (YYYY-MM-DD), not '" + t + "'");
            return null;
        }
    }

    private static String oneOf(YamlRecord r, String key, List<String> allowed, String dflt) {
        String t = r.text(key);
        if (t == null) {
            if (dflt == null) r.problem("missing required field '" + key + "' in a recorded vote");
            return dflt;
        }
        if (!allowed.contains(t)) { r.problem(key, "unknown " + key + " '" + t + "' (one of " + String.join(", ", allowed) + ")"); return null; }
        return t;
    }

    private static Integer count(YamlRecord r, String key, boolean required) {
        String t = r.text(key);
        if (t == null) {
            if (required) r.problem("missing required field '" + key + "' in a tally");
            return null;
        }
        try {
            int n = Integer.parseInt(t);
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            r.problem(key, "'" + key + "' must be a whole number, not '" + t + "'");
            return null;
        }
    }

    private static Set<String> without(Set<String> s, String k) {
        Set<String> out = new java.util.HashSet<>(s);
        out.remove(k);
        return out;
    }
}
