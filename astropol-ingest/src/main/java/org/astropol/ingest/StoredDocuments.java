package org.astropol.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the ingested documents back (document, passage, mention and document_entity tables), over any connection,
 * read-only ones included; every query is parameterised. Used by the HTTP API and the document reader page.
 */
public final class StoredDocuments {
    private StoredDocuments() {}

    public record LinkedEntity(String id, String via, int mentions) {}

    public record Document(String id, String file, String format, String title, int chars, String corpusId, String citation,
                           String date, String sourceUrl, String language, int passages, List<LinkedEntity> entities) {}

    public record Mention(String id, int start, int end, String text) {}

    public record Passage(int ordinal, int start, int end, String text, List<Mention> mentions) {}

    public record Passages(String document, int count, List<Passage> passages) {}

    /** A document id: 8 to 64 lower-case hex digits (the SHA-256 of the file, or a prefix of it). */
    public static boolean wellFormedId(String id) { return id != null && id.matches("[0-9a-f]{8,64}"); }

    /** The full id of the one document whose id is or starts with {@code id}; null when none (or no document tables). */
    public static String resolve(Connection c, String id) throws SQLException {
        if (!wellFormedId(id) || !DocumentStore.hasTables(c)) return null;
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM document WHERE starts_with(id, ?) ORDER BY id LIMIT 2")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                List<String> ids = new ArrayList<>();
                while (rs.next()) ids.add(rs.getString(1));
                if (ids.size() > 1) throw new IllegalArgumentException("document id prefix '" + id + "' is ambiguous; give more characters");
                return ids.isEmpty() ? null : ids.get(0);
            }
        }
    }

    /** The document with the given full id, or null. */
    public static Document document(Connection c, String id) throws SQLException {
        if (!DocumentStore.hasTables(c)) return null;
        Document d = null;
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, file, format, title, chars, corpus_id, citation, date, source_url, language,
                       (SELECT count(*) FROM passage p WHERE p.document = d.id) FROM document d WHERE id = ?""")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                List<LinkedEntity> ents = new ArrayList<>();
                try (PreparedStatement pe = c.prepareStatement("SELECT entity, via, mentions FROM document_entity WHERE document = ? ORDER BY mentions DESC, entity")) {
                    pe.setString(1, id);
                    try (ResultSet re = pe.executeQuery()) {
                        while (re.next()) ents.add(new LinkedEntity(re.getString(1), re.getString(2), re.getInt(3)));
                    }
                } catch (SQLException missing) {
                    // a database from before document_entity existed: no linked entities
                }
                d = new Document(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getInt(11), ents);
            }
        }
        return d;
    }

    /** The passages of a document in order, each with its entity mentions (offsets into the whole text). */
    public static Passages passages(Connection c, String id) throws SQLException {
        Map<Integer, List<Mention>> byPassage = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT passage, entity, start_offset, end_offset, text FROM mention WHERE document = ? ORDER BY start_offset, end_offset")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) byPassage.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                        .add(new Mention(rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5)));
            }
        }
        List<Passage> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ordinal, start_offset, end_offset, text FROM passage WHERE document = ? ORDER BY ordinal")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Passage(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4), byPassage.getOrDefault(rs.getInt(1), List.of())));
            }
        }
        return new Passages(id, out.size(), out);
    }

    /** Every stored document, newest first by date then title (for listing). */
    public static List<Document> all(Connection c) throws SQLException {
        if (!DocumentStore.hasTables(c)) return List.of();
        List<String> ids = new ArrayList<>();
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM document ORDER BY title, id")) {
            while (rs.next()) ids.add(rs.getString(1));
        }
        List<Document> out = new ArrayList<>();
        for (String id : ids) out.add(document(c, id));
        return out;
    }
}
