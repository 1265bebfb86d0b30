package org.astropol.ingest;

import org.astropol.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Acceptance on the shared corpus (../shared): everything ingests, OST versions link alike, search finds Hongyan. */
class SharedCorpusTest {
    static final Path SHARED = Path.of(System.getProperty("astropol.root", ".")).resolve("../shared").normalize();
    @TempDir Path tmp;

    static Gazetteer fixture() throws Exception {
        List<Gazetteer.Entry> es = new ArrayList<>();
        Map<String, String> corpusTexts = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of(SharedCorpusTest.class.getResource("/gazetteer-fixture.tsv").toURI()), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] p = line.split("\t");
            // an instrument's corpus-law text is linked by the document's corpus_id, as Gazetteer.of does for such aliases
            if (p[1].startsWith(Gazetteer.CORPUS_TEXT)) corpusTexts.put(p[1].substring(Gazetteer.CORPUS_TEXT.length()), p[0]);
            else es.add(new Gazetteer.Entry(p[1], p[0], true));
        }
        return Gazetteer.ofEntries(es).withCorpusTexts(corpusTexts);
    }

    @Test void corpusAndCorpusLawIngestLinkAndSearch() throws Exception {
        assumeTrue(Files.isDirectory(SHARED.resolve("corpus")) && Files.isDirectory(SHARED.resolve("corpus-law")), "../shared not present: skipped");
        List<String> log = new ArrayList<>();
        try (Connection c = Database.openWritable(tmp.resolve("db.duckdb"))) {
            var r = new Ingester(new DocumentLoader(), new Extractor(fixture()), null, log::add)
                    .ingest(c, List.of(SHARED.resolve("corpus"), SHARED.resolve("corpus-law")));
            assertThat(r.errors()).isEmpty();
            assertThat(r.ingested()).isGreaterThanOrEqualTo(5 + 23);

            Map<String, TreeSet<String>> ost = new TreeMap<>();
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT d.metadata->>'version_id', e.entity, e.via FROM document d JOIN document_entity e ON e.document = d.id "
                            + "WHERE d.corpus_id = 'un/treaty/ost-1967'")) {
                while (rs.next()) ost.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
            }
            assertThat(ost).containsKeys("1967-01-27", "1967-01-27-zh", "1967-01-27-ru", "1967-01-27-fr", "1967-01-27-es");
            for (var e : ost.entrySet()) {
                assertThat(e.getValue()).as(e.getKey()).contains("outer-space-treaty", "USA", "GBR", "SUN");
            }
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT language, citation, source_url, date FROM document WHERE metadata->>'version_id' = '1967-01-27-zh'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("zh");
                assertThat(rs.getString(2)).contains("610 UNTS 205");
                assertThat(rs.getString(3)).startsWith("https://");
                assertThat(rs.getString(4)).isEqualTo("1966-12-19");
            }
            var index = new SearchIndex(tmp.resolve("index"));
            index.ensureCurrent(c);
            var hits = index.search("Hongyan constellation", null, null, null, 5);
            assertThat(Path.of(hits.get(0).file()).getFileName().toString()).startsWith("002_");
            assertThat(hits.get(0).snippet()).contains("**Hongyan** **constellation**");
            assertThat(hits.get(0).title()).contains("Ambitions in Space");
        }
    }
}
