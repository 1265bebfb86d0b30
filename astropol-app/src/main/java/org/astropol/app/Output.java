package org.astropol.app;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Renders a command's answer as JSON (the stable interface, docs/cli.md), an aligned table, or CSV. */
public final class Output {
    public enum Format { table, json, csv }

    /** Made on first use: building a Jackson mapper costs a cold JVM more than printing a table does. */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .setSerializationInclusion(JsonInclude.Include.ALWAYS);
    }

    private Output() {}

    static ObjectMapper mapper() { return Mapper.JSON; }

    public static String json(Object value) {
        try { return Mapper.JSON.writeValueAsString(value); } catch (JsonProcessingException e) { throw new IllegalStateException(e); }
    }

    /** Writes either the JSON of {@code answer} or the rows as a table or CSV. */
    public static void print(PrintWriter out, Format format, Object answer, List<String> columns, List<Map<String, Object>> rows) {
        switch (format) {
            case json -> out.println(json(answer));
            case csv -> {
                out.println(String.join(",", columns.stream().map(Output::csvCell).toList()));
                for (Map<String, Object> r : rows) out.println(String.join(",", columns.stream().map(c -> csvCell(text(r.get(c)))).toList()));
            }
            case table -> table(out, columns, rows);
        }
        out.flush();
    }

    static void table(PrintWriter out, List<String> columns, List<Map<String, Object>> rows) {
        int[] w = new int[columns.size()];
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) w[i] = columns.get(i).length();
        for (Map<String, Object> r : rows) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                String t = text(r.get(columns.get(i)));
                if (t.length() > 80) t = t.substring(0, 77) + "...";
                line.add(t);
                w[i] = Math.max(w[i], t.codePointCount(0, t.length()));
            }
            cells.add(line);
        }
        out.println(row(columns, w));
        StringBuilder sep = new StringBuilder();
        for (int x : w) sep.append("-".repeat(x)).append("  ");
        out.println(sep.toString().stripTrailing());
        for (List<String> line : cells) out.println(row(line, w));
        out.println("(" + rows.size() + " row" + (rows.size() == 1 ? "" : "s") + ")");
    }

    private static String row(List<String> cells, int[] w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            b.append(c).append(" ".repeat(Math.max(0, w[i] - c.codePointCount(0, c.length())))).append("  ");
        }
        return b.toString().stripTrailing();
    }

    static String text(Object o) {
        if (o == null) return "";
        if (o instanceof java.math.BigDecimal d) return d.stripTrailingZeros().toPlainString();
        if (o instanceof List<?> l) return String.join("; ", l.stream().map(Output::text).toList());
        return o.toString();
    }

    static String csvCell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) return "\"" + s.replace("\"", "\"\"") + "\"";
        return s;
    }
}
