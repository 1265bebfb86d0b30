package org.astropol.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.astropol.analysis.Comparison;
import org.astropol.analysis.Firsts;
import org.astropol.analysis.InstitutionalDensity;
import org.astropol.analysis.SpacePowerIndex;
import org.astropol.imports.AlignmentAnswers;
import org.astropol.imports.AlignmentVotes;
import org.astropol.imports.RecordedVotes;
import org.astropol.ingest.SearchIndex;
import org.astropol.model.KnowledgeBase;
import org.astropol.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analytics, UN vote and document endpoints over HTTP, on the fixture knowledge base and a fixture database
 * (unvotes imported with astropol-imports, a text ingested with astropol-ingest): each answer is the JSON the
 * matching command prints (built from the same library call), and bad requests are clear 4xx.
 */
class AnalyticsApiTest {
    @TempDir static Path tmp;
    static KnowledgeBase kb;
    static WebServer server, empty;
    static String base, emptyBase;
    static Path db;
    static final ObjectMapper M = TestServer.M;
    static final LocalDate DAY = LocalDate.of(2024, 6, 30);

    @BeforeAll
    static void start() throws Exception {
        kb = TestServer.fixture();
        db = TestServer.database(tmp, kb);
        server = TestServer.start(kb, db);
        base = "http://127.0.0.1:" + server.port();
        empty = TestServer.start(kb);
        emptyBase = "http://127.0.0.1:" + empty.port();
    }

    @AfterAll
    static void stop() {
        server.close();
        empty.close();
    }

    static HttpResponse<String> get(String path) { return TestServer.send("GET", base + path, null); }

    static JsonNode json(String path, int status) throws Exception { return json(base, path, status); }

    static JsonNode json(String at, String path, int status) throws Exception { return TestServer.json(at + path, status); }

    static JsonNode tree(Object o) throws Exception { return M.readTree(WebServer.JSON.writeValueAsString(o)); }

    static String enc(String s) { return TestServer.enc(s); }

    @Test
    void firstsAsTheCommandLine() throws Exception {
        JsonNode j = json("/api/v1/firsts/satellite?asOf=" + DAY, 200);
        assertThat(j).isEqualTo(tree(Firsts.of(kb, "satellite", DAY)));
        assertThat(j.get("states")).extracting(s -> s.get("id").asText()).containsExactly("USA");
        assertThat(j.get("states").get(0).get("date").asText()).isEqualTo("1958-02-01");
        assertThat(json("/api/v1/firsts/satellite?asOf=1950-01-01", 200).get("states")).isEmpty();
    }

    @Test
    void tiersAsTheCommandLineAndWeightsMoveRanks() throws Exception {
        JsonNode j = json("/api/v1/tiers?asOf=" + DAY, 200);
        assertThat(j).isEqualTo(tree(SpacePowerIndex.answer(SpacePowerIndex.of(kb, DAY, SpacePowerIndex.Config.defaults()), false)));
        assertThat(j.get("states").get(0).has("indicators")).isFalse();
        assertThat(json("/api/v1/tiers?asOf=" + DAY + "&explain=true", 200).get("states").get(0).get("indicators")).hasSize(SpacePowerIndex.INDICATORS.size());
        Map<String, Integer> before = ranks(j), after = ranks(json("/api/v1/tiers?asOf=" + DAY + "&weight.budget=20&weight.launches=0&weight.firsts=0", 200));
        assertThat(before.get("USA")).isEqualTo(1);
        assertThat(after.get("CHN")).as("budget weighs most: China, the only state with a budget, leads").isEqualTo(1);
        var cfg = SpacePowerIndex.Config.defaults().withWeights(Map.of("budget", 20.0, "launches", 0.0, "firsts", 0.0));
        assertThat(json("/api/v1/tiers?asOf=" + DAY + "&weight.budget=20&weight.launches=0&weight.firsts=0", 200))
                .isEqualTo(tree(SpacePowerIndex.answer(SpacePowerIndex.of(kb, DAY, cfg), false)));
    }

