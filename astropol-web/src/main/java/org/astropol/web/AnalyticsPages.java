package org.astropol.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.astropol.analysis.Firsts;
import org.astropol.analysis.SourceRef;
import org.astropol.analysis.SpacePowerIndex;
import org.astropol.imports.RecordedVotes;
import org.astropol.imports.ResolutionVotes;
import org.astropol.model.RollCall;
import org.astropol.ingest.StoredDocuments;
import org.astropol.model.Entity;
import org.astropol.model.KnowledgeBase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.astropol.web.Html.esc;
import static org.astropol.web.Html.url;

/**
 * The pages over the analyses, the UN votes and the ingested documents: tiers (index chart, weights form), firsts,
 * a resolution's votes, the alignment matrix, and the document reader. Every piece of data is escaped.
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
            var r = FirstsMatrix.of(kb, documents, day);
            if ("csv".equals(Params.oneOf(ctx, "format", "html", "html", "csv"))) {
                String table = Params.oneOf(ctx, "table", "matrix", r.tables().keySet().toArray(String[]::new));
                r.tables().get(table).send(ctx, "firsts", day, analytics.dataHash());
                return;
            }
            html(ctx, Templates.render("firsts.jte", r.view()));
        });
        app.get("/firsts/{capability}", ctx -> { Params.only(ctx, "asOf"); html(ctx, firsts(ctx)); });
        app.get("/votes", ctx -> {
            Params.only(ctx, "symbol");
            String s = Params.string(ctx, "symbol");
            if (s != null) { Analytics.symbol(s); ctx.redirect("/votes/" + url(ResolutionVotes.symbol(s))); return; }
            html(ctx, votesIndex());
        });
        app.get("/votes/<symbol>", ctx -> { Params.only(ctx); html(ctx, vote(ctx.pathParam("symbol"))); });
        app.get("/alignment", ctx -> { Params.only(ctx, "states", "topic", "asOf"); html(ctx, alignment(ctx)); });
        app.get("/documents", ctx -> { Params.only(ctx); html(ctx, documents()); });
        app.get("/documents/{id}", ctx -> { Params.only(ctx); html(ctx, reader(ctx.pathParam("id"))); });
    }

    private static void html(Context ctx, String body) { ctx.contentType("text/html; charset=utf-8").result(body); }

    private String link(String id) {
        Entity e = kb.findEntity(id).orElse(null);
        if (e == null) return esc(id);
        return "<a href=\"/entity/" + url(e.id()) + "\">" + esc(e.name()) + "</a>";
    }

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
        boolean changed = !cfg.weights().equals(base.weights());

        StringBuilder b = new StringBuilder("<h1>Space-power tiers</h1><p class=\"muted\">Score 0–100 from ten cited indicators; tiers by natural breaks; "
                + "the rank interval is the best and worst rank over " + r.draws() + " random redraws of the weights (±50%). Change the weights and recompute "
                + "to see the ranks move; the last column compares with the configured weights.</p>");
        b.append("<form id=\"tiers-form\" class=\"weights\" action=\"/tiers\" method=\"get\"><label for=\"asOf\">As of</label> <input type=\"date\" id=\"asOf\" name=\"asOf\" value=\"")
                .append(day).append("\"><fieldset><legend>Weights</legend>");
        for (String ind : SpacePowerIndex.INDICATORS) {
            double w = cfg.weights().getOrDefault(ind, 0.0);
            b.append("<label class=\"weight\">").append(esc(ind)).append(" <input type=\"number\" min=\"0\" max=\"100\" step=\"0.5\" id=\"w-").append(esc(ind))
                    .append("\" name=\"weight.").append(esc(ind)).append("\" value=\"").append(num(w)).append("\"></label>");
        }
        b.append("</fieldset><button type=\"submit\">Recompute</button> <a href=\"/tiers?asOf=").append(day).append("\" id=\"reset-weights\">configured weights</a></form>");
        b.append("<p class=\"summary\" id=\"tiers-summary\">").append(r.states().size()).append(" states as of ").append(esc(r.asOf())).append(", ").append(r.tiers())
                .append(" tiers (lowest score of each: ").append(esc(String.join(", ", r.breaks().stream().map(AnalyticsPages::num).toList()))).append(")")
                .append(changed ? " · weights changed" : "").append("</p>");
        b.append(tiersChart(r));
        b.append("<table id=\"tiers-table\"><thead><tr><th>Rank</th><th>State</th><th>Score</th><th>Tier</th><th>Rank interval</th><th>Configured rank</th></tr></thead><tbody>");
        for (var s : r.states()) {
            Integer br = baseRank.get(s.id());
            String move = br == null || br == s.rank() ? "" : br > s.rank() ? " <span class=\"up\">▲" + (br - s.rank()) + "</span>" : " <span class=\"down\">▼" + (s.rank() - br) + "</span>";
            b.append("<tr data-id=\"").append(esc(s.id())).append("\"><td class=\"rank\">").append(s.rank()).append("</td><td>").append(link(s.id())).append(" <span class=\"muted\">")
                    .append(esc(s.id())).append("</span></td><td>").append(num(s.score())).append("</td><td class=\"tier t").append(Math.min(s.tier(), 6)).append("\">").append(s.tier())
                    .append("</td><td>").append(s.rankInterval()[0]).append("–").append(s.rankInterval()[1]).append("</td><td>").append(br == null ? "" : br).append(move).append("</td></tr>");
        }
        b.append("</tbody></table><p class=\"downloads\"><a href=\"/api/v1/tiers?asOf=").append(day);
        for (var e : cfg.weights().entrySet()) b.append("&amp;weight.").append(esc(e.getKey())).append('=').append(num(e.getValue()));
        b.append("&amp;explain=true\">JSON with every indicator and its records</a></p>");
        return Pages.page("Tiers", b.toString());
    }

    /** Horizontal bars, one per state (the top 30), coloured by tier. */
    static String tiersChart(SpacePowerIndex.Result r) {
        List<SpacePowerIndex.State> top = r.states().stream().limit(30).toList();
        int rowH = 18, left = 150, width = 720, top0 = 8, h = top0 + rowH * Math.max(1, top.size()) + 24;
        double scale = (width - left - 50) / 100.0;
        StringBuilder s = new StringBuilder("<svg class=\"chart tiers\" id=\"tiers-chart\" viewBox=\"0 0 ").append(width).append(' ').append(h)
                .append("\" role=\"img\" aria-label=\"Space-power index\" xmlns=\"http://www.w3.org/2000/svg\"><title>Space-power index, as of ").append(esc(r.asOf())).append("</title>");
        for (int g = 0; g <= 100; g += 25) {
            double x = left + g * scale;
            s.append("<line class=\"grid\" x1=\"").append(Charts.f(x)).append("\" x2=\"").append(Charts.f(x)).append("\" y1=\"").append(top0).append("\" y2=\"").append(h - 20).append("\"/>")
                    .append("<text class=\"axis\" x=\"").append(Charts.f(x)).append("\" y=\"").append(h - 6).append("\" text-anchor=\"middle\">").append(g).append("</text>");
        }
        for (int i = 0; i < top.size(); i++) {
            var st = top.get(i);
            double y = top0 + i * rowH;
            s.append("<g class=\"bar\" data-id=\"").append(esc(st.id())).append("\"><text class=\"label\" x=\"").append(left - 6).append("\" y=\"").append(Charts.f(y + 13))
                    .append("\" text-anchor=\"end\">").append(st.rank()).append(". ").append(esc(st.name().length() > 20 ? st.name().substring(0, 19) + "…" : st.name())).append("</text>")
                    .append("<rect class=\"t").append(Math.min(st.tier(), 6)).append("\" x=\"").append(left).append("\" y=\"").append(Charts.f(y + 2)).append("\" height=\"").append(rowH - 4)
                    .append("\" width=\"").append(Charts.f(Math.max(0.5, st.score() * scale))).append("\"><title>").append(esc(st.name() + ": " + num(st.score()) + ", tier " + st.tier()))
                    .append("</title></rect><text class=\"value\" x=\"").append(Charts.f(left + st.score() * scale + 4)).append("\" y=\"").append(Charts.f(y + 13)).append("\">")
                    .append(num(st.score())).append("</text></g>");
        }
        return s.append("</svg>").toString();
    }

    // ---------------------------------------------------------------- firsts

    String firsts(Context ctx) {
        String cap = ctx.pathParam("capability");
        if (!cap.matches("[a-z0-9][a-z0-9-]{0,63}")) throw ApiException.badRequest("malformed capability");
        LocalDate day = Params.asOf(ctx, "asOf");
        var r = Firsts.of(kb, cap, day);
        StringBuilder b = new StringBuilder("<h1>First to achieve: ").append(esc(r.capability())).append("</h1>");
        b.append(Pages.asOfFormSimple("/firsts/" + url(cap), day));
        if (r.rule() != null) b.append("<p id=\"firsts-rule\">Rule: ").append(esc(r.rule())).append("</p>");
        b.append("<p class=\"summary\" id=\"firsts-summary\">").append(r.states().size()).append(" states as of ").append(esc(r.asOf())).append("</p>");
        b.append("<table id=\"firsts-table\"><thead><tr><th>#</th><th>State</th><th>Date</th><th>Events</th><th>Sources</th></tr></thead><tbody>");
        int i = 1;
        for (var a : r.states()) {
            b.append("<tr data-id=\"").append(esc(a.id())).append("\"><td>").append(i++).append("</td><td>").append(link(a.id())).append("</td><td>").append(esc(a.date()))
                    .append("</td><td>").append(String.join(", ", a.events().stream().map(this::link).toList()));
            if ("disputed".equals(a.status())) {
                b.append(" <span class=\"disputed\">disputed: ").append(esc(a.note())).append("</span>");
                if (a.undisputed() != null) b.append(" (undisputed: ").append(esc(a.undisputed().date())).append(' ').append(link(a.undisputed().event())).append(')');
            }
            b.append("</td><td>");
            List<String> src = new ArrayList<>();
            for (SourceRef s : a.sources()) src.add("<a href=\"/sources#src-" + esc(s.id()) + "\">" + esc(s.title()) + "</a>");
            b.append(String.join("; ", src.stream().distinct().toList())).append("</td></tr>");
        }
        if (r.states().isEmpty()) b.append("<tr><td colspan=\"5\" class=\"muted\">No state has achieved this by the day.</td></tr>");
        b.append("</tbody></table><p class=\"downloads\"><a href=\"/api/v1/firsts/").append(url(cap)).append("?asOf=").append(day).append("\">JSON</a> · <a href=\"/firsts\">other capabilities</a></p>");
        return Pages.page("Firsts: " + cap, b.toString());
    }

    // ---------------------------------------------------------------- UN votes

    String votesIndex() {
        StringBuilder b = new StringBuilder("<h1>UN votes on outer space</h1><form id=\"vote-form\" action=\"/votes\" method=\"get\">")
                .append("<label for=\"symbol\">Resolution</label> <input id=\"symbol\" name=\"symbol\" placeholder=\"A/RES/69/32\"> <button type=\"submit\">Show</button></form>")
                .append("<p class=\"muted\">Every recorded vote in data/votes: General Assembly plenary roll calls on outer space from 1958 (Voeten's data to 2019, ")
                .append("UN meeting coverage after), First Committee and Security Council votes apart. Other roll calls: <code>astropol import unvotes DIR</code>.");
        b.append("</p><p><a href=\"/alignment\">Alignment matrix on space security</a></p>");
        List<RollCall> all = new ArrayList<>(analytics.rollCalls());
        java.util.Collections.reverse(all);
        if (all.isEmpty()) b.append("<p class=\"muted\" id=\"no-space-resolutions\">No recorded vote in the database: run <code>astropol build</code>.</p>");
        else {
            b.append("<h2>Space resolutions <span class=\"count\">").append(all.size()).append("</span></h2><table id=\"space-resolutions\"><thead><tr><th>Date</th>")
                    .append("<th>Resolution</th><th>Body</th><th>Topic</th><th>Tally (yes-no-abstain)</th><th>By region (").append(String.join(", ", REGIONS))
                    .append(")</th><th>Title</th></tr></thead><tbody>");
            for (RollCall r : all) {
                RollCall.Tally t = r.tallies().isEmpty() ? null : r.tallies().get(0);
                b.append("<tr data-topic=\"").append(esc(r.topic())).append("\"><td>").append(r.date()).append("</td><td><a href=\"/votes/").append(url(r.symbol())).append("\">")
                        .append(esc(r.symbol())).append("</a>").append(r.wholeText() ? "" : " <span class=\"muted\">(" + esc(r.scope()) + ")</span>").append("</td><td>").append(esc(r.body()))
                        .append("</td><td>").append(esc(r.topic())).append("</td><td class=\"tally\">")
                        .append(t == null ? "" : t.yes() + "-" + t.no() + "-" + t.abstain() + (r.tallies().size() > 1 ? " (" + r.tallies().size() + " sources)" : ""))
                        .append("</td><td>").append(regionBars(r)).append("</td><td>").append(esc(r.title())).append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        java.util.Set<String> curated = new java.util.HashSet<>();
        for (RollCall r : all) curated.add(r.symbol());
        var imported = analytics.spaceResolutions().stream().filter(r -> !curated.contains(r.resolution())).toList();
        if (!imported.isEmpty()) {
            b.append("<h2>Imported roll calls with a space category <span class=\"count\">").append(imported.size()).append("</span></h2><table id=\"imported-space-resolutions\">")
                    .append("<thead><tr><th>Date</th><th>Resolution</th><th>Category</th><th>Title</th></tr></thead><tbody>");
            for (var r : imported) {
                b.append("<tr><td>").append(esc(r.date())).append("</td><td><a href=\"/votes/").append(url(r.resolution())).append("\">").append(esc(r.resolution()))
                        .append("</a></td><td>").append(esc(r.category())).append("</td><td>").append(esc(r.title())).append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        return Pages.page("UN votes", b.toString());
    }

    private static final List<String> VOTES = List.of("yes", "no", "abstain", "absent");
    private static final List<String> REGIONS = List.of("Africa", "Americas", "Asia", "Europe", "Oceania");

    /**
     * One small stacked bar per UN region (yes, no, abstain, absent shares of the positions recorded for its states), so
     * a reader sees at a glance where the no votes and abstentions came from; empty when the roll call names no state.
     */
    private String regionBars(RollCall r) {
        if (r.positions().isEmpty()) return "";
        Map<String, int[]> counts = new TreeMap<>();
        for (RollCall.Position p : r.positions()) {
            String region = kb.findEntity(p.state()).flatMap(e -> e.attribute("region")).orElse(null);
            int v = VOTES.indexOf(p.vote());
            if (region != null && v >= 0) counts.computeIfAbsent(region, k -> new int[4])[v]++;
        }
        StringBuilder s = new StringBuilder("<svg class=\"regionbars\" viewBox=\"0 0 150 40\" width=\"150\" height=\"40\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\"><title>")
                .append(esc(r.symbol())).append(" by region</title>");
        for (int i = 0; i < REGIONS.size(); i++) {
            int[] c = counts.getOrDefault(REGIONS.get(i), new int[4]);
            int total = c[0] + c[1] + c[2] + c[3];
            double x = i * 30, y = 0;
            StringBuilder tip = new StringBuilder(REGIONS.get(i));
            for (int v = 0; v < 4; v++) {
                tip.append(v == 0 ? ": " : ", ").append(VOTES.get(v)).append(' ').append(c[v]);
                if (total == 0 || c[v] == 0) continue;
                double h = 40.0 * c[v] / total;
                s.append("<rect class=\"v-").append(VOTES.get(v)).append("\" x=\"").append(Charts.f(x + 2)).append("\" y=\"").append(Charts.f(y))
                        .append("\" width=\"26\" height=\"").append(Charts.f(h)).append("\"></rect>");
                y += h;
            }
            s.append("<rect class=\"region-hit\" x=\"").append(Charts.f(x + 2)).append("\" y=\"0\" width=\"26\" height=\"40\" fill=\"transparent\"><title>")
                    .append(esc(tip.toString())).append("</title></rect>");
        }
        return s.append("</svg>").toString();
    }

    String vote(String symbol) {
        var r = analytics.vote(symbol);
        StringBuilder b = new StringBuilder("<h1 id=\"vote-title\">").append(esc(r.resolution())).append("</h1><p class=\"muted\">").append(esc(r.date())).append(" · ")
                .append(esc(r.body())).append(r.topic() == null ? "" : " · " + esc(r.topic())).append(" · ").append(esc(r.title())).append("</p>");
        b.append("<p class=\"summary tally\" id=\"tally\">");
        for (String v : VOTES) b.append("<span class=\"v-").append(v).append("\">").append(v).append(" <strong>").append(count(r, v)).append("</strong></span> ");
        if (r.inferredYes() > 0) b.append("<span class=\"muted\" id=\"inferred\">(").append(r.inferredYes()).append(" yes inferred)</span>");
        b.append("</p>").append(tallyBar(r));
        if (!r.tallies().isEmpty()) {
            b.append("<h2>Tallies by source</h2><table id=\"tallies\" class=\"compact\"><thead><tr><th>Yes</th><th>No</th><th>Abstain</th><th>Status</th><th>Source</th></tr></thead><tbody>");
            for (var t : r.tallies()) {
                b.append("<tr><td>").append(t.yes()).append("</td><td>").append(t.no()).append("</td><td>").append(t.abstain()).append("</td><td>").append(esc(t.status()))
                        .append("</td><td><a href=\"/sources#").append(esc(t.source().id())).append("\">").append(esc(t.source().id())).append("</a> ").append(esc(t.source().locator())).append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        if (!r.disputed().isEmpty()) {
            b.append("<h2>Disputed <span class=\"count\">").append(r.disputed().size()).append("</span></h2><ul id=\"disputed\">");
            for (var d : r.disputed()) {
                b.append("<li>").append(esc(d.field())).append(": ");
                b.append(String.join(" vs ", d.claims().stream().map(c -> esc(String.valueOf(c.value())) + " (" + esc(c.source()) + ")").toList())).append("</li>");
            }
            b.append("</ul>");
        }
        // a region breakdown (instead of a map): positions by UN region of the state
        Map<String, int[]> byRegion = new TreeMap<>();
        for (var p : r.positions()) {
            String region = kb.findEntity(p.id()).flatMap(e -> e.attribute("region")).orElse("unknown");
            byRegion.computeIfAbsent(region, k -> new int[4])[VOTES.indexOf(p.vote())]++;
        }
        b.append("<h2>By region</h2><table id=\"regions\" class=\"compact\"><thead><tr><th>Region</th>");
        for (String v : VOTES) b.append("<th>").append(v).append("</th>");
        b.append("</tr></thead><tbody>");
        for (var e : byRegion.entrySet()) {
            b.append("<tr><td>").append(esc(e.getKey())).append("</td>");
            for (int n : e.getValue()) b.append("<td>").append(n).append("</td>");
            b.append("</tr>");
        }
        b.append("</tbody></table><h2>Positions</h2><table id=\"positions\"><thead><tr><th>State</th><th>Id</th><th>Vote</th><th>Source</th></tr></thead><tbody>");
        List<RecordedVotes.PositionOut> ps = new ArrayList<>(r.positions());
        ps.sort(Comparator.comparingInt((RecordedVotes.PositionOut p) -> VOTES.indexOf(p.vote())).thenComparing(p -> kb.nameOf(p.id())));
        for (var p : ps) {
            b.append("<tr data-id=\"").append(esc(p.id())).append("\"><td>").append(link(p.id())).append("</td><td>").append(esc(p.id())).append("</td><td class=\"v-")
                    .append(esc(p.vote())).append("\">").append(esc(p.vote())).append(p.inferred() ? " (inferred)" : "").append("</td><td>")
                    .append(p.source() == null ? "" : esc(p.source().id() + " " + p.source().locator())).append("</td></tr>");
        }
        b.append("</tbody></table><p class=\"note\">").append(esc(r.absentRule())).append(" Data: ").append(esc(r.source()))
                .append(r.otherRollCalls().isEmpty() ? "" : "; other roll calls on this symbol: " + esc(String.join(", ", r.otherRollCalls())))
                .append(".</p><p class=\"downloads\"><a href=\"/api/v1/votes/").append(url(r.resolution())).append("\">JSON</a></p>");
        return Pages.page(r.resolution(), b.toString());
    }

    private static int count(RecordedVotes.Answer r, String v) {
        return switch (v) { case "yes" -> r.yes(); case "no" -> r.no(); case "abstain" -> r.abstain(); default -> r.absent(); };
    }

    private static String tallyBar(RecordedVotes.Answer r) {
        int total = Math.max(1, r.yes() + r.no() + r.abstain() + r.absent());
        StringBuilder s = new StringBuilder("<svg class=\"tallybar\" viewBox=\"0 0 700 24\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"Tally\" xmlns=\"http://www.w3.org/2000/svg\">");
        double x = 0;
        for (String v : VOTES) {
            double w = 700.0 * count(r, v) / total;
            s.append("<rect class=\"v-").append(v).append("\" x=\"").append(Charts.f(x)).append("\" y=\"0\" height=\"24\" width=\"").append(Charts.f(w)).append("\"><title>")
                    .append(v).append(": ").append(count(r, v)).append("</title></rect>");
            x += w;
        }
        return s.append("</svg>").toString();
    }

    String alignment(Context ctx) {
        String topic = Analytics.topic(ctx);
        if (ctx.queryParam("topic") == null) topic = "space-security";
        LocalDate day = Params.asOf(ctx, "asOf");
        String st = Params.string(ctx, "states");
        // the default set keeps only the states this knowledge base holds; states a user names must all exist
        List<String> states = Api.stateIds(st == null
                ? Analytics.DEFAULT_ALIGNMENT_STATES.stream().filter(s -> analytics.kb().entity(s).isPresent()).toList()
                : Params.ids(ctx, "states", 2, 40));
        StringBuilder b = new StringBuilder("<h1>Voting alignment</h1><form id=\"alignment-form\" action=\"/alignment\" method=\"get\">")
                .append("<label for=\"states\">States</label> <input id=\"states\" name=\"states\" size=\"40\" value=\"").append(esc(String.join(",", states))).append("\">")
                .append(" <label for=\"topic\">Topic</label> <select id=\"topic\" name=\"topic\">");
        for (String t : List.of("space-security", "space", "paros", "no-first-placement", "tcbm", "further-practical-measures", "da-asat")) {
            b.append("<option value=\"").append(t).append('"').append(t.equals(topic) ? " selected" : "").append('>').append(t).append("</option>");
        }
        b.append("</select> <input type=\"date\" name=\"asOf\" aria-label=\"As of\" value=\"").append(day).append("\"> <button type=\"submit\">Show</button></form>");
        b.append("<p class=\"muted\">Voeten's agreement (1 = always the same vote, 0 = always opposite) over the roll calls both states voted in, unanimous ones dropped.</p>");
        Map<String, Object> m;
        try {
            m = analytics.alignmentMatrix(states, topic, null, day);
        } catch (ApiException e) {
            if (e.status() != 404) throw e;
            return Pages.page("Alignment", b.append("<p class=\"summary\" id=\"alignment-missing\">").append(esc(e.getMessage())).append("</p>").toString());
        }
        @SuppressWarnings("unchecked") List<String> mStates = (List<String>) m.get("states");
        @SuppressWarnings("unchecked") List<Map<String, Object>> mPairs = (List<Map<String, Object>>) m.get("pairs");
        @SuppressWarnings("unchecked") Map<String, Double> ideal = (Map<String, Double>) m.get("idealPoints");
        Map<String, Map<String, Object>> pairs = new LinkedHashMap<>();
        for (var p : mPairs) { pairs.put(p.get("a") + "|" + p.get("b"), p); pairs.put(p.get("b") + "|" + p.get("a"), p); }
        b.append("<p class=\"muted\" id=\"alignment-data\">Data: ").append(esc(String.valueOf(m.get("data")))).append("; roll calls with inferred positions: ")
                .append(m.get("inferredRollCalls")).append(" (each score without them is in the cell's tooltip).</p>");
        b.append("<table id=\"alignment-matrix\" class=\"matrix\"><thead><tr><th></th>");
        for (String s : mStates) b.append("<th title=\"").append(esc(kb.nameOf(s))).append("\">").append(esc(s)).append("</th>");
        b.append("</tr></thead><tbody>");
        for (String a : mStates) {
            b.append("<tr><th>").append(link(a)).append("</th>");
            for (String c : mStates) {
                if (a.equals(c)) { b.append("<td class=\"self\"></td>"); continue; }
                var p = pairs.get(a + "|" + c);
                Double score = p == null ? null : (Double) p.get("score");
                if (score == null) { b.append("<td class=\"na\" title=\"no common vote\">–</td>"); continue; }
                int bucket = (int) Math.min(4, Math.floor(score * 5));
                b.append("<td class=\"s").append(bucket).append("\" data-pair=\"").append(esc(a + "-" + c)).append("\" title=\"").append(esc(a + "–" + c + ": " + p.get("votes")
                        + " roll calls; without inferred positions " + p.get("scoreWithoutInferred"))).append("\">").append(String.format(Locale.ROOT, "%.2f", score)).append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table><h2>Ideal points (one dimension)</h2><ol id=\"ideal-points\">");
        ideal.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> b.append("<li>").append(link(e.getKey())).append(" ").append(e.getValue() == null ? "" : String.format(Locale.ROOT, "%+.2f", e.getValue())).append("</li>"));
        b.append("</ol><p class=\"downloads\"><a href=\"/api/v1/alignment?states=").append(url(String.join(",", mStates))).append("&amp;topic=").append(url(topic)).append("\">JSON</a></p>");
        return Pages.page("Alignment", b.toString());
    }

    // ---------------------------------------------------------------- documents

    String documents() {
        var all = analytics.documents();
        StringBuilder b = new StringBuilder("<h1>Documents</h1><p class=\"summary\" id=\"document-count\">").append(all.size()).append(" ingested document").append(all.size() == 1 ? "" : "s").append("</p>");
        if (all.isEmpty()) b.append("<p class=\"muted\">Nothing ingested yet: <code>astropol ingest PATH...</code> reads texts, Markdown, HTML and PDF.</p>");
        b.append("<ul class=\"results\" id=\"document-list\">");
        for (var d : all) {
            b.append("<li><a href=\"/documents/").append(esc(d.id())).append("\">").append(esc(d.title() == null ? d.file() : d.title())).append("</a> <span class=\"muted\">")
                    .append(esc(d.format())).append(d.date() == null ? "" : " · " + esc(d.date())).append(" · ").append(d.passages()).append(" passages</span></li>");
        }
        return Pages.page("Documents", b.append("</ul>").toString());
    }

    String reader(String id) {
        var d = analytics.document(id);
        var ps = analytics.passages(d.id());
        StringBuilder b = new StringBuilder("<h1 id=\"document-title\">").append(esc(d.title() == null ? d.file() : d.title())).append("</h1><p class=\"muted\">")
                .append(esc(d.format())).append(" · ").append(d.chars()).append(" characters").append(d.date() == null ? "" : " · " + esc(d.date()))
                .append(d.language() == null ? "" : " · " + esc(d.language())).append(d.citation() == null ? "" : " · " + esc(d.citation()));
        if (d.sourceUrl() != null && (d.sourceUrl().startsWith("https://") || d.sourceUrl().startsWith("http://"))) {
            b.append(" · <a class=\"ext\" rel=\"noopener noreferrer\" href=\"").append(esc(d.sourceUrl())).append("\">original</a>");
        }
        b.append("</p>");
        if (!d.entities().isEmpty()) {
            b.append("<div id=\"linked-entities\" class=\"linked\">Linked: ");
            List<String> ls = new ArrayList<>();
            for (var e : d.entities()) ls.add(link(e.id()) + " <span class=\"count\">" + e.mentions() + "</span>");
            // the most mentioned first; a long tail folds away
            b.append(String.join(" · ", ls.subList(0, Math.min(15, ls.size()))));
            if (ls.size() > 15) {
                b.append(" <details class=\"more\"><summary>").append(ls.size() - 15).append(" more</summary>").append(String.join(" · ", ls.subList(15, ls.size()))).append("</details>");
            }
            b.append("</div>");
        }
        b.append("<div class=\"document reader\" id=\"document\">");
        for (var p : ps.passages()) {
            b.append("<p class=\"passage\" id=\"o-").append(p.start()).append("\">").append(highlight(p)).append("</p>");
        }
        b.append("</div><p class=\"downloads\"><a href=\"/api/v1/documents/").append(esc(d.id())).append("/passages\">JSON</a></p>");
        return Pages.page(d.title() == null ? "Document" : d.title(), b.toString());
    }

    /** The passage text with each entity mention a link to the entity (mentions in order; overlapping ones skipped). */
    private String highlight(StoredDocuments.Passage p) {
        String text = p.text();
        StringBuilder out = new StringBuilder();
        int pos = 0;
        for (var m : p.mentions()) {
            int s = m.start() - p.start(), e = m.end() - p.start();
            if (s < pos || e > text.length() || s >= e) continue;
            out.append(esc(text.substring(pos, s)));
            Entity ent = kb.findEntity(m.id()).orElse(null);
            String label = esc(text.substring(s, e));
            if (ent == null) out.append("<mark class=\"ent\" data-id=\"").append(esc(m.id())).append("\">").append(label).append("</mark>");
            else out.append("<a class=\"ent mention\" data-id=\"").append(esc(ent.id())).append("\" href=\"/entity/").append(url(ent.id())).append("\" title=\"")
                    .append(esc(ent.name())).append("\"><mark>").append(label).append("</mark></a>");
            pos = e;
        }
        return out.append(esc(text.substring(pos))).toString();
    }
}
