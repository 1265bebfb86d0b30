package org.astropol.curation;

import org.astropol.model.Citation;
import org.astropol.model.Entity;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Origin;
import org.astropol.model.Relationship;
import org.astropol.model.Source;
import org.astropol.model.Statement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Verifies that every quote citing a document found in the given folders appears in that document verbatim,
 * with runs of white space folded to one space. A source names its text with {@code document:} (a file name,
 * or a path ending); quotes of sources whose document is not in the folders are not checked.
 */
public final class QuoteCheck {
    public record Outcome(int checked, int skippedSources, List<Problem> problems) {}

    private QuoteCheck() {}

    public static Outcome run(KnowledgeBase kb, List<Path> folders) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path f : folders) {
            if (!Files.isDirectory(f)) throw new IOException("not a folder: " + f);
            try (Stream<Path> walk = Files.walk(f)) { walk.filter(Files::isRegularFile).forEach(files::add); }
        }
        Map<String, String> textBySource = new HashMap<>();
        int skipped = 0;
        for (Source s : kb.sources()) {
            if (s.document() == null) continue;
            Path match = files.stream().filter(p -> p.toString().replace('\\', '/').endsWith("/" + s.document())).findFirst().orElse(null);
            if (match == null) { skipped++; continue; }
            textBySource.put(s.id(), fold(Files.readString(match, StandardCharsets.UTF_8)));
        }
        List<Problem> problems = new ArrayList<>();
        int checked = 0;
        List<Map.Entry<Origin, List<Citation>>> records = new ArrayList<>();
        for (Statement s : kb.statements()) records.add(Map.entry(s.origin(), s.citations()));
        for (Relationship r : kb.relationships()) records.add(Map.entry(r.origin(), r.citations()));
        for (Entity e : kb.entities()) records.add(Map.entry(e.origin(), e.citations()));
        for (var rec : records) {
            for (Citation c : rec.getValue()) {
                if (c.locatorKind() != Citation.LocatorKind.QUOTE) continue;
                String text = textBySource.get(c.sourceId());
                if (text == null) continue;
                checked++;
                if (!text.contains(fold(c.locator()))) {
                    problems.add(new Problem(rec.getKey().file(), rec.getKey().line(),
                            "quote not found verbatim in " + c.sourceId() + ": \"" + abbreviate(c.locator()) + "\""));
                }
            }
        }
        return new Outcome(checked, skipped, problems.stream().sorted().distinct().toList());
    }

    static String fold(String s) { return s.replaceAll("\\s+", " ").strip(); }

    private static String abbreviate(String s) { return s.length() <= 80 ? s : s.substring(0, 77) + "..."; }
}
