package org.astropol.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The document tables of the database: {@code document}, {@code passage}, {@code mention},
 * {@code document_entity} and {@code candidate}. They are created if missing and never dropped by a build
 * (which only recreates the curated tables), and each document is written in one transaction.
 */
public final class DocumentStore {

    public static final List<String> TABLES = List.of("document", "passage", "mention", "document_entity", "candidate");

    private static final String[] DDL = {
            """
            CREATE TABLE IF NOT EXISTS document (id VARCHAR PRIMARY KEY, file VARCHAR NOT NULL, format VARCHAR NOT NULL,
              title VARCHAR, chars INTEGER NOT NULL, corpus_id VARCHAR, citation VARCHAR, date VARCHAR, source_url VARCHAR,
              language VARCHAR, metadata JSON, ingested_at TIMESTAMP NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS passage (document VARCHAR NOT NULL, ordinal INTEGER NOT NULL, start_offset INTEGER NOT NULL,
              end_offset INTEGER NOT NULL, text VARCHAR NOT NULL, PRIMARY KEY (document, ordinal))""",
            """
            CREATE TABLE IF NOT EXISTS mention (document VARCHAR NOT NULL, passage INTEGER NOT NULL, start_offset INTEGER NOT NULL,
              end_offset INTEGER NOT NULL, entity VARCHAR NOT NULL, text VARCHAR NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS document_entity (document VARCHAR NOT NULL, entity VARCHAR NOT NULL, via VARCHAR NOT NULL,
              mentions INTEGER NOT NULL, PRIMARY KEY (document, entity))""",
            """
            CREATE TABLE IF NOT EXISTS candidate (id VARCHAR PRIMARY KEY, document VARCHAR NOT NULL, start_offset INTEGER NOT NULL,
              end_offset INTEGER NOT NULL, type VARCHAR NOT NULL, subjects VARCHAR NOT NULL, object VARCHAR, value VARCHAR,
              date VARCHAR, quote VARCHAR NOT NULL, extractor VARCHAR NOT NULL, status VARCHAR NOT NULL DEFAULT 'pending',
              decided_at TIMESTAMP)"""
    };

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Connection c;

    public DocumentStore(Connection c) {
        this.c = c;
        try (Statement st = c.createStatement()) {
            for (String ddl : DDL) st.execute(ddl);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the document tables: " + e.getMessage(), e);
        }
    }

