package org.astropol.app;

import org.astropol.analysis.SourceQuality;
import org.astropol.curation.CuratedDataReader;
import org.astropol.curation.Problem;
import org.astropol.curation.QuoteCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "check", description = "Validate data/ and report every problem as file:line: message (exit 1 when any).")
final class CheckCommand implements Callable<Integer> {
    @Mixin Workspace ws;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--quotes", paramLabel = "DIR", split = ",",
            description = "Also verify that every quote citing a document found in DIR appears in it verbatim (white space folded).")
    List<Path> quoteDirs;

    @Override public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        CuratedDataReader.Result r = CuratedDataReader.read(ws.dataDir());
        for (String w : r.warnings()) err.println("warning: " + w);
        for (Problem p : r.problems()) err.println(p);
        if (!r.ok()) {
            err.println(r.problems().size() + " problem(s) in " + r.fileCount() + " file(s)");
            return Main.DATA_ERROR;
        }
        var kb = r.knowledgeBase();
        List<SourceQuality.Warning> weak = SourceQuality.warnings(kb);
        for (SourceQuality.Warning w : weak) out.println(w);
        if (!weak.isEmpty()) {
            out.println(weak.size() + " warning(s): facts resting only on encyclopedia or aggregator sources (listed above; they do not fail the check) "
                    + SourceQuality.counts(weak));
        }
        out.println("ok: " + r.fileCount() + " files, " + kb.sources().size() + " sources, " + kb.entities().size() + " entities, "
                + kb.statements().size() + " statements, " + kb.relationships().size() + " relationships, " + r.rollCalls().size() + " recorded votes ("
                + r.rollCalls().stream().mapToInt(v -> v.positions().size()).sum() + " positions)");
        if (quoteDirs != null && !quoteDirs.isEmpty()) {
            QuoteCheck.Outcome q = QuoteCheck.run(kb, quoteDirs);
            for (Problem p : q.problems()) err.println(p);
            out.println("quotes: " + q.checked() + " checked, " + q.problems().size() + " not found"
                    + (q.skippedSources() > 0 ? ", " + q.skippedSources() + " source document(s) not in the given folders" : ""));
            if (!q.problems().isEmpty()) return Main.DATA_ERROR;
        }
        return Main.OK;
    }
}
