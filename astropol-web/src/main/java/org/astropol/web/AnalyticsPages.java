package org.astropol.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.astropol.analysis.Firsts;
import org.astropol.analysis.SpacePowerIndex;
import org.astropol.imports.RecordedVotes;
import org.astropol.imports.ResolutionVotes;
import org.astropol.model.RollCall;
import org.astropol.ingest.StoredDocuments;
import org.astropol.model.Entity;
import org.astropol.model.KnowledgeBase;
import org.astropol.web.view.AlignmentView;
import org.astropol.web.view.Bars;
import org.astropol.web.view.Chart;
import org.astropol.web.view.DocumentsView;
import org.astropol.web.view.FirstsRankingView;
import org.astropol.web.view.Layout;
import org.astropol.web.view.Ref;
import org.astropol.web.view.TiersView;
import org.astropol.web.view.VoteView;
import org.astropol.web.view.VotesView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.astropol.web.Html.url;

/**
 * The pages over the analyses, the UN votes and the ingested documents: tiers (index chart, weights form), firsts,
 * a resolution's votes, the alignment matrix, and the document reader, each a jte template (tiers.jte, votes.jte,
 * vote.jte, alignment.jte, documents.jte, reader.jte) that escapes every value; the charts' SVG is built here, escaped.
 */
final class AnalyticsPages {
    private final Analytics analytics;
    private final KnowledgeBase kb;
    private final Documents documents;

    AnalyticsPages(Analytics analytics, Documents documents) {
        this.analytics = analytics;
        this.kb = analytics.kb();
        this.documents = documents;
    }

    void register(Javalin app) {
        app.get("/tiers", ctx -> { Params.only(ctx, "asOf", "weight.*"); html(ctx, tiers(ctx)); });
        app.get("/firsts", ctx -> {
            Params.only(ctx, "asOf", "format", "table");
            LocalDate day = Params.asOf(ctx, "asOf");
            var r = FirstsMatrix.of(kb, documents, day, analytics.dataHash());
            if (CsvDownload.answer(ctx, r.tables(), "matrix", "firsts", day, analytics.dataHash())) return;
            html(ctx, Templates.render("firsts.jte", r.view()));
        });
        app.get("/firsts/{capability}", ctx -> { Params.only(ctx, "asOf", "format"); firsts(ctx); });
        app.get("/votes", ctx -> {
            Params.only(ctx, "symbol");
            String s = Params.string(ctx, "symbol");
            if (s != null) { Analytics.symbol(s); ctx.redirect("/votes/" + url(ResolutionVotes.symbol(s))); return; }
            html(ctx, votesIndex());
        });
        app.get("/votes/<symbol>", ctx -> { Params.only(ctx); html(ctx, vote(ctx.pathParam("symbol"))); });
        app.get("/alignment", ctx -> { Params.only(ctx, "states", "topic", "asOf", "anchor"); html(ctx, alignment(ctx)); });
        app.get("/documents", ctx -> { Params.only(ctx); html(ctx, documents()); });
        app.get("/documents/{id}", ctx -> { Params.only(ctx); html(ctx, reader(ctx.pathParam("id"))); });
    }

    private static void html(Context ctx, String body) { ctx.contentType("text/html; charset=utf-8").result(body); }

    private String hash() {
        String h = analytics.dataHash();
        return h == null ? CsvDownload.NO_DATABASE : h;
    }

    private Ref ref(String id) { return new Ref(id, kb.findEntity(id).map(Entity::name).orElse(null)); }

