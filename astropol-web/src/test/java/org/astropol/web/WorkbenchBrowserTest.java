package org.astropol.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.astropol.model.KnowledgeBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The workbench as a person sees it, in headless Chromium over the fixture knowledge base and database: the analysis
 * pages at a laptop's and a phone's width (screenshots under target/screenshots), the network drawn and filtered by
 * keyboard, the CSV downloads, and an axe-core scan of every page with no serious or critical violation.
 */
class WorkbenchBrowserTest extends BrowserSession {
    static final List<Integer> WIDTHS = List.of(1366, 390);
    @TempDir static Path tmp;

    @BeforeAll
    static void start() throws Exception {
        KnowledgeBase kb = TestServer.fixture();
        Path db = TestServer.database(tmp, kb);
        open(() -> TestServer.start(kb, db));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    static JavascriptExecutor js() { return driver; }

    static void width(int px) { driver.manage().window().setSize(new Dimension(px, 1000)); }

    /** Opens a page and, on /network, waits for the layout to be drawn. */
    static void visit(String path) {
        driver.get(base + path);
        if (path.startsWith("/network")) waitUp().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg#network a.node")));
    }

    @Test
    void analysisPagesAtLaptopAndPhoneWidth() throws Exception {
        List<String> pages = List.of("/network?year=2024", "/compare?a=ilrs&b=artemis-accords&asOf=2024-06-30", "/map?a=ilrs&b=artemis-accords&asOf=2024-06-30",
                "/votes", "/tiers?asOf=2024-06-30");
        try {
            for (int w : WIDTHS) {
                width(w);
                for (String p : pages) {
                    visit(p);
                    String name = p.substring(1).replaceAll("[?].*", "");
                    shot("30-" + name + "-" + w);
                    assertNoSidewaysScroll(p, w);
                    assertThat(driver.findElement(By.tagName("h1")).isDisplayed()).isTrue();
                }
            }
        } finally {
            width(1280);
        }
    }

    /** The pages once built as strings (now templates): readable at both widths, their tables and downloads in place. */
    @Test
    void referencePagesAtLaptopAndPhoneWidth() throws Exception {
        List<String> pages = List.of("/search?q=china", "/members/artemis-accords?asOf=2024-01-01", "/sources", "/firsts/orbital-launch?asOf=2024-01-01",
                "/document/web-src-a?q=" + java.net.URLEncoder.encode("China's budget was estimated at 8.9 billion", StandardCharsets.UTF_8));
        try {
            for (int w : WIDTHS) {
                width(w);
                for (String p : pages) {
                    visit(p);
                    String name = p.substring(1).replaceAll("[?].*", "").replace('/', '-');
                    shot("32-" + name + "-" + w);
                    assertNoSidewaysScroll(p, w);
                    assertThat(driver.findElement(By.tagName("h1")).isDisplayed()).isTrue();
                }
            }
        } finally {
            width(1280);
        }
        visit("/members/artemis-accords?asOf=2021-01-01");
        String hash = String.valueOf(js().executeScript("return document.querySelector('.view-data').getAttribute('data-hash')"));
        // one CSV of the members table: the server's link (with sources), no second button of the browser's
        assertThat(driver.findElements(By.cssSelector("#download-members button"))).isEmpty();
        String href = driver.findElement(By.id("csv-link")).getDomAttribute("href");
        assertThat(href).isEqualTo("/members/artemis-accords?asOf=2021-01-01&format=csv&table=members");
        String members = String.valueOf(js().executeAsyncScript("var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done)", href));
        assertThat(members.lines().findFirst().orElseThrow()).startsWith("id,name,").contains("sources", "as_of", "data_hash");
        assertThat(members.lines().skip(1)).isNotEmpty().allSatisfy(l -> assertThat(l).contains("2021-01-01").contains(hash));
        visit("/firsts/orbital-launch?asOf=2024-01-01");
        assertThat(driver.findElements(By.cssSelector("#firsts-table tbody tr[data-id]"))).isNotEmpty()
                .allSatisfy(r -> assertThat(r.findElements(By.cssSelector("td a[href^='/sources#src-']"))).as("each first names its sources").isNotEmpty());
    }

    @Test
    void networkIsALayoutWithCommunitiesAFoundNodeAndKeyboardFilters() throws Exception {
        visit("/network?year=2024");
        JsonNode net = TestServer.json(base + "/api/v1/network?year=2024", 200);
        List<WebElement> nodes = driver.findElements(By.cssSelector("svg#network a.node"));
        assertThat(nodes).as("every actor of the analysis is drawn").hasSize(net.get("nodes").size());
        // a force layout spreads the actors: no two share a position, and they are not on one circle
        List<double[]> xy = new ArrayList<>();
        for (WebElement n : nodes) {
            String t = n.getDomAttribute("transform");
            String[] p = t.substring(t.indexOf('(') + 1, t.indexOf(')')).split(",");
            xy.add(new double[]{Double.parseDouble(p[0]), Double.parseDouble(p[1])});
        }
        assertThat(xy.stream().map(p -> Math.round(p[0]) + "," + Math.round(p[1])).distinct().count()).isEqualTo(xy.size());
        assertThat(driver.findElements(By.cssSelector("#network-legend li"))).as("a legend entry per coloured community").isNotEmpty();
        String colourOfChina = driver.findElement(By.cssSelector("svg#network a.node[data-id='CHN'] circle")).getDomAttribute("class").split(" ")[0];
        assertThat(colourOfChina).matches("c[0-7]|cx");

        // find a node by name: it and its partners are highlighted, and the URL keeps it
        WebElement find = driver.findElement(By.id("node"));
        find.sendKeys("China", Keys.ENTER);
        waitUp().until(d -> d.getCurrentUrl().contains("node=China"));
        assertThat(driver.findElement(By.cssSelector("svg#network a.node[data-id='CHN']")).getDomAttribute("class")).contains("target");
        assertThat(driver.findElement(By.id("network-partners")).getText()).startsWith("China").contains(": ").contains("Russia");
        assertThat(driver.findElements(By.cssSelector("svg#network a.node.hi"))).hasSizeGreaterThan(1);
        shot("31-network-find-china");

        // the tie filter by keyboard: the select changes at a key, the view and the URL follow
        WebElement kind = driver.findElement(By.id("kind"));
        js().executeScript("arguments[0].focus()", kind);
        kind.sendKeys(Keys.ARROW_DOWN);
        waitUp().until(d -> d.getCurrentUrl().contains("kind=partnership"));
        assertThat(driver.findElement(By.id("network-summary")).getText()).contains("actors", "ties shown");
        assertThat(driver.findElements(By.cssSelector("svg#network a.node"))).extracting(e -> e.getDomAttribute("data-id")).contains("CHN", "RUS")
                .doesNotContain("ilrs");

        // the year slider by keyboard: two steps back ask the server for that year's network
        WebElement slider = driver.findElement(By.id("year-slider"));
        js().executeScript("arguments[0].focus()", slider);
        slider.sendKeys(Keys.ARROW_LEFT, Keys.ARROW_LEFT);
        assertThat(driver.findElement(By.id("year")).getDomProperty("value")).isEqualTo("2022");
        waitUp().until(d -> d.getCurrentUrl().contains("year=2022"));
        waitUp().until(ExpectedConditions.textToBePresentInElementLocated(By.id("network-summary"), "as of 2022-12-31"));
        assertThat(driver.getCurrentUrl()).contains("kind=partnership", "node=China");

        // a node is a link to the profile, reachable by keyboard focus
        WebElement china = driver.findElement(By.cssSelector("svg#network a.node[data-id='CHN']"));
        js().executeScript("arguments[0].focus()", china);
        assertThat(driver.findElement(By.id("network-partners")).getText()).startsWith("China");
        china.sendKeys(Keys.ENTER);
        waitUp().until(ExpectedConditions.urlContains("/entity/CHN"));
    }

    @Test
    void downloadsCarryTheDayTheDataHashAndTheIds() throws Exception {
        visit("/network?year=2024");
        String hash = String.valueOf(js().executeScript("return document.getElementById('network-view').getAttribute('data-hash')"));
        assertThat(hash).as("build_info.data_hash, or the note that the database has none").isNotBlank();
        String ties = captureDownload(By.id("download-ties"));
        assertThat(ties.lines().findFirst().orElseThrow()).isEqualTo("source,target,weight,kinds,layers,backbone,records,as_of,data_hash");
        assertThat(ties.lines().skip(1)).isNotEmpty().allSatisfy(l -> assertThat(l).endsWith(",2024-12-31," + hash));
        String svg = captureDownload(By.id("download-svg"));
        assertThat(svg).startsWith("<?xml").contains("<svg", "fill=\"rgb(");

        driver.get(base + "/compare?a=ilrs&b=artemis-accords&asOf=2021-12-31");
        String members = captureDownload(By.cssSelector("#download-members-a button"));
        assertThat(members.lines().findFirst().orElseThrow()).isEqualTo("member,type,role,stage,since,until,id,records,sources,as_of,data_hash");
        assertThat(members).contains(",CHN,", ",2021-12-31," + hash);
        driver.get(base + "/map?a=artemis-accords&asOf=2021-12-31");
        String states = captureDownload(By.cssSelector("#download-map-states button"));
        assertThat(states).contains("Brazil,Americas,member,BRA,");
    }

    /** Clicks a download button with the page's download function replaced by one that keeps the text. */
    static String captureDownload(By button) {
        js().executeScript("window.__downloaded = null; window.astropol.download = function (name, text) { window.__downloaded = text; };");
        WebElement b = driver.findElement(button);
        js().executeScript("arguments[0].click()", b);
        waitUp().until(d -> js().executeScript("return window.__downloaded") != null);
        return (String) js().executeScript("return window.__downloaded");
    }

    @Test
    void everyPagePassesTheAccessibilityScan() throws Exception {
        String axe = axeSource();
        assumeTrue(axe != null, "axe-core (npm, fetched at build time) not in this build: accessibility scan skipped");
        JsonNode docs = TestServer.json(base + "/api/v1/documents", 200);
        String document = docs.get("documents").get(0).get("id").asText();
        List<String> pages = List.of("/", "/search?q=china", "/entity/CHN", "/entity/ilrs", "/members/artemis-accords?asOf=2024-01-01",
                "/compare", "/compare?a=artemis-accords&b=ilrs&asOf=2021-12-31", "/map", "/map?a=ilrs", "/timeline?a=RUS&b=CHN", "/network?year=2024",
                "/sources", "/tiers", "/firsts", "/firsts/orbital-launch", "/votes", "/votes/A%2FRES%2F69%2F32", "/alignment", "/documents",
                "/documents/" + document, "/document/web-src-a", "/no-such-page");
        List<String> problems = new ArrayList<>();
        for (String p : pages) {
            visit(p);
            js().executeScript(axe);
            String result = (String) driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "axe.run(document, { resultTypes: ['violations'] }).then(function (r) {"
                    + "  done(JSON.stringify(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                    + "    .map(function (v) { return { id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }) }; })));"
                    + "}, function (e) { done('error: ' + e); });");
            if (!result.equals("[]")) problems.add(p + ": " + result);
        }
        assertThat(problems).as("serious or critical accessibility violations").isEmpty();
    }

    static String axeSource() throws IOException {
        try (InputStream in = WorkbenchBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
