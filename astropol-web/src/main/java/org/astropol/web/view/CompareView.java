package org.astropol.web.view;

import java.util.List;
import java.util.Map;

/**
 * /compare ({@code compare.jte}): two groups side by side on a day, their member states over time as a chart with its
 * data as a table, and per side the regions, the institutional density and the members with their footnotes.
 *
 * @param chart member states over time of both groups (drawn in the browser from its data)
 */
public record CompareView(GroupChoice choice, String title, Chart chart, List<Side> sides, List<SourceNote> notes,
                          String asOf, String dataHash) {
    public record Side(String key, int colour, Ref group, int states, int count, Map<String, Integer> regions, Density density,
                       MembersTable members, MembersTable signatories) {}

    /** The leader's institutional density with its partners; {@code basis} shown when the leader is a guess. */
    public record Density(String score, Ref leader, String basis, int partners, String unReach, String byKind, String json) {}
}
