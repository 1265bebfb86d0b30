package org.astropol.analysis;

import org.astropol.model.Citation;
import org.astropol.model.Entity;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.PartialDate;
import org.astropol.model.Relationship;
import org.astropol.model.Statement;
import org.astropol.model.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts of what the knowledge base holds: per entity type, property, source and year, for docs/data-coverage.md. */
public final class DataCoverage {
    private DataCoverage() {}

    public record Report(int entities, int statements, int relationships, int sources, int citations, int quoteCitations,
                         String latestDate, Map<String, Integer> byEntityType, Map<String, Integer> byProperty,
                         Map<String, Integer> byRelationshipKind, Map<String, Integer> bySource, Map<Integer, Integer> byYear,
                         Map<String, Integer> bySourceKind, Map<String, Integer> weakEvidence, List<SourceQuality.Warning> weakEvidenceRecords) {}

    public static Report of(KnowledgeBase kb) {
        List<SourceQuality.Warning> weak = SourceQuality.warnings(kb);
        Map<String, Integer> types = new TreeMap<>(), props = new TreeMap<>(), kinds = new TreeMap<>(), sources = new TreeMap<>();
        Map<Integer, Integer> years = new TreeMap<>();
        int citations = 0, quotes = 0;
        PartialDate latest = null;
        List<List<Citation>> allCitations = new ArrayList<>();
        for (Entity e : kb.entities()) {
            types.merge(e.type().key(), 1, Integer::sum);
            allCitations.add(e.citations());
            if (e.type().key().equals("event") && e.date() != null) latest = max(latest, e.date());
        }
        for (Statement s : kb.statements()) {
            props.merge(s.property(), 1, Integer::sum);
            allCitations.add(s.citations());
            PartialDate d = s.value() instanceof Value.DateValue dv ? dv.date() : s.valid().anchor();
            if (d != null) years.merge(d.year(), 1, Integer::sum);
        }
        for (Relationship r : kb.relationships()) {
            kinds.merge(r.kind(), 1, Integer::sum);
            allCitations.add(r.citations());
            PartialDate d = r.valid().anchor();
            if (d != null) years.merge(d.year(), 1, Integer::sum);
            if (r.valid().from() != null) latest = max(latest, r.valid().from());
        }
        for (List<Citation> cs : allCitations) {
            for (Citation c : cs) {
                citations++;
                if (c.locatorKind() == Citation.LocatorKind.QUOTE) quotes++;
                sources.merge(c.sourceId(), 1, Integer::sum);
            }
        }
        return new Report(kb.entities().size(), kb.statements().size(), kb.relationships().size(), kb.sources().size(), citations,
                quotes, latest == null ? null : latest.toString(), types, props, kinds, sources, years, sourceKinds(kb), SourceQuality.counts(weak), weak);
    }

    private static Map<String, Integer> sourceKinds(KnowledgeBase kb) {
        Map<String, Integer> out = new TreeMap<>();
        for (var s : kb.sources()) out.merge(s.kind() == null ? "(none)" : s.kind(), 1, Integer::sum);
        return out;
    }

    private static PartialDate max(PartialDate a, PartialDate b) { return a == null || b.compareTo(a) > 0 ? b : a; }

    /** The report as Markdown, with source titles. */
    public static String markdown(KnowledgeBase kb, Report r) {
        StringBuilder b = new StringBuilder();
        b.append("# Data coverage\n\nGenerated from `data/` by `./astropol coverage --output docs/data-coverage.md`; do not edit by hand.\n\n");
        b.append("| what | count |\n|---|---|\n");
        b.append("| entities | ").append(r.entities()).append(" |\n| statements | ").append(r.statements())
                .append(" |\n| relationships | ").append(r.relationships()).append(" |\n| sources | ").append(r.sources())
                .append(" |\n| citations | ").append(r.citations()).append(" |\n| citations with a verbatim quote | ").append(r.quoteCitations())
                .append(" |\n| latest start date of a membership, action or event | ").append(r.latestDate()).append(" |\n\n");
        table(b, "Entities per type", "type", r.byEntityType());
        table(b, "Relationships per kind", "kind", r.byRelationshipKind());
        table(b, "Statements per property", "property", r.byProperty());
        table(b, "Sources per kind (from data/sources/publishers.yaml)", "kind", r.bySourceKind());
        table(b, "Facts resting only on encyclopedia or aggregator sources (the warnings of `check`)", "record type or source kind", r.weakEvidence());
        if (!r.weakEvidenceRecords().isEmpty()) {
            b.append("| record | type | sources | where |\n|---|---|---|---|\n");
            for (var w : r.weakEvidenceRecords()) {
                b.append("| ").append(w.id()).append(" | ").append(w.record()).append(" | ").append(String.join(", ", w.sources())).append(" | ")
                        .append(w.origin()).append(" |\n");
            }
            b.append('\n');
        }
        b.append("## Citations per source\n\n| source | title | citations |\n|---|---|---|\n");
        r.bySource().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> b.append("| ").append(e.getKey()).append(" | ").append(kb.source(e.getKey()).map(s -> s.title().replace("|", "/")).orElse(""))
                        .append(" | ").append(e.getValue()).append(" |\n"));
        b.append("\n## Dated statements and relationships per decade\n\n| decade | count |\n|---|---|\n");
        Map<Integer, Integer> decades = new TreeMap<>();
        r.byYear().forEach((y, n) -> decades.merge(y / 10 * 10, n, Integer::sum));
        decades.forEach((d, n) -> b.append("| ").append(d).append("s | ").append(n).append(" |\n"));
        b.append("\n## Per year since 2000\n\n| year | count |\n|---|---|\n");
        r.byYear().forEach((y, n) -> { if (y >= 2000) b.append("| ").append(y).append(" | ").append(n).append(" |\n"); });
        return b.toString();
    }

    private static void table(StringBuilder b, String title, String col, Map<String, Integer> m) {
        b.append("## ").append(title).append("\n\n| ").append(col).append(" | count |\n|---|---|\n");
        m.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        b.append('\n');
    }
}
