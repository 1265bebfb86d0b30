package org.astropol.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.astropol.analysis.InstitutionalDensity;
import org.astropol.analysis.MembersQuery;
import org.astropol.analysis.SourceRef;
import org.astropol.model.Entity;
import org.astropol.model.EntityType;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Relationship;
import org.astropol.model.Validity;
import org.astropol.web.view.AsOfControl;
import org.astropol.web.view.Chart;
import org.astropol.web.view.CompareView;
import org.astropol.web.view.GroupChoice;
import org.astropol.web.view.Layout;
import org.astropol.web.view.MapView;
import org.astropol.web.view.Ref;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.astropol.web.Html.esc;
import static org.astropol.web.Html.url;

/**
 * /compare and /map ({@code compare.jte}, {@code map.jte}): any two groups or instruments with members side by side,
 * and the states of a day coloured by membership of one group or two. Pickers list every group with members; the URL
 * ({@code a}, {@code b}, {@code asOf}) holds the view.
 */
final class GroupPages {
    static final String DEFAULT_A = "ilrs", DEFAULT_B = "artemis-accords";

    private final KnowledgeBase kb;
    private final Analytics analytics;
    private final Documents documents;
    private final WorldMap.Loaded world;
    /** Every entity that has members or parties in the knowledge base, by name (the pickers' options). */
    private final List<Ref> groups;

    GroupPages(KnowledgeBase kb, Documents documents, Analytics analytics, WorldMap.Loaded world) {
        this.kb = kb;
        this.documents = documents;
        this.analytics = analytics;
        this.world = world;
        Set<String> ids = new TreeSet<>();
        for (Relationship r : kb.relationships()) {
            if (r instanceof Relationship.Membership m) ids.add(m.group());
            else if (r instanceof Relationship.PartyAction p) ids.add(p.instrument());
        }
        this.groups = ids.stream().map(this::ref).filter(Ref::known).sorted(Comparator.comparing((Ref g) -> g.name().toLowerCase(Locale.ROOT))).toList();
    }

    void register(Javalin app) {
        app.get("/compare", ctx -> {
            Params.only(ctx, "a", "b", "asOf");
            String a = Params.string(ctx, "a"), b = Params.string(ctx, "b");
            html(ctx, compare(a == null ? DEFAULT_A : a, b == null ? DEFAULT_B : b, Params.asOf(ctx, "asOf")));
        });
        app.get("/map", ctx -> {
            Params.only(ctx, "a", "b", "asOf");
            String a = Params.string(ctx, "a"), b = Params.string(ctx, "b");
            // no parameter: the default pair; a group alone when only 'a' is given (or 'b' is empty)
            boolean defaults = a == null && ctx.queryParam("b") == null;
            html(ctx, map(a == null ? DEFAULT_A : a, defaults ? DEFAULT_B : b, Params.asOf(ctx, "asOf")));
        });
    }

    private static void html(Context ctx, String body) { ctx.contentType("text/html; charset=utf-8").result(body); }

    // ---------------------------------------------------------------- compare

    String compare(String a, String b, LocalDate asOf) {
        var cmp = Api.compare(kb, List.of(a, b), asOf);
        var ga = cmp.groups().get(0);
        var gb = cmp.groups().get(1);
        Footnotes notes = new Footnotes(documents);
        String nameA = ga.members().groupName(), nameB = gb.members().groupName();
        LocalDate min = firstChange(ga.series());
        if (firstChange(gb.series()).isBefore(min)) min = firstChange(gb.series());
        Chart chart = ChartData.membersOverTime("chart-members", List.of(new MembershipSeries.Series(ga.members().group(), nameA, ga.series()),
                new MembershipSeries.Series(gb.members().group(), nameB, gb.series())), "s", null, asOf, hash());
        List<CompareView.Side> sides = new ArrayList<>();
        int i = 0;
        for (var g : List.of(ga, gb)) {
            String key = i == 0 ? "a" : "b";
            var m = g.members();
            sides.add(new CompareView.Side(key, i++, ref(m.group()), m.states(), m.count(), g.regions(), density(m.group(), asOf),
                    MembersTables.of(kb, m.members(), notes, "members-" + key, "members of " + m.groupName(), "No members on this day.", true),
                    m.signatories().isEmpty() ? null : MembersTables.of(kb, m.signatories(), notes, "members-" + key + "-signatories", "signatories of " + m.groupName(), "", true)));
        }
        String title = nameA + " versus " + nameB;
        var view = new CompareView(new GroupChoice("/compare", groups, ga.members().group(), gb.members().group(), false, asOf.toString()),
                title, chart, sides, notes.notes(), asOf.toString(), hash());
        Layout layout = new Layout(title, AsOfControl.slider("/compare", asOf, min, Map.of("a", ga.members().group(), "b", gb.members().group())));
        return Templates.render("compare.jte", Map.of("page", layout, "view", view));
    }

