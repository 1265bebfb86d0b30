package org.astropol.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.astropol.analysis.EntityProfile;
import org.astropol.analysis.MembersQuery;
import org.astropol.model.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every API endpoint over HTTP on a free port: shapes as the CLI gives them, and clear 4xx for bad requests. */
class ApiContractTest extends FixtureServerTest {
    static final ObjectMapper M = TestServer.M;

    static String enc(String s) { return TestServer.enc(s); }

    @Test
    void entityHasTheSameJsonAsTheCommandLine() throws Exception {
        JsonNode j = json("/api/v1/entities/CHN", 200);
        assertThat(j).isEqualTo(M.readTree(WebServer.JSON.writeValueAsString(EntityProfile.of(kb, "CHN"))));
        assertThat(j.get("names")).extracting(n -> n.get("name").asText()).contains("China", "中华人民共和国", "PRC");
        JsonNode budget = null;
        for (JsonNode s : j.get("statements")) if (s.get("property").asText().equals("space-budget") && s.get("status").asText().equals("asserted")) budget = s;
        assertThat(budget.get("value").decimalValue()).isEqualByComparingTo("8900000000");
        assertThat(budget.get("sources").get(0).get("locatorKind").asText()).isEqualTo("quote");
        assertThat(json("/api/v1/entities/chn", 200).get("id").asText()).as("ids ignore case as in the CLI").isEqualTo("CHN");
    }

    @Test
    void resolutionIdsWithSlashesWorkPlainAndEncoded() throws Exception {
        assertThat(json("/api/v1/entities/A/RES/69/32", 200).get("id").asText()).isEqualTo("A/RES/69/32");
        assertThat(json("/api/v1/entities/A%2FRES%2F69%2F32", 200).get("id").asText()).isEqualTo("A/RES/69/32");
        assertThat(json("/api/v1/members/A%2FRES%2F69%2F32?asOf=2015-01-01", 200).get("members")).extracting(m -> m.get("id").asText()).containsExactly("RUS");
        assertThat(get("/entity/A/RES/69/32").statusCode()).isEqualTo(200);
    }

    @Test
    void membersAsOfADay() throws Exception {
        JsonNode j = json("/api/v1/members/artemis-accords?asOf=2020-10-31", 200);
        assertThat(j).isEqualTo(M.readTree(WebServer.JSON.writeValueAsString(MembersQuery.of(kb, "artemis-accords", LocalDate.of(2020, 10, 31)))));
        assertThat(j.get("members")).extracting(m -> m.get("id").asText()).containsExactlyInAnyOrder("USA", "JPN", "nasa");
        assertThat(j.get("states").asInt()).isEqualTo(2);
        JsonNode later = json("/api/v1/members/artemis-accords?asOf=2022-06-30", 200);
        assertThat(later.get("states").asInt()).isEqualTo(3);
        assertThat(json("/api/v1/members/ilrs", 200).get("asOf").asText()).isEqualTo(LocalDate.now().toString());
    }

    @Test
    void searchFindsNamesAndAliasesInAnyScript() throws Exception {
        assertThat(json("/api/v1/entities?q=" + enc("中华"), 200).get("entities")).extracting(h -> h.get("id").asText()).containsExactly("CHN");
        assertThat(json("/api/v1/entities?q=prc", 200).get("entities").get(0).get("id").asText()).isEqualTo("CHN");
        assertThat(json("/api/v1/entities?q=" + enc("российская"), 200).get("entities").get(0).get("id").asText()).isEqualTo("RUS");
        assertThat(json("/api/v1/entities?q=" + enc("国际月球"), 200).get("entities").get(0).get("id").asText()).isEqualTo("ilrs");
        JsonNode states = json("/api/v1/entities?type=state&limit=3", 200);
        assertThat(states.get("count").asInt()).isEqualTo(3);
        for (JsonNode h : states.get("entities")) assertThat(h.get("type").asText()).isEqualTo("state");
        JsonNode st = json("/api/v1/entities?q=export+controls", 200);
        assertThat(st.get("statements")).extracting(s -> s.get("subject").asText()).containsExactly("CHN");
        assertThat(json("/api/v1/entities?q=zzzz-nothing", 200).get("count").asInt()).isZero();
    }