    static Map<String, Integer> ranks(JsonNode tiers) {
        Map<String, Integer> m = new LinkedHashMap<>();
        tiers.get("states").forEach(s -> m.put(s.get("id").asText(), s.get("rank").asInt()));
        return m;
    }

    @Test
    void densityAndCompareAsTheCommandLine() throws Exception {
        JsonNode d = json("/api/v1/density?programmes=ilrs,artemis-accords:USA&asOf=" + DAY, 200);
        assertThat(d.get("asOf").asText()).isEqualTo(DAY.toString());
        assertThat(d.get("programmes")).isEqualTo(tree(List.of(InstitutionalDensity.of(kb, "ilrs", DAY, null, 3), InstitutionalDensity.of(kb, "artemis-accords", DAY, "USA", 3))));
        assertThat(d.get("programmes").get(1).get("leader").asText()).isEqualTo("USA");
        JsonNode c = json("/api/v1/compare?a=ilrs&b=artemis-accords&asOf=" + DAY, 200);
        assertThat(c).isEqualTo(tree(Comparison.of(kb, "ilrs", "artemis-accords", DAY)));
        assertThat(json("/api/v1/compare?a=chn&b=JPN&asOf=" + DAY, 200).get("a").get("id").asText()).isEqualTo("CHN");
    }

    @Test
    void votesAsTheCommandLine() throws Exception {
        JsonNode v = json("/api/v1/votes/A/RES/69/32", 200);
        try (Connection c = Database.openReadOnly(db)) {
            assertThat(v).isEqualTo(tree(RecordedVotes.find(c, "A/RES/69/32")));
        }
        assertThat(v.get("yes").asInt()).isEqualTo(4);
        assertThat(v.get("no").asInt()).isEqualTo(1);
        assertThat(v.get("abstain").asInt()).isEqualTo(2);
        assertThat(v.get("positions")).anyMatch(p -> p.get("id").asText().equals("USA") && p.get("vote").asText().equals("no"));
        assertThat(json("/api/v1/votes/A%2FRES%2F69%2F32", 200)).isEqualTo(v);
        assertThat(json("/api/v1/votes/R/69/32", 200)).isEqualTo(v);
        assertThat(json("/api/v1/votes/A/RES/1/1", 404).get("error").asText()).contains("no recorded vote on A/RES/1/1");
        assertThat(json(emptyBase, "/api/v1/votes/A/RES/69/32", 404).get("error").asText()).contains("no database");
    }

    @Test
    void alignmentAsTheCommandLine() throws Exception {
        JsonNode p = json("/api/v1/alignment?a=CHN&b=RUS&topic=space-security", 200);
        try (Connection c = Database.openReadOnly(db)) {
            var records = AlignmentVotes.load(c, "space-security", null, LocalDate.now(), false);
            var pair = new AlignmentAnswers.Question(List.of("CHN", "RUS"), "space-security", null, LocalDate.now(), true);
            assertThat(p).isEqualTo(tree(AlignmentAnswers.pair(records, kb, pair, false)));
            JsonNode m = json("/api/v1/alignment?states=USA,CHN,RUS,JPN&topic=space-security", 200);
            var four = new AlignmentAnswers.Question(List.of("USA", "CHN", "RUS", "JPN"), "space-security", null, LocalDate.now(), true);
            assertThat(m).isEqualTo(tree(AlignmentAnswers.matrix(records, kb, four)));
        }
        assertThat(p.get("votes").asInt()).isEqualTo(2);
        assertThat(p.get("score").asDouble()).isEqualTo(1.0);
        assertThat(json("/api/v1/alignment?a=chn&b=usa&topic=space-security", 200).get("score").asDouble()).isEqualTo(0.0);
        assertThat(json("/api/v1/alignment?a=CHN&b=RUS", 200).get("votes").asInt()).as("all roll calls").isEqualTo(3);
        assertThat(json(emptyBase, "/api/v1/alignment?a=CHN&b=RUS", 404).get("error").asText()).contains("no database");
    }

