package org.astropol.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Voeten / unvotes layout: roll calls, votes and issues CSVs (or the space_* subset) into {@code un_roll_call},
 * {@code un_vote} and {@code un_roll_call_issue}. Takes the folder or the roll-calls file (its sibling votes and
 * issues files are read with it). When space_roll_calls.csv is present its space_category is attached to the roll calls.
 */
public final class UnvotesImporter implements Importer {
    public static final TableSpec ROLL_CALL = TableSpec.of("un_roll_call", List.of("rcid"),
            "rcid BIGINT", "session INTEGER", "important_vote BOOLEAN", "date DATE", "unres", "resolution", "amend BOOLEAN", "para BOOLEAN",
            "short", "descr", "space_category");
    public static final TableSpec VOTE = TableSpec.of("un_vote", List.of("rcid", "country"),
            "rcid BIGINT", "state", "country_code", "country", "vote");
    public static final TableSpec ISSUE = TableSpec.of("un_roll_call_issue", List.of("rcid", "short_name"),
            "rcid BIGINT", "short_name", "issue");

    @Override public String kind() { return "unvotes"; }
    @Override public String description() { return "UN GA votes, Voeten/unvotes layout (folder or roll-calls CSV) -> un_roll_call, un_vote, un_roll_call_issue"; }
    @Override public List<TableSpec> tables() { return List.of(ROLL_CALL, VOTE, ISSUE); }

    @Override public List<Path> resolve(List<Path> paths) {
        if (paths.size() != 1) return paths;
        Path p = paths.get(0);
        Path dir = Files.isDirectory(p) ? p : p.toAbsolutePath().getParent();
        boolean space = Files.isDirectory(p) ? !Files.exists(dir.resolve("un_roll_calls.csv")) : p.getFileName().toString().startsWith("space_");
        List<Path> out = new ArrayList<>();
        if (space) {
            out.add(Files.isDirectory(p) ? dir.resolve("space_roll_calls.csv") : p);
            out.add(dir.resolve("space_votes.csv"));
        } else {
            out.add(Files.isDirectory(p) ? dir.resolve("un_roll_calls.csv") : p);
            out.add(dir.resolve("un_votes.csv"));
            if (Files.exists(dir.resolve("un_roll_call_issues.csv"))) out.add(dir.resolve("un_roll_call_issues.csv"));
            if (Files.exists(dir.resolve("space_roll_calls.csv"))) out.add(dir.resolve("space_roll_calls.csv"));
        }
        return out;
    }

    @Override public void read(List<Path> files, Sink sink) throws IOException {
        Path rollCalls = null, votes = null, issues = null, spaceRollCalls = null;
        for (Path f : files) {
            try (TabularFile tf = TabularFile.open(f, TabularFile.Style.CSV)) {
                if (tf.column("vote") >= 0) votes = f;
                else if (tf.column("issue") >= 0) issues = f;
                else if (tf.column("space_category") >= 0) spaceRollCalls = f;
                else rollCalls = f; // its columns are checked when it is read
            }
        }
        if (rollCalls == null) { rollCalls = spaceRollCalls; spaceRollCalls = null; }
        if (rollCalls == null) throw new ImportException("unvotes: no roll-calls file among " + files);
        if (votes == null) throw new ImportException("unvotes: no votes file (un_votes.csv) next to " + rollCalls);

        Map<Long, String> categories = new HashMap<>();
        if (spaceRollCalls != null) {
            try (TabularFile tf = TabularFile.open(spaceRollCalls, TabularFile.Style.CSV)) {
                int rcid = tf.require("rcid"), cat = tf.require("space_category");
                TabularFile.Row row;
                while ((row = tf.next()) != null) {
                    try {
                        Long id = Values.integer("rcid", row.get(rcid));
                        if (id != null) categories.put(id, row.get(cat));
                    } catch (BadValueException e) { /* reported when that file is the roll-calls file */ }
                }
            }
        }
        Map<Long, LocalDate> dates = new HashMap<>();
        Path rc = rollCalls;
        try (TabularFile tf = TabularFile.open(rc, TabularFile.Style.CSV)) {
            int rcid = tf.require("rcid"), session = tf.require("session"), important = tf.column("importantvote"), date = tf.require("date"),
                    unres = tf.require("unres"), amend = tf.column("amend"), para = tf.column("para"), shortCol = tf.column("short"),
                    descr = tf.column("descr"), cat = tf.column("space_category");
            sink.each(tf, row -> {
                Long id = Values.integer("rcid", Values.required("rcid", row.get(rcid)));
                LocalDate d = Values.isoDate("date", row.get(date));
                dates.put(id, d);
                String category = cat >= 0 ? row.get(cat) : categories.get(id);
                sink.row(ROLL_CALL, rc, row.line(), id, Values.smallInt("session", row.get(session)), flag("importantvote", row.get(important)), d,
                        row.get(unres), UnStates.resolutionSymbol(row.get(unres)), flag("amend", row.get(amend)), flag("para", row.get(para)),
                        row.get(shortCol), row.get(descr), category);
            });
        }
        Path vf = votes;
        try (TabularFile tf = TabularFile.open(vf, TabularFile.Style.CSV)) {
            int rcid = tf.require("rcid"), country = tf.require("country"), code = tf.require("country_code"), vote = tf.require("vote");
            sink.each(tf, row -> {
                Long id = Values.integer("rcid", Values.required("rcid", row.get(rcid)));
                if (!dates.containsKey(id)) throw new BadValueException("rcid", "roll call " + id + " is not in " + rc.getFileName());
                String v = Values.required("vote", row.get(vote)).toLowerCase(Locale.ROOT);
                if (!v.equals("yes") && !v.equals("no") && !v.equals("abstain")) throw new BadValueException("vote", "must be yes, no or abstain: '" + row.get(vote) + "'");
                String name = Values.required("country", row.get(country));
                // "NA" is Namibia: row.get keeps it (only empty cells are missing)
                String cc = row.get(code);
                sink.row(VOTE, vf, row.line(), id, UnStates.fromAlpha2(cc, name, dates.get(id)), cc, name, v);
            });
        }
        if (issues != null) {
            Path isf = issues;
            try (TabularFile tf = TabularFile.open(isf, TabularFile.Style.CSV)) {
                int rcid = tf.require("rcid"), sn = tf.require("short_name"), issue = tf.require("issue");
                sink.each(tf, row -> sink.row(ISSUE, isf, row.line(), Values.integer("rcid", Values.required("rcid", row.get(rcid))),
                        Values.required("short_name", row.get(sn)), row.get(issue)));
            }
        }
    }

    static Boolean flag(String field, String v) {
        if (v == null) return null;
        return switch (v) {
            case "1" -> true;
            case "0" -> false;
            default -> throw new BadValueException(field, "must be 0 or 1: '" + v + "'");
        };
    }
}
