package org.astropol.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The training run the launcher records the JVM's class cache from (JDK 25+ AOT cache, or AppCDS): the query commands
 * on a scratch database built from data/, each twice. The launcher runs it once unrecorded first, so the recorded run
 * sees the everyday path (snapshot and answer cache), not the build: the JVM maps every cached class at start, so
 * classes that only a rebuild needs would slow every call down. Hidden: not a user command. Always exits 0; a command
 * that fails here only leaves its classes out of the cache.
 *
 * <p>With {@code --query} it runs only what the quick query commands (members, entity, vote) print as a table, for
 * a second, smaller cache the launcher gives those commands: the JVM loads every class of its cache at start, so the
 * classes of JSON output and of tiers and network (Jackson, SnakeYAML, a thousand classes) cost each of them about
 * 12% of its CPU (measured, docs/benchmarks.md).
 */
@Command(name = "aot-training", hidden = true, description = "Exercises the query commands for the JVM class cache (used by the launcher).")
final class AotTrainingCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Scratch folder for the training database.") Path dir;
    @Option(names = "--query", description = "Only members, entity and vote, printed as tables.") boolean query;

    @Override public Integer call() throws Exception {
        Files.createDirectories(dir);
        String db = dir.resolve("training.duckdb").toString();
        List<List<String>> commands = List.of(
                List.of("members", "ilrs", "--db", db), List.of("members", "artemis-accords", "--format", "json", "--db", db),
                List.of("entity", "CHN", "--db", db), List.of("entity", "USA", "--format", "json", "--db", db),
                List.of("vote", "A/RES/69/32", "--db", db),
                List.of("tiers", "--db", db), List.of("network", "--format", "csv", "--db", db));
        if (query) {
            commands = List.of(List.of("members", "ilrs", "--db", db), List.of("members", "artemis-accords", "--db", db),
                    List.of("entity", "CHN", "--db", db), List.of("entity", "USA", "--db", db), List.of("vote", "A/RES/69/32", "--db", db));
        }
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        for (int round = 0; round < 2; round++) {
            for (List<String> c : commands) {
                Main.prefetch(c.toArray(String[]::new)); // as main() does
                Main.execute(sink, sink, c.toArray(String[]::new));
            }
        }
        return Main.OK;
    }
}
