package org.astropol.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.astropol.store.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/** ingest, extract and search through the command line, on the curation fixture's knowledge base. */
class DocumentCommandsTest extends CliTestBase {

    @BeforeEach
    void writeDocuments() throws Exception {
        Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(tmp.resolve("docs/note.txt"), "Japan and Australia signed a memorandum on lunar exploration in March 2021.\n\n"
                + "The programme cost $3.8 billion from 2016-2017.\n");
        Files.writeString(tmp.resolve("docs/empty.md"), "");
    }

    static long count(Path db, String sql) throws Exception {
        try (var c = Database.openReadOnly(db); var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) { rs.next(); return rs.getLong(1); }
    }

    @Test
    void ingestReportsBadFilesKeepsGoodOnesAndDocumentTablesSurviveABuild() throws Exception {
        Run r = run("ingest", tmp.resolve("docs").toString());
        assertThat(r.code()).isEqualTo(Main.DATA_ERROR);
        assertThat(r.out()).contains("ingested 1 document, 0 unchanged, 1 failed");
        assertThat(r.err()).contains("empty.md: empty file");
        assertThat(count(db, "SELECT count(*) FROM passage")).isEqualTo(2);
        assertThat(count(db, "SELECT count(*) FROM mention WHERE entity IN ('JPN', 'AUS')")).isEqualTo(2);

        assertThat(run("build").code()).isZero();
        assertThat(count(db, "SELECT count(*) FROM document")).isEqualTo(1);
        assertThat(count(db, "SELECT count(*) FROM passage")).isEqualTo(2);
        assertThat(count(db, "SELECT count(*) FROM mention")).isGreaterThanOrEqualTo(2);
        assertThat(count(db, "SELECT count(*) FROM candidate")).isEqualTo(1);

        Run again = run("ingest", tmp.resolve("docs/note.txt").toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("ingested 0 documents, 1 unchanged, 0 failed");

        Run s = run("search", "memorandum", "--format", "json");
        assertThat(s.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(s.out());
        assertThat(j.get("query").asText()).isEqualTo("memorandum");
        JsonNode hit = j.get("hits").get(0);
        assertThat(hit.get("file").asText()).endsWith("note.txt");
        assertThat(hit.get("start").asInt()).isZero();
        assertThat(hit.get("snippet").asText()).contains("**memorandum**");
        assertThat(hit.has("document") && hit.has("title") && hit.has("end") && hit.has("score")).isTrue();
        assertThat(new ObjectMapper().readTree(run("search", "memorandum", "--entity", "JPN", "--format", "json").out()).get("hits")).hasSize(1);
        assertThat(new ObjectMapper().readTree(run("search", "memorandum", "--year", "1999", "--format", "json").out()).get("hits")).isEmpty();
    }

    @Test
    void extractPrintsTheIssueShape() throws Exception {
        Run r = run("extract", "--text-file", tmp.resolve("docs/note.txt").toString(), "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.fieldNames()).toIterable().containsExactly("mentions", "dates", "quantities", "statements");
        assertThat(j.get("mentions").get(0).fieldNames()).toIterable().containsExactly("id", "start", "end", "text");
        assertThat(j.get("mentions").get(0).get("id").asText()).isEqualTo("JPN");
        assertThat(j.get("dates").get(0).fieldNames()).toIterable().containsExactly("value", "precision", "text", "start", "end");
        assertThat(j.get("dates").get(0).get("value").asText()).isEqualTo("2021-03");
        JsonNode q = j.get("quantities").get(0);
        assertThat(q.fieldNames()).toIterable().containsExactly("value", "unit", "currency", "year", "text", "start", "end", "bound");
        assertThat(q.get("value").isNumber()).isTrue();
        assertThat(q.get("value").asLong()).isEqualTo(3_800_000_000L);
        assertThat(q.get("currency").asText()).isEqualTo("USD");
        assertThat(q.get("year").asInt()).isEqualTo(2016);
        assertThat(j.get("statements").get(0).get("subjects")).extracting(JsonNode::asText).containsExactly("JPN", "AUS");

        Run bad = run("extract", "--text-file", tmp.resolve("docs/empty.md").toString());
        assertThat(bad.code()).isEqualTo(Main.DATA_ERROR);
        assertThat(bad.err()).contains("empty.md: empty file");
    }

    @Test
    void extractAcceptsTheMaxMbItsMessageNames() throws Exception {
        Path big = tmp.resolve("docs/big.txt");
        Files.writeString(big, "Japan and Australia signed an agreement in March 2021.\n".repeat(40_000));
        Run refused = run("extract", "--text-file", big.toString(), "--max-mb", "1");
        assertThat(refused.code()).isEqualTo(Main.DATA_ERROR);
        assertThat(refused.err()).contains("larger than the 1 MB limit for one document (split it, or raise --max-mb)");
        Run raised = run("extract", "--text-file", big.toString(), "--max-mb", "4", "--format", "json");
        assertThat(raised.code()).as(raised.err()).isZero();
        assertThat(new ObjectMapper().readTree(raised.out()).get("mentions").size()).isPositive();
    }

    @Test
    void reviewAcceptsACandidateAsACitedStatementThatPassesCheckAndRemembersRejections() throws Exception {
        Files.writeString(tmp.resolve("docs/more.txt"), "Japan became the fourth country capable of reaching the Moon in 2024.\n");
        Files.delete(tmp.resolve("docs/empty.md"));
        assertThat(run("ingest", tmp.resolve("docs").toString()).code()).isZero();
        Run listed = run("review", "list", "--format", "json");
        assertThat(listed.code()).as(listed.err()).isZero();
        JsonNode list = new ObjectMapper().readTree(listed.out());
        assertThat(list.get("candidates")).hasSize(2);
        String agreement = null, ranking = null;
        for (JsonNode c : list.get("candidates")) {
            if (c.get("type").asText().equals("agreement")) agreement = c.get("id").asText();
            if (c.get("type").asText().equals("ranking")) ranking = c.get("id").asText();
        }
        assertThat(ranking).as(list.toString()).isNotNull();
        Run acc = run("review", "accept", agreement);
        assertThat(acc.err()).isEmpty();
        assertThat(acc.code()).isZero();
        Path written = data.resolve("reviewed/accepted.yaml");
        String yaml = Files.readString(written);
        assertThat(yaml).contains("subject: \"JPN\"").contains("property: \"description\"")
                .contains("quote: \"Japan and Australia signed a memorandum on lunar exploration in March 2021.\"")
                .contains("document: \"note.txt\"");
        assertThat(run("check").code()).isZero();
        assertThat(run("review", "accept", agreement).err()).contains("already accepted");

        assertThat(run("review", "accept", ranking.substring(0, 6)).code()).isZero();
        assertThat(Files.readString(written)).contains("property: \"ranking-claim\"").contains("value: \"fourth country capable of reaching the Moon in 2024\"");
        assertThat(run("check").code()).isZero();
        assertThat(run("build").code()).isZero();
        assertThat(run("entity", "JPN", "--format", "json").out()).contains("ranking-claim");

        Files.writeString(tmp.resolve("docs/third.txt"), "Australia and Japan concluded an agreement on tracking in May 2022.\n");
        run("ingest", tmp.resolve("docs/third.txt").toString());
        String third = new ObjectMapper().readTree(run("review", "list", "--format", "json").out()).get("candidates").get(0).get("id").asText();
        assertThat(run("review", "reject", third).code()).isZero();
        assertThat(new ObjectMapper().readTree(run("review", "list", "--format", "json").out()).get("candidates")).isEmpty();
        run("ingest", tmp.resolve("docs/third.txt").toString());
        assertThat(new ObjectMapper().readTree(run("review", "list", "--format", "json").out()).get("candidates")).isEmpty();
        assertThat(run("review", "list", "--all").out()).contains("rejected").contains("accepted");
    }

    @Test
    void reviewShowsCandidatesThatContradictTheKnowledgeBaseWithBothSides() throws Exception {
        Files.writeString(data.resolve("topics/shares.yaml"), """
                statements:
                  - subject: JPN
                    property: share-of-launches
                    value: 4
                    unit: percent
                    year: 2020
                    source: test-doc
                    page: 1
                """);
        Files.writeString(tmp.resolve("docs/shares.txt"), "In 2020 Japan accounted for 9% of global launches.\n");
        Files.delete(tmp.resolve("docs/empty.md"));
        assertThat(run("ingest", tmp.resolve("docs/shares.txt").toString()).code()).isZero();
        JsonNode c = new ObjectMapper().readTree(run("review", "list", "--format", "json").out()).get("candidates").get(0);
        assertThat(c.get("type").asText()).isEqualTo("share");
        assertThat(c.get("value").asText()).isEqualTo("9");
        assertThat(c.get("conflicts")).extracting(JsonNode::asText).containsExactly("kb: share-of-launches 4 percent (2020) [test-doc]");
    }
}
