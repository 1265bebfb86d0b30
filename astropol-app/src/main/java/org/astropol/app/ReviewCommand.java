package org.astropol.app;

import org.astropol.ingest.Review;
import org.astropol.model.KnowledgeBase;
import org.astropol.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Review of candidate statements extracted from ingested documents: list them, accept one into the curated data
 * (a cited statement in data/reviewed/accepted.yaml, with the document registered as a source), or reject it.
 * The logic is {@link Review} (astropol-ingest), which the web API's review endpoints use as well.
 */
@Command(name = "review", description = "Review candidate statements from ingested documents.",
        subcommands = {ReviewCommand.ListCmd.class, ReviewCommand.Accept.class, ReviewCommand.Reject.class})
final class ReviewCommand implements Runnable {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    static Connection open(Workspace ws) {
        if (!Files.exists(ws.dbFile())) throw new IllegalArgumentException("no database yet: run `astropol ingest PATH...` first");
        return Database.openWritable(ws.dbFile());
    }

    @Command(name = "list", description = "List candidate statements (pending unless --all).")
    static final class ListCmd implements Callable<Integer> {
        @Mixin Workspace ws;
        @Spec picocli.CommandLine.Model.CommandSpec spec;
        @Option(names = "--all", description = "Also accepted and rejected candidates.") boolean all;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
        Output.Format format;

        @Override public Integer call() throws Exception {
            KnowledgeBase kb = ws.knowledgeBase();
            List<Review.Candidate> cs;
            // read-only: listing does not ask a running server to give the file up
            if (!Files.exists(ws.dbFile())) throw new IllegalArgumentException("no database yet: run `astropol ingest PATH...` first");
            try (Connection c = Database.openReadOnly(ws.dbFile())) { cs = Review.candidates(c, all); }
            List<Map<String, Object>> rows = Review.rows(kb, cs);
            Output.print(spec.commandLine().getOut(), format, Map.of("candidates", rows),
                    List.of("id", "status", "type", "subjects", "object", "value", "date", "file", "quote", "conflicts", "corroborates"), rows);
            return Main.OK;
        }
    }

    @Command(name = "reject", description = "Reject a candidate; the decision is kept (re-ingesting the same document does not bring it back).")
    static final class Reject implements Callable<Integer> {
        @Mixin Workspace ws;
        @Spec picocli.CommandLine.Model.CommandSpec spec;
        @Parameters(paramLabel = "ID") String id;

        @Override public Integer call() throws Exception {
            try (Connection c = open(ws)) {
                spec.commandLine().getOut().println("rejected " + Review.reject(c, id));
            }
            return Main.OK;
        }
    }

    @Command(name = "accept", description = "Accept a candidate: write it into data/" + Review.FILE + " as a cited statement, or for a "
            + "membership event as a cited membership or party action (the document registered as a source, the sentence as quote); a "
            + "record that says the same gets the citation, one it contradicts is marked disputed. Checks the data, marks the candidate accepted.")
    static final class Accept implements Callable<Integer> {
        @Mixin Workspace ws;
        @Spec picocli.CommandLine.Model.CommandSpec spec;
        @Parameters(paramLabel = "ID") String id;

        @Override public Integer call() throws Exception {
            KnowledgeBase kb = ws.knowledgeBase();
            try (Connection c = open(ws)) {
                Review.Accepted a = Review.accept(c, ws.dataDir(), kb, id);
                String how = switch (a.outcome()) {
                    case "corroboration" -> " as a citation of the record at ";
                    case "conflict" -> " as a disputed record (the one it contradicts marked disputed too) at ";
                    default -> " into ";
                };
                spec.commandLine().getOut().println("accepted " + a.id() + how + a.path() + ":" + a.line());
            }
            return Main.OK;
        }
    }
}
