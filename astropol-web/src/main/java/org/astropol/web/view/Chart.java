package org.astropol.web.view;

import java.util.List;

/**
 * A chart as data ({@code tag/chart.jte}): series of points, each point with the ids of the records and sources behind
 * it. The browser draws it (static/charts.js, with the d3 library fetched from npm at build time) from the JSON in the
 * figure's {@code data-chart} attribute; the same object gives the data table under it, which stays the figure when
 * the library is missing, and the CSV download.
 *
 * @param kind     {@code bars} (one bar per year, series overlaid), {@code lines} (x in years), {@code steps}
 *                 (cumulative, x in days) or {@code intervals} (one row per x, a dot at y between low and high)
 * @param summary  what the chart shows in one sentence, for screen readers (the svg's description)
 * @param csvHref  the server's CSV of the same points (null: the script builds it from the JSON)
 * @param dataHash build_info.data_hash of the database the figures come from
 * @param drawable whether this build has the chart library; without it the page says so and shows the table
 * @param json     the chart as JSON (title, kind, unit, as-of, data hash, series with ids), for {@code data-chart}
 */
public record Chart(String id, String title, String summary, String kind, String unit, List<Series> series, String csvHref, String asOf,
                    String dataHash, boolean drawable, String json) {
    public record Series(String label, String cssClass, List<Point> points) {}

    /**
     * @param x     a year, an ISO day, or (intervals) the row's id
     * @param label how a reader sees the value (with unit), null for {@code y} as is
     * @param low   the interval's lower end ({@code intervals} only, else null)
     */
    public record Point(String x, double y, String label, List<String> records, List<String> sources, Double low, Double high) {
        public Point(String x, double y, String label, List<String> records, List<String> sources) { this(x, y, label, records, sources, null, null); }

        /** The value as the table shows it. */
        public String shown() {
            if (label != null) return label;
            return y == Math.rint(y) && Math.abs(y) < 1e15 ? String.valueOf((long) y) : String.valueOf(y);
        }
    }

    /** The data hash as the figure's stamp shows it: its first 12 hex digits, or a word such as "unknown (no database)" whole. */
    public String shortHash() { return dataHash.matches("[0-9a-f]{13,}") ? dataHash.substring(0, 12) : dataHash; }

    public boolean empty() { return series.stream().allMatch(s -> s.points().isEmpty()); }
}