    @Test
    void timelineOfAPairIncludesPredecessors() throws Exception {
        JsonNode j = json("/api/v1/timeline?ids=RUS,CHN", 200);
        assertThat(j.get("ids")).extracting(JsonNode::asText).containsExactly("RUS", "CHN");
        assertThat(j.get("events").get(0).get("date").asText()).isEqualTo("1950-02-14");
        JsonNode cut = json("/api/v1/timeline?ids=RUS,CHN&asOf=2000-01-01", 200);
        assertThat(cut.get("events")).extracting(e -> e.get("date").asText()).allMatch(d -> d.compareTo("2000-01-01") <= 0).isNotEmpty();
        assertThat(json("/api/v1/timeline?ids=ilrs", 200).get("events")).isNotEmpty();
    }

    @Test
    void compareNetworkAndSeries() throws Exception {
        JsonNode c = json("/api/v1/membership-compare?ids=ilrs,artemis-accords&asOf=2023-12-31", 200);
        assertThat(c.get("groups").get(0).get("members").get("states").asInt()).isEqualTo(5);
        assertThat(c.get("groups").get(0).get("regions").get("Asia").asInt()).isEqualTo(2);
        assertThat(c.get("groups").get(1).get("regions").get("Americas").asInt()).isEqualTo(2);
        JsonNode s = json("/api/v1/membership-series/ilrs", 200);
        assertThat(s.get("points")).extracting(p -> p.get("states").asInt()).containsExactly(2, 3, 4, 5);
        // the network is the analysis' CooperationNetwork, exactly as `network --as-of D --format json` prints it
        JsonNode n = json("/api/v1/network?asOf=2022-12-31", 200);
        assertThat(n).isEqualTo(M.readTree(WebServer.JSON.writeValueAsString(
                org.astropol.analysis.CooperationNetwork.of(kb, LocalDate.of(2022, 12, 31), org.astropol.analysis.CooperationNetwork.Config.defaults()))));
        assertThat(json("/api/v1/network?year=2022", 200)).isEqualTo(n);
        // ties=backbone (what /network loads): every node, the backbone's edges only, the rest of the answer unchanged
        JsonNode bb = json("/api/v1/network?asOf=2022-12-31&ties=backbone", 200);
        assertThat(bb.get("nodes")).isEqualTo(n.get("nodes"));
        assertThat(bb.get("backbone")).isEqualTo(n.get("backbone"));
        List<JsonNode> kept = new java.util.ArrayList<>();
        n.get("edges").forEach(e -> { if (e.get("backbone").asBoolean()) kept.add(e); });
        assertThat(bb.get("edges")).containsExactlyElementsOf(kept);
        assertThat(kept).hasSize(n.get("backbone").get("keptEdges").asInt());
        assertThat(json("/api/v1/network?asOf=2022-12-31&ties=some", 400)).isNotNull();
        assertThat(n.get("edges")).anyMatch(e -> e.get("source").asText().equals("CHN") && e.get("target").asText().equals("RUS")
                && e.get("kinds").toString().contains("partnership"));
        JsonNode old = json("/api/v1/network?year=1960", 200);
        assertThat(old.get("edges")).extracting(e -> e.get("source").asText() + "-" + e.get("target").asText()).containsExactly("CHN-SUN");
        JsonNode all = json("/api/v1/network?asOf=2024-01-01", 200);
        var community = new java.util.HashMap<String, String>();
        all.get("nodes").forEach(x -> community.put(x.get("id").asText(), x.get("community").asText()));
        assertThat(community.get("JPN")).isEqualTo(community.get("USA")).isNotEqualTo(community.get("PAK"));
        // weights and half-life as on the command line; an unknown tie kind is refused
        JsonNode heavy = json("/api/v1/network?asOf=2022-12-31&weight.partnership=4&halfLife=0", 200);
        double w = 0, w0 = 0;
        for (JsonNode e : heavy.get("edges")) if (e.get("source").asText().equals("CHN") && e.get("target").asText().equals("RUS")) w = e.get("weight").asDouble();
        for (JsonNode e : n.get("edges")) if (e.get("source").asText().equals("CHN") && e.get("target").asText().equals("RUS")) w0 = e.get("weight").asDouble();
        assertThat(w).isGreaterThan(w0);
    }

