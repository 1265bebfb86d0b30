package org.astropol.web;

import io.javalin.http.Context;
import org.astropol.analysis.MembersQuery;
import org.astropol.analysis.SourceRef;
import org.astropol.web.view.Chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one CSV writer of the web module: a table of a page or a chart ({@code ?format=csv&table=NAME} on the page's
 * own URL) and the API's members export. A page's download carries on every row the "as of" day and the data hash of
 * the build (build_info.data_hash) besides the ids of its records and sources, so a figure taken into a paper can be
 * reproduced from the same data; the API export keeps its documented columns ({@link #text()}).
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

    /** A group's members on a day, one row per membership record, with the ids of its sources. */
    static CsvDownload members(String name, List<MembersQuery.Member> members) {
        List<List<String>> rows = new ArrayList<>();
        for (var x : members) {
            rows.add(java.util.Arrays.asList(x.id(), x.name(), x.type(), x.role(), x.stage(), x.since(), x.reportedSince(), x.until(), x.agentFor(),
                    String.join(";", x.sources().stream().map(SourceRef::id).toList())));
        }
        return new CsvDownload(name, List.of("id", "name", "type", "role", "stage", "since", "reportedSince", "until", "agentFor", "sources"), rows);
    }

    /** Member states by region (the regions tables of /members and the profiles). */
    static CsvDownload regions(Map<String, Integer> regions) {
        List<List<String>> rows = new ArrayList<>();
        regions.forEach((k, v) -> rows.add(List.of(k, String.valueOf(v))));
        return new CsvDownload("regions", List.of("region", "states"), rows);
    }

    /** The table alone: a header line and the rows (the API's export, whose columns are a contract). */
    String text() {
        return write(columns, rows, null, null);
    }

    /** The table with the day and the data hash on every row (a page's download). */
    String text(LocalDate asOf, String dataHash) {
        return write(columns, rows, asOf.toString(), dataHash == null ? NO_DATABASE : dataHash);
    }

    private static String write(List<String> columns, List<List<String>> rows, String day, String hash) {
        StringBuilder b = new StringBuilder();
        List<String> head = new ArrayList<>(columns);
        if (day != null) {
            head.add("as_of");
            head.add("data_hash");
        }
        b.append(String.join(",", head.stream().map(CsvDownload::cell).toList())).append("\r\n");
        for (List<String> r : rows) {
            List<String> cells = new ArrayList<>(r.size() + 2);
            for (String c : r) cells.add(cell(c));
            if (day != null) {
                cells.add(day);
                cells.add(cell(hash));
            }
            b.append(String.join(",", cells)).append("\r\n");
        }
        return b.toString();
    }

    void send(Context ctx, String fileStem, LocalDate asOf, String dataHash) {
        attach(ctx, fileStem + "-" + name + "-" + asOf).result(text(asOf, dataHash));
    }

    /** Sets the CSV content type and the file name a browser saves it under (characters outside [A-Za-z0-9._-] as _). */
    static Context attach(Context ctx, String stem) {
        String file = stem.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
        return ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    }

    /**
     * Answers a page's {@code format=csv} request with the table named by {@code table} ({@code fallback} when the
     * parameter is absent; null: it must be given). False when the page is asked for as HTML.
     */
    static boolean answer(Context ctx, Map<String, CsvDownload> tables, String fallback, String fileStem, LocalDate asOf, String dataHash) {
        if (!"csv".equals(Params.oneOf(ctx, "format", "html", "html", "csv"))) return false;
        String table = Params.string(ctx, "table");
        if (table == null) table = fallback;
        CsvDownload t = table == null ? null : tables.get(table);
        if (t == null) throw ApiException.badRequest("parameter 'table' must be one of: " + String.join(", ", tables.keySet()));
        t.send(ctx, fileStem, asOf, dataHash);
        return true;
    }

    /** RFC 4180 quoting; a cell starting with = + - @ gets a leading quote so spreadsheets do not run it as a formula. */
    static String cell(String s) {
        if (s == null) return "";
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) return "\"" + s.replace("\"", "\"\"") + "\"";
        return s;
    }

    /** A number as written in data/: no exponent, no trailing zeros. */
    static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
