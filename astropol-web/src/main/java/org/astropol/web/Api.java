package org.astropol.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.astropol.analysis.Comparison;
import org.astropol.analysis.CooperationNetwork;
import org.astropol.analysis.EntityProfile;
import org.astropol.analysis.Firsts;
import org.astropol.analysis.InstitutionalDensity;
import org.astropol.analysis.MembersQuery;
import org.astropol.analysis.SpacePowerIndex;
import org.astropol.analysis.Timeline;
import org.astropol.model.EntityType;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.PartialDate;
import org.astropol.model.Source;
import org.astropol.model.Stage;
import org.astropol.model.Validity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON API. Each endpoint answers with the same record the command line prints for the same question
 * (docs/cli.md), built by the same analysis code. Paths take ids with slashes (A/RES/69/32), plain or encoded.
 */
final class Api {
    static final String BASE = "/api/v1";
    /** Every endpoint, as documented in openapi.json (a test checks the two agree). */
    static final List<String> ENDPOINTS = List.of("/entities", "/entities/{id}", "/members/{id}", "/membership-series/{id}",
            "/membership-compare", "/timeline", "/network", "/network/polarisation", "/sources", "/sources/{id}", "/source-text/{id}", "/export/members/{id}.csv", "/export/entities/{id}.jsonld", "/export/sources.bib",
            "/export/network.graphml", "/openapi.json", "/firsts/{capability}", "/tiers", "/density", "/compare", "/votes/{symbol}", "/alignment",
            "/search", "/documents", "/documents/{id}", "/documents/{id}/passages", "/review");

    private final KnowledgeBase kb;
    /** The knowledge base never changes while the server runs, so answers can be kept (as JSON bytes). */
    private final ResponseCache cache = new ResponseCache(4096);

    private final Documents documents;
    private final Analytics analytics;

    Api(KnowledgeBase kb, Documents documents, Analytics analytics) {
        this.kb = kb;
        this.documents = documents;
        this.analytics = analytics;
    }

    /** The id as stored (ids are matched ignoring case, as on the command line); unknown ids are left for the analysis to refuse. */
    private String canonical(String id) { return kb.findEntity(id).map(org.astropol.model.Entity::id).orElse(id); }

