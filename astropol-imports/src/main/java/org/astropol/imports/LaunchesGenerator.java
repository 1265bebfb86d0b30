package org.astropol.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes data/datasets/launches.yaml: orbital launch attempts (and successes) per state and year from the GCAT launch
 * log, attributed three ways (docs/data-format.md, "Launch counts"):
 * <ul>
 *   <li>{@code provider-parent} (default, properties {@code orbital-launches} and {@code successful-orbital-launches}):
 *   the state of the launch provider's ultimate parent organisation in orgs.tsv on the launch day (Rocket Lab Ltd. ->
 *   Rocket Lab USA -> US);</li>
 *   <li>{@code vehicle-state} ({@code orbital-launches-vehicle-state}): GCAT's LVState as written;</li>
 *   <li>{@code site-state} ({@code orbital-launches-site-state}): the state of the launch site in sites.tsv, a
 *   dependent territory counted for its sovereign state (Kourou, French Guiana -> France).</li>
 * </ul>
 * Deterministic: the same files give the same output. The hand-checked first launches live in launch-firsts.yaml.
 */
public final class LaunchesGenerator {
    private LaunchesGenerator() {}

    public static final String SOURCE = "gcat-launchlog-2024";

    enum Attribution {
        PROVIDER_PARENT("orbital-launches", "successful-orbital-launches", "provider's ultimate parent state"),
        VEHICLE_STATE("orbital-launches-vehicle-state", null, "LVState"),
        SITE_STATE("orbital-launches-site-state", null, "launch site state");
        final String attempts, successes, label;
        Attribution(String attempts, String successes, String label) { this.attempts = attempts; this.successes = successes; this.label = label; }
    }

    record Launch(String tag, LocalDate date, String agency, String lvState, String site, boolean success) {}

    /** Per attribution: the number of launches given to each id, and those left unattributed per GCAT code. */
    public record Outcome(int launches, int statements, Map<String, Map<String, Integer>> unattributed) {}

