package org.astropol.web.view;

import java.util.List;

/**
 * /network ({@code network.jte}): the filters as a GET form (the URL holds the view), the summary, the figure the
 * browser draws from {@code api} with d3-force, and the communities (the legend and the view without script).
 *
 * @param layout whether the build has the layout library (d3 from npm); without it the page says so
 * @param backbone the backbone's method and level, and how many ties it keeps ({@code backboneEdges} of {@code edges})
 */
public record NetworkView(int year, int firstYear, int lastYear, List<String> tieKinds, String kind, String ties, String layer,
                          List<String> actorKinds, String actors, String node, List<Ref> actorNames, int nodes, int edges, String asOf,
                          int communityCount, String modularity, Polarisation polarisation, String api, String dataHash, boolean layout,
                          List<Community> communities, int backboneEdges, String backbone) {
    public record Polarisation(String blocA, int onlyA, String blocB, int onlyB, String crossShare, String modularity, List<Ref> brokers) {}

    public record Community(int id, String colour, List<Ref> members) {}
}
