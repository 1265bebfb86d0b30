package org.astropol.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.astropol.analysis.Explain;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --explain} output shared by the analysis commands: in JSON the usual answer plus
 * {@code "explain": [{"field", "value", "records": [{"id", "origin"}]}]}; in table and CSV one row per record
 * (field, value, record, origin), a number without records on a row of its own.
 */
final class ExplainOutput {
    private ExplainOutput() {}

    static void print(PrintWriter out, Output.Format format, Object answer, List<Explain.Line> lines) {
        if (format == Output.Format.json) {
            ObjectNode node = Output.mapper().valueToTree(answer);
            node.set("explain", Output.mapper().valueToTree(lines));
            out.println(Output.json(node));
            out.flush();
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Explain.Line l : lines) {
            if (l.records().isEmpty()) rows.add(row(l, "", ""));
            for (var t : l.records()) rows.add(row(l, t.id(), t.origin()));
        }
        Output.print(out, format, answer, List.of("field", "value", "record", "origin"), rows);
    }

    private static Map<String, Object> row(Explain.Line l, String record, String origin) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", l.field()); m.put("value", l.value()); m.put("record", record); m.put("origin", origin);
        return m;
    }
}
