package org.astropol.web;

import io.javalin.http.Context;
import org.astropol.web.view.Chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV download of a page's table or chart ({@code ?format=csv&table=NAME} on the page's own URL). Every row
 * carries the "as of" day and the data hash of the build (build_info.data_hash) besides the ids of its records and
 * sources, so a figure taken into a paper can be reproduced from the same data.
 */
record CsvDownload(String name, List<String> columns, List<List<String>> rows) {
    static final String NO_DATABASE = "unknown (no database)";

    static CsvDownload of(Chart chart) {
        List<List<String>> rows = new ArrayList<>();
        for (Chart.Series s : chart.series()) {
            for (Chart.Point p : s.points()) {
                rows.add(List.of(s.label(), p.x(), plain(p.y()),
                        String.join(";", p.records()), String.join(";", p.sources())));
            }
        }
        return new CsvDownload(chart.id(), List.of("series", "x", "value", "records", "sources"), rows);
    }

    String text(LocalDate asOf, String dataHash) {
        StringBuilder b = new StringBuilder();
        List<String> head = new ArrayList<>(columns);
        head.add("as_of");
        head.add("data_hash");
        b.append(String.join(",", head.stream().map(Exports::csv).toList())).append("\r\n");
        String day = asOf.toString(), hash = dataHash == null ? NO_DATABASE : dataHash;
        for (List<String> r : rows) {
            List<String> cells = new ArrayList<>(r.size() + 2);
            for (String c : r) cells.add(Exports.csv(c));
            cells.add(day);
            cells.add(Exports.csv(hash));
            b.append(String.join(",", cells)).append("\r\n");
        }
        return b.toString();
    }

    void send(Context ctx, String fileStem, LocalDate asOf, String dataHash) {
        String file = (fileStem + "-" + name + "-" + asOf).replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
        ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"" + file + "\"").result(text(asOf, dataHash));
    }

    /** A number as written in data/: no exponent, no trailing zeros. */
    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
