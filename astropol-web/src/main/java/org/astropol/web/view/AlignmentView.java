package org.astropol.web.view;

import java.util.List;

/**
 * /alignment ({@code alignment.jte}): Voeten's agreement between chosen states on a topic's roll calls as a matrix,
 * and one-dimensional ideal points. {@code idealPointChart}: the bootstrap intervals as a chart ({@code tag/chart.jte}),
 * from {@code replicates} resamples with {@code anchor}'s point positive. {@code missing} is the message when there is
 * no vote to compare (the rest empty).
 */
public record AlignmentView(String states, List<String> topics, String topic, String asOf, String missing, String data, Object inferredRollCalls,
                            List<Ref> columns, List<Row> rows, List<IdealPoint> idealPoints, String jsonHref,
                            Chart idealPointChart, int replicates, String anchor) {
    public record Row(Ref state, List<Cell> cells) {}

    /** @param bucket 0-4 (score in fifths), -1 for no common vote, -2 for the diagonal */
    public record Cell(int bucket, String pair, String score, String tip) {}

    public record IdealPoint(Ref state, String value) {}
}
