package org.astropol.web;

import org.astropol.web.view.Chart;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.astropol.web.Charts.f;
import static org.astropol.web.Html.esc;

/**
 * Draws a {@link Chart} as inline SVG on the server, so every chart shows without script (hand-written because it is a
 * few axes and rectangles; a script library can draw the same data from the figure's data-chart attribute).
 * Colours come from the style sheet by the series' class; the legend and the data table are HTML beside it.
 */
final class SvgChart {
    static final int W = 720, H = 260, L = 56, R = 14, T = 14, B = 30;

    private SvgChart() {}

    static String render(String id, String title, String kind, List<Chart.Series> series) {
        double max = series.stream().flatMap(s -> s.points().stream()).mapToDouble(Chart.Point::y).max().orElse(1);
        double top = niceMax(Math.max(max, 1e-9));
        StringBuilder s = new StringBuilder("<svg class=\"chart ").append(esc(kind)).append("\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" role=\"img\" aria-labelledby=\"").append(esc(id)).append("-title\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"")
                .append(esc(id)).append("-title\">").append(esc(title)).append("</title>");
        for (int i = 0; i <= 4; i++) {
            double v = top * i / 4, y = y(v, top);
            s.append("<line class=\"grid\" x1=\"").append(L).append("\" x2=\"").append(W - R).append("\" y1=\"").append(f(y)).append("\" y2=\"").append(f(y)).append("\"/>")
                    .append("<text class=\"axis\" x=\"").append(L - 6).append("\" y=\"").append(f(y + 4)).append("\" text-anchor=\"end\">").append(esc(tick(v))).append("</text>");
        }
        s.append("<line class=\"axisline\" x1=\"").append(L).append("\" x2=\"").append(W - R).append("\" y1=\"").append(H - B).append("\" y2=\"").append(H - B).append("\"/>");
        if (kind.equals("steps")) steps(s, series, top); else years(s, kind, series, top);
        return s.append("</svg>").toString();
    }

    /** x = years from the first to the last of any series; bars for "bars", lines with dots for "lines". */
    private static void years(StringBuilder s, String kind, List<Chart.Series> series, double top) {
        int first = series.stream().flatMap(x -> x.points().stream()).mapToInt(p -> year(p.x())).min().orElse(2000);
        int last = series.stream().flatMap(x -> x.points().stream()).mapToInt(p -> year(p.x())).max().orElse(first);
        int n = last - first + 1;
        double slot = (W - L - R) / (double) n;
        int step = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int yr = first; yr <= last; yr++) {
            if ((yr - first) % step != 0) continue;
            double x = L + slot * (yr - first + 0.5);
            s.append("<text class=\"axis\" x=\"").append(f(x)).append("\" y=\"").append(H - B + 16).append("\" text-anchor=\"middle\">").append(yr).append("</text>");
        }
        for (int k = 0; k < series.size(); k++) {
            Chart.Series ser = series.get(k);
            if (kind.equals("bars")) {
                // later series are drawn narrower over the first (e.g. successes inside attempts)
                double width = Math.max(1, slot * (k == 0 ? 0.8 : 0.45));
                for (Chart.Point p : ser.points()) {
                    double x = L + slot * (year(p.x()) - first + 0.5) - width / 2, y = y(p.y(), top);
                    s.append("<rect class=\"bar ").append(esc(ser.cssClass())).append("\" x=\"").append(f(x)).append("\" y=\"").append(f(y)).append("\" width=\"")
                            .append(f(width)).append("\" height=\"").append(f(H - B - y)).append("\"><title>").append(esc(ser.label() + ", " + p.x() + ": " + label(p)))
                            .append("</title></rect>");
                }
            } else {
                StringBuilder pts = new StringBuilder();
                for (Chart.Point p : ser.points()) pts.append(pts.isEmpty() ? "" : " ").append(f(L + slot * (year(p.x()) - first + 0.5))).append(',').append(f(y(p.y(), top)));
                s.append("<polyline class=\"series ").append(esc(ser.cssClass())).append("\" points=\"").append(pts).append("\"/>");
                for (Chart.Point p : ser.points()) {
                    s.append("<circle class=\"dot ").append(esc(ser.cssClass())).append("\" r=\"3.5\" cx=\"").append(f(L + slot * (year(p.x()) - first + 0.5))).append("\" cy=\"")
                            .append(f(y(p.y(), top))).append("\"><title>").append(esc(ser.label() + ", " + p.x() + ": " + label(p))).append("</title></circle>");
                }
            }
        }
    }

    /** x = days; each series a cumulative step line from its first point to the right edge. */
    private static void steps(StringBuilder s, List<Chart.Series> series, double top) {
        LocalDate start = series.stream().flatMap(x -> x.points().stream()).map(p -> LocalDate.parse(p.x())).min(LocalDate::compareTo).orElse(LocalDate.of(1957, 1, 1));
        LocalDate end = series.stream().flatMap(x -> x.points().stream()).map(p -> LocalDate.parse(p.x())).max(LocalDate::compareTo).orElse(start).plusYears(1);
        start = start.withDayOfYear(1);
        double days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        int span = end.getYear() - start.getYear();
        int step = span > 40 ? 10 : span > 16 ? 5 : span > 8 ? 2 : 1;
        for (int yr = (start.getYear() / step + 1) * step; yr <= end.getYear(); yr += step) {
            double x = L + (W - L - R) * ChronoUnit.DAYS.between(start, LocalDate.of(yr, 1, 1)) / days;
            s.append("<line class=\"tick\" x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"").append(H - B).append("\" y2=\"").append(H - B + 4).append("\"/>")
                    .append("<text class=\"axis\" x=\"").append(f(x)).append("\" y=\"").append(H - B + 16).append("\" text-anchor=\"middle\">").append(yr).append("</text>");
        }
        for (Chart.Series ser : series) {
            if (ser.points().isEmpty()) continue;
            StringBuilder pts = new StringBuilder();
            double prev = 0;
            for (Chart.Point p : ser.points()) {
                double x = L + (W - L - R) * ChronoUnit.DAYS.between(start, LocalDate.parse(p.x())) / days;
                pts.append(pts.isEmpty() ? "" : " ").append(f(x)).append(',').append(f(y(prev, top))).append(' ').append(f(x)).append(',').append(f(y(p.y(), top)));
                prev = p.y();
            }
            pts.append(' ').append(f(W - R)).append(',').append(f(y(prev, top)));
            s.append("<polyline class=\"series ").append(esc(ser.cssClass())).append("\" points=\"").append(pts).append("\"><title>")
                    .append(esc(ser.label() + ": " + label(ser.points().getLast()) + " by " + ser.points().getLast().x())).append("</title></polyline>");
        }
    }

    static String label(Chart.Point p) { return p.label() != null ? p.label() : tick(p.y()); }

    private static int year(String x) { return Integer.parseInt(x.substring(0, 4)); }

    private static double y(double v, double top) { return H - B - (H - B - T) * v / top; }

    /** 1, 2 or 5 times a power of ten, at least the largest value. */
    static double niceMax(double m) {
        double p = Math.pow(10, Math.floor(Math.log10(m)));
        for (double k : new double[]{1, 2, 2.5, 5, 10}) if (m <= k * p) return k * p;
        return 10 * p;
    }

    static String tick(double v) {
        if (v >= 1e9) return trim(v / 1e9) + " bn";
        if (v >= 1e6) return trim(v / 1e6) + " m";
        if (v >= 1e4) return trim(v / 1e3) + " k";
        return trim(v);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