    void register(Javalin app) {
        app.get(BASE, ctx -> {
            Params.only(ctx);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", "astropol API");
            m.put("version", "v1");
            m.put("openapi", BASE + "/openapi.json");
            m.put("endpoints", ENDPOINTS.stream().map(e -> BASE + e).toList());
            m.put("writeEndpoints", ReviewApi.WRITE_ENDPOINTS.stream().map(e -> "POST " + BASE + e).toList());
            WebServer.json(ctx, m);
        });
        app.get(BASE + "/openapi.json", ctx -> {
            Params.only(ctx);
            ctx.contentType("application/json; charset=utf-8").result(WebServer.resource("web/openapi.json"));
        });
        app.get(BASE + "/entities", ctx -> WebServer.json(ctx, search(ctx)));
        app.get(BASE + "/entities/<id>", ctx -> {
            Params.only(ctx);
            String id = canonical(id(ctx));
            WebServer.jsonBytes(ctx, cache.get("entity\u0000" + id, () -> EntityProfile.of(kb, id)));
        });
        app.get(BASE + "/members/<id>", ctx -> {
            Params.only(ctx, "asOf", "stage");
            String id = canonical(id(ctx));
            LocalDate day = Params.asOf(ctx, "asOf");
            Stage stage = Params.stage(ctx, "stage");
            WebServer.jsonBytes(ctx, cache.get("members\u0000" + id + "\u0000" + day + "\u0000" + stage, () -> MembersQuery.of(kb, id, day, stage)));
        });
        app.get(BASE + "/membership-series/<id>", ctx -> {
            Params.only(ctx);
            WebServer.json(ctx, MembershipSeries.of(kb, id(ctx), LocalDate.now()));
        });
        app.get(BASE + "/membership-compare", ctx -> {
            Params.only(ctx, "ids", "asOf");
            WebServer.json(ctx, compare(kb, Params.ids(ctx, "ids", 2, 4), Params.asOf(ctx, "asOf")));
        });
        app.get(BASE + "/timeline", ctx -> {
            Params.only(ctx, "ids", "asOf");
            WebServer.json(ctx, timeline(kb, Params.ids(ctx, "ids", 1, 2), ctx.queryParam("asOf") == null ? null : Params.asOf(ctx, "asOf")));
        });
        app.get(BASE + "/network", ctx -> {
            Params.only(ctx, NETWORK_JSON_PARAMS);
            // ties=backbone: the backbone's edges only (what /network draws by default, a fraction of the bytes)
            boolean backbone = "backbone".equals(Params.oneOf(ctx, "ties", "all", "all", "backbone"));
            var net = network(ctx);
            WebServer.json(ctx, backbone ? net.backboneOnly() : net);
        });
        app.get(BASE + "/sources", ctx -> {
            Params.only(ctx);
            List<Source> all = List.copyOf(kb.sources());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("count", all.size());
            m.put("sources", all.stream().map(Api::source).toList());
            WebServer.json(ctx, m);
        });
        app.get(BASE + "/sources/<id>", ctx -> {
            Params.only(ctx);
            String id = id(ctx);
            WebServer.json(ctx, source(kb.source(id).orElseThrow(() -> ApiException.notFound("unknown source id '" + id + "'"))));
        });
        app.get(BASE + "/source-text/<id>", ctx -> {
            Params.only(ctx, "q");
            WebServer.json(ctx, documents.passage(id(ctx), Params.string(ctx, "q")));
        });
        app.get(BASE + "/export/members/<id>", ctx -> {
            Params.only(ctx, "asOf", "stage");
            String file = id(ctx);
            if (!file.endsWith(".csv")) throw ApiException.notFound("members export is /export/members/{id}.csv");
            var m = MembersQuery.of(kb, file.substring(0, file.length() - 4), Params.asOf(ctx, "asOf"), Params.stage(ctx, "stage"));
            CsvDownload.attach(ctx, "members-" + m.group().replaceAll("[^A-Za-z0-9-]", "_") + "-" + m.asOf()).result(CsvDownload.members("members", m.members()).text());
        });
        app.get(BASE + "/export/entities/<id>", ctx -> {
            Params.only(ctx);
            String file = id(ctx);
            if (!file.endsWith(".jsonld")) throw ApiException.notFound("entity export is /export/entities/{id}.jsonld");
            var p = EntityProfile.of(kb, file.substring(0, file.length() - 7));
            ctx.header("Content-Disposition", "attachment; filename=\"" + p.id().replaceAll("[^A-Za-z0-9-]", "_") + ".jsonld\"");
            ctx.contentType("application/ld+json; charset=utf-8").result(WebServer.JSON.writeValueAsString(Exports.jsonLd(p)));
        });
        app.get(BASE + "/export/sources.bib", ctx -> {
            Params.only(ctx);
            ctx.header("Content-Disposition", "attachment; filename=\"astropol-sources.bib\"");
            ctx.contentType("application/x-bibtex; charset=utf-8").result(Exports.bibtex(kb));
        });
        app.get(BASE + "/network/polarisation", ctx -> {
            Params.only(ctx, NETWORK_PARAMS);
            LocalDate day = Analytics.networkDay(ctx);
            var cfg = analytics.networkConfig(ctx);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("asOf", day.toString()); answer.put("blocs", cfg.blocs()); answer.put("layers", new java.util.TreeSet<>(cfg.layers()));
            answer.put("series", analytics.polarisationByYear(day, cfg));
            WebServer.json(ctx, answer);
        });
        app.get(BASE + "/export/network.graphml", ctx -> {
            Params.only(ctx, NETWORK_PARAMS);
            ctx.header("Content-Disposition", "attachment; filename=\"astropol-network.graphml\"");
            ctx.contentType("application/graphml+xml; charset=utf-8").result(CooperationNetwork.graphml(network(ctx)));
        });
        registerAnalytics(app);
    }

