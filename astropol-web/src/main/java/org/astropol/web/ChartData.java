package org.astropol.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.astropol.web.view.Chart;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link Chart} a page embeds: its points as JSON for static/charts.js, which draws them with d3 in the
 * browser, plus the day, the data hash and whether this build has the library (the page shows the table otherwise).
 */
final class ChartData {
    private ChartData() {}

    /** @param dataHash build_info.data_hash, null without a database (then {@link CsvDownload#NO_DATABASE}) */
    static Chart of(String id, String title, String kind, String unit, List<Chart.Series> series, String csvHref, LocalDate asOf, String dataHash) {
        String hash = dataHash == null ? CsvDownload.NO_DATABASE : dataHash;
        String summary = summary(title, kind, unit, series);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("title", title);
        m.put("summary", summary);
        m.put("kind", kind);
        m.put("unit", unit);
        m.put("asOf", asOf.toString());
        m.put("dataHash", hash);
        m.put("series", series);
        try {
            return new Chart(id, title, summary, kind, unit, series, csvHref, asOf.toString(), hash, WebServer.libraryPresent(WebServer.D3),
                    WebServer.JSON.writeValueAsString(m));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Member states over time of one or more groups, as a step chart: one point on every day the count changes,
     * each counted by the members query itself (MembershipSeries), so the chart and the members table agree.
     *
     * @param classPrefix {@code k} for the charts' palette, {@code s} for the two colours /compare and /map give groups A and B
     */
    static Chart membersOverTime(String id, List<MembershipSeries.Series> groups, String classPrefix, String csvHref, LocalDate asOf, String dataHash) {
        List<Chart.Series> series = new java.util.ArrayList<>();
        int k = 0;
        for (MembershipSeries.Series g : groups) {
            List<Chart.Point> points = g.points().stream()
                    .map(p -> new Chart.Point(p.date(), p.states(), null, List.of(), List.of())).toList();
            series.add(new Chart.Series(g.groupName(), classPrefix + k++, points));
        }
        return of(id, "Member states over time", "steps", "member states", series, csvHref, asOf, dataHash);
    }

    /** One sentence a screen reader gives for the picture: what is plotted, over which span, and the largest value. */
    static String summary(String title, String kind, String unit, List<Chart.Series> series) {
        List<Chart.Point> all = series.stream().flatMap(s -> s.points().stream()).toList();
        if (all.isEmpty()) return title + ": no data recorded.";
        StringBuilder b = new StringBuilder(title).append(": ");
        b.append(String.join(", ", series.stream().filter(s -> !s.points().isEmpty()).map(Chart.Series::label).toList()));
        if (kind.equals("intervals")) {
            b.append(" for ").append(all.size()).append(all.size() == 1 ? " row" : " rows");
        } else {
            String first = all.stream().map(Chart.Point::x).min(Comparator.naturalOrder()).orElseThrow();
            String last = all.stream().map(Chart.Point::x).max(Comparator.naturalOrder()).orElseThrow();
            b.append(", ").append(first).append(" to ").append(last);
        }
        for (Chart.Series s : series) {
            Chart.Point top = s.points().stream().max(Comparator.comparingDouble(Chart.Point::y)).orElse(null);
            if (top != null) b.append("; ").append(s.label()).append(" highest ").append(top.shown()).append(" (").append(top.x()).append(')');
        }
        if (unit != null) b.append(" (").append(unit).append(')');
        return b.append(". The data table lists every value.").toString();
    }
}
