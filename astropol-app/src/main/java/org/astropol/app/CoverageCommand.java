package org.astropol.app;

import org.astropol.analysis.DataCoverage;
import org.astropol.curation.BuildingKnowledgeBase;
import org.astropol.curation.CuratedDataReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "coverage", description = "Count what data/ holds (per entity type, property, source, year); writes Markdown.")
final class CoverageCommand implements Callable<Integer> {
    @Mixin Workspace ws;
    @Spec picocli.CommandLine.Model.CommandSpec spec;
    @Option(names = "--output", paramLabel = "FILE", description = "Write the Markdown report here (e.g. docs/data-coverage.md) instead of stdout.")
    Path output;
    @Option(names = "--format", defaultValue = "markdown", description = "markdown or json (default: ${DEFAULT-VALUE}).") String format;

    @Override public Integer call() throws Exception {
        var r = CuratedDataReader.read(ws.dataDir());
        if (!r.ok()) throw new BuildingKnowledgeBase.InvalidDataException(r.problems());
        var report = DataCoverage.of(r.knowledgeBase());
        String text = format.equals("json") ? Output.json(report) : DataCoverage.markdown(r.knowledgeBase(), report);
        if (output != null) {
            Files.writeString(output, text, StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("wrote " + output);
        } else {
            spec.commandLine().getOut().print(text);
        }
        return Main.OK;
    }
}
