package org.astropol.app;

import org.astropol.ingest.DocumentLoader;
import org.astropol.ingest.Extractor;
import org.astropol.ingest.Gazetteer;
import org.astropol.ingest.Ingester;
import org.astropol.ingest.SearchIndex;
import org.astropol.model.Entity;
import org.astropol.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "ingest", description = "Read documents (.txt .md .html .pdf, files or folders) into the document tables: "
        + "passages, entity mentions, candidate statements; then refresh the search index. Re-ingesting the same content is a no-op.")
final class IngestCommand implements Callable<Integer> {
    @Mixin Workspace ws;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders.") List<Path> paths;
    @Option(names = "--max-mb", paramLabel = "MB", defaultValue = "32", description = "Largest document accepted, in MB (default: ${DEFAULT-VALUE}).")
    long maxMb;

    @Override public Integer call() throws Exception {
        var kb = ws.knowledgeBase();
        Gazetteer g = Gazetteer.of(kb);
        var ids = kb.entities().stream().map(Entity::id).collect(Collectors.toSet());
        var ingester = new Ingester(new DocumentLoader(maxMb * 1024 * 1024), new Extractor(g), ids, Main::progress);
        Ingester.Report r;
        try (Connection c = Database.openWritable(ws.dbFile())) {
            r = ingester.ingest(c, paths);
            new SearchIndex(SearchIndex.besideDatabase(ws.dbFile())).ensureCurrent(c);
        }
        var out = spec.commandLine().getOut();
        out.println("ingested " + r.ingested() + " document" + (r.ingested() == 1 ? "" : "s") + ", " + r.unchanged() + " unchanged, "
                + r.errors().size() + " failed");
        for (String e : r.errors()) spec.commandLine().getErr().println("error: " + e);
        return r.errors().isEmpty() ? Main.OK : Main.DATA_ERROR;
    }
}
