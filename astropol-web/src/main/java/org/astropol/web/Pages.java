package org.astropol.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.astropol.analysis.EntityProfile;
import org.astropol.analysis.MembersQuery;
import org.astropol.analysis.Timeline;
import org.astropol.model.EntityType;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Source;
import org.astropol.web.view.AsOfControl;
import org.astropol.web.view.Chart;
import org.astropol.web.view.HomeView;
import org.astropol.web.view.Layout;
import org.astropol.web.view.MembersTable;
import org.astropol.web.view.MembersView;
import org.astropol.web.view.PassageView;
import org.astropol.web.view.SearchView;
import org.astropol.web.view.SourcesView;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
            if (CsvDownload.answer(ctx, r.tables(), null, r.view().id(), day, analytics == null ? null : analytics.dataHash())) return;
            html(ctx, Templates.render("entity.jte", r.view()));
        });
        app.get("/members/<id>", ctx -> { Params.only(ctx, "asOf", "format", "table"); members(ctx); });
        app.get("/timeline", ctx -> { Params.only(ctx, "a", "b", "asOf"); html(ctx, timeline(ctx)); });
        app.get("/sources", ctx -> { Params.only(ctx); html(ctx, sources()); });
        app.get("/document/<id>", ctx -> { Params.only(ctx, "q"); html(ctx, document(Api.id(ctx), Params.string(ctx, "q"))); });
    }

    private static void html(Context ctx, String body) { ctx.contentType("text/html; charset=utf-8").result(body); }

    // ---------------------------------------------------------------- layout

    static String errorPage(int status, String message) {
        return Templates.render("error.jte", Map.of("status", status, "message", message));
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

    Ref ref(String id) { return Ref.of(kb, id); }

    String search(Context ctx) {
        String q = Params.string(ctx, "q");
        String t = Params.string(ctx, "type");
        EntityType type = t == null ? null : EntityType.fromKey(t).orElseThrow(() -> ApiException.badRequest("unknown entity type '" + t + "'"));
        var r = Search.of(kb, q, type, 100);
        var hits = r.entities().stream().map(h -> new SearchView.Hit(new Ref(h.id(), h.name()), h.type(), h.kind(), h.matched(), h.lang())).toList();
        var statements = r.statements().stream().map(s -> new SearchView.StatementHit(ref(s.subject()), s.property(), s.value())).toList();
        return Templates.render("search.jte", new SearchView(q, type == null ? null : type.key(), java.util.Arrays.stream(EntityType.values()).map(EntityType::key).toList(),
                r.count(), hits, statements, q == null ? List.of() : documentHits(q)));
    }

    private static final Pattern MARKED = Pattern.compile("\\*\\*(.+?)\\*\\*");

    /** Passages of ingested documents matching the query (the ingest search index), each linked to the reader. */
    private List<SearchView.DocumentHit> documentHits(String q) {
        java.util.Map<String, Object> r;
        try {
            r = analytics.search(q, null, null, null, 10);
        } catch (IllegalArgumentException e) {
            return List.of();   // a query the index cannot parse finds no passage; the entities still answer
        }
        @SuppressWarnings("unchecked") List<org.astropol.ingest.SearchIndex.Hit> hits = (List<org.astropol.ingest.SearchIndex.Hit>) r.get("hits");
        List<SearchView.DocumentHit> out = new ArrayList<>();
        for (var h : hits) {
            // the snippet marks terms as **term**: the template marks them, escaping every piece
            List<SearchView.Piece> snippet = new ArrayList<>();
            Matcher m = MARKED.matcher(h.snippet());
            int pos = 0;
            while (m.find()) {
                if (m.start() > pos) snippet.add(new SearchView.Piece(h.snippet().substring(pos, m.start()), false));
                snippet.add(new SearchView.Piece(m.group(1), true));
                pos = m.end();
            }
            if (pos < h.snippet().length()) snippet.add(new SearchView.Piece(h.snippet().substring(pos), false));
            out.add(new SearchView.DocumentHit("/documents/" + h.document() + "#o-" + h.start(),
                    h.title() == null || h.title().isBlank() ? h.file() : h.title(), snippet));
        }
        return out;
    }

    // ---------------------------------------------------------------- entity profile

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

    private LocalDate firstChange(List<MembershipSeries.Point> points) {
        return points.isEmpty() ? LocalDate.now().minusYears(5) : LocalDate.parse(points.get(0).date()).minusMonths(1);
    }

    private String hash() {
        String h = analytics == null ? null : analytics.dataHash();
        return h == null ? CsvDownload.NO_DATABASE : h;
    }

    /** The tables of /members/{id}: the members, the signatories apart (when the group is a treaty), the states by region. */
    private Map<String, CsvDownload> membersTables(MembersQuery.Members m) {
        Map<String, CsvDownload> out = new LinkedHashMap<>();
        out.put("members", CsvDownload.members("members", m.members()));
        if (!m.signatories().isEmpty()) out.put("signatories", CsvDownload.members("signatories", m.signatories()));
        out.put("regions", CsvDownload.regions(MembershipSeries.regions(kb, m)));
        return out;
    }

    /** /members/{id}: the page, or with {@code format=csv} one of its tables. */
    void members(Context ctx) {
        LocalDate asOf = Params.asOf(ctx, "asOf");
        var m = MembersQuery.of(kb, Api.id(ctx), asOf);
        if (CsvDownload.answer(ctx, membersTables(m), "members", "members-" + m.group(), asOf, hash())) return;
        html(ctx, members(m, asOf));
    }

    String members(MembersQuery.Members m, LocalDate asOf) {
        var series = MembershipSeries.of(kb, m.group(), LocalDate.now());
        Footnotes notes = new Footnotes(documents);
        String path = "/members/" + url(m.group());
        Chart chart = ChartData.membersOverTime("chart-members", List.of(series), "k", null, asOf, hash());
        // the page links the server's CSV of both tables (with sources), so the browser adds no second button
        MembersTable members = MembersTables.of(kb, m.members(), notes, "members", "members of " + m.groupName(), "No members on this day.", false);
        MembersTable signatories = m.signatories().isEmpty() ? null : MembersTables.of(kb, m.signatories(), notes, "members-signatories", "signatories of " + m.groupName(), "", false);
        String csv = path + "?asOf=" + asOf + "&format=csv&table=";
        var view = new MembersView(ref(m.group()), asOf.toString(), m.states(), m.count(), chart, members, signatories, MembershipSeries.regions(kb, m),
                csv + "members", csv + "regions", "/api/v1/export/members/" + url(m.group()) + ".csv?asOf=" + asOf,
                "/api/v1/members/" + url(m.group()) + "?asOf=" + asOf, notes.notes(), hash());
        Layout layout = new Layout("Members of " + m.groupName(), AsOfControl.slider(path, asOf, firstChange(series.points()), Map.of()));
        return Templates.render("members.jte", Map.of("page", layout, "view", view));
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
        String x = p.excerpt();
        int base = p.excerptStart();
        int ms = p.found() ? p.start() - base : -1, me = p.found() ? p.end() - base : -1;
        int pos = 0;
        java.util.Iterator<Documents.Mention> it = p.entities().iterator();
        Documents.Mention next = it.hasNext() ? it.next() : null;
        List<PassageView.Piece> out = new ArrayList<>();
        PassageView.Piece markStart = new PassageView.Piece(PassageView.Kind.MARK_START, null, null, null);
        PassageView.Piece markEnd = new PassageView.Piece(PassageView.Kind.MARK_END, null, null, null);
        while (pos < x.length()) {
            if (pos == ms) out.add(markStart);
            if (pos == me) out.add(markEnd);
            int stop = x.length();
            if (ms > pos) stop = Math.min(stop, ms);
            if (me > pos) stop = Math.min(stop, me);
            while (next != null && next.start() - base < pos) next = it.hasNext() ? it.next() : null;
            if (next != null && next.start() - base == pos) {
                int e = next.end() - base;
                // a mention across the passage's start or end stays text: the mark's tags must nest
                boolean crosses = (ms > pos && ms < e) || (me > pos && me < e);
                if (!crosses) {
                    out.add(new PassageView.Piece(PassageView.Kind.ENTITY, x.substring(pos, e), new Ref(next.id(), null).href(), kb.nameOf(next.id())));
                    pos = e;
                    next = it.hasNext() ? it.next() : null;
                    continue;
                }
                next = it.hasNext() ? it.next() : null;
            }
            if (next != null) stop = Math.min(stop, Math.max(pos + 1, next.start() - base));
            out.add(PassageView.Piece.text(x.substring(pos, Math.max(pos + 1, stop))));
            pos = Math.max(pos + 1, stop);
        }
        if (me == x.length()) out.add(markEnd);
        return Templates.render("document.jte", new PassageView(p.title(), p.source(), p.document(), p.length(), q == null ? null : p.found(),
                p.excerptStart() > 0, p.excerptStart() + x.length() < p.length(), out));
    }

    String sources() {
        List<SourcesView.Item> items = new ArrayList<>();
        for (Source s : kb.sources()) {
            boolean web = s.url() != null && (s.url().startsWith("https://") || s.url().startsWith("http://"));
            items.add(new SourcesView.Item(s.id(), s.title(), s.authors() == null || s.authors().isEmpty() ? null : String.join(", ", s.authors()), s.publisher(),
                    s.date() == null ? null : s.date().toString(), s.kind(), web ? s.url() : null, s.doi(),
                    documents.available(s.id()) ? "/document/" + url(s.id()) : null));
        }
        return Templates.render("sources.jte", new SourcesView(items));
    }
}
