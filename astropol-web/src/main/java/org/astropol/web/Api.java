package org.astropol.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.astropol.analysis.EntityProfile;
import org.astropol.analysis.MembersQuery;
import org.astropol.analysis.Timeline;
import org.astropol.model.EntityType;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.PartialDate;
import org.astropol.model.Source;

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
            "/compare", "/timeline", "/network", "/sources", "/sources/{id}", "/documents/{id}", "/export/members/{id}.csv", "/export/entities/{id}.jsonld", "/export/sources.bib",
            "/export/network.graphml", "/openapi.json");

    private final KnowledgeBase kb;
    /** The knowledge base never changes while the server runs, so answers can be kept (as JSON bytes). */
    private final ResponseCache cache = new ResponseCache(4096);

    private final Documents documents;

    Api(KnowledgeBase kb, Documents documents) {
        this.kb = kb;
        this.documents = documents;
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
            Params.only(ctx, "asOf");
            String id = canonical(id(ctx));
            LocalDate day = Params.asOf(ctx, "asOf");
            WebServer.jsonBytes(ctx, cache.get("members\u0000" + id + "\u0000" + day, () -> MembersQuery.of(kb, id, day)));
        });
        app.get(BASE + "/membership-series/<id>", ctx -> {
            Params.only(ctx);
            WebServer.json(ctx, MembershipSeries.of(kb, id(ctx), LocalDate.now()));
        });
        app.get(BASE + "/compare", ctx -> {
            Params.only(ctx, "ids", "asOf");
            WebServer.json(ctx, compare(kb, Params.ids(ctx, "ids", 2, 4), Params.asOf(ctx, "asOf")));
        });
        app.get(BASE + "/timeline", ctx -> {
            Params.only(ctx, "ids", "asOf");
            WebServer.json(ctx, timeline(kb, Params.ids(ctx, "ids", 1, 2), ctx.queryParam("asOf") == null ? null : Params.asOf(ctx, "asOf")));
        });
        app.get(BASE + "/network", ctx -> {
            Params.only(ctx, "asOf", "year", "kind");
            WebServer.json(ctx, network(ctx));
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
        app.get(BASE + "/documents/<id>", ctx -> {
            Params.only(ctx, "q");
            WebServer.json(ctx, documents.passage(id(ctx), Params.string(ctx, "q")));
        });
        app.get(BASE + "/export/members/<id>", ctx -> {
            Params.only(ctx, "asOf");
            String file = id(ctx);
            if (!file.endsWith(".csv")) throw ApiException.notFound("members export is /export/members/{id}.csv");
            var m = MembersQuery.of(kb, file.substring(0, file.length() - 4), Params.asOf(ctx, "asOf"));
            ctx.header("Content-Disposition", "attachment; filename=\"members-" + m.group().replaceAll("[^A-Za-z0-9-]", "_") + "-" + m.asOf() + ".csv\"");
            ctx.contentType("text/csv; charset=utf-8").result(Exports.membersCsv(m));
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
        app.get(BASE + "/export/network.graphml", ctx -> {
            Params.only(ctx, "asOf", "year", "kind");
            ctx.header("Content-Disposition", "attachment; filename=\"astropol-network.graphml\"");
            ctx.contentType("application/graphml+xml; charset=utf-8").result(Exports.graphml(network(ctx)));
        });
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

    Network.Graph network(Context ctx) {
        Integer year = Params.integer(ctx, "year", 1900, 2100);
        if (year != null && ctx.queryParam("asOf") != null) throw ApiException.badRequest("give either 'year' or 'asOf', not both");
        LocalDate day = year != null ? LocalDate.of(year, 12, 31) : Params.asOf(ctx, "asOf");
        return Network.of(kb, day, Params.oneOf(ctx, "kind", "all", "all", "membership", "partnership"));
    }

    record GroupComparison(MembersQuery.Members members, Map<String, Integer> regions, List<MembershipSeries.Point> series) {}

    record Comparison(String asOf, List<GroupComparison> groups) {}

    static Comparison compare(KnowledgeBase kb, List<String> ids, LocalDate asOf) {
        List<GroupComparison> out = new ArrayList<>();
        for (String id : ids) {
            var m = MembersQuery.of(kb, id, asOf);
            out.add(new GroupComparison(m, MembershipSeries.regions(kb, m), MembershipSeries.of(kb, id, LocalDate.now()).points()));
        }
        return new Comparison(asOf.toString(), out);
    }

    /** The timeline as the CLI gives it; with asOf, entries after the day are dropped (as {@code --as-of} does). */
    static Timeline.Result timeline(KnowledgeBase kb, List<String> ids, LocalDate asOf) {
        var t = Timeline.of(kb, ids);
        if (asOf == null) return t;
        return new Timeline.Result(t.ids(), t.events().stream().filter(e -> !PartialDate.parse(e.date()).earliest().isAfter(asOf)).toList());
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
