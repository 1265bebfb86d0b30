package org.astropol.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML pages: they answer, show the data, and escape everything (a statement holding <script> shows as text). */
class PagesTest extends FixtureServerTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/search?q=china", "/entity/CHN", "/members/ilrs?asOf=2023-01-01", "/compare", "/compare?a=ilrs&b=artemis-accords&asOf=2022-01-01",
            "/timeline?a=RUS&b=CHN", "/timeline", "/network", "/network?year=1960&kind=partnership", "/tiers", "/tiers?weight.budget=5", "/firsts", "/firsts/satellite", "/votes", "/alignment", "/documents", "/map", "/map?asOf=2022-01-01", "/sources", "/document/web-src-a", "/document/web-src-a?q=signed+a+memorandum", "/static/astropol.css", "/static/astropol.js"})
    void pagesAnswer(String path) {
        var r = get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        if (!path.startsWith("/static")) {
            assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/html");
            assertThat(r.body()).startsWith("<!doctype html>").contains("</html>");
            assertThat(r.body()).as("nothing loaded from elsewhere").doesNotContainPattern("(src|href)=\"(https?:)?//(?!example.org)");
        }
    }

    @Test
    void scriptInDataShowsAsText() {
        String profile = get("/entity/CHN").body();
        // templates escape < > & in text and quotes in attributes too (an apostrophe in text is harmless and stays)
        assertThat(profile).contains("export controls &lt;script&gt;alert('xss')&lt;/script&gt; limit partners");
        assertThat(profile).doesNotContain("<script>alert");
        String sources = get("/sources").body();
        assertThat(sources).contains("&lt;script&gt;alert('src')&lt;/script&gt;").doesNotContain("<script>alert");
        String search = get("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").body();
        assertThat(search).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
        var missing = get("/entity/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("&lt;script&gt;").doesNotContain("<script>alert");
        // the only script tag on any page is the site's own
        assertThat(profile.split("<script", -1)).hasSize(2);
    }

    @Test
    void documentReaderMarksThePassageLinksEntitiesAndEscapesTheText() {
        String d = get("/document/web-src-a?q=" + java.net.URLEncoder.encode("China's budget was estimated at 8.9 billion", java.nio.charset.StandardCharsets.UTF_8)).body();
        assertThat(d).contains("<mark id=\"passage\"><a class=\"ent\" href=\"/entity/CHN\" title=\"China\">China</a>'s budget was\nestimated at 8.9 billion</mark>");
        assertThat(d).contains("<a class=\"ent\" href=\"/entity/ilrs\"", "<a class=\"ent\" href=\"/entity/PAK\"");
        assertThat(d).contains("&lt;script&gt;alert('doc')&lt;/script&gt;").doesNotContain("<script>alert");
        String profile = get("/entity/CHN").body();
        assertThat(profile).contains("href=\"/document/web-src-a?q=China%27s%20budget%20was%20estimated%20at%208.9%20billion#passage\">passage</a>");
        assertThat(get("/document/web-src-b").statusCode()).isEqualTo(404);
    }

    @Test
    void profileGroupsStatementsWithFootnotesAndQuotes() {
        String p = get("/entity/CHN").body();
        assertThat(p).contains("<td lang=\"zh\">中华人民共和国</td>");
        int status = p.indexOf("id=\"status\""), coop = p.indexOf("id=\"cooperation\""), chall = p.indexOf("id=\"challenges\""), notes = p.indexOf("id=\"footnotes\"");
        assertThat(status).isPositive().isLessThan(coop);
        assertThat(coop).isLessThan(chall);
        assertThat(chall).isLessThan(notes);
        assertThat(p.substring(status, coop)).contains("8,900,000,000", "11,000,000,000", "crewed spaceflight", "a second source gives a higher figure");
        assertThat(p.substring(coop, chall)).contains("/entity/ilrs", "founding member", "Lunar station memorandum");
        assertThat(p.substring(notes)).contains("<span class=\"quote\">“China's budget was estimated at 8.9 billion”</span>", ", p. 7", "href=\"/sources#src-web-src-b\"");
        assertThat(p.substring(status, coop)).containsPattern("8,900,000,000 USD.*?<sup class=\"fn\"><a href=\"#fn-\\d+\"");
    }

    @Test
    void membersAndComparisonPagesFollowTheDate() {
        String m = get("/members/ilrs?asOf=2022-12-31").body();
        assertThat(m).contains("<strong id=\"state-count\">3</strong>", "value=\"2022-12-31\"", "id=\"chart-members\" data-chart=", "id=\"chart-members-table\"", "Download CSV");
        String c = get("/compare?asOf=2021-12-31").body();
        assertThat(c).contains("id=\"count-a\">2</strong>", "id=\"count-b\">3</strong>", "id=\"chart-members\" data-chart=");
        // both groups' member states over time are series of the one chart (its data table: series, day, count)
        assertThat(c).containsPattern("<tr><td>International Lunar Research Station</td><td>\\d{4}-\\d{2}-\\d{2}</td><td>\\d+</td>")
                .containsPattern("<tr><td>Artemis Accords</td><td>\\d{4}-\\d{2}-\\d{2}</td><td>\\d+</td>");
        assertThat(c).contains("International Lunar Research Station versus Artemis Accords");
        assertThat(get("/members/ilrs?asOf=2022-02-31").statusCode()).isEqualTo(400);
        assertThat(get("/members/ilrs?when=2022").statusCode()).isEqualTo(400);
        assertThat(get("/compare?a=NOPE").statusCode()).isEqualTo(404);
    }

    @Test
    void membersPageCarriesFootnotesTheSliderAndItsTablesAsCsv() {
        String m = get("/members/ilrs?asOf=2022-12-31").body();
        assertThat(m).contains("action=\"/members/ilrs\"", "id=\"asOf-slider\"", "data-as-of=\"2022-12-31\"",
                "<table class=\"members\" id=\"members\" data-label=\"members of ", "<tr data-id=\"CHN\" data-sources=\"web-src-a\">",
                "<table class=\"regions\" id=\"regions\"", "href=\"/api/v1/export/members/ilrs.csv?asOf=2022-12-31\"",
                "href=\"/members/ilrs?asOf=2022-12-31&amp;format=csv&amp;table=members\"");
        assertThat(m).as("each member's source is a numbered footnote").containsPattern("<sup class=\"fn\"><a href=\"#fn-1\"")
                .contains("<li id=\"fn-1\"><a href=\"/sources#src-web-src-a\">");
        var csv = get("/members/ilrs?asOf=2022-12-31&format=csv&table=members");
        assertThat(csv.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("id,name,type,role,stage,since,reportedSince,until,agentFor,sources,as_of,data_hash");
        assertThat(lines.subList(1, lines.size())).extracting(l -> l.split(",")[0]).containsExactly("CHN", "RUS", "VEN");
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).endsWith(",web-src-a,2022-12-31," + CsvDownload.NO_DATABASE));
        List<String> regions = get("/members/ilrs?asOf=2022-12-31&format=csv&table=regions").body().lines().toList();
        assertThat(regions.getFirst()).isEqualTo("region,states,as_of,data_hash");
        assertThat(regions.subList(1, regions.size()).stream().mapToInt(l -> Integer.parseInt(l.split(",")[1])).sum()).as("the page's state count").isEqualTo(3);
        assertThat(get("/members/ilrs?format=csv&table=nope").statusCode()).isEqualTo(400);
        assertThat(get("/members/ilrs?format=pdf").statusCode()).isEqualTo(400);
    }

    @Test
    void searchKeepsTheFormAndShowsAliasesStatementsAndEscapedQueries() {
        String s = get("/search?q=" + java.net.URLEncoder.encode("中华人民", java.nio.charset.StandardCharsets.UTF_8) + "&type=state").body();
        assertThat(s).contains("<option value=\"state\" selected>state</option>", "<a href=\"/entity/CHN\">China</a>", "<span class=\"matched\" lang=\"zh\">",
                "1 entity matching “中华人民”").doesNotContain("<option value=\"organisation\" selected");
        String statements = get("/search?q=export+controls").body();
        assertThat(statements).contains("id=\"statement-results\"", "<li><a href=\"/entity/CHN\">China</a>: <em>");
        assertThat(get("/search?type=galaxy").statusCode()).isEqualTo(400);
    }

    @Test
    void sourcesListEveryRecordAsTheFootnotesTarget() {
        String s = get("/sources").body();
        assertThat(s).contains("<li id=\"src-web-src-a\"><strong>A test report on coalitions</strong> · Test Author, Other Author",
                "<a class=\"ext\" rel=\"noopener noreferrer\" href=\"https://example.org/report-a\">link</a>",
                "<a class=\"passage\" href=\"/document/web-src-a\">read</a>", "<li id=\"src-web-src-b\">", "[web-src-b, scholarly]");
    }

    @Test
    void mapColoursStatesByMembershipOnTheDay() {
        String m = get("/map?asOf=2021-12-31").body();
        assertThat(m).contains("data-id=\"CHN\"", "class=\"tile in-a\" data-id=\"CHN\"", "class=\"tile in-b\" data-id=\"JPN\"", "class=\"tile none\" data-id=\"EGY\"");
        assertThat(m).as("historical states are not on today's map").doesNotContain("data-id=\"SUN\"");
        assertThat(get("/map?asOf=1960-01-01").body()).contains("data-id=\"SUN\"");
        assertThat(get("/map?a=NOPE").statusCode()).isEqualTo(404);
    }

    @Test
    void worldMapColoursTheArtemisFoundersButNotLaterSignatories() {
        org.junit.jupiter.api.Assumptions.assumeTrue(WorldMap.class.getResource(WorldMap.RESOURCE) != null,
                "country shapes (world-atlas via npm at build time) not in this build: world map assertions skipped");
        String m = get("/map?asOf=2021-01-01").body();
        assertThat(m).contains("<svg id=\"worldmap\"", "class=\"country in-b\" data-id=\"USA\"", "class=\"country in-b\" data-id=\"JPN\"",
                "class=\"country none\" data-id=\"BRA\"", "class=\"country none\" data-id=\"CHN\"",
                "<title>United States: Artemis Accords (founding signatory)</title>", "<title>Brazil: neither</title>");
        assertThat(m).doesNotContain("id=\"map-unavailable\"").doesNotContain("class=\"country in-b\" data-id=\"BRA\"");
        String later = get("/map?asOf=2021-12-31").body();
        assertThat(later).contains("class=\"country in-b\" data-id=\"BRA\"", "class=\"country in-a\" data-id=\"CHN\"",
                "<title>China: International Lunar Research Station (founding member)</title>");
        assertThat(later).as("states of the knowledge base are linked, areas without data are grey")
                .contains("<a href=\"/entity/CHN\" aria-label=\"China\"><path class=\"country in-a\"", "class=\"country nodata\"");
    }

    @Test
    void mapAndComparePickAnyGroupsAndTheUrlHoldsThem() {
        String one = get("/map?a=artemis-accords&asOf=2021-12-31").body();
        assertThat(one).as("a group alone: its members coloured, no second group")
                .contains("<option value=\"artemis-accords\" selected>", "<option value=\"\" selected>none", "class=\"tile in-a\" data-id=\"BRA\"",
                        "not a member", "<input type=\"hidden\" name=\"b\" value=\"\">")
                .doesNotContain("class=\"tile in-b\"", "class=\"tile in-both\"");
        String pair = get("/map?a=artemis-accords&b=ilrs&asOf=2021-12-31").body();
        assertThat(pair).contains("class=\"tile in-a\" data-id=\"BRA\"", "class=\"tile in-b\" data-id=\"CHN\"", "id=\"map-states\" data-csv=\"map-states\"");
        String cmp = get("/compare?a=artemis-accords&b=ilrs&asOf=2021-12-31").body();
        assertThat(cmp).as("the pickers show the chosen groups; the as-of form keeps them")
                .contains("id=\"pick-a\"", "<option value=\"artemis-accords\" selected>", "<option value=\"ilrs\" selected>",
                        "<input type=\"hidden\" name=\"a\" value=\"artemis-accords\">", "id=\"chart-members-table\"", "data-csv=\"members-a\"");
        assertThat(cmp.indexOf("<option value=\"artemis-accords\" selected>")).isLessThan(cmp.indexOf("<option value=\"ilrs\" selected>"));
        assertThat(get("/compare?a=no-such-group").statusCode()).isEqualTo(404);
    }

    @Test
    void withoutShapesTheMapSaysWhyAndShowsTheTiles() {
        var pages = new GroupPages(kb, null, null, new WorldMap.Loaded(null, "test <reason>"));
        String m = pages.map("ilrs", "artemis-accords", java.time.LocalDate.parse("2021-01-01"));
        assertThat(m).contains("id=\"map-unavailable\"", "test &lt;reason&gt;", "class=\"tile in-b\" data-id=\"USA\"").doesNotContain("<svg id=\"worldmap\"");
    }

    @Test
    void timelineAndNetworkPages() {
        String t = get("/timeline?a=RUS&b=CHN").body();
        assertThat(t).contains("<time>1950-02-14</time>", "Friendship treaty", "Lunar station memorandum");
        String n = get("/network?year=2022").body();
        assertThat(n).as("the communities list every actor; the figure is drawn from the JSON")
                .contains("href=\"/entity/CHN\"", "href=\"/entity/RUS\"", "href=\"/entity/USA\"", "id=\"polarisation\"",
                        "/api/v1/export/network.graphml?asOf=2022-12-31", "data-src=\"/api/v1/network?asOf=2022-12-31&amp;ties=backbone\"", "id=\"network-backbone\"");
        String p = get("/network?year=2022&kind=partnership&actors=state&node=CHN&ties=all&layer=treaties").body();
        assertThat(p).as("the filters of the URL are the form's values")
                .contains("<option value=\"partnership\" selected>", "<option value=\"state\" selected>", "<option value=\"all\" selected>all ties",
                        "<option value=\"treaties\" selected>", "id=\"node\" name=\"node\" list=\"node-names\" placeholder=\"id or name\" value=\"CHN\"");
        assertThat(get("/network?layer=Bad%20Layer").statusCode()).isEqualTo(400);
        assertThat(get("/network?kind=membership").statusCode()).isEqualTo(400);
        assertThat(get("/network?year=abc").statusCode()).isEqualTo(400);
    }
}
