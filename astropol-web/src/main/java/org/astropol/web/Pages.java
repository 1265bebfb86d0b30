package org.astropol.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.astropol.analysis.EntityProfile;
import org.astropol.analysis.MembersQuery;
import org.astropol.analysis.SourceRef;
import org.astropol.analysis.Timeline;
import org.astropol.model.Entity;
import org.astropol.model.EntityType;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Source;
import org.astropol.model.Validity;
import org.astropol.web.view.HomeView;
import org.astropol.web.view.Ref;
import org.astropol.web.view.TimelineView;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.astropol.web.Html.esc;
import static org.astropol.web.Html.url;

/** The server-rendered pages. All data is escaped; the only script is the site's own /static/astropol.js. */
final class Pages {
    static final Set<String> COOPERATION = Set.of("member-of", "has-member", "party-to", "has-party", "partner-of", "affiliated-with",
            "has-affiliate", "parent-organisation", "child-organisation", "signed-for-by", "carries-payload-of", "member-count", "leader",
            "predecessor", "successor", "main-sponsor");
    static final Set<String> CHALLENGES = Set.of("challenge", "import-dependence");
    static final Set<String> ENTITY_VALUED = Set.of("member-of", "has-member", "party-to", "has-party", "partner-of", "affiliated-with",
            "has-affiliate", "parent-organisation", "child-organisation", "signed-for-by");

    private final KnowledgeBase kb;
    private final Documents documents;
    private final Analytics analytics;
    /** Country shapes, projected once at start (or the reason there are none). */
    private final WorldMap.Loaded world;

    Pages(KnowledgeBase kb, Documents documents, Analytics analytics) {
        this(kb, documents, analytics, WorldMap.load());
    }

    Pages(KnowledgeBase kb, Documents documents, Analytics analytics, WorldMap.Loaded world) {
        this.kb = kb;
        this.documents = documents;
        this.analytics = analytics;
        this.world = world;
    }

    void register(Javalin app) {
        app.get("/", ctx -> { Params.only(ctx); html(ctx, home()); });
        app.get("/search", ctx -> { Params.only(ctx, "q", "type"); html(ctx, search(ctx)); });
        app.get("/entity/<id>", ctx -> {
            Params.only(ctx, "asOf", "q", "peers", "format", "table");
            LocalDate day = Params.asOf(ctx, "asOf");
            List<String> peers = ctx.queryParam("peers") == null ? null : Api.stateIds(Params.ids(ctx, "peers", 1, 12));
            var r = EntityBriefing.of(kb, analytics, documents, Api.id(ctx), day, Params.string(ctx, "q"), peers);
            if ("csv".equals(Params.oneOf(ctx, "format", "html", "html", "csv"))) {
                String table = Params.string(ctx, "table");
                CsvDownload t = table == null ? null : r.tables().get(table);
                if (t == null) throw ApiException.badRequest("parameter 'table' must be one of: " + String.join(", ", r.tables().keySet()));
                t.send(ctx, r.view().id(), day, analytics == null ? null : analytics.dataHash());
                return;
            }
            html(ctx, Templates.render("entity.jte", r.view()));
        });
        app.get("/members/<id>", ctx -> { Params.only(ctx, "asOf"); html(ctx, members(Api.id(ctx), Params.asOf(ctx, "asOf"))); });
        app.get("/timeline", ctx -> { Params.only(ctx, "a", "b", "asOf"); html(ctx, timeline(ctx)); });
        app.get("/sources", ctx -> { Params.only(ctx); html(ctx, sources()); });
        app.get("/document/<id>", ctx -> { Params.only(ctx, "q"); html(ctx, document(Api.id(ctx), Params.string(ctx, "q"))); });
    }

    private static void html(Context ctx, String body) { ctx.contentType("text/html; charset=utf-8").result(body); }

    // ---------------------------------------------------------------- layout

    /** A page built as a string, in the site's frame (layout.jte); pages with their own template render it themselves. */
    static String page(String title, String main) {
        return Templates.legacyPage(title, main);
    }

    static String errorPage(int status, String message) {
        return Templates.render("error.jte", Map.of("status", status, "message", message));
    }

    private String link(String id) {
        Entity e = kb.entity(id).orElse(null);
        if (e == null) return esc(id);
        return "<a href=\"/entity/" + url(id) + "\">" + esc(e.name()) + "</a>";
    }

    // ---------------------------------------------------------------- home and search

