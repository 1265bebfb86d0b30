package org.astropol.app;

import org.astropol.analysis.SeedClaims;
import org.astropol.analysis.SpacePowerIndex;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.RollCall;
import org.astropol.store.Database;
import org.astropol.store.KnowledgeBaseReader;
import org.astropol.store.RollCallTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Measures the corpus documents' testable claims (config/findings.yaml) against the knowledge base and writes the
 * report (docs/findings.md is this command's output, regenerated, never edited by hand).
 */
@Command(name = "findings", description = "Measure the corpus documents' testable claims (config/findings.yaml): astropol's figure, "
        + "the record ids behind it and a verdict (reproduced, contradicted, not testable); writes Markdown (docs/findings.md).")
final class FindingsCommand implements Callable<Integer> {
    @Mixin Workspace ws;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Option(names = "--claims", paramLabel = "FILE", description = "The claims file (default: <home>/config/findings.yaml).") Path claimsFile;
    @Option(names = "--output", paramLabel = "FILE", description = "Write the Markdown report here (e.g. docs/findings.md) instead of stdout, atomically.") Path output;
    @Option(names = "--format", defaultValue = "markdown", description = "markdown or json (default: ${DEFAULT-VALUE}).") String format;

    @Override public Integer call() throws Exception {
        if (!format.equals("markdown") && !format.equals("json")) throw Main.usage(spec, "--format must be markdown or json, not '" + format + "'");
        Path file = claimsFile != null ? claimsFile : Workspace.home().resolve("config/findings.yaml");
        List<SeedClaims.Claim> claims = ClaimsFile.read(file);
        KnowledgeBase kb = ws.knowledgeBase();
        List<RollCall> rollCalls;
        String dataHash;
        try (Connection c = Database.openReadOnly(ws.dbFile())) {
            rollCalls = RollCallTables.present(c) ? RollCallTables.read(c, null) : List.of();
            dataHash = KnowledgeBaseReader.buildInfo(c, "data_hash");
        }
        Path tiersFile = Workspace.home().resolve("config/tiers.yaml");
        SpacePowerIndex.Config cfg = Files.isRegularFile(tiersFile) ? TiersConfigFile.read(tiersFile) : SpacePowerIndex.Config.defaults();
        Map<LocalDate, SpacePowerIndex.Result> indexByDay = new HashMap<>();
        var inputs = new SeedClaims.Inputs(kb, rollCalls, day -> indexByDay.computeIfAbsent(day, d -> SpacePowerIndex.of(kb, d, cfg)));
        List<SeedClaims.Finding> findings = SeedClaims.evaluate(inputs, claims);
        String text = format.equals("json")
                ? Output.json(Map.of("dataHash", String.valueOf(dataHash), "findings", findings.stream().map(SeedClaims::answer).toList()))
                : FindingsReport.markdown(kb, findings, dataHash);
        if (output == null) {
            spec.commandLine().getOut().print(text);
            return Main.OK;
        }
        Path abs = output.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), ".findings", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        long reproduced = findings.stream().filter(f -> f.verdict().equals(SeedClaims.REPRODUCED)).count();
        long contradicted = findings.stream().filter(f -> f.verdict().equals(SeedClaims.CONTRADICTED)).count();
        spec.commandLine().getOut().println("wrote " + output + ": " + findings.size() + " claims, " + reproduced + " reproduced, "
                + contradicted + " contradicted, " + (findings.size() - reproduced - contradicted) + " not testable");
        return Main.OK;
    }
}
