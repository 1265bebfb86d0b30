package org.astropol.app;

import org.astropol.curation.KnowledgeBaseCache;
import org.astropol.imports.RecordedVotes;
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

@Command(name = "vote", description = "How every state voted on a UN resolution or draft: from the curated recorded votes (data/votes), "
        + "compared with imported UN votes when present (`import unvotes` or `import unga-votes`).")
final class VoteCommand implements Callable<Integer> {
    @Mixin Workspace ws;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "SYMBOL", description = "Resolution or draft symbol, e.g. A/RES/69/32 or S/2024/302") String symbol;
    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).") Output.Format format;

    @Override public Integer call() throws Exception { return run(spec.commandLine().getOut()); }

    /** The command with its arguments set (by picocli, or by {@link QuickCommandLine}). */
    int run(java.io.PrintWriter out) throws Exception {
        String stamp = ws.ensureBuilt();   // the curated votes are built from data/ like the rest
        // a database file that changed (an import, a build) changes the stamp, so no stale answer is printed
        List<String> key = List.of("vote", ResolutionVotes.symbol(symbol), format.name(), stamp, KnowledgeBaseCache.databaseStamp(ws.dbFile()));
        return ResultCache.run(out, ws.dbFile(), key, this::answer);
    }

    private int answer(java.io.PrintWriter out) throws Exception {
        RecordedVotes.Answer r;
        try (Connection c = Database.openReadOnly(ws.dbFile())) {
            r = RecordedVotes.find(c, symbol);
        }
        if (r == null) throw new IllegalArgumentException("no recorded vote on " + ResolutionVotes.symbol(symbol)
                + " in data/votes or the imported UN votes (`astropol import unvotes DIR` adds the other General Assembly roll calls of 1946-2019)");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RecordedVotes.PositionOut p : r.positions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("vote", p.vote());
            m.put("inferred", p.inferred());
            m.put("source", p.source() == null ? null : p.source().id());
            rows.add(m);
        }
        if (format == Output.Format.table) {
            out.println(r.resolution() + " (" + r.date() + ", " + r.body() + (r.topic() == null ? "" : ", " + r.topic()) + "): " + r.title());
            out.println("yes " + r.yes() + (r.inferredYes() > 0 ? " (" + r.inferredYes() + " inferred)" : "") + ", no " + r.no()
                    + ", abstain " + r.abstain() + ", absent " + r.absent());
            for (var t : r.tallies()) out.println("tally " + t.yes() + "-" + t.no() + "-" + t.abstain() + " (" + t.status() + ") " + t.source().id() + " " + t.source().locator());
            for (var d : r.disputed()) {
                List<String> claims = d.claims().stream().map(c -> c.value() + " (" + c.source() + ")").toList();
                out.println("disputed " + d.field() + ": " + String.join(" vs ", claims));
            }
        }
        Output.print(out, format, r, List.of("id", "vote", "inferred", "source"), rows);
        return Main.OK;
    }
}
