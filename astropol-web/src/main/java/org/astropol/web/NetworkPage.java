package org.astropol.web;

import io.javalin.http.Context;
import org.astropol.analysis.CooperationNetwork;
import org.astropol.model.KnowledgeBase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.astropol.web.Html.esc;
import static org.astropol.web.Html.url;

/**
 * /network: the filters (year, tie kind, layer, actor kind, a node to find) as a GET form, so the URL holds the view,
 * and the communities as a list; the browser draws the force-directed layout (d3-force, served from /static/lib) from
 * {@code /api/v1/network}. Without the library in the build the page says so and the list stays the view.
 */
final class NetworkPage {
    static final List<String> TIE_KINDS = List.of("all", "partnership", "co-member", "co-party", "member-of");
    static final List<String> ACTOR_KINDS = List.of("all", "state", "organisation");
    /** Colours for the largest communities (astropol.css .c0-.c7); the rest share grey. */
    static final int COLOURS = 8;
    static final int FIRST_YEAR = 1957;

    private final Analytics analytics;
    private final KnowledgeBase kb;
    private final boolean layoutLibrary;

    NetworkPage(Analytics analytics, boolean layoutLibrary) {
        this.analytics = analytics;
        this.kb = analytics.kb();
        this.layoutLibrary = layoutLibrary;
    }

    String render(Context ctx) {
        LocalDate day = Analytics.networkDay(ctx);
        String kind = Params.oneOf(ctx, "kind", "all", TIE_KINDS.toArray(String[]::new));
        String actors = Params.oneOf(ctx, "actors", "all", ACTOR_KINDS.toArray(String[]::new));
        String layer = Params.string(ctx, "layer");
        if (layer != null && !layer.matches("[a-z0-9][a-z0-9-]{0,63}")) throw ApiException.badRequest("parameter 'layer': malformed layer name");
        String node = Params.string(ctx, "node");
        String ties = Params.oneOf(ctx, "ties", "backbone", "backbone", "all");
        var cfg = Analytics.networkConfig(ctx);
        var net = analytics.network(day, cfg);
        int year = day.getYear(), thisYear = LocalDate.now().getYear();

        StringBuilder b = new StringBuilder("<h1>Cooperation network</h1>");
        b.append("<form id=\"network-form\" class=\"filters\" action=\"/network\" method=\"get\">")
                .append("<label for=\"year\">Year</label> <input type=\"range\" id=\"year-slider\" data-year-slider=\"year\" aria-label=\"Year\" min=\"").append(FIRST_YEAR)
                .append("\" max=\"").append(Math.max(thisYear, year)).append("\" step=\"1\" value=\"").append(year).append("\">")
                .append(" <input type=\"number\" id=\"year\" name=\"year\" min=\"").append(FIRST_YEAR).append("\" max=\"2100\" value=\"").append(year).append("\">");
        select(b, "kind", "Ties", TIE_KINDS, kind);
        select(b, "ties", "Show", List.of("backbone", "all"), ties);
        b.append(" <label for=\"layer\">Layer</label> <select id=\"layer\" name=\"layer\"><option value=\"\">all</option>");
        if (layer != null) b.append("<option value=\"").append(esc(layer)).append("\" selected>").append(esc(layer)).append("</option>");
        b.append("</select>");
        select(b, "actors", "Actors", ACTOR_KINDS, actors);
        b.append(" <label for=\"node\">Find</label> <input id=\"node\" name=\"node\" list=\"node-names\" placeholder=\"id or name\" value=\"").append(esc(node)).append("\">")
                .append("<datalist id=\"node-names\">");
        for (var n : net.nodes()) b.append("<option value=\"").append(esc(n.id())).append("\">").append(esc(n.name())).append("</option>");
        b.append("</datalist> <button type=\"submit\">Show</button></form>");

        b.append("<p class=\"summary\" id=\"network-summary\">").append(net.nodes().size()).append(" actors, ").append(net.edges().size()).append(" ties as of ")
                .append(esc(net.asOf())).append(" · ").append(net.communities()).append(" communities (modularity ").append(esc(net.modularity())).append(")</p>");
        var pol = net.polarisation();
        if (pol != null) {
            b.append("<p class=\"muted\" id=\"polarisation\">Polarisation ").append(esc(pol.blocA())).append(" (").append(pol.onlyA().size()).append(" only) vs ")
                    .append(esc(pol.blocB())).append(" (").append(pol.onlyB().size()).append(" only): cross-bloc share of tie weight ").append(esc(pol.crossShare()))
                    .append(", two-bloc modularity ").append(esc(pol.modularity())).append(net.brokers().isEmpty() ? "" : " · brokers: ")
                    .append(String.join(", ", net.brokers().stream().map(this::link).toList())).append("</p>");
        }
        String api = "/api/v1/network?asOf=" + net.asOf() + weights(ctx);
        b.append("<figure class=\"network-view\" id=\"network-view\" data-src=\"").append(esc(api)).append("\" data-as-of=\"").append(esc(net.asOf()))
                .append("\" data-hash=\"").append(esc(analytics.dataHash())).append("\">");
        if (layoutLibrary) {
            b.append("<p class=\"muted\" id=\"network-loading\">Drawing the layout…</p>");
        } else {
            b.append("<p class=\"muted\" id=\"network-nolayout\">No layout in this build: the d3 library (npm) was not fetched when it was made, "
                    + "so the communities are listed below without a drawing.</p>");
        }
        b.append("<figcaption class=\"muted\" id=\"network-caption\">Force-directed layout (d3-force). Node area: weighted degree; colour: community; "
                + "the backbone keeps the ties the analysis marks as significant, or, where it marks none, each actor's three strongest ties. "
                + "Hover or focus an actor to see its partners; click to open its profile.</figcaption></figure>");
        b.append(communities(net));
        b.append("<p class=\"downloads\"><a id=\"graphml-link\" href=\"/api/v1/export/network.graphml?asOf=").append(net.asOf())
                .append("\">Download GraphML (Gephi)</a> · <a href=\"").append(esc(api)).append("\">JSON</a></p>");
        return Pages.page("Cooperation network", b.toString());
    }

