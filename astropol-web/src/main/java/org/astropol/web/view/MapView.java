package org.astropol.web.view;

import java.util.List;

/**
 * /map ({@code map.jte}): the states existing on a day coloured by membership of one group or two, as a world map
 * (when the build has the shapes) and as tiles by UN region; {@code states} is the same as a table (the CSV download).
 *
 * @param worldSvg the projected shapes (WorldMap paths; names escaped where built), null without shapes
 */
public record MapView(GroupChoice choice, String nameA, String nameB, int onlyA, int onlyB, int both, String worldSvg, String unavailable,
                      List<Region> regions, List<StateRow> states, String asOf, String dataHash) {
    public boolean pair() { return nameB != null; }

    public record Region(String name, List<Subregion> subregions) {}

    public record Subregion(String name, List<Tile> tiles) {}

    public record Tile(String id, String name, String cssClass, String what) {}

    public record StateRow(String id, String name, String region, boolean inA, boolean inB, String sources) {}
}
