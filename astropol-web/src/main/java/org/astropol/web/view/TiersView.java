package org.astropol.web.view;

import java.util.List;

/**
 * /tiers ({@code tiers.jte}): the weights form, the index chart and the ranking with each state's rank interval over
 * the random redraws and its rank under the configured weights.
 *
 * @param chart the index as bars, one series per tier ({@code tag/chart.jte})
 */
public record TiersView(String asOf, int draws, List<Weight> weights, int states, int tiers, String breaks, boolean changed, Chart chart,
                        List<Row> rows, String jsonHref, String dataHash) {
    public record Weight(String indicator, String value) {}

    /** @param configuredRank the rank under the configured weights (null: not ranked there); {@code move} up, down or null */
    public record Row(int rank, Ref state, String score, int tier, int tierClass, int best, int worst, Integer configuredRank, String move, int moveBy) {}
}
