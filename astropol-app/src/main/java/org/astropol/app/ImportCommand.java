package org.astropol.app;

import org.astropol.imports.ImportException;
import org.astropol.imports.ImportProblem;
import org.astropol.imports.ImportReport;
import org.astropol.imports.ImportRunner;
import org.astropol.imports.Importer;
import org.astropol.imports.Importers;
import org.astropol.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "import", description = "Import a public dataset into the database, atomically (KIND: gcat-launchlog, gcat-orgs, gcat-satcat, "
        + "gcat-psatcat, gcat-sites, unvotes, ucs, celestrak-satcat, unga-votes). A failed import keeps the previous tables.")
final class ImportCommand implements Callable<Integer> {
    @Mixin Workspace ws;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "KIND") String kind;
    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE") List<Path> files;
    @Option(names = "--skip-bad", description = "Skip malformed rows (reported on stderr) instead of failing.") boolean skipBad;

    @Override public Integer call() throws Exception {
        Importer importer = Importers.byKind(kind).orElseThrow(() -> new IllegalArgumentException("unknown import kind '" + kind
                + "'; known: " + Importers.all().stream().map(Importer::kind).collect(Collectors.joining(", "))));
        PrintWriter err = spec.commandLine().getErr();
        ImportReport r;
        try (Connection c = Database.openWritable(ws.dbFile())) {
            r = new ImportRunner(c, Main::progress).run(importer, files, skipBad);
        } catch (ImportException e) {
            for (ImportProblem p : e.problems()) err.println(p);
            if (e.problemCount() > e.problems().size()) err.println("... and " + (e.problemCount() - e.problems().size()) + " more");
            throw e;
        }
        for (ImportProblem p : r.skippedProblems()) err.println("skipped " + p);
        if (r.skipped() > r.skippedProblems().size()) err.println("... and " + (r.skipped() - r.skippedProblems().size()) + " more skipped");
        PrintWriter out = spec.commandLine().getOut();
        for (ImportReport.TableResult t : r.tables()) {
            out.println(t.table() + ": " + t.rows() + " rows (" + (t.previous() ? "added " + t.added() + ", removed " + t.removed() + ", changed " + t.changed()
                    : "new table") + ")");
        }
        if (r.skipped() > 0) out.println("skipped " + r.skipped() + " malformed row(s)");
        return Main.OK;
    }
}