    static final String[] NETWORK_PARAMS = {"asOf", "year", "halfLife", "weight.*", "exclude", "layers", "alpha", "runs", "nullDraws", "seed", "blocs"};
    static final String[] NETWORK_JSON_PARAMS = java.util.stream.Stream.concat(java.util.Arrays.stream(NETWORK_PARAMS), java.util.stream.Stream.of("ties")).toArray(String[]::new);

    /** The analyses, UN votes and ingested documents, each as the matching command prints it in JSON. */
    private void registerAnalytics(Javalin app) {
        app.get(BASE + "/firsts/{capability}", ctx -> {
            Params.only(ctx, "asOf");
            String cap = ctx.pathParam("capability");
            if (!cap.matches("[a-z0-9][a-z0-9-]{0,63}")) throw ApiException.badRequest("malformed capability (lower-case words joined by '-', e.g. orbital-launch)");
            LocalDate day = Params.asOf(ctx, "asOf");
            WebServer.jsonBytes(ctx, cache.get("firsts\u0000" + cap + "\u0000" + day, () -> Firsts.of(kb, cap, day)));
        });
        app.get(BASE + "/tiers", ctx -> {
            Params.only(ctx, "asOf", "explain", "weight.*");
            var cfg = analytics.tiersConfig(ctx);
            boolean explain = Params.bool(ctx, "explain");
            WebServer.json(ctx, SpacePowerIndex.answer(analytics.tiers(Params.asOf(ctx, "asOf"), cfg), explain));
        });
        app.get(BASE + "/density", ctx -> {
            Params.only(ctx, "programmes", "asOf", "cap");
            Integer cap = Params.integer(ctx, "cap", 1, 100);
            WebServer.json(ctx, analytics.density(Params.ids(ctx, "programmes", 1, 10), Params.asOf(ctx, "asOf"), cap == null ? InstitutionalDensity.DEFAULT_CAP : cap));
        });
        app.get(BASE + "/compare", ctx -> {
            Params.only(ctx, "a", "b", "asOf");
            String a = Params.string(ctx, "a"), b = Params.string(ctx, "b");
            if (a == null || b == null) throw ApiException.badRequest("parameters 'a' and 'b' are required (two programmes or two states)");
            WebServer.json(ctx, Comparison.of(kb, canonical(a), canonical(b), Params.asOf(ctx, "asOf")));
        });
        app.get(BASE + "/votes/<symbol>", ctx -> {
            Params.only(ctx);
            WebServer.json(ctx, analytics.vote(ctx.pathParam("symbol")));
        });
        app.get(BASE + "/alignment", ctx -> {
            Params.only(ctx, "a", "b", "states", "topic", "asOf", "from", "byYear");
            String topic = Analytics.topic(ctx);
            LocalDate day = Params.asOf(ctx, "asOf");
            LocalDate from = ctx.queryParam("from") == null ? null : Params.asOf(ctx, "from");
            String a = Params.string(ctx, "a"), b = Params.string(ctx, "b"), states = Params.string(ctx, "states");
            if (states != null) {
                if (a != null || b != null) throw ApiException.badRequest("give either 'a' and 'b' (a pair) or 'states' (a matrix), not both");
                WebServer.json(ctx, analytics.alignmentMatrix(stateIds(Params.ids(ctx, "states", 2, 60)), topic, from, day));
                return;
            }
            if (a == null || b == null) throw ApiException.badRequest("parameters 'a' and 'b' are required (two state ids), or 'states' for a matrix");
            String aa = stateIds(List.of(a)).get(0), bb = stateIds(List.of(b)).get(0);
            WebServer.json(ctx, "true".equals(Params.string(ctx, "byYear")) ? analytics.alignmentByYear(aa, bb, topic, from, day) : analytics.alignment(aa, bb, topic, from, day));
        });
        app.get(BASE + "/search", ctx -> {
            Params.only(ctx, "q", "entity", "source", "year", "limit");
            String q = Params.string(ctx, "q");
            if (q == null) throw ApiException.badRequest("parameter 'q' is required");
            Integer year = Params.integer(ctx, "year", 1000, 2999);
            Integer limit = Params.integer(ctx, "limit", 1, 200);
            WebServer.json(ctx, analytics.search(q, Params.string(ctx, "entity"), Params.string(ctx, "source"), year == null ? null : year.toString(), limit == null ? 10 : limit));
        });
        app.get(BASE + "/documents", ctx -> {
            Params.only(ctx);
            var all = analytics.documents();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("count", all.size());
            m.put("documents", all);
            WebServer.json(ctx, m);
        });
        app.get(BASE + "/documents/{id}", ctx -> {
            Params.only(ctx);
            WebServer.json(ctx, analytics.document(ctx.pathParam("id")));
        });
        app.get(BASE + "/documents/{id}/passages", ctx -> {
            Params.only(ctx);
            WebServer.json(ctx, analytics.passages(ctx.pathParam("id")));
        });
    }