    public boolean contains(String documentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM document WHERE id = ?")) {
            ps.setString(1, documentId);
            try (ResultSet rs = ps.executeQuery()) { return rs.next(); }
        }
    }

    public record Stored(int passages, int mentions, int candidates, List<String> linked) {}

    /**
     * Stores one loaded document with its passages, mentions, entity links and candidate statements in one
     * transaction; an older document read from the same file is replaced.
     */
    public Stored store(DocumentLoader.LoadedDocument d, Extractor extractor, java.util.Set<String> knownIds) throws SQLException {
        List<Passages.Passage> passages = Passages.split(d.text());
        Extractor.Result r = extractor.extract(d.text());
        Map<String, Object> md = d.metadata();
        Map<String, String[]> links = new LinkedHashMap<>();   // entity -> {via, count}
        String corpusId = str(md.get("corpus_id"));
        if (corpusId != null) {
            String instrument = extractor.gazetteer().instrumentOfCorpusText(corpusId);
            if (instrument != null && (knownIds == null || knownIds.contains(instrument))) links.put(instrument, new String[]{"metadata", "0"});
            String jurisdiction = str(md.get("jurisdiction"));
            if (jurisdiction != null && knownIds != null && knownIds.contains(jurisdiction)) links.putIfAbsent(jurisdiction, new String[]{"metadata", "0"});
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (var m : r.mentions()) counts.merge(m.id(), 1, Integer::sum);
        for (var e : counts.entrySet()) {
            String[] prev = links.get(e.getKey());
            links.put(e.getKey(), new String[]{prev == null ? "mention" : prev[0] + "+mention", String.valueOf(e.getValue())});
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            List<String> old = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM document WHERE file = ? AND id <> ?")) {
                ps.setString(1, d.file().toString());
                ps.setString(2, d.id());
                try (ResultSet rs = ps.executeQuery()) { while (rs.next()) old.add(rs.getString(1)); }
            }
            for (String o : old) delete(o);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO document VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())")) {
                ps.setString(1, d.id());
                ps.setString(2, d.file().toString());
                ps.setString(3, d.format());
                ps.setString(4, d.title());
                ps.setInt(5, d.text().length());
                ps.setString(6, corpusId);
                ps.setString(7, first(md, "official_citation", "identifier", "venue"));
                ps.setString(8, first(md, "adoption_date", "date", "version_id"));
                ps.setString(9, first(md, "source_url"));
                ps.setString(10, first(md, "language"));
                ps.setString(11, json(md));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO passage VALUES (?, ?, ?, ?, ?)")) {
                for (var p : passages) {
                    ps.setString(1, d.id()); ps.setInt(2, p.ordinal()); ps.setInt(3, p.start()); ps.setInt(4, p.end()); ps.setString(5, p.text());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO mention VALUES (?, ?, ?, ?, ?, ?)")) {
                int pi = 0;
                for (var m : r.mentions()) {
                    while (pi + 1 < passages.size() && passages.get(pi).end() <= m.start()) pi++;
                    ps.setString(1, d.id()); ps.setInt(2, pi); ps.setInt(3, m.start()); ps.setInt(4, m.end()); ps.setString(5, m.id()); ps.setString(6, m.text());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO document_entity VALUES (?, ?, ?, ?)")) {
                for (var e : links.entrySet()) {
                    ps.setString(1, d.id()); ps.setString(2, e.getKey()); ps.setString(3, e.getValue()[0]); ps.setInt(4, Integer.parseInt(e.getValue()[1]));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO candidate (id, document, start_offset, end_offset, type, subjects, object, value, date, quote, extractor) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (var s : r.statements()) {
                    ps.setString(1, candidateId(d.id(), s));
                    ps.setString(2, d.id()); ps.setInt(3, s.start()); ps.setInt(4, s.end()); ps.setString(5, s.type());
                    ps.setString(6, String.join(",", s.subjects()));
                    ps.setString(7, s.object()); ps.setString(8, s.value()); ps.setString(9, s.date()); ps.setString(10, s.quote()); ps.setString(11, s.extractor());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return new Stored(passages.size(), r.mentions().size(), r.statements().size(), List.copyOf(links.keySet()));
    }

    static String candidateId(String doc, Extractor.Candidate s) {
        return DocumentLoader.sha256((doc + "|" + s.type() + "|" + s.start() + "|" + s.value() + "|" + s.object()).getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    private void delete(String doc) throws SQLException {
        for (String t : List.of("candidate", "document_entity", "mention", "passage")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + t + " WHERE document = ?")) { ps.setString(1, doc); ps.executeUpdate(); }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM document WHERE id = ?")) { ps.setString(1, doc); ps.executeUpdate(); }
    }

    private static String str(Object o) { return o == null ? null : String.valueOf(o); }

    private static String first(Map<String, Object> md, String... keys) {
        for (String k : keys) if (md.get(k) != null && !String.valueOf(md.get(k)).isBlank()) return String.valueOf(md.get(k));
        return null;
    }

    static String json(Object o) {
        try { return JSON.writeValueAsString(o); } catch (JsonProcessingException e) { throw new IllegalStateException(e); }
    }

    /** A fingerprint of the stored documents (for deciding whether the search index is current). */
    public String fingerprint() throws SQLException { return fingerprint(c); }

    /** The fingerprint over any connection, read-only ones included (no tables are created); "0:" + hash of nothing when there are no document tables. */
    public static String fingerprint(Connection c) throws SQLException {
        if (!hasTables(c)) return "0:" + DocumentLoader.sha256(new byte[0]);
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*), coalesce(string_agg(id, ',' ORDER BY id), '') FROM document")) {
            rs.next();
            return rs.getLong(1) + ":" + DocumentLoader.sha256(rs.getString(2).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** True when the document tables exist (a database nothing was ingested into has none). */
    public static boolean hasTables(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name IN ('document', 'passage', 'mention', 'document_entity')")) {
            rs.next();
            return rs.getInt(1) == 4;
        }
    }
}
