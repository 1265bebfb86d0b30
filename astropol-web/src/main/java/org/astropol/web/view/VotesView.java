package org.astropol.web.view;

import java.util.List;

/** /votes ({@code votes.jte}): every recorded vote on outer space, newest first, and imported roll calls with a space category. */
public record VotesView(List<String> regions, List<Row> rows, List<Imported> imported, String dataHash) {
    /** @param regionBars the per-region stacked bars (its rectangles are empty when no state is named) */
    public record Row(String date, String symbol, String href, String scope, String body, String topic, String tally, Bars regionBars, String title) {}

    public record Imported(String date, String resolution, String href, String category, String title) {}
}
