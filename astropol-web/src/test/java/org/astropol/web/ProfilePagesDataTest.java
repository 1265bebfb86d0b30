package org.astropol.web;

import org.astropol.analysis.Firsts;
import org.astropol.model.Entity;
import org.astropol.model.EntityType;
import org.astropol.model.KnowledgeBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The briefing profiles and the firsts matrix over the repository's data, as a fresh clone serves them: China, ten
 * sampled states and ten sampled organisations render with their headline and charts; the matrix holds exactly the
 * firsts the analysis computes; the CSV downloads carry the day, the build's data hash and the record and source ids.
 */
class ProfilePagesDataTest {
    @TempDir static Path tmp;
    static RepositoryServer.Built built;
    static WebServer server;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        built = RepositoryServer.build(tmp);
        server = RepositoryServer.start(built);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() { if (server != null) server.close(); }

    static HttpResponse<String> get(String path) { return TestServer.send("GET", base + path, null); }

    static String page(String path) {
        var r = get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body().substring(0, Math.min(300, r.body().length()))).isEqualTo(200);
        assertThat(r.body()).as(path).startsWith("<!doctype html>").endsWith("</html>\n");
        return r.body();
    }

    /** {@code n} ids of the type, drawn with a fixed seed among those with at least {@code minStatements} statements. */
    static List<String> sample(KnowledgeBase kb, EntityType type, int n, int minStatements) {
        List<String> ids = new ArrayList<>(kb.entities().stream().filter(e -> e.type() == type)
                .filter(e -> kb.statementsAbout(e.id()).size() + kb.relationshipsOf(e.id()).size() >= minStatements).map(Entity::id).sorted().toList());
        Collections.shuffle(ids, new Random(14));
        return ids.subList(0, Math.min(n, ids.size()));
    }

    @Test
    void chinaOpensWithHeadlineFiguresAndChartsAboveTheStatements() {
        String p = page("/entity/CHN");
        int headline = p.indexOf("id=\"headline\""), launches = p.indexOf("id=\"chart-launches\""), statements = p.indexOf("id=\"statements\"");
        assertThat(headline).isPositive().isLessThan(launches);
        assertThat(launches).isLessThan(statements);
        assertThat(p).contains("id=\"fig-budget\"", "id=\"fig-launches\"", "id=\"fig-tier\"", "id=\"chart-budgets\"", "id=\"entity-firsts\"",
                "id=\"membership-badges\"", "id=\"partner-list\"", "id=\"latest-events\"", "id=\"footnotes\"");
        // the launches chart (drawn in the browser) embeds one point per year with launches, with the day and the data
        // hash; its data table lists the same points with the GCAT statements
        String figure = p.substring(launches, p.indexOf("</figure>", launches));
        long years = built.kb().statementsAbout("CHN").stream().filter(s -> s.property().equals("orbital-launches")).map(s -> s.valid().from().toString().substring(0, 4)).distinct().count();
        assertThat(Pattern.compile("<tr><td>Launch attempts</td>").matcher(figure).results().count()).isEqualTo(years).isGreaterThan(40);
        String json = attribute(figure, "data-chart");
        assertThat(Pattern.compile("\\{\"x\":\"\\d{4}\"").matcher(json.substring(json.indexOf("\"series\""), json.indexOf("\"label\":\"Successful launches\""))).results().count()).isEqualTo(years);
        assertThat(json).contains("\"asOf\":\"" + java.time.LocalDate.now() + "\"", "\"dataHash\":\"" + built.dataHash() + "\"", "gcat-launchlog-2024");
        // every headline figure with a source has a footnote mark
        String fig = p.substring(p.indexOf("id=\"fig-budget\""), p.indexOf("</div></div>", p.indexOf("id=\"fig-budget\"")));
        assertThat(fig).contains("USD", "<sup class=\"fn\">");
        // the alignment on curated votes is shown (the database holds the recorded votes)
        assertThat(p).contains("id=\"alignment-table\"").doesNotContain("id=\"alignment-missing\"");
        // statements are grouped by property and collapsible; the filter narrows them on the server too
        assertThat(p).contains("<details class=\"property\" data-property=\"orbital-launches\"");
        String filtered = page("/entity/CHN?q=launch");
        assertThat(filtered).contains("data-property=\"orbital-launches\"").doesNotContain("data-property=\"member-of\"");
    }

    @Test
    void germanyBudgetIsConvertedAtTheYearsRate() {
        // the Fed's euro rates in data/economy run to 2023: as of 2023 the latest budget is converted, a later one is not
        String p = page("/entity/DEU?asOf=2023-12-31");
        String fig = p.substring(p.indexOf("id=\"fig-budget\""), p.indexOf("</div></div>", p.indexOf("id=\"fig-budget\"")));
        assertThat(fig).contains("USD", " EUR per USD (");
        assertThat(p).contains("id=\"chart-budgets\"");
        String later = page("/entity/DEU?asOf=2025-06-30");
        String fig2 = later.substring(later.indexOf("id=\"fig-budget\""), later.indexOf("</div></div>", later.indexOf("id=\"fig-budget\"")));
        assertThat(fig2).contains("EUR", "no EUR rate for 2024 in the data, not converted");
    }

    @Test
    void tenSampledStatesRenderTheirBriefing() {
        List<String> states = sample(built.kb(), EntityType.STATE, 10, 5);
        assertThat(states).hasSize(10);
        for (String id : states) {
            String p = page("/entity/" + id);
            assertThat(p).as(id).contains("id=\"entity-name\"", "id=\"charts\"", "id=\"chart-launches\"", "id=\"chart-budgets\"", "id=\"statements\"",
                    "id=\"alignment\"");
            assertThat(p.indexOf("id=\"charts\"")).as(id + ": charts above the statements").isLessThan(p.indexOf("id=\"statements\""));
        }
    }

    @Test
    void tenSampledOrganisationsRenderTheirProfile() {
        List<String> orgs = sample(built.kb(), EntityType.ORGANISATION, 10, 3);
        assertThat(orgs).hasSize(10);
        for (String id : orgs) {
            String p = page("/entity/" + id);
            assertThat(p).as(id).contains("id=\"entity-name\"", "id=\"statements\"", "id=\"partners\"").doesNotContain("id=\"headline\"");
            boolean linked = built.kb().relationshipsOf(id).stream().anyMatch(r -> r instanceof org.astropol.model.Relationship.ParentLink);
            if (linked) assertThat(p).as(id + " has parents or children").contains("id=\"structure\"");
        }
        // a programme with members shows them over time and by region
        String ilrs = page("/entity/ilrs");
        assertThat(ilrs).contains("id=\"chart-members\"", "id=\"group-regions\"");
    }

    @Test
    void firstsMatrixHoldsWhatTheAnalysisComputes() {
        LocalDate day = LocalDate.now();
        String p = page("/firsts");
        assertThat(p).contains("id=\"firsts-matrix\"", "id=\"chart-race\"");
        int cells = 0;
        for (String cap : FirstsMatrix.capabilities(built.kb())) {
            for (Firsts.Achiever a : Firsts.of(built.kb(), cap, day).states()) {
                int row = p.indexOf("<tr data-id=\"" + a.id() + "\">");
                assertThat(row).as(a.id()).isPositive();
                String tr = p.substring(row, p.indexOf("</tr>", row));
                assertThat(tr).as(a.id() + " " + cap).containsPattern("data-capability=\"" + Pattern.quote(cap) + "\"><a href=\"/entity/[^\"]+\" title=\"[^\"]*\">"
                        + Pattern.quote(a.date()) + "</a>");
                cells++;
            }
        }
        assertThat(Pattern.compile("<td class=\"first").matcher(p).results().count()).isEqualTo(cells).isGreaterThan(20);
        // the matrix follows the day: before Sputnik nobody had a first
        assertThat(page("/firsts?asOf=1957-01-01")).contains("0 states with at least one first");
    }

    @Test
    void csvDownloadsCarryDayDataHashAndIds() {
        var r = get("/entity/CHN?asOf=2020-06-30&format=csv&table=chart-launches");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        String[] lines = r.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("series,x,value,records,sources,as_of,data_hash");
        assertThat(built.dataHash()).isNotBlank();
        List<String> rows = List.of(lines).subList(1, lines.length);
        assertThat(rows).allSatisfy(l -> assertThat(l).endsWith(",2020-06-30," + built.dataHash()));
        String y2019 = rows.stream().filter(l -> l.startsWith("Launch attempts,2019,")).findFirst().orElseThrow();
        var st = built.kb().statementsAbout("CHN").stream().filter(s -> s.property().equals("orbital-launches") && s.valid().from().toString().startsWith("2019")).findFirst().orElseThrow();
        assertThat(y2019).contains("," + st.id() + ",", "gcat-launchlog-2024");
        assertThat(rows).noneMatch(l -> l.startsWith("Launch attempts,2021,")).as("nothing after the day");

        String m = get("/firsts?format=csv&table=matrix&asOf=1970-12-31").body();
        assertThat(m.split("\r\n")[0]).isEqualTo("state,name,capability,date,status,records,sources,as_of,data_hash");
        assertThat(m).contains("SUN,Soviet Union,orbital-launch,1957-10-04,asserted,");
        assertThat(m.split("\r\n")).hasSize(1 + (int) FirstsMatrix.capabilities(built.kb()).stream()
                .mapToLong(c -> Firsts.of(built.kb(), c, LocalDate.of(1970, 12, 31)).states().size()).sum());
        assertThat(get("/firsts?format=csv&table=race").body()).startsWith("series,x,value,records,sources,as_of,data_hash\r\n");
        assertThat(get("/entity/CHN?format=csv&table=nope").statusCode()).isEqualTo(400);
        assertThat(get("/entity/CHN?format=xml").statusCode()).isEqualTo(400);
        String statements = get("/entity/CHN?format=csv&table=statements").body();
        assertThat(statements.split("\r\n").length - 1).isEqualTo(built.kb().statementsAbout("CHN").size() + built.kb().relationshipsOf("CHN").size());
    }

    /** An attribute's value as the browser reads it (jte escapes the five HTML characters). */
    static String attribute(String html, String name) {
        int from = html.indexOf(name + "=\"") + name.length() + 2;
        return html.substring(from, html.indexOf('"', from)).replace("&#34;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
