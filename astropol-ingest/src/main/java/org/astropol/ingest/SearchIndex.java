package org.astropol.ingest;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Full-text search over passages: a Lucene index (BM25) kept as a rebuildable folder beside the database.
 * The passage table is the source of truth; the index is rebuilt from it whenever the set of documents
 * changed (a stamp file records the fingerprint of the documents it was built from).
 */
public final class SearchIndex {

    public record Hit(String document, String file, String title, int start, int end, String snippet, float score) {}

    /** Length normalisation kept moderate so a paragraph that discusses a subject beats a short footnote naming it. */
    static final BM25Similarity SIMILARITY = new BM25Similarity(1.2f, 0.4f);
    private static final String STAMP = "astropol-index.stamp";

    private final Path dir;
    private final Analyzer analyzer = new StandardAnalyzer();

    /** Lucene logs a hint about the incubating vector API on every start; irrelevant for text search (held so it is not collected). */
    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");
    static { QUIET.setLevel(java.util.logging.Level.SEVERE); }

    public SearchIndex(Path dir) { this.dir = dir; }

    public static Path besideDatabase(Path dbFile) {
        Path parent = dbFile.toAbsolutePath().getParent();
        return parent.resolve("index");
    }

    /** Rebuilds the index when it is missing or was built from other documents; returns true when rebuilt. */
    public boolean ensureCurrent(Connection c) throws SQLException, IOException {
        String fp = DocumentStore.fingerprint(c);
        Path stamp = dir.resolve(STAMP);
        if (Files.isRegularFile(stamp) && Files.readString(stamp).strip().equals(fp)) return false;
        rebuild(c, fp);
        return true;
    }

    private void rebuild(Connection c, String fingerprint) throws SQLException, IOException {
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(STAMP));
        if (!DocumentStore.hasTables(c)) {
            // nothing ingested into this database (a new build, or an index left from another one): an empty index
            try (Directory d = FSDirectory.open(dir);
                 IndexWriter w = new IndexWriter(d, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
                w.commit();
            }
            Files.writeString(dir.resolve(STAMP), fingerprint + "\n", StandardCharsets.UTF_8);
            return;
        }
        Map<String, List<String>> docEntities = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT document, entity FROM document_entity")) {
            while (rs.next()) docEntities.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
        Map<String, Set<String>> passageEntities = new HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT DISTINCT document, passage, entity FROM mention")) {
            while (rs.next()) passageEntities.computeIfAbsent(rs.getString(1) + "#" + rs.getInt(2), k -> new LinkedHashSet<>()).add(rs.getString(3));
        }
        IndexWriterConfig cfg = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE).setSimilarity(SIMILARITY);
        try (Directory d = FSDirectory.open(dir); IndexWriter w = new IndexWriter(d, cfg);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("""
                     SELECT p.document, p.ordinal, p.start_offset, p.end_offset, p.text, d.file, d.title, d.corpus_id, d.date
                     FROM passage p JOIN document d ON d.id = p.document ORDER BY p.document, p.ordinal""")) {
            while (rs.next()) {
                String doc = rs.getString(1), text = rs.getString(5), file = rs.getString(6), corpus = rs.getString(8), date = rs.getString(9);
                Document ld = new Document();
                ld.add(new StringField("document", doc, Field.Store.YES));
                ld.add(new StoredField("file", file));
                ld.add(new StoredField("title", rs.getString(7) == null ? "" : rs.getString(7)));
                ld.add(new StoredField("start", rs.getInt(3)));
                ld.add(new StoredField("end", rs.getInt(4)));
                ld.add(new TextField("text", text, Field.Store.YES));
                Set<String> sources = new LinkedHashSet<>(List.of(doc, doc.substring(0, Math.min(12, doc.length())), Path.of(file).getFileName().toString()));
                if (corpus != null) sources.add(corpus);
                for (String s : sources) ld.add(new StringField("source", s, Field.Store.NO));
                Set<String> entities = new LinkedHashSet<>(docEntities.getOrDefault(doc, List.of()));
                entities.addAll(passageEntities.getOrDefault(doc + "#" + rs.getInt(2), Set.of()));
                for (String e : entities) ld.add(new StringField("entity", e.toLowerCase(Locale.ROOT), Field.Store.NO));
                Set<String> years = new LinkedHashSet<>();
                if (date != null && date.matches("^\\d{4}.*")) years.add(date.substring(0, 4));
                for (var dm : Extractor.dates(text)) years.add(dm.value().substring(0, 4));
                for (String y : years) ld.add(new StringField("year", y, Field.Store.NO));
                w.addDocument(ld);
            }
            w.commit();
        }
        Files.writeString(dir.resolve(STAMP), fingerprint + "\n", StandardCharsets.UTF_8);
    }

    public List<Hit> search(String queryText, String entity, String source, String year, int limit) throws IOException {
        if (!Files.isRegularFile(dir.resolve(STAMP))) return List.of();
        Query text;
        QueryParser parser = new QueryParser("text", analyzer);
        try {
            text = parser.parse(queryText);
        } catch (ParseException e) {
            try { text = parser.parse(QueryParser.escape(queryText)); } catch (ParseException e2) { throw new IllegalArgumentException("cannot parse query: " + queryText); }
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        if (entity != null) b.add(new TermQuery(new Term("entity", entity.toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        if (source != null) b.add(new TermQuery(new Term("source", source)), BooleanClause.Occur.FILTER);
        if (year != null) b.add(new TermQuery(new Term("year", year)), BooleanClause.Occur.FILTER);
        Query q = b.build();
        List<Hit> hits = new ArrayList<>();
        try (Directory d = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(d)) {
            IndexSearcher s = new IndexSearcher(r);
            s.setSimilarity(SIMILARITY);
            TopDocs top = s.search(q, limit);
            QueryScorer scorer = new QueryScorer(text, "text");
            Highlighter h = new Highlighter(new SimpleHTMLFormatter("**", "**"), scorer);
            h.setTextFragmenter(new SimpleSpanFragmenter(scorer, 220));
            var stored = s.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                Document doc = stored.document(sd.doc);
                String body = doc.get("text");
                String snippet;
                try {
                    snippet = h.getBestFragment(analyzer, "text", body);
                } catch (InvalidTokenOffsetsException e) {
                    snippet = null;
                }
                if (snippet == null) snippet = body.length() > 220 ? body.substring(0, 220) + "..." : body;
                hits.add(new Hit(doc.get("document"), doc.get("file"), doc.get("title"),
                        doc.getField("start").numericValue().intValue(), doc.getField("end").numericValue().intValue(),
                        snippet.replaceAll("\\s+", " ").strip(), sd.score));
            }
        }
        return hits;
    }
}
