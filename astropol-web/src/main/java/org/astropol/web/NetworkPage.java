package org.astropol.web;

import io.javalin.http.Context;
import org.astropol.analysis.CooperationNetwork;
import org.astropol.model.KnowledgeBase;
import org.astropol.web.view.NetworkView;
import org.astropol.web.view.Ref;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.astropol.web.Html.url;

/**
 * /network ({@code network.jte}): the filters (year, tie kind, layer, actor kind, a node to find) as a GET form, so the
 * URL holds the view, and the communities as a list; the browser draws the force-directed layout (d3-force, served from /static/lib) from
 * {@code /api/v1/network} (by default with {@code ties=backbone}: the backbone's ties, every actor). Without the library in the build the page says so and the list stays the view.
 */
final class NetworkPage {
    static final List<String> TIE_KINDS = List.of("all", "partnership", "co-member", "co-party", "member-of");
    static final List<String> ACTOR_KINDS = List.of("all", "state", "organisation");
    /** Colours for the largest communities (astropol.css .c0-.c7); the rest share grey. */
    static final int COLOURS = 8;
    static final int FIRST_YEAR = 1957;
    /** The page's parameters that change the analysis, passed on to the JSON the layout is drawn from. */
    static final List<String> ANALYSIS_PARAMETERS = List.of("halfLife", "exclude", "layers", "alpha", "runs", "nullDraws", "seed", "blocs");

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
        String ties = Params.oneOf(ctx, "ties", "backbone", "backbone", "all");
        var net = analytics.network(day, analytics.networkConfig(ctx));
        var pol = net.polarisation();
        NetworkView.Polarisation polarisation = pol == null ? null : new NetworkView.Polarisation(pol.blocA(), pol.onlyA().size(), pol.blocB(), pol.onlyB().size(),
                String.valueOf(pol.crossShare()), String.valueOf(pol.modularity()), net.brokers().stream().map(this::ref).toList());
        String hash = analytics.dataHash();
        // the JSON the layout is drawn from: the backbone's ties only unless all are asked for (network.js asks again when the choice changes)
        String api = "/api/v1/network?asOf=" + net.asOf() + analysisParameters(ctx) + "&ties=" + ties;
        List<Ref> names = net.nodes().stream().map(n -> new Ref(n.id(), n.name())).toList();
        var view = new NetworkView(day.getYear(), FIRST_YEAR, Math.max(LocalDate.now().getYear(), day.getYear()), TIE_KINDS, kind, ties, layer,
                ACTOR_KINDS, actors, Params.string(ctx, "node"), names, net.nodes().size(), net.edges().size(), net.asOf(), net.communities(),
                String.valueOf(net.modularity()), polarisation, api, hash == null ? CsvDownload.NO_DATABASE : hash, layoutLibrary, communities(net),
                net.backbone().keptEdges(), backboneNote(net.backbone()));
        return Templates.render("network.jte", view);
    }

    /** The communities, largest first (ties by number, as network.js orders them), members by weighted degree; the first eight coloured. */
    private List<NetworkView.Community> communities(CooperationNetwork.Result net) {
        Map<Integer, List<CooperationNetwork.Node>> byCommunity = new TreeMap<>();
        for (var n : net.nodes()) byCommunity.computeIfAbsent(n.community(), k -> new ArrayList<>()).add(n);
        List<List<CooperationNetwork.Node>> groups = new ArrayList<>(byCommunity.values());
        groups.sort((p, q) -> q.size() - p.size());
        List<NetworkView.Community> out = new ArrayList<>();
        for (int c = 0; c < groups.size(); c++) {
            List<CooperationNetwork.Node> members = new ArrayList<>(groups.get(c));
            members.sort(Comparator.comparingDouble(CooperationNetwork.Node::weightedDegree).reversed());
            out.add(new NetworkView.Community(members.get(0).community(), c < COLOURS ? "c" + c : "cx", members.stream().map(n -> ref(n.id())).toList()));
        }
        return out;
    }

    /** The analysis parameters of the page's URL, passed on to the JSON (halfLife, weight.*, exclude). */
    private static String analysisParameters(Context ctx) {
        StringBuilder q = new StringBuilder();
        for (var e : ctx.queryParamMap().entrySet()) {
            String k = e.getKey();
            if (!(ANALYSIS_PARAMETERS.contains(k) || k.startsWith("weight."))) continue;
            for (String v : e.getValue()) q.append('&').append(url(k)).append('=').append(url(v));
        }
        return q.toString();
    }

    /** The backbone's method in a sentence a reader can check against docs/analytics.md. */
    static String backboneNote(CooperationNetwork.Backbone b) {
        String level = "alpha " + b.alpha();
        if (!CooperationNetwork.Config.SDSM.equals(b.model())) return b.method() + ", " + level;
        return "stochastic degree sequence model, " + level + ", " + b.correction() + " correction: a tie made by a group of three or more is kept"
                + " only when its two actors share more records than their numbers of records predict; ties of two actors alone are kept as observed";
    }

    private Ref ref(String id) { return Ref.of(kb, id); }
}
