package org.astropol.app;

import java.util.Locale;
import org.astropol.imports.SyntheticFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "generate", description = "Write a synthetic file in a public format (satcat, launchlog: GCAT TSV) for scale tests and benchmarks.")
final class GenerateCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "KIND", description = "satcat or launchlog") String kind;
    @Parameters(index = "1", paramLabel = "FILE") Path file;
    @Option(names = "--rows", defaultValue = "1000000", description = "Data rows (default: ${DEFAULT-VALUE}).") long rows;
    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}); the same seed gives the same file.") long seed;

    @Override public Integer call() throws Exception {
        if (rows < 1) throw Main.usage(spec, "--rows must be at least 1");
        long t0 = System.nanoTime();
        SyntheticFiles.write(kind, file, rows, seed);
        spec.commandLine().getOut().println("wrote " + rows + " " + kind + " rows to " + file + String.format(Locale.ROOT, " in %.1f s", (System.nanoTime() - t0) / 1e9));
        return Main.OK;
    }
}
