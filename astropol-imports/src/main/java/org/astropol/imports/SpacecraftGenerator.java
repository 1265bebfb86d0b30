package org.astropol.imports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes data/datasets/spacecraft.yaml: spacecraft per owning or operating state, from two cited datasets
 * (docs/data-format.md, "Spacecraft counts"):
 * <ul>
 *   <li>{@code payloads-launched} per state and year: payloads (GCAT launch log rows of Type P) put in orbit by a
 *   successful launch (Launch_Code O* or D*, second letter S), by the payload owner's state (SatState). Time-aware, it is
 *   what the index's {@code spacecraft} indicator sums over its window;</li>
 *   <li>{@code satellites-in-orbit} on 2023-05-01: the operational satellites of the UCS Satellite Database of that day,
 *   by "Country of Operator/Owner"; a satellite of several named states ("USA/Japan") counts once for each of them,
 *   "ESA" for the organisation esa, "Multinational" for nobody.</li>
 * </ul>
 */
public final class SpacecraftGenerator {
    private SpacecraftGenerator() {}

    public static final String GCAT_SOURCE = "gcat-launchlog-2024", UCS_SOURCE = "ucs-2023";
    static final LocalDate UCS_DAY = LocalDate.of(2023, 5, 1);
    /** A misspelling in the UCS file (one satellite), read as the state it names. */
    private static final Map<String, String> UCS_SPELLINGS = Map.of("Sinapore", "SGP", "ESA", "esa");

    public record Outcome(int payloads, int ucsSatellites, int statements, Map<String, Integer> unattributedGcat, Map<String, Integer> unattributedUcs) {}

    public static Outcome generate(Path gcatDir, Path ucsFile, Path out, Set<String> knownIds) throws IOException {
        Map<String, TreeMap<Integer, Integer>> payloads = new TreeMap<>();
        Map<String, Integer> unGcat = new TreeMap<>(), unUcs = new TreeMap<>();
        int payloadCount = 0;
        LocalDate last = null;
        try (TabularFile t = TabularFile.open(gcatDir.resolve("launchlog.tsv"), TabularFile.Style.GCAT)) {
            int date = t.require("Launch_Date"), type = t.require("Type"), state = t.require("SatState"), code = t.require("Launch_Code");
            for (TabularFile.Row r; (r = t.next()) != null; ) {
                String lc = r.get(code), ty = r.get(type);
                if (lc == null || ty == null || !ty.startsWith("P") || lc.length() < 2 || "OD".indexOf(lc.charAt(0)) < 0 || lc.charAt(1) != 'S') continue;
                LocalDate d;
                try {
                    d = Values.gcatDate("Launch_Date", r.get(date));
                } catch (BadValueException e) {
                    throw new IOException(t.file() + ":" + r.line() + ": Launch_Date: " + e.getMessage());
                }
                if (d == null) throw new IOException(t.file() + ":" + r.line() + ": Launch_Date: missing");
                last = last == null || d.isAfter(last) ? d : last;
                payloadCount++;
                String sc = r.get(state), id = sc == null ? null : LaunchesGenerator.id(sc);
                if (id == null || !knownIds.contains(id)) { unGcat.merge(sc == null ? "(none)" : sc, 1, Integer::sum); continue; }
                payloads.computeIfAbsent(id, k -> new TreeMap<>()).merge(d.getYear(), 1, Integer::sum);
            }
        }
        Map<String, Integer> ucs = new TreeMap<>();
        int ucsCount = 0;
        try (TabularFile t = TabularFile.open(ucsFile, TabularFile.Style.SEMICOLON)) {
            int country = t.require("Country of Operator/Owner"), norad = t.require("NORAD Number");
            for (TabularFile.Row r; (r = t.next()) != null; ) {
                if (r.get(norad) == null && r.get(country) == null) continue; // the empty rows at the end
                ucsCount++;
                String c = r.get(country);
                if (c == null) { unUcs.merge("(empty)", 1, Integer::sum); continue; }
                for (String part : c.split("/")) {
                    String p = part.strip();
                    String id = UCS_SPELLINGS.containsKey(p) ? UCS_SPELLINGS.get(p) : CountryNames.iso(p);
                    if (id == null || !knownIds.contains(id)) unUcs.merge(p, 1, Integer::sum);
                    else ucs.merge(id, 1, Integer::sum);
                }
            }
        }
        StringBuilder y = new StringBuilder(header(payloadCount, ucsCount, unGcat, unUcs));
        y.append("statements:\n");
        int statements = 0;
        for (var e : payloads.entrySet()) {
            y.append("  # ---- ").append(e.getKey()).append(": ").append(e.getValue().values().stream().mapToInt(Integer::intValue).sum())
             .append(" payloads put in orbit; ").append(ucs.getOrDefault(e.getKey(), 0)).append(" operational satellites in UCS 2023-05-01 ----\n");
            for (var yr : e.getValue().entrySet()) {
                boolean partial = yr.getKey() == last.getYear() && !last.equals(LocalDate.of(last.getYear(), 12, 31));
                y.append("  - {subject: ").append(e.getKey()).append(", property: payloads-launched, value: ").append(yr.getValue())
                 .append(", unit: payloads, from: ").append(yr.getKey()).append(", until: ").append(partial ? last + ", note: \"partial year: the log ends on " + last + "\"" : yr.getKey())
                 .append(", source: ").append(GCAT_SOURCE).append(", section: \"SatState ").append(code(e.getKey())).append("; Type P; Launch_Date in ")
                 .append(yr.getKey()).append("; Launch_Code O* or D*, second letter S\"}\n");
                statements++;
            }
        }
        y.append("  # ---- UCS Satellite Database, operational satellites on 2023-05-01, by Country of Operator/Owner ----\n");
        for (var e : ucs.entrySet()) {
            y.append("  - {subject: ").append(e.getKey()).append(", property: satellites-in-orbit, value: ").append(e.getValue())
             .append(", unit: satellites, from: ").append(UCS_DAY).append(", until: ").append(UCS_DAY).append(", source: ").append(UCS_SOURCE)
             .append(", section: \"Country of Operator/Owner naming ").append(e.getKey().equals("esa") ? "ESA" : e.getKey()).append(" (alone or with others)\"}\n");
            statements++;
        }
        LaunchesGenerator.atomicWrite(out, y.toString());
        return new Outcome(payloadCount, ucsCount, statements, unGcat, unUcs);
    }