    /** The analysis' institutional density of a group's leader with its partners (docs/analytics.md), when it applies. */
    private CompareView.Density density(String group, LocalDate asOf) {
        InstitutionalDensity.Result d;
        try {
            d = InstitutionalDensity.of(kb, group, asOf, null, InstitutionalDensity.DEFAULT_CAP);
        } catch (RuntimeException e) {
            return null;   // no leader or no partners: the side shows no density
        }
        if (d.leader() == null) return null;
        List<String> parts = new ArrayList<>();
        d.meanByCategory().forEach((k, v) -> parts.add(k + " " + two(v)));
        String basis = d.leaderBasis() != null && d.leaderBasis().startsWith("guess") ? d.leaderBasis() : null;
        return new CompareView.Density(two(d.score()), ref(d.leader()), basis, d.partners(), two(d.unReach()), String.join(", ", parts),
                "/api/v1/density?programmes=" + url(group) + "&asOf=" + asOf);
    }

    private static String two(double v) { return String.format(Locale.ROOT, "%.2f", v); }

    // ---------------------------------------------------------------- map

    /**
     * The states existing on the day coloured by membership of group {@code a} (and {@code b} when given): a choropleth
     * of the shapes matched by the ISO 3166-1 {@code numeric} attribute, then every state as a tile by UN region and
     * sub-region (small states the 1:110m shapes leave out are there), then the same as a table.
     */
    String map(String a, String bId, LocalDate asOf) {
        var ma = MembersQuery.of(kb, a, asOf);
        var mb = bId == null ? null : MembersQuery.of(kb, bId, asOf);
        Set<String> inA = states(ma), inB = mb == null ? Set.of() : states(mb);
        String nameA = ma.groupName(), nameB = mb == null ? null : mb.groupName();
        Map<String, Map<String, List<Entity>>> regions = new TreeMap<>();
        List<MapView.StateRow> rows = new ArrayList<>();
        Map<String, String> sourcesA = sources(ma), sourcesB = mb == null ? Map.of() : sources(mb);
        for (Entity e : kb.entities()) {
            if (e.type() != EntityType.STATE || !Validity.exists(e, asOf)) continue;
            String region = e.attribute("region").orElse("other");
            regions.computeIfAbsent(region, k -> new TreeMap<>()).computeIfAbsent(e.attribute("subregion").orElse(""), k -> new ArrayList<>()).add(e);
            String srcs = String.join(";", new TreeSet<>(List.of(sourcesA.getOrDefault(e.id(), ""), sourcesB.getOrDefault(e.id(), ""))).stream().filter(s -> !s.isEmpty()).toList());
            rows.add(new MapView.StateRow(e.id(), e.name(), region, inA.contains(e.id()), inB.contains(e.id()), srcs));
        }
        rows.sort(Comparator.comparing(MapView.StateRow::name));
        List<MapView.Region> tiles = new ArrayList<>();
        for (var r : regions.entrySet()) {
            List<MapView.Subregion> subs = new ArrayList<>();
            for (var sub : r.getValue().entrySet()) {
                subs.add(new MapView.Subregion(sub.getKey(), sub.getValue().stream().map(e -> {
                    boolean x = inA.contains(e.id()), y = inB.contains(e.id());
                    return new MapView.Tile(e.id(), e.name(), cssClass(x, y), what(x, y, nameA, nameB));
                }).toList()));
            }
            tiles.add(new MapView.Region(r.getKey(), subs));
        }
        LocalDate min = firstChange(MembershipSeries.of(kb, ma.group(), LocalDate.now()).points());
        if (mb != null) {
            LocalDate minB = firstChange(MembershipSeries.of(kb, mb.group(), LocalDate.now()).points());
            if (minB.isBefore(min)) min = minB;
        }
        long both = inA.stream().filter(inB::contains).count();
        var view = new MapView(new GroupChoice("/map", groups, ma.group(), mb == null ? null : mb.group(), true, asOf.toString()), nameA, nameB,
                (int) (inA.size() - both), (int) (inB.size() - both), (int) both, world.map() == null ? null : worldSvg(ma, mb, inA, inB, asOf),
                world.unavailable(), tiles, rows, asOf.toString(), hash());
        Map<String, String> hidden = mb == null ? Map.of("a", ma.group(), "b", "") : Map.of("a", ma.group(), "b", mb.group());
        Layout layout = new Layout(nameB == null ? "Map: " + nameA : "Map: " + nameA + " and " + nameB, AsOfControl.slider("/map", asOf, min, hidden));
        return Templates.render("map.jte", Map.of("page", layout, "view", view));
    }

