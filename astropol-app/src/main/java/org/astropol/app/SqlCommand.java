package org.astropol.app;

import org.astropol.store.Database;
import org.astropol.store.ReadOnlyQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.sql.Connection;
import java.util.concurrent.Callable;

@Command(name = "sql", description = "Run a read-only SQL query on the database (anything but a query is refused).")
final class SqlCommand implements Callable<Integer> {
    @Mixin Workspace ws;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "QUERY") String sql;
    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).") Output.Format format;
    @Option(names = "--max-rows", defaultValue = "100000", description = "Row limit (default: ${DEFAULT-VALUE}).") int maxRows;

    @Override public Integer call() throws Exception {
        ws.ensureBuilt();
        ReadOnlyQuery.Result r;
        try (Connection c = Database.openReadOnly(ws.dbFile())) {
            r = ReadOnlyQuery.run(c, sql, maxRows);
        }
        Output.print(spec.commandLine().getOut(), format, r, r.columns(), r.rows());
        return Main.OK;
    }
}
