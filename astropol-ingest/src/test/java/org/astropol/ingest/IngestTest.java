package org.astropol.ingest;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.astropol.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class IngestTest {
    @TempDir Path tmp;

    static final Gazetteer G = Gazetteer.ofEntries(List.of(
            new Gazetteer.Entry("China", "CHN", true), new Gazetteer.Entry("Russia", "RUS", true),
            new Gazetteer.Entry("Hongyan constellation", "hongyan", true), new Gazetteer.Entry("CASC", "casc", false)));

    Ingester ingester(List<String> log) {
        return new Ingester(new DocumentLoader(1024 * 1024), new Extractor(G), Set.of("CHN", "RUS", "hongyan", "casc"), log::add);
    }

    static long count(Connection c, String sql) throws Exception {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) { rs.next(); return rs.getLong(1); }
    }

    Path write(String name, String text) throws Exception {
        Path p = tmp.resolve("docs").resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test void goodFilesIngestBadFilesAreReportedOneByOneAndNothingPartialIsStored() throws Exception {
        write("a.txt", "China and Russia\n\nCASC is building the Hongyan constellation, with RMB 20 billion by 2022.\n");
        write("b.md", "# A note\n\nRussia signed an agreement in March 2021.\n");
        write("c.html", "<html><head><title>Page</title><script>var x = 1;</script></head><body><h1>Head</h1><p>China launched in <b>May 2020</b>.</p></body></html>");
        makePdf(tmp.resolve("docs/d.pdf"), "China launched the Hongyan constellation.");
        write("empty.txt", "");
        Files.write(tmp.resolve("docs/binary.txt"), new byte[]{'P', 'K', 3, 4, 0, 0, 1, 2, 0, 9});
        Files.write(tmp.resolve("docs/corrupt.pdf"), "%PDF-1.7\nthis is not really a pdf\n".getBytes(StandardCharsets.US_ASCII));
        Files.write(tmp.resolve("docs/latin1.txt"), "Caf\u00e9 in Fran\u00e7ais\n".getBytes(StandardCharsets.ISO_8859_1));
        try (RandomAccessFile f = new RandomAccessFile(tmp.resolve("docs/huge.txt").toFile(), "rw")) { f.setLength(200L * 1024 * 1024); }
        List<String> log = new ArrayList<>();
        try (Connection c = Database.openWritable(tmp.resolve("db.duckdb"))) {
            var r = ingester(log).ingest(c, List.of(tmp.resolve("docs")));
            assertThat(r.ingested()).isEqualTo(4);
            assertThat(r.errors()).hasSize(5);
            assertThat(String.join("\n", r.errors()))
                    .contains("empty.txt: empty file")
                    .contains("binary.txt: binary content")
                    .contains("corrupt.pdf: corrupt or unreadable PDF")
                    .contains("latin1.txt: line 1: not valid UTF-8")
                    .contains("huge.txt: file is 200 MB, larger than the 1 MB limit");
            assertThat(count(c, "SELECT count(*) FROM document")).isEqualTo(4);
            assertThat(count(c, "SELECT count(*) FROM document WHERE file LIKE '%empty%' OR file LIKE '%huge%' OR file LIKE '%latin1%'")).isZero();
            // offsets of passages and mentions point into the text
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT m.text, p.text, m.start_offset - p.start_offset, m.end_offset - p.start_offset FROM mention m "
                            + "JOIN passage p ON p.document = m.document AND p.ordinal = m.passage")) {
                int n = 0;
                while (rs.next()) { n++; assertThat(rs.getString(2).substring(rs.getInt(3), rs.getInt(4))).isEqualTo(rs.getString(1)); }
                assertThat(n).isGreaterThanOrEqualTo(7);
            }
            assertThat(count(c, "SELECT count(*) FROM document WHERE format = 'html' AND title = 'Page'")).isEqualTo(1);
            assertThat(count(c, "SELECT count(*) FROM passage WHERE text LIKE '%var x%'")).isZero();
            assertThat(count(c, "SELECT count(*) FROM document WHERE format = 'pdf'")).isEqualTo(1);
            assertThat(count(c, "SELECT count(*) FROM document_entity WHERE entity = 'hongyan'")).isEqualTo(2);
            assertThat(count(c, "SELECT count(*) FROM candidate WHERE type = 'agreement' AND subjects = 'RUS' AND date = '2021-03' AND status = 'pending'")).isEqualTo(1);
            long passages = count(c, "SELECT count(*) FROM passage");

            // re-ingesting the same content is a no-op
            var again = ingester(log).ingest(c, List.of(tmp.resolve("docs/a.txt"), tmp.resolve("docs/b.md")));
            assertThat(again.ingested()).isZero();
            assertThat(again.unchanged()).isEqualTo(2);
            assertThat(count(c, "SELECT count(*) FROM passage")).isEqualTo(passages);

            // changed content replaces the older version of the file
            write("a.txt", "Russia only.\n");
            assertThat(ingester(log).ingest(c, List.of(tmp.resolve("docs/a.txt"))).ingested()).isEqualTo(1);
            assertThat(count(c, "SELECT count(*) FROM document WHERE file LIKE '%a.txt'")).isEqualTo(1);
            assertThat(count(c, "SELECT count(*) FROM mention m JOIN document d ON d.id = m.document WHERE d.file LIKE '%a.txt'")).isEqualTo(1);

            // search over the passages, rebuilt from the table
            var index = new SearchIndex(tmp.resolve("index"));
            assertThat(index.ensureCurrent(c)).isTrue();
            assertThat(index.ensureCurrent(c)).isFalse();
            var hits = index.search("Hongyan constellation", null, null, null, 10);
            assertThat(hits).isNotEmpty();
            assertThat(hits.get(0).file()).endsWith("d.pdf");
            assertThat(hits.get(0).snippet()).contains("**Hongyan**");
            assertThat(index.search("launched", "CHN", null, null, 10)).extracting(SearchIndex.Hit::file).allSatisfy(f -> assertThat(f).matches(".*(c.html|d.pdf)"));
            assertThat(index.search("launched", null, null, "2020", 10)).extracting(SearchIndex.Hit::file).containsExactly(tmp.resolve("docs/c.html").toString());
            assertThat(index.search("launched", null, "d.pdf", null, 10)).hasSize(1);
        }
        assertThat(log).anyMatch(l -> l.contains("[####################] 9/9"));
    }

    @Test void anIndexLeftFromAnotherDatabaseIsEmptiedWhenNothingWasIngested() throws Exception {
        write("kept.txt", "The Hongyan constellation was announced by China.\n");
        Path index = tmp.resolve("index");
        try (Connection c = Database.openWritable(tmp.resolve("a.duckdb"))) {
            assertThat(ingester(new ArrayList<>()).ingest(c, List.of(tmp.resolve("docs"))).ingested()).isEqualTo(1);
            assertThat(new SearchIndex(index).ensureCurrent(c)).isTrue();
        }
        assertThat(new SearchIndex(index).search("Hongyan", null, null, null, 10)).hasSize(1);
        // a database nothing was ingested into has no document tables; the index of the other one must not be searched
        try (Connection c = Database.openWritable(tmp.resolve("b.duckdb"))) {
            assertThat(new SearchIndex(index).ensureCurrent(c)).isTrue();
            assertThat(new SearchIndex(index).ensureCurrent(c)).isFalse();
        }
        assertThat(new SearchIndex(index).search("Hongyan", null, null, null, 10)).isEmpty();
    }

    @Test void aFailureInsideTheTransactionLeavesNothing() throws Exception {
        Path f = write("ok.txt", "China and Russia.\n");
        try (Connection c = Database.openWritable(tmp.resolve("db.duckdb"))) {
            DocumentStore store = new DocumentStore(c);
            var d = new DocumentLoader().load(f);
            Extractor failing = new Extractor(G) {
                @Override public Result extract(String text) {
                    Result r = super.extract(text);
                    // a candidate whose quote is null violates NOT NULL: the insert fails after document and passages
                    return new Result(r.mentions(), r.dates(), r.quantities(),
                            List.of(new Candidate("agreement", List.of("CHN"), null, null, null, null, 0, 1, "x")));
                }
            };
            try {
                store.store(d, failing, null);
                throw new AssertionError("expected a failure");
            } catch (java.sql.SQLException expected) {
                // reported per file by the ingester
            }
            for (String t : DocumentStore.TABLES) assertThat(count(c, "SELECT count(*) FROM " + t)).as(t).isZero();
        }
    }

    static void makePdf(Path file, String text) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            doc.save(file.toFile());
        }
    }
}