    @Test
    void searchAsTheCommandLine() throws Exception {
        JsonNode s = json("/api/v1/search?q=" + enc("lunar memorandum"), 200);
        var hits = new SearchIndex(SearchIndex.besideDatabase(db)).search("lunar memorandum", null, null, null, 10);
        Map<String, Object> cli = new LinkedHashMap<>();
        cli.put("query", "lunar memorandum");
        cli.put("hits", hits);
        assertThat(s).isEqualTo(tree(cli));
        assertThat(s.get("hits")).isNotEmpty();
        assertThat(s.get("hits").get(0).get("snippet").asText()).contains("**memorandum**");
        assertThat(json("/api/v1/search?q=memorandum&entity=RUS", 200).get("hits")).isNotEmpty();
        assertThat(json("/api/v1/search?q=memorandum&entity=EGY", 200).get("hits")).isEmpty();
        assertThat(json("/api/v1/search?q=" + enc("AND OR ((\""), 400).get("error").asText()).startsWith("cannot parse query");
        JsonNode none = json(emptyBase, "/api/v1/search?q=lunar", 200);
        assertThat(none.get("hits")).isEmpty();
        assertThat(none.get("note").asText()).contains("no documents ingested");
    }

    @Test
    void documentsAndPassagesWithTheirMentions() throws Exception {
        JsonNode list = json("/api/v1/documents", 200);
        assertThat(list.get("count").asInt()).isEqualTo(1);
        String id = list.get("documents").get(0).get("id").asText();
        JsonNode d = json("/api/v1/documents/" + id, 200);
        assertThat(d.get("title").asText()).isEqualTo("Lunar cooperation report");
        assertThat(d.get("entities")).extracting(e -> e.get("id").asText()).contains("CHN", "RUS", "ilrs", "artemis-accords");
        assertThat(json("/api/v1/documents/" + id.substring(0, 12), 200)).as("a 12-character prefix").isEqualTo(d);
        JsonNode p = json("/api/v1/documents/" + id + "/passages", 200);
        assertThat(p.get("count").asInt()).isEqualTo(p.get("passages").size()).isGreaterThanOrEqualTo(2);
        for (JsonNode passage : p.get("passages")) {
            String text = passage.get("text").asText();
            for (JsonNode m : passage.get("mentions")) {
                assertThat(text.substring(m.get("start").asInt() - passage.get("start").asInt(), m.get("end").asInt() - passage.get("start").asInt()))
                        .isEqualTo(m.get("text").asText());
            }
        }
        assertThat(p.toString()).contains("<script>alert('xss')</script>");
        assertThat(json(emptyBase, "/api/v1/documents", 200).get("count").asInt()).isZero();
        assertThat(json(emptyBase, "/api/v1/documents/" + id, 404).get("error").asText()).contains("no ingested document");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/firsts/Not%20A%20Cap | 400",
            "/api/v1/firsts/unknown-capability | 400",
            "/api/v1/firsts/satellite?asOf=2024-13-01 | 400",
            "/api/v1/firsts/satellite?as_of=2024-01-01 | 400",
            "/api/v1/tiers?asOf=yesterday | 400",
            "/api/v1/tiers?weight.nothing=1 | 400",
            "/api/v1/tiers?weight.budget=-2 | 400",
            "/api/v1/tiers?weight.budget=lots | 400",
            "/api/v1/tiers?weight.budget=NaN | 400",
            "/api/v1/tiers?explain=maybe | 400",
            "/api/v1/tiers?weights=1 | 400",
            "/api/v1/density | 400",
            "/api/v1/density?programmes=NOPE | 404",
            "/api/v1/density?programmes=ilrs&cap=0 | 400",
            "/api/v1/density?programmes=ilrs&asOf=2024-02-30 | 400",
            "/api/v1/compare?a=ilrs | 400",
            "/api/v1/compare?a=ilrs&b=NOPE | 404",
            "/api/v1/compare?ids=ilrs,artemis-accords | 400",
            "/api/v1/compare?a=ilrs&b=artemis-accords&asOf=2024 | 400",
            "/api/v1/votes/%3Cscript%3E | 400",
            "/api/v1/votes/A/RES/69/32?x=1 | 400",
            "/api/v1/alignment | 400",
            "/api/v1/alignment?a=CHN | 400",
            "/api/v1/alignment?a=CHINA&b=RUS | 400",
            "/api/v1/alignment?a=CHN&b=RUS&topic=a%20b | 400",
            "/api/v1/alignment?a=CHN&b=RUS&states=USA,CHN | 400",
            "/api/v1/alignment?states=USA | 400",
            "/api/v1/alignment?a=CHN&b=RUS&asOf=x | 400",
            "/api/v1/search | 400",
            "/api/v1/search?q=x&limit=0 | 400",
            "/api/v1/search?q=x&year=20x4 | 400",
            "/api/v1/search?q=x&sort=new | 400",
            "/api/v1/documents/NOPE | 400",
            "/api/v1/documents/abc | 400",
            "/api/v1/documents/ABCDEF0123 | 400",
            "/api/v1/documents/0123456789abcdef | 404",
            "/api/v1/documents/0123456789abcdef/passages | 404",
            "/api/v1/documents?x=1 | 400",
    })
    void badRequestsGetAClearClientError(String path, int status) throws Exception {
        TestServer.assertClientError(json(path, status), status);
    }

    @Test
    void sqlMetacharactersInEveryParameterAreJustText() throws Exception {
        List<String> nasty = List.of("' OR '1'='1", "'; DROP TABLE un_vote; --", "\" OR 1=1 --", "CHN' UNION SELECT * FROM document --", "%' AND 1=1 --", "\\'; --");
        Map<String, List<String>> params = Map.of(
                "/api/v1/firsts/satellite", List.of("asOf"),
                "/api/v1/tiers", List.of("asOf", "explain", "weight.budget"),
                "/api/v1/density", List.of("programmes", "asOf", "cap"),
                "/api/v1/compare", List.of("a", "b", "asOf"),
                "/api/v1/alignment", List.of("a", "b", "states", "topic", "asOf", "from"),
                "/api/v1/search", List.of("q", "entity", "source", "year", "limit"),
                "/tiers", List.of("asOf", "weight.launches"),
                "/alignment", List.of("states", "topic", "asOf"),
                "/votes", List.of("symbol"));
        // the alignment of a pair needs both states, a search needs a query: added when the probed parameter is another one
        TestServer.probe(base, nasty, params, (path, p) -> path.equals("/api/v1/alignment") && !List.of("a", "b", "states").contains(p) ? "&a=CHN&b=RUS"
                        : path.equals("/api/v1/search") && !p.equals("q") ? "&q=lunar" : "",
                List.of("/api/v1/firsts/", "/api/v1/votes/", "/api/v1/documents/", "/firsts/", "/votes/", "/documents/"), pr -> { });
        assertThat(json("/api/v1/votes/A/RES/69/32", 200).get("yes").asInt()).as("nothing changed").isEqualTo(4);
        assertThat(json("/api/v1/documents", 200).get("count").asInt()).isEqualTo(1);
    }

    @Test
    void everyNewEndpointIsInTheOpenApiDocument() throws Exception {
        JsonNode o = json("/api/v1/openapi.json", 200);
        for (String p : List.of("/firsts/{capability}", "/tiers", "/density", "/compare", "/votes/{symbol}", "/alignment", "/search", "/documents",
                "/documents/{id}", "/documents/{id}/passages", "/membership-compare", "/source-text/{id}")) {
            assertThat(o.get("paths").has(p)).as(p).isTrue();
        }
    }
}
