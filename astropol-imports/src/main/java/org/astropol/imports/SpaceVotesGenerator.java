package org.astropol.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Writes the curated recorded votes of 1946-2019 (data/votes/voeten/) from E. Voeten's roll-call data in the unvotes
 * layout: every General Assembly roll call whose short title or description mentions outer space, one YAML file per
 * session, positions per state with the roll-call id as locator (source {@code unvotes-voeten}), members not listed
 * as absent. Deterministic: the same input gives the same files. Hand-kept facts (press tallies) live in other files,
 * so regenerating never overwrites them.
 */
public final class SpaceVotesGenerator {
    private SpaceVotesGenerator() {}

    public static final String SOURCE = "unvotes-voeten";
    private static final Pattern OUTER_SPACE = Pattern.compile("outer\\s+space", Pattern.CASE_INSENSITIVE);
    /** Verbatim meeting-record descriptions quote the titles of other items; only their short title is matched. */
    private static final Pattern VERBATIM = Pattern.compile("^The (Acting )?President:");
    /** The SFRY's seat ends here; YU rows between this day and Serbia's admission would have no state. */
    private static final LocalDate SFRY_END = LocalDate.of(1992, 9, 22);

    /**
     * Roll calls whose symbol or date the dataset gets wrong, each with the record that shows it. rcid 567 is dated
     * 1958-12-01 with unres R/13/621, but Guinea (admitted 12 December 1958) votes in it: it is the plenary vote on
     * resolution 1348 (XIII) of 13 December 1958 (the resolution text, UNOOSA gares_13_1348).
     */
    static final Map<Long, Correction> CORRECTIONS = Map.of(567L, new Correction("A/RES/1348(XIII)", LocalDate.of(1958, 12, 13),
            "the dataset dates this roll call 1958-12-01 with unres R/13/621; Guinea, admitted on 12 December 1958, votes in it: "
                    + "it is the plenary vote on resolution 1348 (XIII) of 13 December 1958 (source oosa-gares-13-1348)"));

    record Correction(String symbol, LocalDate date, String note) {}

    record RollCallRow(long rcid, int session, LocalDate date, String unres, boolean amend, boolean para, String shortTitle, String descr) {}

    public record Outcome(int rollCalls, int positions, int files, int firstYear, int lastYear) {}

    /** Selects, maps and writes; {@code dir} is the unvotes folder, {@code out} the folder for the session files (replaced). */
    public static Outcome generate(Path dir, Path out) throws IOException {
        Map<Long, RollCallRow> selected = new TreeMap<>();
        for (RollCallRow r : rollCalls(dir.resolve("un_roll_calls.csv"))) {
            if (!isOuterSpace(r)) continue;
            Correction c = CORRECTIONS.get(r.rcid());
            selected.put(r.rcid(), c == null ? r : new RollCallRow(r.rcid(), r.session(), c.date(), r.unres(), r.amend(), r.para(), r.shortTitle(), r.descr()));
        }
        Map<Long, Map<String, List<String>>> votes = new HashMap<>();
        try (InputStream in = Files.newInputStream(dir.resolve("un_votes.csv")); DelimitedReader reader = new DelimitedReader(in, ',', true)) {
            Map<String, Integer> col = header(reader.next(), "un_votes.csv", "rcid", "country", "country_code", "vote");
            for (DelimitedReader.Record rec; (rec = reader.next()) != null; ) {
                if (rec.blank()) continue;
                if (rec.problem() != null) throw new IOException("un_votes.csv:" + rec.line() + ": " + rec.problem());
                String[] f = rec.fields();
                long rcid = Long.parseLong(f[col.get("rcid")].strip());
                RollCallRow rc = selected.get(rcid);
                if (rc == null) continue;
                String state = state(f[col.get("country_code")], f[col.get("country")], rc.date());
                if (state == null) throw new IOException("un_votes.csv:" + rec.line() + ": country: no state id for '" + f[col.get("country")] + "' on " + rc.date());
                String vote = f[col.get("vote")].strip().toLowerCase(Locale.ROOT);
                if (!List.of("yes", "no", "abstain").contains(vote)) throw new IOException("un_votes.csv:" + rec.line() + ": vote: unknown vote '" + vote + "'");
                votes.computeIfAbsent(rcid, k -> new TreeMap<>()).computeIfAbsent(vote, k -> new ArrayList<>()).add(state);
            }
        }
        Map<Integer, List<RollCallRow>> bySession = new TreeMap<>();
        for (RollCallRow r : selected.values()) bySession.computeIfAbsent(r.session(), k -> new ArrayList<>()).add(r);
        Files.createDirectories(out);
        try (var old = Files.list(out)) {
            for (Path p : old.filter(p -> p.getFileName().toString().matches("ga-session-\\d+\\.yaml")).toList()) Files.delete(p);
        }
        int positions = 0;
        Map<String, Integer> wholeTextSymbols = new HashMap<>();
        for (RollCallRow r : selected.values()) if (!r.amend() && !r.para()) wholeTextSymbols.merge(symbol(r), 1, Integer::sum);
        for (var e : bySession.entrySet()) {
            StringBuilder y = new StringBuilder();
            y.append("# Generated by `astropol generate space-votes DIR` from E. Voeten's UN General Assembly roll-call data (unvotes layout):\n")
             .append("# every roll call of session ").append(e.getKey()).append(" whose short title or description mentions outer space.\n")
             .append("# Do not edit: regenerate, and add other sources' tallies in data/votes/tallies-1958-2019.yaml.\n")
             .append("votes:\n");
            for (RollCallRow r : e.getValue()) positions += write(y, r, votes.getOrDefault(r.rcid(), Map.of()), wholeTextSymbols.getOrDefault(symbol(r), 0) > 1);
            atomicWrite(out.resolve("ga-session-" + e.getKey() + ".yaml"), y.toString());
        }
        int first = selected.values().stream().mapToInt(r -> r.date().getYear()).min().orElse(0);
        int last = selected.values().stream().mapToInt(r -> r.date().getYear()).max().orElse(0);
        return new Outcome(selected.size(), positions, bySession.size(), first, last);
    }

