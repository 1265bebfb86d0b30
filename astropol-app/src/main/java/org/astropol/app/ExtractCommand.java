package org.astropol.app;

import org.astropol.ingest.DocumentLoader;
import org.astropol.ingest.Extractor;
import org.astropol.ingest.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "extract", description = "Show what one text yields: entity mentions, dates, quantities and candidate statements.")
final class ExtractCommand implements Callable<Integer> {
    @Mixin Workspace ws;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Option(names = "--text-file", paramLabel = "FILE", required = true, description = "The text (.txt .md .html .pdf).") Path file;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Output.Format format;
    @Option(names = "--max-mb", paramLabel = "MB", defaultValue = "32", description = "Largest document accepted, in MB (default: ${DEFAULT-VALUE}).")
    long maxMb;

    @Override public Integer call() throws Exception {
        DocumentLoader.LoadedDocument d;
        try {
            if (maxMb < 1) throw new IllegalArgumentException("--max-mb must be at least 1");
            d = new DocumentLoader(maxMb * 1024 * 1024).load(file);
        } catch (DocumentLoader.BadDocumentException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        var r = new Extractor(Gazetteer.of(ws.knowledgeBase())).extract(d.text());
        var out = spec.commandLine().getOut();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mentions", r.mentions().stream().map(m -> row("id", m.id(), "start", m.start(), "end", m.end(), "text", m.text())).toList());
        json.put("dates", r.dates().stream().map(x -> row("value", x.value(), "precision", x.precision(), "text", x.text(), "start", x.start(), "end", x.end())).toList());
        json.put("quantities", r.quantities().stream().map(q -> row("value", q.value(), "unit", q.unit(), "currency", q.currency(), "year", q.year(),
                "text", q.text(), "start", q.start(), "end", q.end(), "bound", q.bound())).toList());
        json.put("statements", r.statements().stream().map(s -> row("type", s.type(), "subjects", s.subjects(), "object", s.object(), "value", s.value(),
                "date", s.date(), "quote", s.quote(), "start", s.start(), "end", s.end(), "extractor", s.extractor())).toList());
        if (format == Output.Format.json) {
            out.println(Output.json(json));
        } else {
            for (var section : json.entrySet()) {
                @SuppressWarnings("unchecked") List<Map<String, Object>> rows = (List<Map<String, Object>>) section.getValue();
                out.println(section.getKey() + ":");
                List<String> cols = rows.isEmpty() ? List.of("-") : new ArrayList<>(rows.get(0).keySet());
                Output.print(out, format, json, cols, rows);
            }
        }
        out.flush();
        return Main.OK;
    }

    static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
