package org.astropol.app;

import java.util.Locale;
import org.astropol.imports.SpaceVotesGenerator;
import org.astropol.imports.SyntheticFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "generate", description = "Write a synthetic file in a public format (satcat, launchlog: GCAT TSV) for scale tests and benchmarks, "
        + "or (space-votes DIR) the curated outer-space roll calls of data/votes/voeten from the unvotes folder DIR.")
final class GenerateCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "KIND", description = "satcat, launchlog or space-votes") String kind;
    @Parameters(index = "1", paramLabel = "FILE", description = "The file to write; for space-votes the unvotes folder to read.") Path file;
    @Option(names = "--out", description = "space-votes: the folder for the session files (default: data/votes/voeten of the workspace).") Path out;
    @Mixin Workspace ws;
    @Option(names = "--rows", defaultValue = "1000000", description = "Data rows (default: ${DEFAULT-VALUE}).") long rows;
    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}); the same seed gives the same file.") long seed;

    @Override public Integer call() throws Exception {
        if (kind.equals("space-votes")) {
            Path target = out != null ? out : ws.dataDir().resolve("votes").resolve("voeten");
            var o = SpaceVotesGenerator.generate(file, target);
            spec.commandLine().getOut().println("wrote " + o.rollCalls() + " roll calls (" + o.firstYear() + "-" + o.lastYear() + ", " + o.positions()
                    + " recorded positions) in " + o.files() + " session files to " + target);
            return Main.OK;
        }
        if (rows < 1) throw Main.usage(spec, "--rows must be at least 1");
        long t0 = System.nanoTime();
        SyntheticFiles.write(kind, file, rows, seed);
        spec.commandLine().getOut().println("wrote " + rows + " " + kind + " rows to " + file + String.format(Locale.ROOT, " in %.1f s", (System.nanoTime() - t0) / 1e9));
        return Main.OK;
    }
}
