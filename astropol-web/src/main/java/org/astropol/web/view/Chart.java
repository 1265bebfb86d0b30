package org.astropol.web.view;

import java.util.List;

/**
 * A chart as data ({@code tag/chart.jte}): series of points, each point with the ids of the records and sources behind
 * it, so the same object gives the server-drawn SVG, the data table under it, the CSV download, and the JSON in the
 * figure's {@code data-chart} attribute that a script library can draw from instead.
 *
 * @param kind  {@code bars} (one bar per x, series overlaid), {@code lines} (x in years) or {@code steps} (cumulative, x in days)
 * @param svg   the server-drawn picture (markup built by SvgChart, every text in it escaped)
 * @param json  the series as JSON, for {@code data-chart}
 */
public record Chart(String id, String title, String kind, String unit, List<Series> series, String csvHref, String svg, String json) {
    public record Series(String label, String cssClass, List<Point> points) {}

    /** @param x a year or an ISO day; {@code label} how a reader sees the value (with unit), null for {@code y} as is */
    public record Point(String x, double y, String label, List<String> records, List<String> sources) {}

    public boolean empty() { return series.stream().allMatch(s -> s.points().isEmpty()); }
}