    private static String code(String id) {
        if (id.equals("esa")) return "I-ESA";
        List<String> codes = new ArrayList<>();
        for (var e : GcatStates.mapping().entrySet()) if (e.getValue().equals(id)) codes.add(e.getKey());
        codes.sort(java.util.Comparator.comparingInt(String::length).thenComparing(c -> c));
        return codes.isEmpty() ? id : codes.get(0);
    }

    private static String header(int payloads, int ucs, Map<String, Integer> unGcat, Map<String, Integer> unUcs) {
        Map<String, Integer> topGcat = top(unGcat), topUcs = top(unUcs);
        return """
                # Generated by `astropol generate spacecraft GCATDIR --ucs FILE` (SpacecraftGenerator). Do not edit: regenerate.
                # Method: docs/data-format.md, "Spacecraft counts".
                #
                # payloads-launched (per owner state and year): payloads (launchlog.tsv rows with Type P) on a successful
                #   orbital or deep-space launch (Launch_Code O* or D*, second letter S), by the owner's state SatState; GCAT
                #   launch log, source gcat-launchlog-2024. %d payloads. Owners that are no state of data/ are not
                #   attributed: international organisations (I-INT Intelsat, I-EUM EUMETSAT, ...), territories; ESA (I-ESA)
                #   counts for the organisation esa. Most attributed to no state: %s.
                # satellites-in-orbit (on 2023-05-01): the %d operational satellites of the UCS Satellite Database, edition
                #   of 2023-05-01 (source ucs-2023), by "Country of Operator/Owner". A satellite naming several states
                #   ("USA/Japan") counts once for each; "ESA" counts for esa; "Multinational" (operators of several states,
                #   in this edition mostly Eutelsat, Arabsat, ABS, EUMETSAT) for nobody. Not attributed: %s.

                """.formatted(payloads, topGcat, ucs, topUcs);
    }

    private static Map<String, Integer> top(Map<String, Integer> m) {
        Map<String, Integer> out = new LinkedHashMap<>();
        m.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(12).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

}
