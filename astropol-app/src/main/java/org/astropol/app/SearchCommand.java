package org.astropol.app;

import java.util.Locale;
import org.astropol.ingest.SearchIndex;
import org.astropol.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "search", description = "Full-text search (BM25) over the passages of ingested documents, with highlighted snippets.")
final class SearchCommand implements Callable<Integer> {
    @Mixin Workspace ws;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words, \"a phrase\", or Lucene query syntax.") List<String> query;
    @Option(names = "--entity", paramLabel = "ID", description = "Only passages mentioning this entity (or documents linked to it).") String entity;
    @Option(names = "--source", paramLabel = "ID", description = "Only this document: its id (or first 12 characters), file name or corpus id.") String source;
    @Option(names = "--year", paramLabel = "YYYY", description = "Only passages dated this year (a date in the passage, or the document's date).") String year;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Number of hits (default: ${DEFAULT-VALUE}).") int limit;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Output.Format format;

    @Override public Integer call() throws Exception {
        String q = String.join(" ", query);
        var index = new SearchIndex(SearchIndex.besideDatabase(ws.dbFile()));
        ws.ensureBuilt();
        if (Files.exists(ws.dbFile())) {
            try (Connection c = Database.openWritable(ws.dbFile())) {
                if (index.ensureCurrent(c)) Main.progress("search index rebuilt from the passage table");
                if (!org.astropol.ingest.DocumentStore.hasTables(c)) Main.progress("no documents were ingested into this database: `astropol ingest DIR` adds them");
            }
        }
        var hits = index.search(q, entity, source, year, limit);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("query", q);
        json.put("hits", hits.stream().map(h -> ExtractCommand.row("document", h.document(), "file", h.file(), "title", h.title(),
                "start", h.start(), "end", h.end(), "snippet", h.snippet(), "score", h.score())).toList());
        @SuppressWarnings("unchecked") List<Map<String, Object>> rows = (List<Map<String, Object>>) json.get("hits");
        List<Map<String, Object>> tableRows = rows.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>(r);
            m.put("document", ((String) r.get("document")).substring(0, 12));
            m.put("file", java.nio.file.Path.of((String) r.get("file")).getFileName().toString());
            m.put("score", String.format(Locale.ROOT, "%.2f", (Float) r.get("score")));
            m.remove("title");
            return m;
        }).toList();
        Output.print(spec.commandLine().getOut(), format, json, List.of("score", "file", "start", "end", "snippet"),
                format == Output.Format.table ? tableRows : rows);
        return Main.OK;
    }
}
