package org.astropol.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.astropol.web.Html.esc;

/** Inline SVG charts drawn on the server (no script, no external library). */
final class Charts {
    private Charts() {}

    record Line(String label, String cssClass, List<MembershipSeries.Point> points) {}

    static final int W = 720, H = 280, L = 44, R = 16, T = 40, B = 36;

    /** Step lines of member states over time, with a marker at the "as of" day. */
    static String membersOverTime(List<Line> lines, LocalDate asOf, LocalDate end) {
        LocalDate start = lines.stream().flatMap(l -> l.points().stream()).map(p -> LocalDate.parse(p.date())).min(LocalDate::compareTo).orElse(end.minusYears(1));
        start = start.withDayOfMonth(1).minusMonths(2);
        if (asOf.isBefore(start)) start = asOf;
        if (asOf.isAfter(end)) end = asOf;
        int max = Math.max(1, lines.stream().flatMap(l -> l.points().stream()).mapToInt(MembershipSeries.Point::states).max().orElse(1));
        max = niceMax(max);
        double days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart\" viewBox=\"0 0 ").append(W).append(' ').append(H).append("\" role=\"img\" aria-labelledby=\"chart-title\" xmlns=\"http://www.w3.org/2000/svg\">");
        s.append("<title id=\"chart-title\">Member states over time</title>");
        for (int i = 0; i <= 4; i++) {
            int v = max * i / 4;
            double y = y(v, max);
            s.append("<line class=\"grid\" x1=\"").append(L).append("\" x2=\"").append(W - R).append("\" y1=\"").append(f(y)).append("\" y2=\"").append(f(y)).append("\"/>");
            s.append("<text class=\"axis\" x=\"").append(L - 6).append("\" y=\"").append(f(y + 4)).append("\" text-anchor=\"end\">").append(v).append("</text>");
        }
        int step = Math.max(1, (end.getYear() - start.getYear()) / 8 + 1);
        for (int year = start.getYear() + 1; year <= end.getYear(); year += step) {
            double x = x(LocalDate.of(year, 1, 1), start, days);
            s.append("<line class=\"tick\" x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"").append(H - B).append("\" y2=\"").append(H - B + 5).append("\"/>");
            s.append("<text class=\"axis\" x=\"").append(f(x)).append("\" y=\"").append(H - B + 18).append("\" text-anchor=\"middle\">").append(year).append("</text>");
        }
        s.append("<line class=\"axisline\" x1=\"").append(L).append("\" x2=\"").append(W - R).append("\" y1=\"").append(H - B).append("\" y2=\"").append(H - B).append("\"/>");
        int legendX = L + 10;
        for (Line line : lines) {
            StringBuilder pts = new StringBuilder();
            int prev = 0;
            double px = L;
            pts.append(f(px)).append(',').append(f(y(0, max)));
            for (var p : line.points()) {
                double x = x(LocalDate.parse(p.date()), start, days);
                pts.append(' ').append(f(x)).append(',').append(f(y(prev, max)));
                pts.append(' ').append(f(x)).append(',').append(f(y(p.states(), max)));
                prev = p.states();
            }
            pts.append(' ').append(f(W - R)).append(',').append(f(y(prev, max)));
            s.append("<polyline class=\"series ").append(esc(line.cssClass())).append("\" points=\"").append(pts).append("\"><title>")
                    .append(esc(line.label())).append("</title></polyline>");
            s.append("<rect class=\"swatch ").append(esc(line.cssClass())).append("\" x=\"").append(legendX).append("\" y=\"8\" width=\"12\" height=\"12\"/>");
            s.append("<text class=\"legend\" x=\"").append(legendX + 16).append("\" y=\"19\">").append(esc(line.label())).append("</text>");
            legendX += 40 + 7 * Math.min(60, line.label().length());
        }
        double ax = x(asOf, start, days);
        s.append("<line class=\"asof\" x1=\"").append(f(ax)).append("\" x2=\"").append(f(ax)).append("\" y1=\"").append(T).append("\" y2=\"").append(H - B).append("\"/>");
        boolean left = ax > W - R - 110;
        s.append("<text class=\"asof-label\" x=\"").append(f(left ? ax - 4 : ax + 4)).append("\" y=\"").append(T + 12)
                .append("\" text-anchor=\"").append(left ? "end" : "start").append("\">as of ").append(esc(asOf)).append("</text>");
        return s.append("</svg>").toString();
    }

    private static int niceMax(int m) {
        for (int n : new int[]{4, 8, 12, 20, 40, 60, 80, 100, 120, 160, 200}) if (m <= n) return n;
        return (m / 50 + 1) * 50;
    }

    private static double x(LocalDate d, LocalDate start, double days) {
        return L + (W - L - R) * Math.max(0, Math.min(1, ChronoUnit.DAYS.between(start, d) / days));
    }

    private static double y(int v, int max) { return H - B - (H - B - T) * (double) v / max; }

    static String f(double d) { return String.format(java.util.Locale.ROOT, "%.1f", d); }
}