    @Test
    void sourcesAndExports() throws Exception {
        JsonNode s = json("/api/v1/sources", 200);
        assertThat(s.get("count").asInt()).isEqualTo(2);
        assertThat(json("/api/v1/sources/web-src-a", 200).get("authors")).hasSize(2);
        var csv = get("/api/v1/export/members/ilrs.csv?asOf=2022-12-31");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().split("\r\n")).containsExactly("id,name,type,role,stage,since,reportedSince,until,agentFor,sources",
                "CHN,China,state,founding member,signed,2021-03-09,,,,web-src-a", "RUS,Russian Federation,state,founding member,signed,2021-03-09,,,,web-src-a",
                "VEN,Venezuela,state,member,signed,2022-07,,,,web-src-a");
        assertThat(json("/api/v1/members/ilrs?asOf=2022-12-31&stage=announced", 200).get("count").asInt()).isZero();
        assertThat(json("/api/v1/members/ilrs?asOf=2022-12-31&stage=signed", 200).get("count").asInt()).isEqualTo(3);
        assertThat(json("/api/v1/members/ilrs?stage=joined", 400).toString()).contains("stage");
        var ld = get("/api/v1/export/entities/A%2FRES%2F69%2F32.jsonld");
        assertThat(ld.headers().firstValue("content-type").orElse("")).startsWith("application/ld+json");
        JsonNode l = M.readTree(ld.body());
        assertThat(l.get("@id").asText()).isEqualTo("urn:astropol:entity:A/RES/69/32");
        assertThat(l.get("@type").asText()).isEqualTo("Legislation");
        JsonNode chn = M.readTree(get("/api/v1/export/entities/CHN.jsonld").body());
        assertThat(chn.get("@context").get("@vocab").asText()).isEqualTo("https://schema.org/");
        assertThat(chn.get("alternateName")).anyMatch(n -> n.path("@language").asText().equals("zh") && n.get("@value").asText().equals("中华人民共和国"));
        assertThat(chn.get("statements")).hasSize(json("/api/v1/entities/CHN", 200).get("statements").size());
        assertThat(chn.get("statements").get(0).get("citation").get(0).get("@id").asText()).startsWith("urn:astropol:source:");
        var bib = get("/api/v1/export/sources.bib");
        assertThat(bib.body()).contains("@techreport{web-src-a,", "author = {Test Author and Other Author}", "year = {2023}", "@article{web-src-b,");
        var g = get("/api/v1/export/network.graphml?year=2022");
        assertThat(g.body()).isEqualTo(org.astropol.analysis.CooperationNetwork.graphml(
                org.astropol.analysis.CooperationNetwork.of(kb, LocalDate.of(2022, 12, 31), org.astropol.analysis.CooperationNetwork.Config.defaults())));
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(g.body().getBytes(StandardCharsets.UTF_8)));
        JsonNode net = json("/api/v1/network?year=2022", 200);
        assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(net.get("nodes").size());
        assertThat(doc.getElementsByTagName("edge").getLength()).isEqualTo(net.get("edges").size()).isGreaterThan(5);
    }

    @Test
    void openApiDocumentsEveryEndpoint() throws Exception {
        JsonNode o = json("/api/v1/openapi.json", 200);
        assertThat(o.get("openapi").asText()).startsWith("3.");
        for (String e : Api.ENDPOINTS) {
            assertThat(o.get("paths").has(e)).as("openapi.json documents " + e).isTrue();
            assertThat(o.get("paths").get(e).get("get").get("responses").has("200")).isTrue();
        }
        for (String e : ReviewApi.WRITE_ENDPOINTS) {
            JsonNode post = o.get("paths").path(e).path("post");
            assertThat(post.isObject()).as("openapi.json documents POST " + e).isTrue();
            for (String status : List.of("200", "400", "401", "403", "404")) assertThat(post.get("responses").has(status)).as(e + " " + status).isTrue();
            assertThat(post.get("security")).isNotEmpty();
        }
        assertThat(o.get("paths").size()).isEqualTo(Api.ENDPOINTS.size() + ReviewApi.WRITE_ENDPOINTS.size());
        assertThat(json("/api/v1", 200).get("endpoints")).hasSize(Api.ENDPOINTS.size());
        assertThat(json("/api/v1", 200).get("writeEndpoints")).extracting(JsonNode::asText)
                .containsExactly("POST /api/v1/review/{candidateId}/accept", "POST /api/v1/review/{candidateId}/reject");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/entities/NOPE | 404",
            "/api/v1/entities/%00 | 400",
            "/api/v1/entities/..%2F..%2Fetc%2Fpasswd | 404",
            "/api/v1/entities/CHN?x=1 | 400",
            "/api/v1/entities?q=a&q=b | 400",
            "/api/v1/entities?type=planet | 400",
            "/api/v1/entities?limit=0 | 400",
            "/api/v1/entities?limit=abc | 400",
            "/api/v1/entities?foo=bar | 400",
            "/api/v1/members/NOPE | 404",
            "/api/v1/members/ilrs?asOf=2022-02-30 | 400",
            "/api/v1/members/ilrs?asOf=yesterday | 400",
            "/api/v1/members/ilrs?asOf=2022 | 400",
            "/api/v1/members/ilrs?as_of=2022-01-01 | 400",
            "/api/v1/membership-series/NOPE | 404",
            "/api/v1/membership-compare?ids=ilrs | 400",
            "/api/v1/membership-compare?ids=ilrs,NOPE | 404",
            "/api/v1/membership-compare?ids=ilrs,artemis-accords&asOf=x | 400",
            "/api/v1/timeline | 400",
            "/api/v1/timeline?ids=A,B,C | 400",
            "/api/v1/timeline?ids=RUS,NOPE | 404",
            "/api/v1/timeline?ids=RUS&asOf=2020-1-1 | 400",
            "/api/v1/network?year=99999 | 400",
            "/api/v1/network?kind=friends | 400",
            "/api/v1/network?weight.friends=1 | 400",
            "/api/v1/network?weight.partnership=-1 | 400",
            "/api/v1/network?weight.partnership=x | 400",
            "/api/v1/network?halfLife=abc | 400",
            "/api/v1/network?year=2020&asOf=2020-01-01 | 400",
            "/api/v1/sources?x=1 | 400",
            "/api/v1/sources/NOPE | 404",
            "/api/v1/export/members/ilrs | 404",
            "/api/v1/export/members/NOPE.csv | 404",
            "/api/v1/export/members/ilrs.csv?asOf=bad | 400",
            "/api/v1/export/sources.bib?x=1 | 400",
            "/api/v1/export/network.graphml?kind=x | 400",
            "/api/v1/openapi.json?x=1 | 400",
            "/api/v1/nothing/here | 404",
            "/api/v1/export/entities/CHN | 404",
            "/api/v1/source-text/NOPE | 404",
            "/api/v1/source-text/web-src-b | 404",
            "/api/v1/source-text/web-src-a?x=1 | 400",
            "/api/v1/export/entities/NOPE.jsonld | 404",
            "/api/v1/export/entities/CHN.jsonld?x=1 | 400",
    })
    void badRequestsGetAClearClientError(String path, int status) throws Exception {
        TestServer.assertClientError(json(path, status), status);
    }

    @Test
    void sqlMetacharactersInEveryParameterAreJustText() throws Exception {
        List<String> nasty = List.of("' OR '1'='1", "'; DROP TABLE entity; --", "\" OR 1=1 --", "CHN' UNION SELECT * FROM source --", "%' AND 1=1 --", "\\'; --");
        Map<String, List<String>> params = Map.ofEntries(
                Map.entry("/api/v1/source-text/web-src-a", List.of("q")),
                Map.entry("/document/web-src-a", List.of("q")),
                Map.entry("/map", List.of("a", "b", "asOf")),
                Map.entry("/compare", List.of("a", "b", "asOf")),
                Map.entry("/network", List.of("year", "kind", "halfLife", "exclude", "weight.partnership")),
                Map.entry("/api/v1/entities", List.of("q", "type", "limit")),
                Map.entry("/api/v1/review", List.of("all")),
                Map.entry("/api/v1/members/ilrs", List.of("asOf")),
                Map.entry("/api/v1/membership-compare", List.of("ids", "asOf")),
                Map.entry("/api/v1/timeline", List.of("ids", "asOf")),
                Map.entry("/api/v1/network", List.of("year", "asOf", "halfLife", "exclude", "weight.co-member")),
                Map.entry("/api/v1/export/members/ilrs.csv", List.of("asOf")),
                Map.entry("/api/v1/export/network.graphml", List.of("year", "asOf", "halfLife")),
                Map.entry("/search", List.of("q", "type")),
                Map.entry("/members/ilrs", List.of("asOf")),
                Map.entry("/timeline", List.of("a", "b")));
        List<String> idPaths = List.of("/api/v1/entities/", "/api/v1/members/", "/api/v1/membership-series/", "/api/v1/sources/", "/api/v1/source-text/",
                "/api/v1/documents/", "/api/v1/votes/", "/api/v1/firsts/", "/api/v1/export/entities/", "/entity/", "/members/", "/document/");
        var probes = TestServer.probe(base, nasty, params, (path, p) -> "", idPaths, pr -> {
            var r = pr.answer();
            if (r.statusCode() == 200 && pr.path().equals("/api/v1/entities") && pr.param().equals("q")) assertThat(r.body()).doesNotContain("\"id\":\"CHN\"");
            if (pr.path().startsWith("/api/v1/source-text")) assertThat(r.body()).contains("\"found\":false");
        });
        assertThat(probes).filteredOn(pr -> pr.param() != null).extracting(pr -> pr.answer().statusCode()).contains(200, 400);
        assertThat(json("/api/v1/members/ilrs?asOf=2023-12-31", 200).get("states").asInt()).as("nothing changed").isEqualTo(5);
    }

    @Test
    void theServerIsReadOnly() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            for (String path : List.of("/api/v1/entities/CHN", "/api/v1/review", "/api/v1/members/ilrs", "/", "/entity/CHN")) {
                var r = TestServer.send(method, base + path, "{\"name\":\"x\"}");
                assertThat(r.statusCode()).as(method + " " + path).isEqualTo(405);
                assertThat(r.headers().firstValue("allow").orElse("")).isEqualTo("GET, HEAD");
            }
        }
        for (String path : List.of("/api/v1/review/abcdef012345/accept", "/api/v1/review/abcdef012345/reject")) {
            var r = TestServer.send("POST", base + path, null);
            assertThat(r.statusCode()).as("POST " + path + " without a configured token").isEqualTo(403);
            assertThat(M.readTree(r.body()).get("error").asText()).isEqualTo("writes are disabled: no review token configured");
        }
        JsonNode j = M.readTree(TestServer.send("POST", base + "/api/v1/entities/CHN", "{}").body());
        assertThat(j.get("status").asInt()).isEqualTo(405);
        assertThat(json("/api/v1/entities/CHN", 200).get("name").asText()).isEqualTo("China");
    }

    @Test
    void largeRequestsAreRefused() throws Exception {
        var r = TestServer.send("GET", base + "/api/v1/entities/CHN", "x".repeat(64 * 1024));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(M.readTree(r.body()).get("status").asInt()).isEqualTo(413);
        var longParam = get("/api/v1/entities?q=" + "a".repeat(500));
        assertThat(longParam.statusCode()).isEqualTo(400);
    }

    @Test
    void securityHeadersAndLoopbackByDefault() {
        var r = get("/");
        assertThat(r.headers().firstValue("content-security-policy").orElse("")).contains("default-src 'self'", "script-src 'self'");
        assertThat(r.headers().firstValue("x-content-type-options")).hasValue("nosniff");
        assertThat(WebConfig.defaults().host()).isEqualTo("127.0.0.1");
        assertThat(server.host()).isEqualTo("127.0.0.1");
    }

    @Test
    void clientsOverTheRateLimitGet429() throws Exception {
        try (WebServer limited = WebServer.start(kb, WebConfig.defaults().withPort(0).withRateLimit(1, 3))) {
            List<Integer> codes = new ArrayList<>();
            for (int i = 0; i < 8; i++) codes.add(TestServer.send("GET", "http://127.0.0.1:" + limited.port() + "/api/v1/entities/CHN", null).statusCode());
            assertThat(codes.subList(0, 3)).containsOnly(200);
            assertThat(codes).contains(429);
            var r = TestServer.send("GET", "http://127.0.0.1:" + limited.port() + "/api/v1/sources", null);
            if (r.statusCode() == 429) assertThat(M.readTree(r.body()).get("error").asText()).contains("too many requests");
        }
    }

    @Test
    void rateLimiterRefillsOverTime() {
        RateLimiter l = new RateLimiter(2, 2);
        long t = 1_000_000_000L;
        assertThat(l.allow("a", t)).isTrue();
        assertThat(l.allow("a", t)).isTrue();
        assertThat(l.allow("a", t)).isFalse();
        assertThat(l.allow("b", t)).as("limits are per client").isTrue();
        assertThat(l.allow("a", t + 500_000_000L)).as("one token back after half a second").isTrue();
        assertThat(l.allow("a", t + 500_000_000L)).isFalse();
    }

    @Test
    void responseCacheKeepsAnswersAndStaysBounded() {
        ResponseCache c = new ResponseCache(2);
        int[] computed = {0};
        byte[] a = c.get("a", () -> { computed[0]++; return Map.of("x", 1); });
        assertThat(c.get("a", () -> { computed[0]++; return Map.of("x", 2); })).isSameAs(a);
        assertThat(new String(a, StandardCharsets.UTF_8)).isEqualTo("{\"x\":1}");
        c.get("b", () -> 2);
        c.get("c", () -> 3);
        assertThat(c.size()).isLessThanOrEqualTo(2);
        assertThat(computed[0]).isEqualTo(1);
    }

    @Test
    void malformedPercentEncodingIsABadRequest() throws Exception {
        for (String path : List.of("/api/v1/entities?q=%ZZ", "/api/v1/members/ilrs?asOf=2022-01-01%", "/api/v1/entities/%", "/search?q=%G1")) {
            String[] r = TestServer.raw(server.port(), path);
            assertThat(r[0]).as(path).isEqualTo("400");
            if (path.startsWith("/api/")) assertThat(M.readTree(r[1]).get("status").asInt()).as(path).isEqualTo(400);
        }
    }

    @Test
    void documentReaderFindsTheCitedPassageAndTheEntities() throws Exception {
        String quote = "China's budget was estimated at 8.9 billion";
        JsonNode p = json("/api/v1/source-text/web-src-a?q=" + enc(quote), 200);
        assertThat(p.get("found").asBoolean()).isTrue();
        String excerpt = p.get("excerpt").asText();
        int base = p.get("excerptStart").asInt();
        assertThat(excerpt.substring(p.get("start").asInt() - base, p.get("end").asInt() - base)).isEqualTo("China's budget was\nestimated at 8.9 billion");
        assertThat(p.get("entities")).extracting(m -> m.get("id").asText()).contains("CHN", "RUS", "PAK", "EGY", "ilrs");
        for (JsonNode m : p.get("entities")) {
            assertThat(excerpt.substring(m.get("start").asInt() - base, m.get("end").asInt() - base)).isEqualTo(m.get("name").asText());
        }
        assertThat(json("/api/v1/source-text/web-src-a?q=not+in+the+text", 200).get("found").asBoolean()).isFalse();
    }

    @Test
    void documentsOutsideTheCorpusFoldersAreNeverRead() {
        var kbWithEscape = new org.astropol.model.KnowledgeBase(List.of(new org.astropol.model.Source("evil", "paper", "t", List.of(), null, null, null, null, null,
                "../data/sources/web.yaml", null)), List.of(), List.of(), List.of(), List.of());
        Documents d = new Documents(kbWithEscape, List.of(TestServer.corpus()));
        assertThat(d.available("evil")).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> d.passage("evil", null)).isInstanceOf(ApiException.class).hasMessageContaining("not available");
    }
}
