package org.astropol.web;

import org.astropol.analysis.Firsts;
import org.astropol.analysis.SourceRef;
import org.astropol.model.EntityType;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.PartialDate;
import org.astropol.web.view.Chart;
import org.astropol.web.view.FirstsView;
import org.astropol.web.view.Layout;
import org.astropol.web.view.Ref;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The /firsts page: every state that achieved a capability by the day, against every capability, each cell the date
 * of the state's first (from {@link Firsts}, the analysis the command line's {@code firsts} runs), and the race chart:
 * how many states had each capability over time. Both download as CSV.
 */
final class FirstsMatrix {
    record Result(FirstsView view, Map<String, CsvDownload> tables) {}

    private FirstsMatrix() {}

    /** The documented capabilities first, then any other that an event of the knowledge base carries. */
    static List<String> capabilities(KnowledgeBase kb) {
        Set<String> all = new LinkedHashSet<>(Firsts.KNOWN);
        kb.entities().stream().filter(e -> e.type() == EntityType.EVENT).flatMap(e -> e.capabilities().stream()).sorted().forEach(all::add);
        return List.copyOf(all);
    }

    static Result of(KnowledgeBase kb, Documents documents, LocalDate day, String dataHash) {
        Footnotes notes = new Footnotes(documents);
        List<String> caps = capabilities(kb);
        Map<String, Firsts.Result> byCap = new LinkedHashMap<>();
        for (String c : caps) byCap.put(c, Firsts.of(kb, c, day));
        // states in the order of their earliest first
        Map<String, PartialDate> earliest = new HashMap<>();
        for (Firsts.Result r : byCap.values()) {
            for (Firsts.Achiever a : r.states()) earliest.merge(a.id(), PartialDate.parse(a.date()), (x, y) -> x.earliest().isAfter(y.earliest()) ? y : x);
        }
        List<String> states = new ArrayList<>(earliest.keySet());
        states.sort(Comparator.comparing((String s) -> earliest.get(s).earliest()).thenComparing(s -> s));
        Map<String, Map<String, Firsts.Achiever>> cells = new HashMap<>();
        for (var e : byCap.entrySet()) for (Firsts.Achiever a : e.getValue().states()) cells.computeIfAbsent(a.id(), k -> new HashMap<>()).put(e.getKey(), a);

        List<List<String>> matrixRows = new ArrayList<>();
        List<FirstsView.StateRow> rows = new ArrayList<>();
        for (String s : states) {
            List<FirstsView.Cell> row = new ArrayList<>();
            for (String c : caps) {
                Firsts.Achiever a = cells.get(s).get(c);
                if (a == null) { row.add(new FirstsView.Cell(c, null, null, false, null, List.of())); continue; }
                boolean disputed = "disputed".equals(a.status());
                row.add(new FirstsView.Cell(c, a.date(), ref(kb, a.event()), disputed, a.note(), notes.marks(a.sources())));
                matrixRows.add(List.of(s, kb.nameOf(s), c, a.date(), a.status(), String.join(";", a.events()),
                        String.join(";", a.sources().stream().map(SourceRef::id).distinct().toList())));
            }
            rows.add(new FirstsView.StateRow(ref(kb, s), earliest.get(s).toString(), row));
        }
        List<FirstsView.Capability> capabilities = caps.stream().map(c -> new FirstsView.Capability(c, Firsts.RULES.get(c), byCap.get(c).states().size())).toList();
        Map<String, CsvDownload> tables = new LinkedHashMap<>();
        tables.put("matrix", new CsvDownload("matrix", List.of("state", "name", "capability", "date", "status", "records", "sources"), matrixRows));
        Chart race = race(byCap, day, dataHash);
        tables.put("race", CsvDownload.of(race));
        var view = new FirstsView(Layout.titled("Firsts"), day.toString(), capabilities, rows, race, "/firsts?asOf=" + day + "&format=csv&table=matrix", notes.notes());
        return new Result(view, tables);
    }

    /** Cumulative number of states per capability, one step on each state's first (capabilities nobody achieved are left out). */
    private static Chart race(Map<String, Firsts.Result> byCap, LocalDate day, String dataHash) {
        List<Chart.Series> series = new ArrayList<>();
        int k = 0;
        for (var e : byCap.entrySet()) {
            List<Firsts.Achiever> as = e.getValue().states();
            if (as.isEmpty()) continue;
            List<Chart.Point> points = new ArrayList<>();
            int n = 0;
            for (Firsts.Achiever a : as) {
                n++;
                String x = PartialDate.parse(a.date()).earliest().toString();
                List<String> sources = a.sources().stream().map(SourceRef::id).distinct().toList();
                Chart.Point pt = new Chart.Point(x, n, n + " (" + a.id() + ")", a.events(), sources);
                // two states on the same day: one step to the later count
                if (!points.isEmpty() && points.getLast().x().equals(x)) points.set(points.size() - 1, pt); else points.add(pt);
            }
            series.add(new Chart.Series(e.getKey(), "k" + (k++ % 16), points));
        }
        return ChartData.of("chart-race", "The race: states with each capability over time", "steps", "states", series,
                "/firsts?asOf=" + day + "&format=csv&table=race", day, dataHash);
    }

    private static Ref ref(KnowledgeBase kb, String id) { return Ref.of(kb, id); }
}