    /** Reads launchlog.tsv, orgs.tsv and sites.tsv from {@code gcatDir}; {@code knownIds} are the state (and esa) ids of data/. */
    public static Outcome generate(Path gcatDir, Path out, Set<String> knownIds) throws IOException {
        List<Launch> launches = launches(gcatDir.resolve("launchlog.tsv"));
        GcatOrgs orgs = GcatOrgs.read(gcatDir.resolve("orgs.tsv"));
        Map<String, String> sites = sites(gcatDir.resolve("sites.tsv"));
        // state id -> attribution -> year -> {attempts, successes}
        Map<String, Map<Attribution, TreeMap<Integer, int[]>>> counts = new HashMap<>();
        Map<String, LocalDate> firstLaunch = new HashMap<>();
        Map<String, Map<String, Integer>> unattributed = new LinkedHashMap<>();
        for (Attribution a : Attribution.values()) unattributed.put(a.name().toLowerCase().replace('_', '-'), new TreeMap<>());
        for (Launch l : launches) {
            for (Attribution a : Attribution.values()) {
                String code = switch (a) {
                    case PROVIDER_PARENT -> l.agency() == null ? null : orgs.ultimateParentState(l.agency().split("/")[0], l.date());
                    case VEHICLE_STATE -> l.lvState();
                    case SITE_STATE -> {
                        String s = sites.get(Values.stripUncertain(l.site() == null ? "" : l.site()));
                        yield s == null ? null : orgs.sovereign(s, c -> knownIds.contains(String.valueOf(id(c))));
                    }
                };
                String id = code == null ? null : id(code);
                if (id == null || !knownIds.contains(id) || !orgs.stateExists(code, l.date())) {
                    String why = code == null ? "(none)" : code + (id != null && knownIds.contains(id) ? " (state not existing on the day)" : "");
                    unattributed.get(a.name().toLowerCase().replace('_', '-')).merge(why, 1, Integer::sum);
                    continue;
                }
                int[] c = counts.computeIfAbsent(id, k -> new HashMap<>()).computeIfAbsent(a, k -> new TreeMap<>())
                        .computeIfAbsent(l.date().getYear(), k -> new int[2]);
                c[0]++;
                if (l.success()) c[1]++;
                firstLaunch.merge(id, l.date(), (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        List<String> order = new ArrayList<>(counts.keySet());
        order.sort(Comparator.comparing((String s) -> firstLaunch.get(s)).thenComparing(s -> s));
        LocalDate lastLaunch = launches.stream().map(Launch::date).max(Comparator.naturalOrder()).orElseThrow();
        String partialUntil = lastLaunch.equals(LocalDate.of(lastLaunch.getYear(), 12, 31)) ? null : lastLaunch.toString();
        StringBuilder y = new StringBuilder(header(launches.size(), unattributed));
        int statements = 0;
        y.append("statements:\n");
        for (String s : order) {
            Map<Attribution, TreeMap<Integer, int[]>> byAttribution = counts.get(s);
            y.append("  # ---- ").append(s).append(':');
            for (Attribution a : Attribution.values()) {
                var m = byAttribution.getOrDefault(a, new TreeMap<>());
                int att = m.values().stream().mapToInt(c -> c[0]).sum(), ok = m.values().stream().mapToInt(c -> c[1]).sum();
                y.append(' ').append(a.name().toLowerCase().replace('_', '-')).append(' ').append(att);
                if (a.successes != null) y.append(" (").append(ok).append(" successful)");
                y.append(a == Attribution.SITE_STATE ? " ----\n" : ",");
            }
            for (Attribution a : Attribution.values()) {
                for (var e : byAttribution.getOrDefault(a, new TreeMap<>()).entrySet()) {
                    String section = a.label + " " + code(s) + "; Launch_Date in " + e.getKey() + "; distinct Launch_Tag, Launch_Code O* or D*";
                    String until = e.getKey() == lastLaunch.getYear() && partialUntil != null ? partialUntil : null;
                    y.append(statement(s, a.attempts, e.getValue()[0], e.getKey(), until, section));
                    statements++;
                    if (a.successes != null) {
                        y.append(statement(s, a.successes, e.getValue()[1], e.getKey(), until, section + ", second letter S"));
                        statements++;
                    }
                }
            }
        }
        atomicWrite(out, y.toString());
        return new Outcome(launches.size(), statements, unattributed);
    }

    /** The id of data/ for a GCAT state code: ESA (I-ESA) is the organisation esa, states by {@link GcatStates}. */
    static String id(String gcatCode) {
        return "I-ESA".equals(Values.stripUncertain(gcatCode)) ? "esa" : GcatStates.iso(gcatCode);
    }

    private static String code(String id) {
        if (id.equals("esa")) return "I-ESA";
        return GcatStates.mapping().entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey)
                .min(Comparator.comparingInt(String::length).thenComparing(c -> c)).orElse(id);
    }

    /** One yearly count; {@code partialUntil} (the log's last launch day) ends the last, partial year. */
    private static String statement(String subject, String property, int value, int year, String partialUntil, String section) {
        String until = partialUntil == null ? String.valueOf(year)
                : partialUntil + ", note: \"partial year: this copy of the GCAT launch log ends with the launch of " + partialUntil + "\"";
        return "  - {subject: " + subject + ", property: " + property + ", value: " + value + ", unit: launches, from: " + year + ", until: " + until
                + ", source: " + SOURCE + ", section: \"" + section + "\"}\n";
    }

    private static String header(int launches, Map<String, Map<String, Integer>> unattributed) {
        StringBuilder h = new StringBuilder();
        h.append("""
                # Generated by `astropol generate launches DIR` (LaunchesGenerator) from the GCAT launch log (J. McDowell,
                # planet4589.org/space/gcat; launchlog.tsv, launches 1957-10-04 .. 2024-12-08, source gcat-launchlog-2024),
                # orgs.tsv (gcat-orgs-2026-03) and sites.tsv (gcat-sites-2024-11). Do not edit: regenerate. The hand-checked
                # first launches and first satellites are in launch-firsts.yaml. Method: docs/data-format.md, "Launch counts".
                #
                # - One launch = one distinct Launch_Tag (the log has one row per payload). Year = year of Launch_Date (UTC).
                # - Orbital launch attempt = Launch_Code starting O (orbital) or D (the 219 successful launches to the Moon and
                #   planets, which carry international designations); X (ascents from the lunar surface) is left out.
                #   Successful = second letter S. 2024 ends at 2024-12-08 (partial year).
                # - orbital-launches, successful-orbital-launches (default): the state of the launch provider's ultimate
                #   parent organisation: Agency (the first code of a joint agency such as ESA/AE), then its Parent in
                #   orgs.tsv, repeatedly; the farthest organisation whose state existed on the launch day gives the state
                #   (Rocket Lab Ltd., NZ -> Rocket Lab USA, US; a Russian unit of 1997 whose recorded parents are Soviet
                #   ministries stays Russian).
                # - orbital-launches-vehicle-state: GCAT's LVState as written (the launch agency's state).
                # - orbital-launches-site-state: the StateCode of Launch_Site in sites.tsv; a dependent territory counts for
                #   its sovereign state (orgs.tsv Parent of its territory row: French Guiana -> France). GCAT codes
                #   Baikonur (GIK-5) as RU.
                # - A code with no entity in data/ (ELDO, the Cayman Islands, the Trust Territory of the Pacific Islands)
                #   or a state that did not exist on the launch day is not attributed.
                #
                """);
        h.append("# ").append(launches).append(" orbital launch attempts in the log. Not attributed:\n");
        for (var e : unattributed.entrySet()) {
            h.append("#   ").append(e.getKey()).append(": ");
            if (e.getValue().isEmpty()) h.append("none");
            List<String> parts = new ArrayList<>();
            for (var u : e.getValue().entrySet()) parts.add(u.getKey() + " " + u.getValue());
            h.append(String.join(", ", parts)).append('\n');
        }
        return h.append('\n').toString();
    }

    private static List<Launch> launches(Path file) throws IOException {
        Map<String, Launch> byTag = new LinkedHashMap<>();
        try (TabularFile t = TabularFile.open(file, TabularFile.Style.GCAT)) {
            int tag = t.require("Launch_Tag"), date = t.require("Launch_Date"), agency = t.require("Agency"), lv = t.require("LVState"),
                    site = t.require("Launch_Site"), code = t.require("Launch_Code");
            for (TabularFile.Row r; (r = t.next()) != null; ) {
                String tg = r.get(tag), lc = r.get(code);
                if (tg == null || lc == null || byTag.containsKey(tg)) continue;
                if (lc.charAt(0) != 'O' && lc.charAt(0) != 'D') continue;
                LocalDate d;
                try {
                    d = Values.gcatDate("Launch_Date", r.get(date));
                } catch (BadValueException e) {
                    throw new IOException(file + ":" + r.line() + ": Launch_Date: " + e.getMessage());
                }
                if (d == null) throw new IOException(file + ":" + r.line() + ": Launch_Date: missing");
                byTag.put(tg, new Launch(tg, d, r.get(agency), r.get(lv), r.get(site), lc.length() > 1 && lc.charAt(1) == 'S'));
            }
        }
        return new ArrayList<>(byTag.values());
    }

    private static Map<String, String> sites(Path file) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (TabularFile t = TabularFile.open(file, TabularFile.Style.GCAT)) {
            int site = t.require("Site"), state = t.require("StateCode");
            for (TabularFile.Row r; (r = t.next()) != null; ) if (r.get(site) != null && r.get(state) != null) out.putIfAbsent(r.get(site), r.get(state));
        }
        return out;
    }

    static void atomicWrite(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