    static boolean isOuterSpace(RollCallRow r) {
        if (OUTER_SPACE.matcher(r.shortTitle()).find()) return true;
        return !VERBATIM.matcher(r.descr()).find() && OUTER_SPACE.matcher(r.descr()).find();
    }

    /** The topic from the roll call's words, most specific first. */
    static String topic(RollCallRow r) {
        String t = (r.shortTitle() + " " + r.descr()).toLowerCase(Locale.ROOT);
        if (t.contains("first placement")) return "no-first-placement";
        if (t.contains("further practical measures")) return "further-practical-measures";
        if (t.contains("confidence")) return "tcbm";
        if (t.contains("arms race")) return "paros";
        // nuclear test-ban roll calls name outer space among the test environments: not arms control in space as such
        return "other";
    }

    /** A/RES/69/32 from R/69/32; sessions before the 31st numbered resolutions N (SESSION), written A/RES/N(ROMAN). */
    static String symbol(RollCallRow r) {
        Correction c = CORRECTIONS.get(r.rcid());
        if (c != null) return c.symbol();
        String s = UnStates.resolutionSymbol(r.unres());
        if (s == null) return "rcid-" + r.rcid();
        var m = Pattern.compile("A/RES/(\\d+)/(\\d{4})([A-Z]?)").matcher(s);
        if (r.session() < 31 && m.matches()) return "A/RES/" + m.group(2) + m.group(3) + "(" + roman(r.session()) + ")";
        return s;
    }

    static String state(String code, String name, LocalDate date) {
        if ("YU".equalsIgnoreCase(code.strip()) && !date.isBefore(SFRY_END) && date.isBefore(UnStates.SERBIA_ADMITTED)) return null;
        return UnStates.fromAlpha2(code, name, date);
    }