    String home() {
        List<HomeView.Card> cards = List.of(
                new HomeView.Card("/compare", "ILRS versus Artemis Accords", "Members over time, side by side, by region, with a date slider."),
                new HomeView.Card("/map", "Membership map", "Every state by region, coloured by ILRS and Artemis Accords membership on a day."),
                new HomeView.Card("/network", "Cooperation network", "Memberships and partnerships in a year, coloured by community."),
                new HomeView.Card("/timeline?a=RUS&b=CHN", "Russia and China", "The dated history of a pair, predecessors included."),
                new HomeView.Card("/sources", "Sources", "Every registered source; download them as BibTeX."));
        List<Ref> start = List.of("CHN", "USA", "RUS", "ilrs", "artemis-accords", "cnsa", "nasa").stream()
                .filter(id -> kb.entity(id).isPresent()).map(this::ref).toList();
        return Templates.render("home.jte", new HomeView(kb.entities().size(), kb.statements().size(), kb.relationships().size(),
                kb.sources().size(), cards, start));
    }

    Ref ref(String id) {
        return new Ref(id, kb.entity(id).map(Entity::name).orElse(null));
    }

    String search(Context ctx) {
        String q = Params.string(ctx, "q");
        String t = Params.string(ctx, "type");
        EntityType type = t == null ? null : EntityType.fromKey(t).orElseThrow(() -> ApiException.badRequest("unknown entity type '" + t + "'"));
        var r = Search.of(kb, q, type, 100);
        StringBuilder b = new StringBuilder("<h1>Search</h1><form id=\"search-form\" action=\"/search\" method=\"get\">");
        b.append("<input id=\"q\" name=\"q\" type=\"search\" value=\"").append(esc(q)).append("\" aria-label=\"Search\"><select name=\"type\" aria-label=\"Type\"><option value=\"\">any type</option>");
        for (EntityType et : EntityType.values()) {
            b.append("<option value=\"").append(et.key()).append('"').append(et == type ? " selected" : "").append('>').append(et.key()).append("</option>");
        }
        b.append("</select><button type=\"submit\">Search</button></form>");
        b.append("<p class=\"summary\" id=\"result-count\">").append(r.count()).append(" entit").append(r.count() == 1 ? "y" : "ies")
                .append(q == null ? "" : " matching “" + esc(q) + "”").append("</p><ul class=\"results\" id=\"entity-results\">");
        for (var h : r.entities()) {
            b.append("<li><a href=\"/entity/").append(url(h.id())).append("\">").append(esc(h.name())).append("</a> <span class=\"muted\">")
                    .append(esc(h.id())).append(" · ").append(esc(h.type())).append(" / ").append(esc(h.kind())).append("</span>");
            if (!h.matched().equals(h.name()) && !h.matched().equals(h.id())) {
                b.append(" <span class=\"matched\"").append(h.lang() == null ? "" : " lang=\"" + esc(h.lang()) + "\"").append(">").append(esc(h.matched())).append("</span>");
            }
            b.append("</li>");
        }
        b.append("</ul>");
        if (!r.statements().isEmpty()) {
            b.append("<h2>Statements</h2><ul class=\"results\" id=\"statement-results\">");
            for (var s : r.statements()) {
                b.append("<li>").append(link(s.subject())).append(": <em>").append(esc(s.property())).append("</em> ").append(esc(s.value())).append("</li>");
            }
            b.append("</ul>");
        }
        if (q != null) b.append(documentHits(q));
        return page(q == null ? "Search" : "Search: " + q, b.toString());
    }

    /** Passages of ingested documents matching the query (the ingest search index), each linked to the reader. */
    private String documentHits(String q) {
        java.util.Map<String, Object> r;
        try {
            r = analytics.search(q, null, null, null, 10);
        } catch (IllegalArgumentException e) {
            return "";
        }
        @SuppressWarnings("unchecked") List<org.astropol.ingest.SearchIndex.Hit> hits = (List<org.astropol.ingest.SearchIndex.Hit>) r.get("hits");
        if (hits.isEmpty()) return "";
        StringBuilder b = new StringBuilder("<h2>Documents</h2><ul class=\"results\" id=\"document-results\">");
        for (var h : hits) {
            // the snippet marks terms as **term**: escape first, then turn the marks into <mark>
            String snippet = esc(h.snippet()).replaceAll("\\*\\*(.+?)\\*\\*", "<mark>$1</mark>");
            b.append("<li><a href=\"/documents/").append(esc(h.document())).append("#o-").append(h.start()).append("\">")
                    .append(esc(h.title() == null || h.title().isBlank() ? h.file() : h.title())).append("</a><br><span class=\"snippet\">").append(snippet).append("</span></li>");
        }
        return b.append("</ul>").toString();
    }

