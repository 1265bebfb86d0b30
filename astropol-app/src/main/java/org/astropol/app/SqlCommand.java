package org.astropol.app;

import org.astropol.store.ReadOnlyQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = "sql", description = "Run a read-only SQL query on the database (anything but a query is refused).")
final class SqlCommand implements Callable<Integer> {
    @Mixin Workspace ws;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(paramLabel = "QUERY") String sql;
    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).") Output.Format format;
    @Option(names = "--max-rows", defaultValue = "100000",
            description = "Rows printed at most; the rest is not read (default: ${DEFAULT-VALUE}).") int maxRows;
    @Option(names = "--timeout", defaultValue = "60", description = "Seconds the query may run, reading included (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;
    @Option(names = "--memory-limit", defaultValue = "2GB", description = "DuckDB's memory limit for the query (default: ${DEFAULT-VALUE}).")
    String memoryLimit;

    @Override public Integer call() throws Exception {
        var limits = new ReadOnlyQuery.Limits(maxRows, Duration.ofSeconds(timeoutSeconds), memoryLimit);
        ws.ensureBuilt();
        ReadOnlyQuery.Result r = ReadOnlyQuery.run(ws.dbFile(), sql, limits);
        Output.print(spec.commandLine().getOut(), format, r, r.columns(), r.rows());
        if (r.truncated()) {
            spec.commandLine().getErr().println("astropol: stopped after " + maxRows + " rows (--max-rows); the query has more");
        }
        return Main.OK;
    }
}