    private static int write(StringBuilder y, RollCallRow r, Map<String, List<String>> votes, boolean sharedSymbol) {
        String scope = r.amend() ? "amendment" : r.para() ? "paragraph" : "whole-text";
        String sym = symbol(r);
        String locator = "rcid " + r.rcid();
        y.append("  - symbol: ").append(quote(sym)).append('\n');
        if (scope.equals("whole-text") && sharedSymbol) y.append("    id: ").append(quote(sym + "#rcid-" + r.rcid())).append('\n');
        y.append("    date: ").append(r.date()).append('\n')
         .append("    body: ga-plenary\n")
         .append("    title: ").append(quote(title(r))).append('\n')
         .append("    topic: ").append(topic(r)).append('\n')
         .append("    scope: ").append(scope).append('\n');
        if (!scope.equals("whole-text")) y.append("    part: rcid-").append(r.rcid()).append('\n');
        if (CORRECTIONS.containsKey(r.rcid())) y.append("    note: ").append(quote(CORRECTIONS.get(r.rcid()).note())).append('\n');
        else if (r.session() < 31 && !sym.contains("(")) y.append("    note: ").append(quote("symbol as the dataset writes it (" + r.unres() + "); not the resolution's own number")).append('\n');
        int yes = votes.getOrDefault("yes", List.of()).size(), no = votes.getOrDefault("no", List.of()).size(), abstain = votes.getOrDefault("abstain", List.of()).size();
        y.append("    tally: {yes: ").append(yes).append(", no: ").append(no).append(", abstain: ").append(abstain)
         .append(", source: ").append(SOURCE).append(", section: ").append(quote(locator + ", counted from un_votes.csv")).append("}\n");
        y.append("    positions:\n      source: ").append(SOURCE).append("\n      section: ").append(quote(locator)).append('\n');
        for (String v : List.of("yes", "no", "abstain")) {
            List<String> states = new ArrayList<>(new TreeSet<>(votes.getOrDefault(v, List.of())));
            if (states.size() != votes.getOrDefault(v, List.of()).size()) throw new IllegalStateException("rcid " + r.rcid() + ": a state voted twice");
            y.append("      ").append(v).append(": ").append(flowList(states, 8 + v.length())).append('\n');
        }
        y.append("      others: absent\n");
        return yes + no + abstain;
    }

    private static String title(RollCallRow r) {
        String t = r.shortTitle().isBlank() ? r.descr() : r.shortTitle();
        t = t.replaceAll("\\s*:\\s*resolution\\s*/\\s*adopted by the General Assembly.*$", "").replaceAll("\\s+", " ").strip();
        return t.length() > 160 ? t.substring(0, 157) + "..." : t;
    }

    /** Ids as a YAML flow list wrapped at 118 columns (also used by UndlSpaceVotesGenerator). */
    static String flowList(List<String> ids, int indent) {
        StringBuilder b = new StringBuilder("[");
        int width = indent + 1;
        for (int i = 0; i < ids.size(); i++) {
            String item = ids.get(i) + (i + 1 < ids.size() ? ", " : "");
            if (width + item.length() > 118) { b.append('\n').append(" ".repeat(indent + 1)); width = indent + 1; }
            b.append(item);
            width += item.length();
        }
        return b.append(']').toString().replaceAll(" +\n", "\n");
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String roman(int n) {
        int[] v = {50, 40, 10, 9, 5, 4, 1};
        String[] s = {"L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) while (n >= v[i]) { b.append(s[i]); n -= v[i]; }
        return b.toString();
    }

    private static List<RollCallRow> rollCalls(Path file) throws IOException {
        List<RollCallRow> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); DelimitedReader reader = new DelimitedReader(in, ',', true)) {
            Map<String, Integer> col = header(reader.next(), file.getFileName().toString(), "rcid", "session", "date", "unres", "amend", "para", "short", "descr");
            for (DelimitedReader.Record rec; (rec = reader.next()) != null; ) {
                if (rec.blank()) continue;
                String[] f = rec.fields();
                try {
                    out.add(new RollCallRow(Long.parseLong(f[col.get("rcid")].strip()), Integer.parseInt(f[col.get("session")].strip()),
                            LocalDate.parse(f[col.get("date")].strip()), f[col.get("unres")], flag(f[col.get("amend")]), flag(f[col.get("para")]),
                            f[col.get("short")], f[col.get("descr")]));
                } catch (RuntimeException e) {
                    throw new IOException(file.getFileName() + ":" + rec.line() + ": " + e.getMessage());
                }
            }
        }
        return out;
    }

    private static boolean flag(String s) { return s.strip().equals("1"); }

    private static Map<String, Integer> header(DelimitedReader.Record h, String file, String... required) throws IOException {
        if (h == null) throw new IOException(file + ":1: empty file");
        Map<String, Integer> col = new LinkedHashMap<>();
        for (int i = 0; i < h.fields().length; i++) col.put(h.fields()[i].strip().toLowerCase(Locale.ROOT), i);
        for (String r : required) if (!col.containsKey(r)) throw new IOException(file + ":1: missing required column " + r + " (the header has: " + String.join(", ", col.keySet()) + ")");
        return col;
    }

    private static void atomicWrite(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
