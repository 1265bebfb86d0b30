package org.astropol.web;

import org.astropol.model.KnowledgeBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The tiers, firsts, UN votes, alignment and document reader pages over the fixture database: content and escaping. */
class AnalyticsPagesTest {
    @TempDir static Path tmp;
    static KnowledgeBase kb;
    static WebServer server;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        kb = TestServer.fixture();
        server = TestServer.start(kb, TestServer.database(tmp, kb));
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() { server.close(); }

    static HttpResponse<String> get(String path) { return TestServer.send("GET", base + path, null); }

    static String ok(String path) {
        var r = get(path);
        assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/html");
        return r.body();
    }

    static int rankOf(String html, String id) {
        Matcher m = Pattern.compile("<tr data-id=\"" + id + "\"><td class=\"rank\">(\\d+)</td>").matcher(html);
        assertThat(m.find()).as(id + " in the tiers table").isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void tiersPageRecomputesWithTheWeightsOfTheForm() {
        String t = ok("/tiers?asOf=2024-06-30");
        assertThat(t).contains("id=\"chart-tiers\"", "<tr><td>Tier 1</td><td>USA</td>", "name=\"weight.budget\" value=\"2\"", "id=\"tiers-form\"");
        assertThat(rankOf(t, "USA")).isEqualTo(1);
        String moved = ok("/tiers?asOf=2024-06-30&weight.budget=20&weight.launches=0&weight.firsts=0");
        assertThat(rankOf(moved, "CHN")).isEqualTo(1);
        assertThat(moved).contains("name=\"weight.budget\" value=\"20\"", "weights changed", "<span class=\"up\">▲1</span>");
        assertThat(get("/tiers?weight.budget=lots").statusCode()).isEqualTo(400);
        assertThat(get("/tiers?weight.magic=1").statusCode()).isEqualTo(400);
    }

    @Test
    void firstsPages() {
        assertThat(ok("/firsts")).contains("href=\"/firsts/orbital-launch\"", "href=\"/firsts/satellite\"");
        String f = ok("/firsts/satellite?asOf=2024-01-01");
        assertThat(f).contains("<tr data-id=\"USA\" ", "1958-02-01", "href=\"/entity/first-satellite-usa\"");
        assertThat(f).contains("<form class=\"asof\" autocomplete=\"off\" id=\"asof-form\" action=\"/firsts/satellite\"", "value=\"2024-01-01\"", "id=\"firsts-rule\"",
                "<a href=\"/sources#src-web-src-a\">", "data-records=\"first-satellite-usa\" data-sources=\"web-src-a\"",
                "href=\"/firsts/satellite?asOf=2024-01-01&amp;format=csv\"");
        String hash = f.replaceAll("(?s).*data-hash=\"([^\"]*)\".*", "$1");
        assertThat(hash).as("build_info.data_hash, or the note that the database has none").isNotBlank();
        var csv = get("/firsts/satellite?asOf=2024-01-01&format=csv");
        assertThat(csv.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        assertThat(csv.body().lines().toList()).containsExactly("rank,state,name,date,status,note,undisputed_date,undisputed_event,records,sources,as_of,data_hash",
                "1,USA,United States,1958-02-01,asserted,,,,first-satellite-usa,web-src-a,2024-01-01," + hash);
        assertThat(get("/firsts/satellite?format=json").statusCode()).isEqualTo(400);
        assertThat(get("/firsts/no-such-thing").statusCode()).isEqualTo(400);
    }

    @Test
    void votePageShowsTallyRegionsAndPositions() {
        String v = ok("/votes/A/RES/69/32");
        assertThat(v).contains("<h1 id=\"vote-title\">A/RES/69/32</h1>", "yes <strong>4</strong>", "no <strong>1</strong>", "abstain <strong>2</strong>",
                "id=\"regions\"", "<td>Asia</td>", "<tr data-id=\"USA\"><td><a href=\"/entity/USA\">United States</a></td><td>USA</td><td class=\"v-no\">no</td><td>un_vote rcid 100</td></tr>");
        // the tally bar: one rectangle per vote, its width the vote's share of the 700-unit bar
        assertThat(v).contains("<svg class=\"tallybar\" id=\"tally-bar\" data-svg=\"tally\" data-table=\"tallies\"", "<title>no: 1</title>");
        java.util.regex.Matcher yes = java.util.regex.Pattern.compile("<rect class=\"v-yes\" x=\"0.0\" y=\"0\" width=\"([0-9.]+)\"").matcher(v);
        assertThat(yes.find()).isTrue();
        int yesN = 4, total = v.contains("absent <strong>") ? 4 + 1 + 2 + Integer.parseInt(v.replaceAll("(?s).*absent <strong>(\\d+)</strong>.*", "$1")) : 7;
        assertThat(Double.parseDouble(yes.group(1))).isCloseTo(700.0 * yesN / total, org.assertj.core.data.Offset.offset(0.06));
        assertThat(ok("/votes/R%2F69%2F32")).contains("A/RES/69/32");
        assertThat(ok("/votes/A/RES/70/99")).as("a title with markup is escaped").contains("&lt;script&gt;alert(", "&lt;/script&gt;").doesNotContain("<script>alert");
        // the fixture database has no curated votes: the imported space roll calls are listed
        assertThat(ok("/votes")).contains("id=\"no-space-resolutions\"", "id=\"imported-space-resolutions\"", "href=\"/votes/A%2FRES%2F69%2F32\"", "NO_FIRST_PLACEMENT", "href=\"/votes/A%2FRES%2F70%2F27\"")
                .doesNotContain("A/RES/70/99");
        var redirect = get("/votes?symbol=A/RES/69/32");
        assertThat(redirect.statusCode()).isIn(200, 302);
        assertThat(get("/votes/A/RES/1/1").statusCode()).isEqualTo(404);
        assertThat(get("/votes/%3Cb%3E").statusCode()).isEqualTo(400);
    }

    @Test
    void alignmentMatrixPage() {
        String a = ok("/alignment?states=USA,CHN,RUS,JPN");
        // the chart's rows as the data table the browser draws from (and shows without the chart library)
        String usa = "<tr><td>Ideal point</td><td>USA</td>", chn = "<tr><td>Ideal point</td><td>CHN</td>";
        assertThat(a).contains("id=\"chart-ideal-points\"", "data-chart=\"", usa, chn, "sign fixed so that USA is positive");
        // the United States, alone against China and Russia in the fixture, is the positive end unless another state anchors the sign
        assertThat(a.indexOf(usa)).isLessThan(a.indexOf(chn));
        assertThat(a.substring(a.indexOf(usa), a.indexOf("</tr>", a.indexOf(usa)))).matches(".*<td>\\+\\d\\.\\d\\d \\(.*\\)</td>.*");
        String byChina = ok("/alignment?states=USA,CHN,RUS,JPN&anchor=CHN");
        assertThat(byChina).contains("sign fixed so that CHN is positive");
        assertThat(byChina.indexOf(chn)).isLessThan(byChina.indexOf(usa));
        assertThat(get("/alignment?states=USA,CHN&anchor=FRA").statusCode()).isEqualTo(400);
    }

    @Test
    void documentReaderHighlightsAndLinksTheMentions() {
        String list = ok("/documents");
        assertThat(list).contains("1 ingested document", "Lunar cooperation report");
        Matcher m = Pattern.compile("href=\"/documents/([0-9a-f]{64})\"").matcher(list);
        assertThat(m.find()).isTrue();
        String d = ok("/documents/" + m.group(1));
        assertThat(d).contains("<h1 id=\"document-title\">Lunar cooperation report</h1>", "id=\"linked-entities\"",
                "<a class=\"ent mention\" data-id=\"CHN\" href=\"/entity/CHN\" title=\"China\"><mark>China</mark></a>",
                "data-id=\"ilrs\" href=\"/entity/ilrs\"", "data-id=\"artemis-accords\"");
        assertThat(d).as("the document's script is text").contains("&lt;script&gt;alert('xss')&lt;/script&gt;").doesNotContain("<script>alert");
        assertThat(get("/documents/zzzz").statusCode()).isEqualTo(400);
        assertThat(get("/documents/0123456789abcdef").statusCode()).isEqualTo(404);
    }

    @Test
    void searchPageListsMatchingPassagesLinkedToTheReader() {
        String s = ok("/search?q=memorandum");
        assertThat(s).contains("id=\"document-results\"", "<mark>memorandum</mark>", "Lunar cooperation report").containsPattern("href=\"/documents/[0-9a-f]{64}#o-\\d+\"");
        assertThat(ok("/search?q=" + java.net.URLEncoder.encode("AND OR ((\"", java.nio.charset.StandardCharsets.UTF_8))).doesNotContain("document-results");
    }

    @Test
    void comparisonShowsTheInstitutionalDensityOfEachSide() {
        String c = ok("/compare?a=ilrs&b=artemis-accords&asOf=2024-01-01");
        var d = org.astropol.analysis.InstitutionalDensity.of(kb, "ilrs", java.time.LocalDate.of(2024, 1, 1), null, 3);
        assertThat(c).contains("id=\"density-a\"", "id=\"density-b\"", "Institutional density <strong>" + String.format(java.util.Locale.ROOT, "%.2f", d.score()) + "</strong>", "/api/v1/density?programmes=ilrs");
    }

    @Test
    void navLinksTheNewPages() {
        assertThat(ok("/")).contains("href=\"/tiers\"", "href=\"/firsts\"", "href=\"/votes\"", "href=\"/alignment\"", "href=\"/documents\"");
    }
}
