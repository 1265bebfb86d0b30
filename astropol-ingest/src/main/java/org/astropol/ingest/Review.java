package org.astropol.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.astropol.curation.CuratedDataReader;
import org.astropol.model.KnowledgeBase;
import org.astropol.model.Source;
import org.astropol.model.Statement;
import org.astropol.model.Value;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Review of candidate statements extracted from ingested documents, shared by {@code astropol review} and the
 * web API: list them, accept one into the curated data (a cited statement in data/reviewed/accepted.yaml, with
 * the document registered as a source; the data must still pass check or nothing is written), or reject it.
 * Decisions are made one at a time within a process ({@link #LOCK}).
 */
public final class Review {
    private Review() {}

    /** The accepted statements' file, relative to the data folder. */
    public static final String FILE = "reviewed/accepted.yaml";

    /** Held while a decision is made, so that two writers never interleave (the web server's requests, say). */
    private static final ReentrantLock LOCK = new ReentrantLock();

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Candidate(String id, String document, String file, String title, String corpusId, String type, List<String> subjects,
                            String object, String value, String date, String quote, String status, Map<String, Object> metadata) {}

    /**
     * What accepting wrote: the statement or relationship (as in the file), its source, where it is (file relative to
     * the data folder, 1-based line), and the outcome: {@code statement}; for a membership event {@code new} (a new
     * record), {@code corroboration} (the citation added to the record that says the same) or {@code conflict} (a new
     * record, both it and the one it contradicts marked disputed).
     */
    public record Accepted(String id, String file, Path path, int line, String source, Map<String, Object> statement, String outcome) {}

    /** Why a decision cannot be made; an IllegalArgumentException so the command line reports just the message. */
    public static final class ReviewException extends IllegalArgumentException {
        public enum Kind { UNKNOWN, AMBIGUOUS, ALREADY_DECIDED, NOT_LINKED, FAILS_CHECK }

        private final Kind kind;

        ReviewException(Kind kind, String message) {
            super(message);
            this.kind = kind;
        }

        public Kind kind() { return kind; }
    }

    /** Candidates in document order: all of them, or the pending ones only. */
    public static List<Candidate> candidates(Connection c, boolean all) throws Exception {
        return candidates(c, all ? "true" : "k.status = 'pending'", null);
    }

    private static List<Candidate> candidates(Connection c, String where, String arg) throws Exception {
        List<Candidate> out = new ArrayList<>();
        if (!DocumentStore.hasTables(c)) return out;
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT k.id, k.document, d.file, d.title, d.corpus_id, k.type, k.subjects, k.object, k.value, k.date, k.quote, k.status, d.metadata
                FROM candidate k JOIN document d ON d.id = k.document WHERE""" + " " + where + " ORDER BY d.file, k.start_offset")) {
            if (arg != null) ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String subjects = rs.getString(7);
                    @SuppressWarnings("unchecked") Map<String, Object> md = rs.getString(13) == null ? Map.of()
                            : JSON.readValue(rs.getString(13), Map.class);
                    out.add(new Candidate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            subjects == null || subjects.isEmpty() ? List.of() : List.of(subjects.split(",")), rs.getString(8), rs.getString(9),
                            rs.getString(10), rs.getString(11), rs.getString(12), md));
                }
            }
        }
        return out;
    }

    /** The candidate with this id or unique id prefix (LIKE wildcards in {@code id} are taken literally). */
    public static Candidate one(Connection c, String id) throws Exception {
        String literal = id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        List<Candidate> found = candidates(c, "k.id LIKE ? || '%' ESCAPE '\\'", literal);
        if (found.isEmpty()) throw new ReviewException(ReviewException.Kind.UNKNOWN, "no candidate " + id + " (see `astropol review list`)");
        if (found.size() > 1) {
            throw new ReviewException(ReviewException.Kind.AMBIGUOUS, "candidate id " + id + " is ambiguous: " + found.stream().map(Candidate::id).toList());
        }
        return found.get(0);
    }

    /**
     * The rows of {@code review list} (id, status, type, subjects, object, value, date, file, quote, conflicts,
     * corroborates): conflicts are the records of data/ the candidate contradicts, corroborates those it repeats.
     */
    public static List<Map<String, Object>> rows(KnowledgeBase kb, List<Candidate> cs) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Candidate k : cs) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", k.id()); r.put("status", k.status()); r.put("type", k.type()); r.put("subjects", k.subjects());
            r.put("object", k.object()); r.put("value", k.value()); r.put("date", k.date());
            r.put("file", Path.of(k.file()).getFileName().toString()); r.put("quote", k.quote());
            List<String> conflicts = new ArrayList<>(conflicts(kb, k)), corroborates = new ArrayList<>();
            if (k.type().equals("membership")) {
                for (AcceptingEvent.Finding f : AcceptingEvent.findings(kb, k)) {
                    if (f.outcome() == AcceptingEvent.Outcome.CONFLICT) conflicts.add(AcceptingEvent.describe(f.existing()));
                    if (f.outcome() == AcceptingEvent.Outcome.CORROBORATION) corroborates.add(AcceptingEvent.describe(f.existing()));
                }
            }
            r.put("conflicts", conflicts);
            r.put("corroborates", corroborates);
            rows.add(r);
        }
        return rows;
    }

    /** Rejects a pending candidate; the decision is kept. Returns the full id. */
    public static String reject(Connection c, String id) throws Exception {
        LOCK.lock();
        try {
            Candidate k = pending(c, id);
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                decide(c, k, "rejected");
                c.commit();
            } catch (Exception e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
            return k.id();
        } finally {
            LOCK.unlock();
        }
    }

    /**
     * Accepts a pending candidate: inserts it into {@code dataDir}/{@value #FILE} (the file's other text kept as it
     * is), checks the data, and marks the candidate accepted. The file is replaced atomically and the candidate's
     * status changes in one transaction committed after it; when check or the commit fails the file is restored.
     */
    public static Accepted accept(Connection c, Path dataDir, KnowledgeBase kb, String id) throws Exception {
        LOCK.lock();
        try {
            Candidate k = pending(c, id);
            if (k.type().equals("membership")) return acceptEvent(c, dataDir, kb, k);
            if (k.subjects().isEmpty() || kb.entity(k.subjects().get(0)).isEmpty()) {
                throw new ReviewException(ReviewException.Kind.NOT_LINKED,
                        "candidate " + k.id() + " has no linked subject in the knowledge base; add it by hand instead");
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            AcceptedFile.Edit edit = null;
            try {
                decide(c, k, "accepted");
                edit = write(dataDir, kb, k);
                c.commit();
                return edit.accepted();
            } catch (Exception e) {
                c.rollback();
                if (edit != null) edit.undo();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } finally {
            LOCK.unlock();
        }
    }

    /** A membership event: its relationships written (see {@link AcceptingEvent}), all files restored when anything fails. */
    private static Accepted acceptEvent(Connection c, Path dataDir, KnowledgeBase kb, Candidate k) throws Exception {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        DataEdits edits = new DataEdits();
        try {
            decide(c, k, "accepted");
            Accepted a = AcceptingEvent.write(dataDir, kb, k, edits);
            c.commit();
            return a;
        } catch (Exception e) {
            c.rollback();
            edits.undo();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static Candidate pending(Connection c, String id) throws Exception {
        Candidate k = one(c, id);
        if (!k.status().equals("pending")) {
            throw new ReviewException(ReviewException.Kind.ALREADY_DECIDED, "candidate " + k.id() + " is already " + k.status());
        }
        return k;
    }

    /** Records the decision unless another process decided the candidate meanwhile. */
    private static void decide(Connection c, Candidate k, String status) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("UPDATE candidate SET status = ?, decided_at = now() WHERE id = ? AND status = 'pending'")) {
            ps.setString(1, status);
            ps.setString(2, k.id());
            if (ps.executeUpdate() != 1) {
                throw new ReviewException(ReviewException.Kind.ALREADY_DECIDED, "candidate " + k.id() + " was decided meanwhile");
            }
        }
    }

    private static final java.util.Set<String> SHARE_PROPERTIES = java.util.Set.of("share", "share-of-launches", "share-of-satellites", "market-share");

    /**
     * What the knowledge base already says that this candidate contradicts, as "kb: PROPERTY VALUE [SOURCES]":
     * for a share, a share statement about the same subject and year with another value; for a ranking, a
     * ranking claim about the same achievement with another rank.
     */
    public static List<String> conflicts(KnowledgeBase kb, Candidate k) {
        List<String> out = new ArrayList<>();
        if (k.subjects().isEmpty()) return out;
        for (Statement s : kb.statementsAbout(k.subjects().get(0))) {
            String sources = s.citations().stream().map(c -> c.sourceId()).distinct().toList().toString();
            if (k.type().equals("share") && SHARE_PROPERTIES.contains(s.property()) && s.value() instanceof Value.Quantity q) {
                Integer year = k.date() == null ? null : Integer.parseInt(k.date().substring(0, 4));
                boolean sameYear = year != null && year.equals(q.year());
                boolean sameThing = s.note() != null && k.object() != null && s.note().toLowerCase(Locale.ROOT).contains(k.object().toLowerCase(Locale.ROOT));
                if ((sameYear || sameThing) && q.amount().compareTo(new java.math.BigDecimal(k.value())) != 0) {
                    out.add("kb: " + s.property() + " " + q.display() + " " + sources);
                }
            }
            if (k.type().equals("ranking") && s.property().equals("ranking-claim") && s.value() instanceof Value.Text t && k.object() != null) {
                String claim = t.text().toLowerCase(Locale.ROOT);
                String what = k.object().toLowerCase(Locale.ROOT).replaceFirst("^\\w+ ", "");   // without "country"
                if (claim.contains(what) && !claim.startsWith(ordinal(k.value()))) out.add("kb: ranking-claim " + t.text() + " " + sources);
            }
        }
        return out;
    }

    /** Inserts the statement (and the source when new) into data/reviewed/accepted.yaml; restores the file if check fails. */
    static AcceptedFile.Edit write(Path dataDir, KnowledgeBase kb, Candidate k) throws Exception {
        AcceptedFile file = AcceptedFile.read(dataDir.resolve(FILE));
        DocumentSource src = documentSource(kb, file, k);
        Map<String, Object> statement = statement(k, src.id());
        AcceptedFile.Edit edit = file.insert(src.registration(), statement);
        var check = CuratedDataReader.read(dataDir);
        if (!check.ok()) {
            edit.undo();
            throw new ReviewException(ReviewException.Kind.FAILS_CHECK, "the statement would not pass check, nothing written: "
                    + check.problems().stream().limit(3).map(Object::toString).toList());
        }
        return edit.with(new Accepted(k.id(), FILE, file.path(), edit.line(), src.id(), statement, "statement"));
    }

    /** The source a candidate's document is registered as, and its registration when it is new (null: registered already). */
    record DocumentSource(String id, Map<String, Object> registration) {}

    /** The document's source: the one registered for it in data/ or in the accepted file, else a new one. */
    static DocumentSource documentSource(KnowledgeBase kb, AcceptedFile file, Candidate k) {
        List<Map<String, Object>> sources = file.sources();
        String fileName = Path.of(k.file()).getFileName().toString();
        String sourceId = kb.sources().stream().filter(s -> fileName.equals(s.document())).map(Source::id).findFirst()
                .orElseGet(() -> sources.stream().filter(s -> fileName.equals(s.get("document")) && k.title().equals(s.get("title")))
                        .map(s -> String.valueOf(s.get("id"))).findFirst().orElse(null));
        if (sourceId != null) return new DocumentSource(sourceId, null);
        Map<String, Object> registration = newSource(kb, sources, k, fileName);
        return new DocumentSource((String) registration.get("id"), registration);
    }

    private static Map<String, Object> newSource(KnowledgeBase kb, List<Map<String, Object>> pending, Candidate k, String fileName) {
        Map<String, Object> md = k.metadata();
        String date = first(md, "adoption_date", "date", "version_id");
        if (date != null && !date.matches("\\d{4}(-\\d{2}){0,2}")) date = date.matches("^\\d{4}.*") ? date.substring(0, 4) : null;
        String base = slug(k.title()) + (date == null ? "" : "-" + date.substring(0, 4));
        String sid = base;
        for (int i = 2; kb.source(sid).isPresent() || kb.entity(sid).isPresent() || containsId(pending, sid); i++) sid = base + "-" + i;
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", sid);
        // no kind: data/sources/publishers.yaml gives it from the url or publisher (check says when no row covers them)
        s.put("title", k.title());
        if (first(md, "source_publisher", "venue") != null) s.put("publisher", first(md, "source_publisher", "venue"));
        if (date != null) s.put("date", date);
        if (first(md, "source_url") != null) { s.put("url", first(md, "source_url")); s.put("accessed", LocalDate.now().toString()); }
        s.put("document", fileName);
        return s;
    }

    private static Map<String, Object> statement(Candidate k, String sourceId) {
        Map<String, Object> st = new LinkedHashMap<>();
        st.put("subject", k.subjects().get(0));
        String others = k.subjects().size() > 1 ? " with " + String.join(", ", k.subjects().subList(1, k.subjects().size())) : "";
        switch (k.type()) {
            case "ranking" -> { st.put("property", "ranking-claim"); st.put("value", ordinal(k.value()) + " " + k.object()); }
            case "share" -> {
                st.put("property", "share"); st.put("value", k.value()); st.put("unit", "percent");
                if (k.date() != null) st.put("year", Integer.parseInt(k.date().substring(0, 4)));
                st.put("note", "share of " + k.object());
            }
            case "agreement" -> { st.put("property", "description"); st.put("value", "Signed a " + k.value() + others + (k.date() == null ? "" : " (" + k.date() + ")") + "."); }
            default -> { st.put("property", "description"); st.put("value", capitalise(k.value()) + " " + k.object() + (k.date() == null ? "" : " (" + k.date() + ")") + "."); }
        }
        st.put("source", sourceId);
        st.put("quote", k.quote());
        return st;
    }

    private static String ordinal(String n) {
        List<String> w = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");
        int i = Integer.parseInt(n);
        return i >= 1 && i <= 10 ? w.get(i - 1) : n + "th";
    }

    private static String capitalise(String s) { return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1); }

    private static boolean containsId(List<Map<String, Object>> items, String id) { return items.stream().anyMatch(m -> id.equals(m.get("id"))); }

    private static String first(Map<String, Object> md, String... keys) {
        for (String k : keys) if (md.get(k) != null && !String.valueOf(md.get(k)).isBlank()) return String.valueOf(md.get(k));
        return null;
    }

    public static String slug(String title) {
        String s = java.text.Normalizer.normalize(title == null ? "document" : title, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String[] parts = s.split("-");
        String out = String.join("-", java.util.Arrays.copyOf(parts, Math.min(5, parts.length)));
        return out.isEmpty() ? "document" : out;
    }

    /** The header of a new accepted file. */
    static final String HEADER = """
            # Statements accepted with `astropol review accept` from candidates extracted from ingested documents.
            # Written by the tool (sources registered from the documents, quotes verbatim); edit like any data file.
            """;

    /** One item of a block sequence, its dash at column {@code indent}: one line per key, strings double-quoted. */
    static String item(Map<String, Object> m, int indent) {
        StringBuilder b = new StringBuilder();
        String pad = " ".repeat(indent);
        boolean first = true;
        for (var e : m.entrySet()) {
            b.append(pad).append(first ? "- " : "  ").append(e.getKey()).append(": ").append(scalar(e.getValue())).append('\n');
            first = false;
        }
        return b.toString();
    }

    static String scalar(Object v) {
        if (v instanceof Number || v instanceof Boolean) return v.toString();
        String s = String.valueOf(v);
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\"";
    }
}
