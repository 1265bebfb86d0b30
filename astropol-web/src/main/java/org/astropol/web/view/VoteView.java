package org.astropol.web.view;

import java.util.List;

/** /votes/{symbol} ({@code vote.jte}): one resolution's tally, tallies by source, disputes, positions by region and by state. */
public record VoteView(String resolution, String date, String body, String topic, String title, List<Count> counts, int inferredYes,
                       Bars tallyBar, List<SourceTally> tallies, List<String> disputed, List<String> votes, List<RegionRow> regions,
                       List<Position> positions, String note, String jsonHref, String dataHash) {
    public record Count(String vote, int n) {}

    public record SourceTally(int yes, int no, int abstain, String status, String source, String locator) {}

    public record RegionRow(String region, List<Integer> counts) {}

    public record Position(Ref state, String vote, boolean inferred, String source) {}
}