    private static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.2f", d);
    }

    // ---------------------------------------------------------------- tiers

    String tiers(Context ctx) {
        LocalDate day = Params.asOf(ctx, "asOf");
        SpacePowerIndex.Config cfg = analytics.tiersConfig(ctx);
        SpacePowerIndex.Config base = analytics.tiersConfig();
        var r = analytics.tiers(day, cfg);
        var configured = analytics.tiers(day, base);
        Map<String, Integer> baseRank = new HashMap<>();
        for (var s : configured.states()) baseRank.put(s.id(), s.rank());
        List<TiersView.Weight> weights = SpacePowerIndex.INDICATORS.stream().map(i -> new TiersView.Weight(i, num(cfg.weights().getOrDefault(i, 0.0)))).toList();
        List<TiersView.Row> rows = new ArrayList<>();
        for (var s : r.states()) {
            Integer br = baseRank.get(s.id());
            String move = br == null || br == s.rank() ? null : br > s.rank() ? "up" : "down";
            rows.add(new TiersView.Row(s.rank(), ref(s.id()), num(s.score()), s.tier(), Math.min(s.tier(), 6), s.rankInterval()[0], s.rankInterval()[1], br, move,
                    br == null ? 0 : Math.abs(br - s.rank())));
        }
        StringBuilder json = new StringBuilder("/api/v1/tiers?asOf=").append(day);
        for (var e : cfg.weights().entrySet()) json.append("&weight.").append(url(e.getKey())).append('=').append(num(e.getValue()));
        var view = new TiersView(String.valueOf(r.asOf()), r.draws(), weights, r.states().size(), r.tiers(),
                String.join(", ", r.breaks().stream().map(AnalyticsPages::num).toList()), !cfg.weights().equals(base.weights()), tiersChart(r, day), rows,
                json.append("&explain=true").toString(), hash());
        return Templates.render("tiers.jte", view);
    }

    /**
     * Horizontal bars, one per state (the top 30), one series per tier; each bar's records are the statements and
     * relationships its indicators were computed from (the JSON link explains each).
     */
    private Chart tiersChart(SpacePowerIndex.Result r, LocalDate day) {
        Map<Integer, List<Chart.Point>> byTier = new TreeMap<>();
        for (var st : r.states().stream().limit(30).toList()) {
            List<String> records = st.indicators() == null ? List.of() : st.indicators().stream().filter(i -> i.records() != null)
                    .flatMap(i -> i.records().stream()).map(org.astropol.analysis.Ties.Trace::id).distinct().toList();
            byTier.computeIfAbsent(st.tier(), k -> new ArrayList<>()).add(new Chart.Point(st.id(), st.score(), num(st.score()), records, List.of()));
        }
        List<Chart.Series> series = new ArrayList<>();
        byTier.forEach((tier, points) -> series.add(new Chart.Series("Tier " + tier, "t" + Math.min(tier, 6), points)));
        return ChartData.of("chart-tiers", "Space-power index, the top " + Math.min(30, r.states().size()) + " states", "hbars", "score 0–100", series, null, day,
                analytics.dataHash());
    }

    // ---------------------------------------------------------------- firsts

    /** /firsts/{capability}: the ranking, or with {@code format=csv} the same as a table with the day, the data hash and the ids. */
    void firsts(Context ctx) {
        String cap = ctx.pathParam("capability");
        if (!cap.matches("[a-z0-9][a-z0-9-]{0,63}")) throw ApiException.badRequest("malformed capability");
        LocalDate day = Params.asOf(ctx, "asOf");
        var r = Firsts.of(kb, cap, day);
        List<FirstsRankingView.Row> rows = new ArrayList<>();
        List<List<String>> csv = new ArrayList<>();
        for (var a : r.states()) {
            boolean disputed = "disputed".equals(a.status());
            var undisputed = disputed ? a.undisputed() : null;
            List<FirstsRankingView.SourceLink> sources = a.sources().stream().map(s -> new FirstsRankingView.SourceLink(s.id(), s.title())).distinct().toList();
            var row = new FirstsRankingView.Row(rows.size() + 1, found(a.id()), a.date(), a.events().stream().map(this::found).toList(), disputed,
                    disputed ? a.note() : null, undisputed == null ? null : undisputed.date(), undisputed == null ? null : found(undisputed.event()), sources);
            rows.add(row);
            csv.add(java.util.Arrays.asList(String.valueOf(row.n()), a.id(), a.name(), a.date(), a.status(), row.note(), row.undisputedDate(),
                    undisputed == null ? null : undisputed.event(), String.join(";", a.events()), String.join(";", sources.stream().map(FirstsRankingView.SourceLink::id).distinct().toList())));
        }
        var table = new CsvDownload("ranking", List.of("rank", "state", "name", "date", "status", "note", "undisputed_date", "undisputed_event", "records", "sources"), csv);
        if (CsvDownload.answer(ctx, Map.of("ranking", table), "ranking", "firsts-" + cap, day, analytics.dataHash())) return;
        String path = "/firsts/" + url(cap);
        html(ctx, Templates.render("firsts-ranking.jte", new FirstsRankingView(Layout.titled("Firsts: " + cap), r.capability(), r.rule(), day.toString(), rows,
                path + "?asOf=" + day + "&format=csv", "/api/v1/firsts/" + url(cap) + "?asOf=" + day, hash())));
    }

    /** A link to the entity the id names (aliases resolved to the entity's own id); the bare id when it is unknown. */
    private Ref found(String id) {
        return kb.findEntity(id).map(e -> new Ref(e.id(), e.name())).orElse(new Ref(id, null));
    }

    // ---------------------------------------------------------------- UN votes

    String votesIndex() {
        List<RollCall> all = new ArrayList<>(analytics.rollCalls());
        java.util.Collections.reverse(all);
        List<VotesView.Row> rows = new ArrayList<>();
        for (RollCall r : all) {
            RollCall.Tally t = r.tallies().isEmpty() ? null : r.tallies().get(0);
            String tally = t == null ? "" : t.yes() + "-" + t.no() + "-" + t.abstain() + (r.tallies().size() > 1 ? " (" + r.tallies().size() + " sources)" : "");
            rows.add(new VotesView.Row(String.valueOf(r.date()), r.symbol(), "/votes/" + url(r.symbol()), r.wholeText() ? null : r.scope(), r.body(), r.topic(), tally,
                    regionBars(r), r.title()));
        }
        java.util.Set<String> curated = new java.util.HashSet<>();
        for (RollCall r : all) curated.add(r.symbol());
        List<VotesView.Imported> imported = analytics.spaceResolutions().stream().filter(r -> !curated.contains(r.resolution()))
                .map(r -> new VotesView.Imported(String.valueOf(r.date()), r.resolution(), "/votes/" + url(r.resolution()), r.category(), r.title())).toList();
        return Templates.render("votes.jte", new VotesView(REGIONS, rows, imported, hash()));
    }

    private static final List<String> VOTES = List.of("yes", "no", "abstain", "absent");
    private static final List<String> REGIONS = List.of("Africa", "Americas", "Asia", "Europe", "Oceania");

    /**
     * One small stacked bar per UN region (yes, no, abstain, absent shares of the positions recorded for its states), so
     * a reader sees at a glance where the no votes and abstentions came from; empty when the roll call names no state.
     */
    private Bars regionBars(RollCall r) {
        Map<String, int[]> counts = new TreeMap<>();
        for (RollCall.Position p : r.positions()) {
            String region = kb.findEntity(p.state()).flatMap(e -> e.attribute("region")).orElse(null);
            int v = VOTES.indexOf(p.vote());
            if (region != null && v >= 0) counts.computeIfAbsent(region, k -> new int[4])[v]++;
        }
        List<Bars.Rect> rects = new ArrayList<>();
        for (int i = 0; i < REGIONS.size(); i++) {
            int[] c = counts.getOrDefault(REGIONS.get(i), new int[4]);
            int total = c[0] + c[1] + c[2] + c[3];
            double x = i * 30, y = 0;
            StringBuilder tip = new StringBuilder(REGIONS.get(i));
            for (int v = 0; v < 4; v++) {
                tip.append(v == 0 ? ": " : ", ").append(VOTES.get(v)).append(' ').append(c[v]);
                if (total == 0 || c[v] == 0) continue;
                double h = 40.0 * c[v] / total;
                rects.add(new Bars.Rect("v-" + VOTES.get(v), fmt(x + 2), fmt(y), "26", fmt(h), null));
                y += h;
            }
            rects.add(new Bars.Rect("region-hit", fmt(x + 2), "0", "26", "40", tip.toString()));
        }
        return new Bars("regionbars", null, null, null, 150, 40, 150, 40, false, r.symbol() + " by region", rects);
    }

    String vote(String symbol) {
        var r = analytics.vote(symbol);
        List<VoteView.Count> counts = VOTES.stream().map(v -> new VoteView.Count(v, count(r, v))).toList();
        List<VoteView.SourceTally> tallies = r.tallies().stream()
                .map(t -> new VoteView.SourceTally(t.yes(), t.no(), t.abstain(), t.status(), t.source().id(), t.source().locator())).toList();
        List<String> disputed = r.disputed().stream().map(d -> d.field() + ": "
                + String.join(" vs ", d.claims().stream().map(c -> c.value() + " (" + c.source() + ")").toList())).toList();
        // a region breakdown (instead of a map): positions by UN region of the state
        Map<String, int[]> byRegion = new TreeMap<>();
        for (var p : r.positions()) {
            String region = kb.findEntity(p.id()).flatMap(e -> e.attribute("region")).orElse("unknown");
            byRegion.computeIfAbsent(region, k -> new int[4])[VOTES.indexOf(p.vote())]++;
        }
        List<VoteView.RegionRow> regions = byRegion.entrySet().stream()
                .map(e -> new VoteView.RegionRow(e.getKey(), java.util.Arrays.stream(e.getValue()).boxed().toList())).toList();
        List<RecordedVotes.PositionOut> ps = new ArrayList<>(r.positions());
        ps.sort(Comparator.comparingInt((RecordedVotes.PositionOut p) -> VOTES.indexOf(p.vote())).thenComparing(p -> kb.nameOf(p.id())));
        List<VoteView.Position> positions = ps.stream().map(p -> new VoteView.Position(ref(p.id()), p.vote(), p.inferred(),
                p.source() == null ? "" : p.source().id() + " " + p.source().locator())).toList();
        String note = r.absentRule() + " Data: " + r.source() + (r.otherRollCalls().isEmpty() ? "" : "; other roll calls on this symbol: " + String.join(", ", r.otherRollCalls())) + ".";
        return Templates.render("vote.jte", new VoteView(r.resolution(), String.valueOf(r.date()), r.body(), r.topic(), r.title(), counts, r.inferredYes(),
                tallyBar(r), tallies, disputed, VOTES, regions, positions, note, "/api/v1/votes/" + url(r.resolution()), hash()));
    }

    private static int count(RecordedVotes.Answer r, String v) {
        return switch (v) { case "yes" -> r.yes(); case "no" -> r.no(); case "abstain" -> r.abstain(); default -> r.absent(); };
    }

    private static Bars tallyBar(RecordedVotes.Answer r) {
        int total = Math.max(1, r.yes() + r.no() + r.abstain() + r.absent());
        List<Bars.Rect> rects = new ArrayList<>();
        double x = 0;
        for (String v : VOTES) {
            double w = 700.0 * count(r, v) / total;
            rects.add(new Bars.Rect("v-" + v, fmt(x), "0", fmt(w), "24", v + ": " + count(r, v)));
            x += w;
        }
        return new Bars("tallybar", "tally-bar", "tally", "tallies", 700, 24, null, null, true, "Tally", rects);
    }

    static final List<String> ALIGNMENT_TOPICS = List.of("space-security", "space", "paros", "no-first-placement", "tcbm", "further-practical-measures", "da-asat");

    String alignment(Context ctx) {
        String topic = Analytics.topic(ctx);
        if (ctx.queryParam("topic") == null) topic = "space-security";
        LocalDate day = Params.asOf(ctx, "asOf");
        String st = Params.string(ctx, "states");
        // the default set keeps only the states this knowledge base holds; states a user names must all exist
        List<String> states = Api.stateIds(st == null
                ? Analytics.DEFAULT_ALIGNMENT_STATES.stream().filter(s -> analytics.kb().entity(s).isPresent()).toList()
                : Params.ids(ctx, "states", 2, 40));
        Map<String, Object> m;
        try {
            m = analytics.alignmentMatrix(states, topic, null, day);
        } catch (ApiException e) {
            if (e.status() != 404) throw e;
            return Templates.render("alignment.jte", new AlignmentView(String.join(",", states), ALIGNMENT_TOPICS, topic, day.toString(), e.getMessage(),
                    null, null, List.of(), List.of(), List.of(), null, null, IDEAL_POINT_REPLICATES, null));
        }
        @SuppressWarnings("unchecked") List<String> mStates = (List<String>) m.get("states");
        @SuppressWarnings("unchecked") List<Map<String, Object>> mPairs = (List<Map<String, Object>>) m.get("pairs");
        @SuppressWarnings("unchecked") Map<String, Double> ideal = (Map<String, Double>) m.get("idealPoints");
        Map<String, Map<String, Object>> pairs = new LinkedHashMap<>();
        for (var p : mPairs) { pairs.put(p.get("a") + "|" + p.get("b"), p); pairs.put(p.get("b") + "|" + p.get("a"), p); }
        List<AlignmentView.Row> rows = new ArrayList<>();
        for (String a : mStates) {
            List<AlignmentView.Cell> cells = new ArrayList<>();
            for (String c : mStates) {
                var p = pairs.get(a + "|" + c);
                Double score = p == null ? null : (Double) p.get("score");
                if (a.equals(c)) cells.add(new AlignmentView.Cell(-2, null, null, null));
                else if (score == null) cells.add(new AlignmentView.Cell(-1, null, null, null));
                else cells.add(new AlignmentView.Cell((int) Math.min(4, Math.floor(score * 5)), a + "-" + c, String.format(Locale.ROOT, "%.2f", score),
                        a + "–" + c + ": " + p.get("votes") + " roll calls; without inferred positions " + p.get("scoreWithoutInferred")));
            }
            rows.add(new AlignmentView.Row(ref(a), cells));
        }
        List<AlignmentView.IdealPoint> points = ideal.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> new AlignmentView.IdealPoint(ref(e.getKey()), e.getValue() == null ? "" : String.format(Locale.ROOT, "%+.2f", e.getValue()))).toList();
        return Templates.render("alignment.jte", new AlignmentView(String.join(",", states), ALIGNMENT_TOPICS, topic, day.toString(), null,
                String.valueOf(m.get("data")), m.get("inferredRollCalls"), mStates.stream().map(this::ref).toList(), rows, points,
                "/api/v1/alignment?states=" + url(String.join(",", mStates)) + "&topic=" + url(topic), idealPointIntervals(ctx, mStates, topic, day, String.valueOf(m.get("data"))),
                IDEAL_POINT_REPLICATES, anchorOf(ctx, mStates)));
    }

    /**
     * The ideal points' bootstrap intervals as a chart; the anchor state (parameter {@code anchor}, USA by default) is
     * positive. Each row's records are the roll calls its state voted in (yes, no or abstain, unanimous ones dropped).
     */
    private Chart idealPointIntervals(Context ctx, List<String> states, String topic, LocalDate day, String data) {
        String anchor = anchorOf(ctx, states);
        var loaded = analytics.voteRecords(topic, null, day);
        var records = org.astropol.analysis.VoteRecords.withPredecessors(loaded.withInferred(), kb, states, true);
        var intervals = org.astropol.analysis.Alignment.bootstrap(records, states, topic, day, anchor, IDEAL_POINT_REPLICATES, 1L);
        Map<String, java.util.TreeSet<String>> calls = new HashMap<>();
        Map<String, java.util.Set<String>> codes = new HashMap<>();
        for (var v : records.votes()) {
            if (!topic.equals(v.topic()) || (v.date() != null && v.date().isAfter(day)) || !java.util.Set.of("yes", "no", "abstain").contains(v.vote())) continue;
            codes.computeIfAbsent(v.rollCall(), k -> new java.util.HashSet<>()).add(v.vote());
            calls.computeIfAbsent(v.state(), k -> new java.util.TreeSet<>()).add(v.rollCall());
        }
        List<Chart.Point> points = intervals.stream().sorted(java.util.Comparator.comparingDouble(org.astropol.analysis.Alignment.IdealPointInterval::point).reversed())
                .map(r -> new Chart.Point(r.state(), r.point(), String.format(Locale.ROOT, "%+.2f (%+.2f to %+.2f)", r.point(), r.low(), r.high()),
                        calls.getOrDefault(r.state(), new java.util.TreeSet<>()).stream().filter(c -> codes.get(c).size() > 1).toList(),
                        data == null ? List.of() : List.of(data), r.low(), r.high())).toList();
        return ChartData.of("chart-ideal-points", "Ideal points with 95% bootstrap intervals (" + anchor + " positive)", "intervals", "ideal point",
                List.of(new Chart.Series("Ideal point", "k0", points)), null, day, analytics.dataHash());
    }

    static final int IDEAL_POINT_REPLICATES = 200;

    /** The state whose ideal point is positive: parameter {@code anchor}, else USA when shown, else the first state. */
    private static String anchorOf(Context ctx, List<String> states) {
        String anchor = Params.string(ctx, "anchor");
        if (anchor == null || anchor.isBlank()) anchor = states.contains("USA") ? "USA" : states.getFirst();
        anchor = anchor.toUpperCase(Locale.ROOT);
        if (!states.contains(anchor)) throw ApiException.badRequest("parameter 'anchor' must be one of the states shown (" + String.join(",", states) + ")");
        return anchor;
    }

    // ---------------------------------------------------------------- documents

    String documents() {
        var items = analytics.documents().stream().map(d -> new DocumentsView.Item("/documents/" + url(d.id()), d.title() == null ? d.file() : d.title(), d.format(),
                d.date() == null ? null : String.valueOf(d.date()), d.passages())).toList();
        return Templates.render("documents.jte", new DocumentsView(items));
    }

    String reader(String id) {
        var d = analytics.document(id);
        var ps = analytics.passages(d.id());
        String original = d.sourceUrl() != null && (d.sourceUrl().startsWith("https://") || d.sourceUrl().startsWith("http://")) ? d.sourceUrl() : null;
        // the most mentioned first; the template folds away the long tail
        var linked = d.entities().stream().map(e -> new DocumentsView.Mention(ref(e.id()), e.mentions())).toList();
        var passages = ps.passages().stream().map(p -> new DocumentsView.Passage(p.start(), highlight(p))).toList();
        return Templates.render("reader.jte", new DocumentsView.Reader(d.title() == null ? d.file() : d.title(), d.format(), d.chars(),
                d.date() == null ? null : String.valueOf(d.date()), d.language(), d.citation(), original, linked, passages, "/api/v1/documents/" + url(d.id()) + "/passages"));
    }

    /** The passage text cut at each entity mention (mentions in order; overlapping ones skipped). */
    private List<DocumentsView.Piece> highlight(StoredDocuments.Passage p) {
        String text = p.text();
        List<DocumentsView.Piece> out = new ArrayList<>();
        int pos = 0;
        for (var m : p.mentions()) {
            int s = m.start() - p.start(), e = m.end() - p.start();
            if (s < pos || e > text.length() || s >= e) continue;
            if (s > pos) out.add(new DocumentsView.Piece(text.substring(pos, s), null, null, null));
            Entity ent = kb.findEntity(m.id()).orElse(null);
            out.add(ent == null ? new DocumentsView.Piece(text.substring(s, e), m.id(), null, null)
                    : new DocumentsView.Piece(text.substring(s, e), ent.id(), ref(ent.id()).href(), ent.name()));
            pos = e;
        }
        if (pos < text.length()) out.add(new DocumentsView.Piece(text.substring(pos), null, null, null));
        return out;
    }

    /** A coordinate with one decimal, whatever the default locale. */
    private static String fmt(double d) { return String.format(java.util.Locale.ROOT, "%.1f", d); }
}