    // ---------------------------------------------------------------- entity profile

    /** Numbered footnotes, one per distinct (source, locator). */
    final class Notes {
        final Map<String, Integer> index = new LinkedHashMap<>();
        final List<SourceRef> refs = new ArrayList<>();

        String marks(List<SourceRef> sources) {
            StringBuilder b = new StringBuilder();
            for (SourceRef s : sources) {
                String key = s.id() + "\u0000" + s.locatorKind() + "\u0000" + s.locator();
                Integer n = index.get(key);
                if (n == null) { refs.add(s); n = refs.size(); index.put(key, n); }
                b.append("<sup class=\"fn\"><a href=\"#fn-").append(n).append("\" title=\"").append(esc(s.title())).append("\">[").append(n).append("]</a></sup>");
            }
            return b.toString();
        }

        String list() {
            StringBuilder b = new StringBuilder("<section class=\"footnotes\"><h2>Sources</h2><ol id=\"footnotes\">");
            for (int i = 0; i < refs.size(); i++) {
                SourceRef s = refs.get(i);
                b.append("<li id=\"fn-").append(i + 1).append("\"><a href=\"/sources#src-").append(esc(s.id())).append("\">").append(esc(s.title())).append("</a>");
                if (s.kind() != null) b.append(" <small class=\"src-kind\">").append(esc(s.kind())).append("</small>");
                if (s.locator() != null && !s.locator().isBlank()) {
                    switch (s.locatorKind()) {
                        case "quote" -> b.append(": <span class=\"quote\">“").append(esc(s.locator())).append("”</span>");
                        case "page" -> b.append(", p. ").append(esc(s.locator()));
                        case "section" -> b.append(", section ").append(esc(s.locator()));
                        default -> { }
                    }
                }
                if (s.url() != null && (s.url().startsWith("https://") || s.url().startsWith("http://"))) {
                    b.append(" <a class=\"ext\" rel=\"noopener noreferrer\" href=\"").append(esc(s.url())).append("\">link</a>");
                }
                if (documents.available(s.id())) {
                    b.append(" <a class=\"passage\" href=\"/document/").append(url(s.id()))
                            .append("quote".equals(s.locatorKind()) ? "?q=" + url(s.locator()) + "#passage" : "").append("\">")
                            .append("quote".equals(s.locatorKind()) ? "passage" : "document").append("</a>");
                }
                b.append("</li>");
            }
            return b.append("</ol></section>").toString();
        }
    }

    static int statusOrder(EntityProfile.StatementView s) {
        if (s.value() instanceof BigDecimal) return 0;
        return switch (s.property()) {
            case "assessment", "ranking-claim" -> 3;
            case "description", "policy-goal" -> 2;
            default -> 1;
        };
    }

    static String number(BigDecimal d) {
        DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(d);
    }

    // ---------------------------------------------------------------- members and comparison

    /** A plain "as of" date field with a Show button (GET to {@code action}). */
    static String asOfFormSimple(String action, LocalDate asOf) {
        return "<form class=\"asof\" id=\"asof-form\" action=\"" + esc(action) + "\" method=\"get\"><label for=\"asOf\">As of</label> <input type=\"date\" id=\"asOf\" name=\"asOf\" value=\""
                + asOf + "\"> <button type=\"submit\">Show</button></form>";
    }

    private static String asOfForm(String formId, String action, LocalDate asOf, LocalDate min, Map<String, String> hidden) {
        LocalDate max = LocalDate.now();
        if (asOf.isAfter(max)) max = asOf;
        if (asOf.isBefore(min)) min = asOf;
        StringBuilder b = new StringBuilder("<form class=\"asof\" autocomplete=\"off\" id=\"").append(formId).append("\" action=\"").append(esc(action)).append("\" method=\"get\">");
        hidden.forEach((k, v) -> b.append("<input type=\"hidden\" name=\"").append(esc(k)).append("\" value=\"").append(esc(v)).append("\">"));
        b.append("<label for=\"asOf\">As of</label> <input type=\"date\" id=\"asOf\" name=\"asOf\" value=\"").append(asOf).append("\" min=\"").append(min).append("\" max=\"").append(max).append("\">");
        b.append(" <input type=\"range\" id=\"asOf-slider\" data-date-slider=\"asOf\" aria-label=\"As of date\" min=\"").append(min.toEpochDay()).append("\" max=\"").append(max.toEpochDay())
                .append("\" step=\"1\" value=\"").append(asOf.toEpochDay()).append("\">");
        b.append(" <output id=\"asOf-label\" for=\"asOf-slider\">").append(asOf).append("</output> <button type=\"submit\">Show</button></form>");
        return b.toString();
    }