    /** State ids as the vote tables hold them: 2 to 3 letters (alpha-3), upper-cased. */
    static List<String> stateIds(List<String> ids) {
        for (String s : ids) if (!s.matches("[A-Za-z]{2,3}")) throw ApiException.badRequest("malformed state id '" + s + "' (alpha-3, e.g. CHN)");
        return ids.stream().map(s -> s.toUpperCase(java.util.Locale.ROOT)).toList();
    }

    /** The id path parameter, decoded; ids are short and printable. */
    static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.isBlank() || id.length() > Params.MAX_LENGTH || id.chars().anyMatch(c -> c < 0x20)) {
            throw ApiException.badRequest("malformed id");
        }
        return id;
    }

    private Search.Result search(Context ctx) {
        Params.only(ctx, "q", "type", "limit");
        String t = Params.string(ctx, "type");
        EntityType type = t == null ? null : EntityType.fromKey(t).orElseThrow(() -> ApiException.badRequest("parameter 'type': unknown entity type '" + t
                + "' (one of " + String.join(", ", java.util.Arrays.stream(EntityType.values()).map(EntityType::key).toList()) + ")"));
        Integer limit = Params.integer(ctx, "limit", 1, 500);
        return Search.of(kb, Params.string(ctx, "q"), type, limit == null ? 50 : limit);
    }

    /** As {@code network --as-of D [--half-life Y] [--weight K=W] [--exclude G] --format json}. */
    CooperationNetwork.Result network(Context ctx) {
        return analytics.network(Analytics.networkDay(ctx), analytics.networkConfig(ctx));
    }

    record GroupComparison(MembersQuery.Members members, Map<String, Integer> regions, List<MembershipSeries.Point> series) {}

    record GroupsComparison(String asOf, List<GroupComparison> groups) {}

    static GroupsComparison compare(KnowledgeBase kb, List<String> ids, LocalDate asOf) {
        List<GroupComparison> out = new ArrayList<>();
        for (String id : ids) {
            var m = MembersQuery.of(kb, id, asOf);
            out.add(new GroupComparison(m, MembershipSeries.regions(kb, m), MembershipSeries.of(kb, id, LocalDate.now()).points()));
        }
        return new GroupsComparison(asOf.toString(), out);
    }

    /** The timeline as the CLI gives it; with asOf, entries after the day are dropped (as {@code --as-of} does). */
    static Timeline.Result timeline(KnowledgeBase kb, List<String> ids, LocalDate asOf) {
        var t = Timeline.of(kb, ids);
        if (asOf == null) return t;
        return new Timeline.Result(t.ids(), t.events().stream().filter(e -> Validity.reached(PartialDate.parse(e.date()), asOf)).toList());
    }

    static Map<String, Object> source(Source s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("kind", s.kind());
        m.put("title", s.title());
        m.put("authors", s.authors() == null ? List.of() : s.authors());
        m.put("publisher", s.publisher());
        m.put("date", s.date() == null ? null : s.date().toString());
        m.put("url", s.url());
        m.put("doi", s.doi());
        m.put("accessed", s.accessed() == null ? null : s.accessed().toString());
        m.put("document", s.document());
        return m;
    }
}
