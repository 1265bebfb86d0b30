package org.astropol.web;

import org.astropol.analysis.Alignment;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The /alignment page's ideal-point chart: one row per state, its one-dimensional ideal point as a dot and its bootstrap
 * interval as a bar, on a shared axis, as server-rendered SVG (no script). Kept apart from the page so the page's
 * markup can change without it.
 */
final class IdealPointChart {
    private IdealPointChart() {}

    static final int ROW = 22, LEFT = 60, WIDTH = 420, RIGHT = 20;

    /** The chart, rows ordered by ideal point (highest first); empty when there is nothing to draw. */
    static String svg(List<Alignment.IdealPointInterval> intervals, String anchor, int replicates) {
        if (intervals.isEmpty()) return "";
        List<Alignment.IdealPointInterval> rows = intervals.stream().sorted(Comparator.comparingDouble(Alignment.IdealPointInterval::point).reversed()).toList();
        double lo = Math.min(-0.1, rows.stream().mapToDouble(Alignment.IdealPointInterval::low).min().orElse(0));
        double hi = Math.max(0.1, rows.stream().mapToDouble(Alignment.IdealPointInterval::high).max().orElse(0));
        int height = ROW * rows.size() + 30;
        StringBuilder b = new StringBuilder("<svg id=\"ideal-point-chart\" role=\"img\" width=\"").append(LEFT + WIDTH + RIGHT).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(LEFT + WIDTH + RIGHT).append(' ').append(height).append("\" aria-label=\"")
                .append(Html.esc("Ideal points with 95% bootstrap intervals (" + replicates + " resamples of the roll calls), sign fixed so that " + anchor + " is positive"))
                .append("\">");
        double zero = x(0, lo, hi);
        b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"4\" x2=\"%.1f\" y2=\"%d\" stroke=\"#999\" stroke-dasharray=\"3 3\"/>", zero, zero, height - 22));
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            int y = 14 + i * ROW;
            b.append("<g class=\"ideal-point\" data-state=\"").append(Html.esc(r.state())).append("\"><title>")
             .append(Html.esc(String.format(Locale.ROOT, "%s %+.2f (%+.2f to %+.2f)", r.state(), r.point(), r.low(), r.high()))).append("</title>")
             .append("<text x=\"").append(LEFT - 8).append("\" y=\"").append(y + 4).append("\" text-anchor=\"end\" font-size=\"12\">").append(Html.esc(r.state())).append("</text>")
             .append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#4a6fa5\" stroke-width=\"3\"/>", x(r.low(), lo, hi), y, x(r.high(), lo, hi), y))
             .append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"4\" fill=\"#1b2f4e\"/>", x(r.point(), lo, hi), y))
             .append("</g>");
        }
        int axisY = height - 8;
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\">%+.2f</text>", LEFT, axisY, lo))
         .append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">0</text>", zero, axisY))
         .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%+.2f</text>", LEFT + WIDTH, axisY, hi))
         .append("</svg>");
        return b.toString();
    }

    private static double x(double v, double lo, double hi) { return LEFT + (v - lo) / (hi - lo) * WIDTH; }
}