    private LocalDate firstChange(List<MembershipSeries.Point> points) {
        return points.isEmpty() ? LocalDate.now().minusYears(5) : LocalDate.parse(points.get(0).date()).minusMonths(1);
    }

    String members(String id, LocalDate asOf) {
        var m = MembersQuery.of(kb, id, asOf);
        var series = MembershipSeries.of(kb, m.group(), LocalDate.now());
        Notes notes = new Notes();
        StringBuilder b = new StringBuilder("<h1>Members of ").append(link(m.group())).append("</h1>");
        b.append(asOfForm("asof-form", "/members/" + url(m.group()), asOf, firstChange(series.points()), Map.of()));
        b.append("<p class=\"summary\" id=\"member-summary\"><strong id=\"state-count\">").append(m.states()).append("</strong> states, ")
                .append(m.count()).append(" members in all, as of ").append(esc(m.asOf())).append("</p>");
        b.append(Charts.membersOverTime(List.of(new Charts.Line(m.groupName(), "s0", series.points())), asOf, LocalDate.now()));
        b.append(membersTable(m, notes, "members"));
        b.append(regionsTable(MembershipSeries.regions(kb, m), "regions"));
        b.append("<p class=\"downloads\"><a id=\"csv-link\" href=\"/api/v1/export/members/").append(url(m.group())).append(".csv?asOf=").append(asOf).append("\">Download CSV</a> · <a href=\"/api/v1/members/")
                .append(url(m.group())).append("?asOf=").append(asOf).append("\">JSON</a></p>");
        b.append(notes.list());
        return page("Members of " + m.groupName(), b.toString());
    }

    private String membersTable(MembersQuery.Members m, Notes notes, String id) {
        String table = membersRows(m.members(), notes, id, "No members on this day.");
        if (m.signatories().isEmpty()) return table;
        return table + "<h2>Signatories for which it is not in force</h2>" + membersRows(m.signatories(), notes, id + "-signatories", "");
    }

    /** One row per member; an undated start shows the report it is counted from (the JSON's reportedSince). */
    private String membersRows(List<MembersQuery.Member> members, Notes notes, String id, String empty) {
        StringBuilder b = new StringBuilder("<table class=\"members\" id=\"").append(id)
                .append("\"><thead><tr><th>member</th><th>type</th><th>role</th><th>stage</th><th>since</th><th>until</th></tr></thead><tbody>");
        for (var x : members) {
            String since = x.since() != null ? esc(x.since())
                    : x.reportedSince() != null ? "<span class=\"reported\" title=\"no source gives the start: counted from the earliest dated report\">reported "
                    + esc(x.reportedSince()) + "</span>" : "";
            b.append("<tr data-id=\"").append(esc(x.id())).append("\"><td>").append(link(x.id())).append(notes.marks(x.sources())).append("</td><td>").append(esc(x.type())).append("</td><td>")
                    .append(esc(x.role())).append(x.agentFor() != null ? " for " + link(x.agentFor()) : "").append("</td><td>").append(esc(x.stage())).append(x.status().equals("asserted") ? "" : " <small class=\"status\">(" + esc(x.status()) + ")</small>").append("</td><td>")
                    .append(since).append("</td><td>").append(esc(x.until())).append("</td></tr>");
        }
        if (members.isEmpty()) b.append("<tr><td colspan=\"6\" class=\"muted\">").append(empty).append("</td></tr>");
        return b.append("</tbody></table>").toString();
    }

    private static String regionsTable(Map<String, Integer> regions, String id) {
        StringBuilder b = new StringBuilder("<table class=\"regions\" id=\"").append(id).append("\"><caption>Member states by region</caption><thead><tr><th>region</th><th>states</th></tr></thead><tbody>");
        regions.forEach((k, v) -> b.append("<tr><td>").append(esc(k)).append("</td><td>").append(v).append("</td></tr>"));
        if (regions.isEmpty()) b.append("<tr><td colspan=\"2\" class=\"muted\">none</td></tr>");
        return b.append("</tbody></table>").toString();
    }

    // ---------------------------------------------------------------- timeline, network, sources

