package org.astropol.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.astropol.curation.CuratedDataReader;
import org.astropol.ingest.Review;
import org.astropol.model.KnowledgeBase;
import org.astropol.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The review workflow over HTTP, on a temporary copy of the web fixture's data folder and a temporary database with
 * one ingested document: the list as {@code review list --format json} gives it, and the token-guarded writes.
 */
class ReviewApiTest {
    static final ObjectMapper M = new ObjectMapper();
    static final String TOKEN = "test-review-token-0123456789abcdef";
    static final String AGREEMENT = "China and Russia signed a memorandum on the International Lunar Research Station in March 2021.";

    @TempDir Path tmp;
    Path data, db;
    KnowledgeBase kb;
    WebServer open, guarded;

    @BeforeEach
    void setUp() throws Exception {
        Path src = Path.of(TestServer.class.getResource("/webfixture/data").toURI());
        data = tmp.resolve("data");
        try (Stream<Path> walk = Files.walk(src)) {
            for (Path p : walk.toList()) {
                Path t = data.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t); else Files.copy(p, t);
            }
        }
        kb = CuratedDataReader.read(data).knowledgeBase();
        db = tmp.resolve("var/astropol.duckdb");
        Path text = tmp.resolve("lunar-report.txt");
        Files.writeString(text, TestServer.DOCUMENT_TEXT);
        try (Connection c = Database.openWritable(db)) {
            var ids = kb.entities().stream().map(org.astropol.model.Entity::id).collect(java.util.stream.Collectors.toSet());
            var r = new org.astropol.ingest.Ingester(new org.astropol.ingest.DocumentLoader(1 << 20),
                    new org.astropol.ingest.Extractor(org.astropol.ingest.Gazetteer.of(kb)), ids, p -> { }).ingest(c, List.of(text));
            assertThat(r.ingested()).as("fixture text ingested: " + r.errors()).isEqualTo(1);
        }
        WebConfig base = WebConfig.defaults().withPort(0).withRateLimit(10_000, 10_000).withDatabase(db);
        open = WebServer.start(kb, base.withReview(data, null));
        guarded = WebServer.start(kb, base.withReview(data, TOKEN));
    }

    @AfterEach
    void tearDown() {
        if (open != null) open.close();
        if (guarded != null) guarded.close();
    }

    static String url(WebServer s, String path) { return "http://127.0.0.1:" + s.port() + path; }

    static HttpResponse<String> post(WebServer s, String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(s, path))).POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) b.header("Authorization", authorization);
        return TestServer.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode list(String query) throws Exception {
        var r = TestServer.send("GET", url(guarded, "/api/v1/review" + query), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return M.readTree(r.body()).get("candidates");
    }

    /** The id of the pending candidate quoting the agreement sentence (subject CHN). */
    String agreement() throws Exception {
        for (JsonNode c : list("")) if (c.get("quote").asText().equals(AGREEMENT)) return c.get("id").asText();
        throw new AssertionError("no candidate quoting the agreement: " + list(""));
    }

    @Test
    void listGivesTheCandidatesAsTheCommandLineDoesWithoutAToken() throws Exception {
        JsonNode cs = list("");
        assertThat(cs).isNotEmpty();
        List<Review.Candidate> expected;
        try (Connection c = Database.openReadOnly(db)) { expected = Review.candidates(c, false); }
        assertThat(cs).isEqualTo(M.readTree(WebServer.JSON.writeValueAsString(Review.rows(kb, expected))));
        JsonNode first = cs.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "status", "type", "subjects", "object", "value", "date", "file", "quote", "conflicts", "corroborates");
        assertThat(first.get("status").asText()).isEqualTo("pending");
        assertThat(first.get("file").asText()).isEqualTo("lunar-report.txt");
        assertThat(agreement()).hasSize(12);
        var bad = TestServer.send("GET", url(open, "/api/v1/review?x=1"), null);
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    @Test
    void writesWithoutAConfiguredTokenAreForbidden() throws Exception {
        String id = agreement();
        for (String auth : new String[]{null, "Bearer " + TOKEN, "Bearer "}) {
            for (String action : List.of("accept", "reject")) {
                var r = post(open, "/api/v1/review/" + id + "/" + action, auth);
                assertThat(r.statusCode()).as(action + " " + auth).isEqualTo(403);
                assertThat(M.readTree(r.body())).isEqualTo(M.readTree("{\"error\": \"writes are disabled: no review token configured\", \"status\": 403}"));
            }
        }
        assertThat(Files.exists(data.resolve(Review.FILE))).isFalse();
        assertThat(list("")).allMatch(c -> c.get("status").asText().equals("pending"));
    }

    @Test
    void writesWithoutTheRightTokenAreUnauthorised() throws Exception {
        String id = agreement();
        List<String> wrong = new ArrayList<>(java.util.Arrays.asList(null, "", "Bearer", "Bearer ", "Bearer wrong", "Bearer " + TOKEN + "x",
                "Bearer " + TOKEN.substring(1), "Basic " + TOKEN, TOKEN, "Bearer " + TOKEN.toUpperCase(java.util.Locale.ROOT)));
        for (String auth : wrong) {
            for (String action : List.of("accept", "reject")) {
                var r = post(guarded, "/api/v1/review/" + id + "/" + action, auth);
                assertThat(r.statusCode()).as(action + " with " + auth).isEqualTo(401);
                assertThat(r.headers().firstValue("www-authenticate").orElse("")).startsWith("Bearer");
                JsonNode j = M.readTree(r.body());
                assertThat(j.get("status").asInt()).isEqualTo(401);
                assertThat(j.get("error").asText()).doesNotContain(TOKEN);
            }
        }
        // the id is not looked at before the token is: an unknown one is still 401
        assertThat(post(guarded, "/api/v1/review/ffffffffffff/accept", "Bearer nope").statusCode()).isEqualTo(401);
        assertThat(Files.exists(data.resolve(Review.FILE))).isFalse();
        assertThat(list("")).allMatch(c -> c.get("status").asText().equals("pending"));
    }

    @Test
    void acceptWithTheTokenWritesACitedStatementThatPassesCheck() throws Exception {
        String id = agreement();
        var r = post(guarded, "/api/v1/review/" + id + "/accept", "Bearer " + TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode j = M.readTree(r.body());
        assertThat(j.get("id").asText()).isEqualTo(id);
        assertThat(j.get("status").asText()).isEqualTo("accepted");
        assertThat(j.get("file").asText()).isEqualTo("reviewed/accepted.yaml");
        assertThat(j.get("statement").get("quote").asText()).isEqualTo(AGREEMENT);
        assertThat(j.get("statement").get("source").asText()).isEqualTo(j.get("source").asText());

        Path written = data.resolve(Review.FILE);
        List<String> lines = Files.readAllLines(written);
        int line = j.get("line").asInt();
        assertThat(lines.get(line - 1)).isEqualTo("  - subject: \"" + j.get("statement").get("subject").asText() + "\"");
        assertThat(lines.subList(line - 1, lines.size())).contains("    quote: \"" + AGREEMENT + "\"", "    source: \"" + j.get("source").asText() + "\"");
        assertThat(Files.readString(written)).contains("document: \"lunar-report.txt\"");

        var check = CuratedDataReader.read(data);
        assertThat(check.problems()).as("check passes").isEmpty();
        assertThat(check.knowledgeBase().statementsAbout(j.get("statement").get("subject").asText()))
                .anyMatch(s -> s.citations().stream().anyMatch(c -> c.sourceId().equals(j.get("source").asText())));

        assertThat(list("")).noneMatch(c -> c.get("id").asText().equals(id));
        assertThat(list("?all=true")).anyMatch(c -> c.get("id").asText().equals(id) && c.get("status").asText().equals("accepted"));
        var again = post(guarded, "/api/v1/review/" + id + "/accept", "Bearer " + TOKEN);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(M.readTree(again.body()).get("error").asText()).contains("already accepted");
        String written1 = Files.readString(written);
        var reject = post(guarded, "/api/v1/review/" + id + "/reject", "bearer " + TOKEN);
        assertThat(reject.statusCode()).as("scheme ignores case; an accepted candidate cannot be rejected").isEqualTo(409);
        assertThat(M.readTree(reject.body()).get("error").asText()).contains("already accepted");
        assertThat(Files.readString(written)).isEqualTo(written1);
        assertThat(list("?all=true")).anyMatch(c -> c.get("id").asText().equals(id) && c.get("status").asText().equals("accepted"));
    }

    @Test
    void rejectWithTheTokenMarksTheCandidateRejected() throws Exception {
        String id = agreement();
        var r = post(guarded, "/api/v1/review/" + id.substring(0, 8) + "/reject", "Bearer " + TOKEN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(M.readTree(r.body())).isEqualTo(M.readTree("{\"id\": \"" + id + "\", \"status\": \"rejected\"}"));
        assertThat(list("")).noneMatch(c -> c.get("id").asText().equals(id));
        assertThat(list("?all=true")).anyMatch(c -> c.get("id").asText().equals(id) && c.get("status").asText().equals("rejected"));
        try (Connection c = Database.openReadOnly(db); var st = c.prepareStatement("SELECT status, decided_at IS NOT NULL FROM candidate WHERE id = ?")) {
            st.setString(1, id);
            try (var rs = st.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("rejected");
                assertThat(rs.getBoolean(2)).isTrue();
            }
        }
        assertThat(Files.exists(data.resolve(Review.FILE))).as("rejecting writes no data").isFalse();
        var accept = post(guarded, "/api/v1/review/" + id + "/accept", "Bearer " + TOKEN);
        assertThat(accept.statusCode()).isEqualTo(409);
    }

    @Test
    void unknownMalformedAndSqlLikeIdsGetAClientError() throws Exception {
        for (String action : List.of("accept", "reject")) {
            var r = post(guarded, "/api/v1/review/ffffffffffff/" + action, "Bearer " + TOKEN);
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(M.readTree(r.body()).get("error").asText()).contains("no candidate ffffffffffff");
        }
        List<String> nasty = List.of("' OR '1'='1", "'; DROP TABLE candidate; --", "%", "%25", "_", "____", "\" OR 1=1 --", "abc' UNION SELECT * FROM document --",
                "%' AND 1=1 --", "\\'; --", "a%b", "..", "a b");
        for (String n : nasty) {
            for (String action : List.of("accept", "reject")) {
                var r = post(guarded, "/api/v1/review/" + URLEncoder.encode(n, StandardCharsets.UTF_8).replace("+", "%20") + "/" + action, "Bearer " + TOKEN);
                assertThat(r.statusCode()).as(n + " " + action + " -> " + r.body()).isBetween(400, 499);
                if (r.body().startsWith("{")) assertThat(M.readTree(r.body()).get("error").asText()).doesNotContain("Exception");
            }
        }
        assertThat(list("")).isNotEmpty().allMatch(c -> c.get("status").asText().equals("pending"));
        assertThat(Files.exists(data.resolve(Review.FILE))).isFalse();
    }

    @Test
    void everyOtherWriteIsStillRefused() throws Exception {
        String id = agreement();
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            var r = TestServer.send(method, url(guarded, "/api/v1/review/" + id + "/accept"), "{}");
            assertThat(r.statusCode()).as(method).isEqualTo(405);
        }
        for (String path : List.of("/api/v1/review", "/api/v1/review/" + id, "/api/v1/review/" + id + "/delete", "/api/v1/entities/CHN", "/")) {
            assertThat(post(guarded, path, "Bearer " + TOKEN).statusCode()).as("POST " + path).isEqualTo(405);
        }
        assertThat(list("")).allMatch(c -> c.get("status").asText().equals("pending"));
    }

    @Test
    void theTokenMustBeStrongAndIsNeverShown() {
        assertThatThrownBy(() -> WebConfig.defaults().withReview(data, "short")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 16");
        assertThatThrownBy(() -> WebConfig.defaults().withReview(data, "with spaces in the token")).isInstanceOf(IllegalArgumentException.class);
        assertThat(WebConfig.defaults().withReview(data, TOKEN).toString()).doesNotContain(TOKEN).contains("reviewToken=(set)");
    }
}
