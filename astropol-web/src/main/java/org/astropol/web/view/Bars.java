package org.astropol.web.view;

import java.util.List;

/**
 * Small stacked bars as inline SVG ({@code tag/bars.jte}): a vote's tally bar and the per-region bars of /votes. The
 * geometry is computed on the server (no script needed for a few rectangles); the template writes and escapes it.
 *
 * @param cssClass  the svg's class ({@code tallybar}, {@code regionbars})
 * @param id        the svg's id, or null
 * @param download  the name of its SVG download ({@code data-svg}, with {@code dataTable} the table of its CSV), or null
 * @param width     the svg's width and height attributes in px, or null to let the style sheet size it
 * @param title     what the bars show, for screen readers
 */
public record Bars(String cssClass, String id, String download, String dataTable, int viewWidth, int viewHeight, Integer width, Integer height,
                   boolean stretch, String title, List<Rect> rects) {
    /**
     * @param cssClass the vote class ({@code v-yes}, ...) or {@code region-hit} for a transparent area carrying a tooltip
     * @param tip      the tooltip, or null
     */
    public record Rect(String cssClass, String x, String y, String width, String height, String tip) {
        public boolean hit() { return "region-hit".equals(cssClass); }
    }
}