    String timeline(Context ctx) {
        String a = Params.string(ctx, "a"), bId = Params.string(ctx, "b");
        if (a == null) return Templates.render("timeline.jte", new TimelineView(null, bId, List.of(), List.of(), List.of()));
        List<String> ids = bId == null ? List.of(a) : List.of(a, bId);
        var t = Api.timeline(kb, ids, ctx.queryParam("asOf") == null ? null : Params.asOf(ctx, "asOf"));
        Footnotes notes = new Footnotes(documents);
        List<TimelineView.Entry> entries = new ArrayList<>();
        for (Timeline.Entry e : t.events()) entries.add(new TimelineView.Entry(String.valueOf(e.date()), e.kind(), e.summary(), notes.marks(e.sources())));
        return Templates.render("timeline.jte", new TimelineView(a, bId, t.ids().stream().map(this::ref).toList(), entries, notes.notes()));
    }

    /** The document reader: an excerpt of a source's text with the cited passage marked and the entities it names linked. */
    String document(String sourceId, String q) {
        var p = documents.passage(sourceId, q);
        StringBuilder b = new StringBuilder("<h1>").append(esc(p.title())).append("</h1><p class=\"muted\">").append(esc(p.document())).append(" · ")
                .append(p.length()).append(" characters · <a href=\"/sources#src-").append(esc(p.source())).append("\">source record</a></p>");
        if (q != null) {
            b.append("<p class=\"summary\" id=\"passage-status\">").append(p.found() ? "The cited passage is marked below." : "The cited passage was not found in this text; its opening is shown.").append("</p>");
        }
        b.append("<div class=\"document\" id=\"document\">");
        if (p.excerptStart() > 0) b.append("<p class=\"muted\">[…]</p>");
        String x = p.excerpt();
        int base = p.excerptStart();
        int ms = p.found() ? p.start() - base : -1, me = p.found() ? p.end() - base : -1;
        int pos = 0;
        java.util.Iterator<org.astropol.web.Documents.Mention> it = p.entities().iterator();
        org.astropol.web.Documents.Mention next = it.hasNext() ? it.next() : null;
        StringBuilder out = new StringBuilder();
        while (pos < x.length()) {
            if (pos == ms) out.append("<mark id=\"passage\">");
            if (pos == me) out.append("</mark>");
            int stop = x.length();
            if (ms > pos) stop = Math.min(stop, ms);
            if (me > pos) stop = Math.min(stop, me);
            while (next != null && next.start() - base < pos) next = it.hasNext() ? it.next() : null;
            if (next != null && next.start() - base == pos) {
                int e = next.end() - base;
                boolean crosses = (ms > pos && ms < e) || (me > pos && me < e);
                if (!crosses) {
                    out.append("<a class=\"ent\" href=\"/entity/").append(url(next.id())).append("\" title=\"").append(esc(kb.nameOf(next.id()))).append("\">")
                            .append(esc(x.substring(pos, e))).append("</a>");
                    pos = e;
                    next = it.hasNext() ? it.next() : null;
                    continue;
                }
                next = it.hasNext() ? it.next() : null;
            }
            if (next != null) stop = Math.min(stop, Math.max(pos + 1, next.start() - base));
            out.append(esc(x.substring(pos, Math.max(pos + 1, stop))));
            pos = Math.max(pos + 1, stop);
        }
        if (me == x.length()) out.append("</mark>");
        b.append(out);
        if (p.excerptStart() + x.length() < p.length()) b.append("<p class=\"muted\">[…]</p>");
        b.append("</div>");
        return page(p.title(), b.toString());
    }

    String sources() {
        StringBuilder b = new StringBuilder("<h1>Sources</h1><p><a href=\"/api/v1/export/sources.bib\">Download all as BibTeX</a></p><ol class=\"sources\" id=\"source-list\">");
        for (Source s : kb.sources()) {
            b.append("<li id=\"src-").append(esc(s.id())).append("\"><strong>").append(esc(s.title())).append("</strong>");
            if (s.authors() != null && !s.authors().isEmpty()) b.append(" · ").append(esc(String.join(", ", s.authors())));
            if (s.publisher() != null) b.append(" · ").append(esc(s.publisher()));
            if (s.date() != null) b.append(" · ").append(esc(s.date()));
            b.append(" <span class=\"muted\">[").append(esc(s.id())).append(", ").append(esc(s.kind())).append("]</span>");
            if (s.url() != null && (s.url().startsWith("https://") || s.url().startsWith("http://"))) {
                b.append(" <a class=\"ext\" rel=\"noopener noreferrer\" href=\"").append(esc(s.url())).append("\">link</a>");
            }
            if (s.doi() != null) b.append(" doi:").append(esc(s.doi()));
            if (documents.available(s.id())) b.append(" <a class=\"passage\" href=\"/document/").append(url(s.id())).append("\">read</a>");
            b.append("</li>");
        }
        return page("Sources", b.append("</ol>").toString());
    }
}
