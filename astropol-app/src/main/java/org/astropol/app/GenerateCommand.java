package org.astropol.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.astropol.imports.LaunchesGenerator;
import org.astropol.imports.SpaceVotesGenerator;
import org.astropol.imports.SpacecraftGenerator;
import org.astropol.imports.UndlSpaceVotesGenerator;
import org.astropol.model.EntityType;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.RollCall;
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
        + "or (space-votes-undl FILE... --source ID...) those from 2020 in data/votes/undl from copies of the UN Digital Library's voting records, "
        + "or (launches DIR) data/datasets/launches.yaml from the GCAT folder DIR (launchlog.tsv, orgs.tsv, sites.tsv), "
        + "or (spacecraft DIR) data/datasets/spacecraft.yaml from the GCAT launch log and the UCS database.")
final class GenerateCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Parameters(index = "0", paramLabel = "KIND", description = "satcat, launchlog, space-votes, space-votes-undl, launches or spacecraft") String kind;
    @Parameters(index = "1", paramLabel = "FILE", description = "The file to write; for space-votes the unvotes folder to read; for space-votes-undl the first file to read (CSV, or a crawler log ending in .log); for launches and spacecraft the GCAT folder.") Path file;
    @Parameters(index = "2..*", paramLabel = "MORE", description = "space-votes-undl: further files (CSV, or a crawler log ending in .log).") List<Path> more = new ArrayList<>();
    @Option(names = "--source", description = "space-votes-undl: the source id (data/votes/sources.yaml) of each FILE, in order.") List<String> sources = new ArrayList<>();
    @Option(names = "--from", defaultValue = "2020-01-01", description = "space-votes-undl: roll calls from this day get positions; earlier ones give a second count of the Voeten roll call (default: ${DEFAULT-VALUE}).") java.time.LocalDate from;
    @Option(names = "--out", description = "space-votes: the folder for the session files (default: data/votes/voeten of the workspace; data/votes/undl for space-votes-undl); launches, spacecraft: the file (default: data/datasets/launches.yaml, spacecraft.yaml).") Path out;
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
        if (kind.equals("space-votes-undl")) return undl();
        if (rows < 1) throw Main.usage(spec, "--rows must be at least 1");
        long t0 = System.nanoTime();
        SyntheticFiles.write(kind, file, rows, seed);
        spec.commandLine().getOut().println("wrote " + rows + " " + kind + " rows to " + file + String.format(Locale.ROOT, " in %.1f s", (System.nanoTime() - t0) / 1e9));
        return Main.OK;
    }

    /** Reads the Digital Library copies with the knowledge base's state names and the Voeten roll calls' counts. */
    private int undl() throws Exception {
        List<Path> files = new ArrayList<>(List.of(file));
        files.addAll(more);
        if (sources.size() != files.size()) throw Main.usage(spec, "give one --source ID per file (" + files.size() + " files, " + sources.size() + " sources)");
        List<UndlSpaceVotesGenerator.Input> inputs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) inputs.add(new UndlSpaceVotesGenerator.Input(files.get(i), sources.get(i)));
        ws.ensureBuilt();
        KnowledgeBase kb = ws.knowledgeBase();
        Map<String, UndlSpaceVotesGenerator.Known> known = new HashMap<>();
        try (var c = org.astropol.store.Database.openReadOnly(ws.dbFile())) {
            for (RollCall rc : org.astropol.store.RollCallTables.read(c, null)) {
                if (!rc.body().equals("ga-plenary") || !rc.wholeText() || !rc.id().equals(rc.symbol())) continue;
                rc.tallies().stream().filter(t -> t.citation().sourceId().equals(SpaceVotesGenerator.SOURCE)).findFirst()
                        .ifPresent(t -> known.put(rc.id(), new UndlSpaceVotesGenerator.Known(rc.id(), t.yes(), t.no(), t.abstain())));
            }
        }
        Path target = out != null ? out : ws.dataDir().resolve("votes").resolve("undl");
        var o = UndlSpaceVotesGenerator.generate(inputs, stateNames(kb)::get, known, from, target);
        spec.commandLine().getOut().println("wrote " + o.rollCalls() + " roll calls (" + o.firstYear() + "-" + o.lastYear() + ", " + o.positions()
                + " recorded positions) in " + o.files() + " session files and " + o.tallies() + " second counts of earlier roll calls ("
                + o.disputedTallies() + " disputed) to " + target);
        return Main.OK;
    }

    /**
     * Member State column headers to state ids: the id itself (alpha-3), the UN name, then aliases (first wins), upper
     * case, typographic apostrophes as plain ones, accents dropped; and the names the UN used before a renaming the records keep only
     * as the current name.
     */
    static Map<String, String> stateNames(KnowledgeBase kb) {
        Map<String, String> byName = new HashMap<>();
        List<org.astropol.model.Entity> states = kb.entities().stream().filter(e -> e.type() == EntityType.STATE)
                .sorted(java.util.Comparator.comparing(org.astropol.model.Entity::id)).toList();
        for (var e : states) byName.put(e.id(), e.id());
        for (var e : states) if (e.name() != null) byName.putIfAbsent(normal(e.name()), e.id());
        for (var e : states) for (String n : e.allNames()) byName.putIfAbsent(normal(n), e.id());
        byName.putIfAbsent("TURKEY", "TUR"); // Türkiye's UN name from June 2022; the 2020-2021 records write TURKEY
        byName.putIfAbsent("NETHERLANDS (KINGDOM OF THE)", "NLD"); // the Netherlands' UN name in the records from 2023
        byName.putIfAbsent("TURKYYE", "TUR"); // the crawler log of 2025 (lefthand67/un_votes) writes TÜRKÝYE, a mis-encoded TÜRKİYE
        Map<String, String> lookup = new HashMap<>() {
            @Override public String get(Object k) { return k == null ? null : super.get(normal(k.toString())); }
        };
        lookup.putAll(byName);
        return lookup;
    }

    private static String normal(String name) {
        String plain = java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", ""); // COTE D'IVOIRE
        return plain.replace('\u2019', '\'').toUpperCase(Locale.ROOT);
    }
}