    /** The communities, largest first, each with its colour and its members by weighted degree (the legend and the no-script view). */
    private String communities(CooperationNetwork.Result net) {
        Map<Integer, List<CooperationNetwork.Node>> byCommunity = new TreeMap<>();
        for (var n : net.nodes()) byCommunity.computeIfAbsent(n.community(), k -> new ArrayList<>()).add(n);
        List<List<CooperationNetwork.Node>> groups = new ArrayList<>(byCommunity.values());
        groups.sort((p, q) -> q.size() - p.size());
        StringBuilder b = new StringBuilder("<h2 id=\"communities-title\">Communities</h2><ul class=\"communities\" id=\"communities\">");
        for (int c = 0; c < groups.size(); c++) {
            List<CooperationNetwork.Node> members = new ArrayList<>(groups.get(c));
            members.sort(Comparator.comparingDouble(CooperationNetwork.Node::weightedDegree).reversed());
            b.append("<li data-community=\"").append(members.get(0).community()).append("\"><span class=\"dot ").append(c < COLOURS ? "c" + c : "cx")
                    .append("\"></span> <strong>").append(members.size()).append("</strong> · ");
            b.append(String.join(", ", members.stream().map(n -> link(n.id())).toList())).append("</li>");
        }
        return b.append("</ul>").toString();
    }

    /** The analysis parameters of the page's URL, passed on to the JSON (halfLife, weight.*, exclude). */
    private static String weights(Context ctx) {
        StringBuilder q = new StringBuilder();
        for (var e : ctx.queryParamMap().entrySet()) {
            String k = e.getKey();
            if (!(k.equals("halfLife") || k.equals("exclude") || k.startsWith("weight."))) continue;
            for (String v : e.getValue()) q.append('&').append(url(k)).append('=').append(url(v));
        }
        return q.toString();
    }

    private static void select(StringBuilder b, String name, String label, List<String> values, String chosen) {
        b.append(" <label for=\"").append(name).append("\">").append(label).append("</label> <select id=\"").append(name).append("\" name=\"").append(name).append("\">");
        for (String v : values) b.append("<option value=\"").append(v).append('"').append(v.equals(chosen) ? " selected" : "").append('>').append(v).append("</option>");
        b.append("</select>");
    }

    private String link(String id) {
        var e = kb.entity(id).orElse(null);
        return e == null ? esc(id) : "<a href=\"/entity/" + url(id) + "\">" + esc(e.name()) + "</a>";
    }
}
