package org.astropol.app;

import org.astropol.curation.BuildingKnowledgeBase;
import org.astropol.curation.CuratedDataReader;
import org.astropol.model.RollCall;
import org.astropol.web.WebConfig;
import org.astropol.web.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The /votes page over the repository's recorded votes, as a fresh clone serves it: every roll call is listed with its
 * tally and a per-region bar whose counts are those of the positions recorded for the states of each region.
 */
class VotesPageDataTest {
    static final Path ROOT = Path.of(System.getProperty("astropol.root"));
    static final List<String> REGIONS = List.of("Africa", "Americas", "Asia", "Europe", "Oceania");
    static final List<String> VOTES = List.of("yes", "no", "abstain", "absent");

    @Test
    void everyRollCallIsListedWithItsRegionBar(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("astropol.duckdb");
        BuildingKnowledgeBase.build(ROOT.resolve("data"), db, m -> { });
        var read = CuratedDataReader.read(ROOT.resolve("data"));
        var kb = read.knowledgeBase();
        try (WebServer server = WebServer.start(kb, WebConfig.defaults().withPort(0).withRateLimit(0, 0).withDatabase(db))) {
            var r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/votes")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            String page = r.body();
            assertThat(page).contains("By region (Africa, Americas, Asia, Europe, Oceania)");
            for (RollCall rc : read.rollCalls()) {
                String sym = rc.symbol().replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
                assertThat(page).as(rc.symbol()).contains(">" + sym + "</a>");
                if (rc.positions().isEmpty()) continue;
                // expected per region, from the recorded positions and the states' regions
                Map<String, int[]> expected = new LinkedHashMap<>();
                for (String region : REGIONS) expected.put(region, new int[4]);
                for (RollCall.Position p : rc.positions()) {
                    String region = kb.findEntity(p.state()).flatMap(e -> e.attribute("region")).orElse(null);
                    if (region != null && expected.containsKey(region)) expected.get(region)[VOTES.indexOf(p.vote())]++;
                }
                int at = page.indexOf("<title>" + sym + " by region</title>");
                assertThat(at).as(rc.symbol() + " has a region bar").isPositive();
                String bar = page.substring(at, page.indexOf("</svg>", at));
                for (var e : expected.entrySet()) {
                    int[] c = e.getValue();
                    String tip = e.getKey() + ": yes " + c[0] + ", no " + c[1] + ", abstain " + c[2] + ", absent " + c[3];
                    assertThat(bar).as(rc.symbol() + " " + e.getKey()).contains("<title>" + tip + "</title>");
                }
            }
            // A/RES/77/41: the nine no votes are spread as the positions say, Oceania has none
            Matcher m = Pattern.compile("<title>Oceania: yes (\\d+), no (\\d+)").matcher(page.substring(page.indexOf("<title>A/RES/77/41 by region")));
            assertThat(m.find()).isTrue();
            assertThat(Integer.parseInt(m.group(2))).isZero();
        }
    }
}