    private static String cssClass(boolean a, boolean b) { return a && b ? "in-both" : a ? "in-a" : b ? "in-b" : "none"; }

    private static String what(boolean a, boolean b, String nameA, String nameB) {
        return a && b ? nameA + " and " + nameB : a ? nameA : b ? nameB : nameB == null ? "not a member" : "neither";
    }

    /** The projected shapes as SVG paths (built here, every name escaped: 177 paths are not worth a template loop). */
    private String worldSvg(MembersQuery.Members ma, MembersQuery.Members mb, Set<String> inA, Set<String> inB, LocalDate asOf) {
        Map<String, Entity> byNumeric = new HashMap<>();
        for (Entity e : kb.entities()) {
            if (e.type() != EntityType.STATE || !Validity.exists(e, asOf)) continue;
            e.attribute("numeric").ifPresent(n -> byNumeric.put(n, e));
        }
        Map<String, String> roleA = roles(ma), roleB = mb == null ? Map.of() : roles(mb);
        WorldMap w = world.map();
        String label = mb == null ? ma.groupName() : ma.groupName() + " and " + mb.groupName();
        StringBuilder b = new StringBuilder("<svg id=\"worldmap\" data-svg=\"map\" data-table=\"map-states\" role=\"group\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append((int) WorldMap.WIDTH).append(' ').append((int) w.height()).append("\" aria-label=\"").append(esc("World map: " + label + " as of " + asOf)).append("\">")
                .append("<defs><clipPath id=\"sphere-clip\"><path d=\"").append(w.sphere()).append("\"/></clipPath></defs>")
                .append("<path class=\"sphere\" d=\"").append(w.sphere()).append("\"/><g clip-path=\"url(#sphere-clip)\">");
        for (WorldMap.Shape s : w.shapes()) {
            Entity e = s.id() == null ? null : byNumeric.get(s.id());
            if (e == null) {
                b.append("<path class=\"country nodata\" d=\"").append(s.path()).append("\"><title>")
                        .append(esc((s.name() == null ? "?" : s.name()) + ": not in the knowledge base")).append("</title></path>");
                continue;
            }
            boolean x = inA.contains(e.id()), y = inB.contains(e.id());
            List<String> what = new ArrayList<>();
            if (x) what.add(ma.groupName() + " (" + roleA.getOrDefault(e.id(), "member") + ")");
            if (y) what.add(mb.groupName() + " (" + roleB.getOrDefault(e.id(), "member") + ")");
            b.append("<a href=\"/entity/").append(url(e.id())).append("\" aria-label=\"").append(esc(e.name())).append("\"><path class=\"country ").append(cssClass(x, y))
                    .append("\" data-id=\"").append(esc(e.id())).append("\" d=\"").append(s.path()).append("\"><title>")
                    .append(esc(e.name() + ": " + (what.isEmpty() ? mb == null ? "not a member" : "neither" : String.join("; ", what)))).append("</title></path></a>");
        }
        return b.append("</g></svg>").toString();
    }

    private static Map<String, String> roles(MembersQuery.Members m) {
        Map<String, String> out = new HashMap<>();
        for (var x : m.members()) if (x.role() != null && x.agentFor() == null) out.putIfAbsent(x.id(), x.role());
        return out;
    }

    /** Per member state, the ids of the sources behind its membership. */
    private static Map<String, String> sources(MembersQuery.Members m) {
        Map<String, String> out = new HashMap<>();
        for (var x : m.members()) {
            if (x.agentFor() != null) continue;
            out.merge(x.id(), String.join(";", x.sources().stream().map(SourceRef::id).toList()), (p, q) -> p + ";" + q);
        }
        return out;
    }

    private static Set<String> states(MembersQuery.Members m) {
        Set<String> out = new HashSet<>();
        m.members().stream().filter(x -> x.type().equals("state") && x.agentFor() == null).forEach(x -> out.add(x.id()));
        return out;
    }

    private static LocalDate firstChange(List<MembershipSeries.Point> points) {
        return points.isEmpty() ? LocalDate.now().minusYears(5) : LocalDate.parse(points.get(0).date()).minusMonths(1);
    }

    private String hash() {
        String h = analytics == null ? null : analytics.dataHash();
        return h == null ? CsvDownload.NO_DATABASE : h;
    }

    private Ref ref(String id) { return Ref.of(kb, id); }
}
