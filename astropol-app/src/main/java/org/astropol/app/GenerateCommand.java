package org.astropol.app;

import java.util.Locale;
import org.astropol.imports.LaunchesGenerator;
import org.astropol.imports.SpaceVotesGenerator;
import org.astropol.imports.SpacecraftGenerator;
import org.astropol.imports.SyntheticFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "generate", description = "Write a synthetic file in a public format (satcat, launchlog: GCAT TSV) for scale tests and benchmarks, "
        + "or (space-votes DIR) the curated outer-space roll calls of data/votes/voeten from the unvotes folder DIR, "
        + "or (launches DIR) data/datasets/launches.yaml from the GCAT folder DIR (launchlog.tsv, orgs.tsv, sites.tsv), "
        + "or (spacecraft DIR) data/datasets/spacecraft.yaml from the GCAT launch log and the UCS database.")
final class GenerateCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "KIND", description = "satcat, launchlog, space-votes, launches or spacecraft") String kind;
    @Parameters(index = "1", paramLabel = "FILE", description = "The file to write; for space-votes the unvotes folder to read, for launches and spacecraft the GCAT folder.") Path file;
    @Option(names = "--out", description = "space-votes: the folder for the session files (default: data/votes/voeten of the workspace); launches, spacecraft: the file (default: data/datasets/launches.yaml, spacecraft.yaml).") Path out;
    @Option(names = "--ucs", description = "spacecraft: the UCS Satellite Database file of 2023-05-01 (default: ucs/UCS-Satellite-Database_2023-05-01.csv beside the GCAT folder).") Path ucs;
    @Mixin Workspace ws;
    @Option(names = "--rows", defaultValue = "1000000", description = "Data rows (default: ${DEFAULT-VALUE}).") long rows;
    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}); the same seed gives the same file.") long seed;

    /** The states and ESA of data/, the subjects a generated count may have. */
    private java.util.Set<String> subjectIds() throws java.io.IOException {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (var e : ws.knowledgeBase().entities()) if (e.type() == org.astropol.model.EntityType.STATE || e.id().equals("esa")) ids.add(e.id());
        return ids;
    }

    @Override public Integer call() throws Exception {
        if (kind.equals("launches")) {
            Path target = out != null ? out : ws.dataDir().resolve("datasets").resolve("launches.yaml");
            var o = LaunchesGenerator.generate(file, target, subjectIds());
            spec.commandLine().getOut().println("wrote " + o.statements() + " statements from " + o.launches() + " orbital launches to " + target
                    + "; not attributed: " + o.unattributed());
            return Main.OK;
        }
        if (kind.equals("spacecraft")) {
            Path target = out != null ? out : ws.dataDir().resolve("datasets").resolve("spacecraft.yaml");
            Path ucsFile = ucs != null ? ucs : file.resolveSibling("ucs").resolve("UCS-Satellite-Database_2023-05-01.csv");
            var o = SpacecraftGenerator.generate(file, ucsFile, target, subjectIds());
            spec.commandLine().getOut().println("wrote " + o.statements() + " statements (" + o.payloads() + " payloads, " + o.ucsSatellites()
                    + " UCS satellites) to " + target);
            return Main.OK;
        }
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
