package org.astropol.app;

import org.astropol.curation.KnowledgeBaseCache;
import org.astropol.imports.ResolutionVotes;
import org.astropol.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "vote", description = "How every state voted on a General Assembly resolution (from imported UN votes: `import unvotes` or `import unga-votes`).")
final class VoteCommand implements Callable<Integer> {
    @Mixin Workspace ws;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "SYMBOL", description = "Resolution symbol, e.g. A/RES/69/32") String symbol;
    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).") Output.Format format;

    @Override public Integer call() throws Exception {
        // a database file that changed (an import, a build) changes the stamp, so no stale answer is printed
        List<String> key = List.of("vote", ResolutionVotes.symbol(symbol), format.name(), KnowledgeBaseCache.databaseStamp(ws.dbFile()));
        return ResultCache.run(spec.commandLine().getOut(), ws.dbFile(), key, this::answer);
    }

    private int answer(java.io.PrintWriter out) throws Exception {
        ResolutionVotes.Result r;
        try (Connection c = Database.openReadOnly(ws.dbFile())) {
            if (!ResolutionVotes.anyVotesImported(c)) throw new IllegalArgumentException("no UN votes imported; run `astropol import unvotes DIR` or `astropol import unga-votes FILE` first");
            r = ResolutionVotes.find(c, symbol);
        }
        if (r == null) throw new IllegalArgumentException("no recorded vote on " + ResolutionVotes.symbol(symbol) + " in the imported UN votes");
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("resolution", r.resolution());
        answer.put("date", r.date());
        answer.put("title", r.title());
        answer.put("yes", r.yes());
        answer.put("no", r.no());
        answer.put("abstain", r.abstain());
        answer.put("absent", r.absent());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ResolutionVotes.Position p : r.positions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("vote", p.vote());
            rows.add(m);
        }
        answer.put("positions", rows);
        answer.put("source", r.source());
        answer.put("rcid", r.rcid());
        answer.put("absentRule", r.absentRule());
        if (format == Output.Format.table) {
            out.println(r.resolution() + " (" + r.date() + "): " + r.title());
            out.println("yes " + r.yes() + ", no " + r.no() + ", abstain " + r.abstain() + ", absent " + r.absent());
        }
        Output.print(out, format, answer, List.of("id", "vote"), rows);
        return Main.OK;
    }
}
