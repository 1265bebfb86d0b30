package org.astropol.app;

import org.astropol.curation.BuildingKnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "build", description = "Compile data/ into the DuckDB database, atomically (a failed build keeps the previous database).")
final class BuildCommand implements Callable<Integer> {
    @Mixin Workspace ws;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override public Integer call() throws Exception {
        var o = BuildingKnowledgeBase.build(ws.dataDir(), ws.dbFile(), Main::progress);
        spec.commandLine().getOut().println("built " + ws.dbFile() + ": " + o.entities() + " entities, " + o.statements()
                + " statements, " + o.relationships() + " relationships, " + o.sources() + " sources");
        return Main.OK;
    }
}
