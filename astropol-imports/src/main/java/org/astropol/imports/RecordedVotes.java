package org.astropol.imports;

import org.astropol.model.Citation;
import org.astropol.model.RollCall;
import org.astropol.model.Status;
import org.astropol.store.RollCallTables;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How every state voted on a resolution: from the curated recorded votes (data/votes, tables {@code roll_call*}) when
 * they hold it, compared with an imported bulk dataset of the same roll call when one is present (every difference
 * listed under {@code disputed} with both sources); from the import alone otherwise ({@link ResolutionVotes}). The
 * command line ({@code vote}) and the HTTP API give this same answer.
 */
public final class RecordedVotes {
    private RecordedVotes() {}

    public record SourceRef(String id, String locatorKind, String locator) {
        static SourceRef of(Citation c) { return c == null ? null : new SourceRef(c.sourceId(), c.locatorKind().key(), c.locator()); }
    }

    public record TallyOut(int yes, int no, int abstain, Integer absent, String status, String note, SourceRef source) {}

    public record PositionOut(String id, String vote, boolean inferred, SourceRef source) {}

    /** One value on which the sources differ, with each source's value. */
    public record Disputed(String field, List<Claim> claims) {}

    public record Claim(Object value, String source) {}

    public record Answer(String resolution, String rollCall, String date, String body, String title, String topic, String scope,
                         int yes, int no, int abstain, int absent, int inferredYes, List<TallyOut> tallies, List<PositionOut> positions,
                         List<Disputed> disputed, String source, Long rcid, String absentRule, List<String> otherRollCalls) {}

    /** The answer for a symbol (R/69/32 accepted), or null when neither the curated votes nor an import hold it. */
    public static Answer find(Connection c, String symbol) throws SQLException {
        String sym = ResolutionVotes.symbol(symbol);
        List<RollCall> curated = RollCallTables.read(c, sym);
        ResolutionVotes.Result imported = ResolutionVotes.anyVotesImported(c) ? ResolutionVotes.find(c, sym) : null;
        if (curated.isEmpty()) return imported == null ? null : fromImport(imported);
        // the plenary vote on the text as a whole when there is one (the latest if several), else the latest roll call
        RollCall rc = curated.stream().filter(r -> r.wholeText() && r.body().equals("ga-plenary")).reduce((a, b) -> b)
                .or(() -> curated.stream().filter(RollCall::wholeText).reduce((a, b) -> b)).orElse(curated.get(curated.size() - 1));
        List<String> others = curated.stream().map(RollCall::id).filter(id -> !id.equals(rc.id())).toList();
        List<TallyOut> tallies = new ArrayList<>();
        // when the sources' counts differ, every count is shown as disputed, the dataset's as much as the press's
        boolean differ = rc.tallies().stream().map(t -> t.yes() + "-" + t.no() + "-" + t.abstain()).distinct().count() > 1;
        for (RollCall.Tally t : rc.tallies()) tallies.add(new TallyOut(t.yes(), t.no(), t.abstain(), t.absent(),
                differ ? Status.DISPUTED.key() : t.status().key(), t.note(), SourceRef.of(t.citation())));
        List<PositionOut> positions = new ArrayList<>();
        int inferred = 0;
        for (RollCall.Position p : rc.positions()) {
            positions.add(new PositionOut(p.state(), p.vote(), p.inferred(), SourceRef.of(p.citation())));
            if (p.inferred()) inferred++;
        }
        List<Disputed> disputed = new ArrayList<>(disputedTallies(rc));
        if (imported != null && rc.wholeText()) disputed.addAll(compare(rc, imported));
        return new Answer(sym, rc.id(), rc.date().toString(), rc.body(), rc.title(), rc.topic(), rc.scope(), rc.count("yes"), rc.count("no"),
                rc.count("abstain"), rc.count("absent"), inferred, tallies, positions, disputed, "curated", null,
                "absent = a UN member on the day (data/votes/un-membership.yaml) whose vote the source does not record; "
                        + "yes (inferred) = a member not named among the no and abstain states of a source that names only those", others);
    }

    /** Tallies that differ between sources, per count. */
    static List<Disputed> disputedTallies(RollCall rc) {
        List<Disputed> out = new ArrayList<>();
        String[] fields = {"yes", "no", "abstain"};
        for (int f = 0; f < 3; f++) {
            Map<Integer, List<String>> byValue = new LinkedHashMap<>();
            for (RollCall.Tally t : rc.tallies()) {
                int v = f == 0 ? t.yes() : f == 1 ? t.no() : t.abstain();
                byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(describe(t.citation()) + (t.status() == Status.DISPUTED ? " (disputed: " + t.note() + ")" : ""));
            }
            if (byValue.size() < 2) continue;
            List<Claim> claims = new ArrayList<>();
            byValue.forEach((v, srcs) -> srcs.forEach(s -> claims.add(new Claim(v, s))));
            out.add(new Disputed("tally " + fields[f], claims));
        }
        return out;
    }

    /** Every state whose curated position differs from the imported one (the import's absent is its own proxy, see ResolutionVotes). */
    static List<Disputed> compare(RollCall rc, ResolutionVotes.Result imported) {
        Map<String, String> theirs = new HashMap<>();
        for (ResolutionVotes.Position p : imported.positions()) theirs.put(p.id(), p.vote());
        String importSource = imported.source() + (imported.rcid() == null ? "" : " rcid " + imported.rcid());
        List<Disputed> out = new ArrayList<>();
        Map<String, RollCall.Position> ours = new HashMap<>();
        for (RollCall.Position p : rc.positions()) ours.put(p.state(), p);
        java.util.TreeSet<String> states = new java.util.TreeSet<>(ours.keySet());
        states.addAll(theirs.keySet());
        for (String s : states) {
            RollCall.Position p = ours.get(s);
            String mine = p == null ? "not listed" : p.vote() + (p.inferred() ? " (inferred)" : "");
            String other = theirs.getOrDefault(s, "not listed");
            if (p != null && p.vote().equals(other)) continue;
            if (p == null && other.equals("absent")) continue;
            if (p != null && p.vote().equals("absent") && other.equals("not listed")) continue;
            out.add(new Disputed("position " + s, List.of(new Claim(mine, "curated " + (p == null ? "" : describe(p.citation()))), new Claim(other, importSource))));
        }
        return out;
    }

    private static String describe(Citation c) {
        return c == null ? "" : c.sourceId() + (c.locator() == null || c.locator().isEmpty() ? "" : " (" + c.locator() + ")");
    }

    private static Answer fromImport(ResolutionVotes.Result r) {
        List<PositionOut> positions = r.positions().stream().map(p -> new PositionOut(p.id(), p.vote(), false, new SourceRef(r.source(), "section",
                r.rcid() == null ? r.resolution() : "rcid " + r.rcid()))).toList();
        return new Answer(r.resolution(), r.rcid() == null ? r.resolution() : "rcid " + r.rcid(), r.date(), "ga-plenary", r.title(), null, "whole-text",
                r.yes(), r.no(), r.abstain(), r.absent(), 0, List.of(), positions, List.of(), r.source(), r.rcid(), r.absentRule(), List.of());
    }
}
