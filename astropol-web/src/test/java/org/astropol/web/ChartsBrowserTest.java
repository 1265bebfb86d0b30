package org.astropol.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The charts static/charts.js draws with d3 from the JSON each figure embeds, over the repository's data in headless
 * Chromium: one mark per embedded point, the downloads (CSV, SVG, PNG) carrying the day, the data hash and the ids,
 * and the table with a visible note when the library cannot be loaded. Screenshots under target/screenshots
 * (charts-CHN-1366.png ...). Skipped without Chromium.
 */
class ChartsBrowserTest extends BrowserSession {
    @TempDir static Path tmp;
    static RepositoryServer.Built built;

    @BeforeAll
    static void start() throws Exception {
        built = RepositoryServer.build(tmp);
        open(() -> RepositoryServer.start(built));
    }

    static void load(String path, int width) { loadFullHeight(path, width); }

    static long embeddedPoints(String figure) {
        return (Long) js("var s = JSON.parse(document.getElementById(arguments[0]).getAttribute('data-chart')).series;"
                + " return s.reduce(function (n, x) { return n + x.points.length; }, 0);", figure);
    }

    @Test
    void launchesChartIsDrawnFromTheEmbeddedPointsAndDownloadsCarryDayHashAndIds() throws Exception {
        load("/entity/CHN", 1366);
        waitUp().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-launches svg.d3chart")));
        long points = embeddedPoints("chart-launches");
        assertThat(points).isGreaterThan(80);
        assertThat(driver.findElements(By.cssSelector("#chart-launches svg .mark"))).as("one bar per embedded point").hasSize((int) points);
        assertThat(driver.findElements(By.cssSelector("#chart-launches-table tbody tr"))).hasSize((int) points);
        WebElement svg = driver.findElement(By.cssSelector("#chart-launches svg.d3chart"));
        assertThat(svg.getDomAttribute("role")).isEqualTo("img");
        assertThat(svg.getDomAttribute("aria-label")).startsWith("Orbital launches per year: Launch attempts, Successful launches,");
        assertThat(svg.getSize().getWidth()).as("drawn at the column's width").isGreaterThan(500);
        // drawn: the table folds away but stays in the figure (its summary reaches it)
        assertThat(driver.findElement(By.cssSelector("#chart-launches details.chart-data")).getDomProperty("open")).isEqualTo("false");
        // the 2019 bar's tooltip names its statement and source
        var st = built.kb().statementsAbout("CHN").stream()
                .filter(s -> s.property().equals("orbital-launches") && s.valid().from().toString().startsWith("2019")).findFirst().orElseThrow();
        assertThat((String) js("return Array.prototype.map.call(document.querySelectorAll('#chart-launches svg .mark title'), function (t) { return t.textContent; }).join('\\n')"))
                .containsPattern("Launch attempts, 2019: \\d+ · records " + st.id() + " · sources [^\\n]*gcat-launchlog-2024");

        String day = LocalDate.now().toString(), hash = built.dataHash();
        assertThat(driver.findElement(By.id("chart-launches")).getDomAttribute("data-hash")).isEqualTo(hash);
        // the CSV link: every row with the day and the data hash
        String href = driver.findElement(By.cssSelector("#chart-launches a.csv")).getDomAttribute("href");
        String csv = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(function (r) { return r.text(); }).then(done);", href);
        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).isEqualTo("series,x,value,records,sources,as_of,data_hash");
        assertThat(lines).hasSize(1 + (int) points);
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).endsWith("," + day + "," + hash));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Launch attempts,2019,").contains(st.id(), "gcat-launchlog-2024"));
        // the SVG: the picture with its data (day, hash, record and source ids) inside
        String file = capture(By.cssSelector("#chart-launches-downloads button.svg"));
        assertThat(file).startsWith("<?xml").contains("<svg", "<metadata", "\"asOf\":\"" + day + "\"", "\"dataHash\":\"" + hash + "\"", st.id(), "gcat-launchlog-2024",
                "as of " + day);
        // the PNG: a picture with a text chunk holding the same
        js("window.__downloaded = null; window.astropol.download = function (name, data) { window.__downloaded = Array.from(data); };");
        driver.findElement(By.cssSelector("#chart-launches-downloads button.png")).click();
        waitUp().until(d -> js("return window.__downloaded") != null);
        @SuppressWarnings("unchecked") List<Long> bytes = (List<Long>) js("return window.__downloaded");
        byte[] png = new byte[bytes.size()];
        for (int i = 0; i < png.length; i++) png[i] = (byte) (long) bytes.get(i);
        assertThat(java.util.Arrays.copyOf(png, 8)).containsExactly(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a);
        String text = new String(png, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("tEXtComment\0astropol Orbital launches per year; as of " + day + "; data hash " + hash, st.id());
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(image).as("a PNG Java can read (the inserted chunk's CRC is right)").isNotNull();
        assertThat(image.getWidth()).isEqualTo(2 * svg.getSize().getWidth());
    }

    @Test
    void withoutTheLibraryTheFiguresAreTablesWithANote() throws Exception {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/static/lib/d3.min.js")));
        try {
            load("/entity/CHN", 1366);
            WebElement note = waitUp().until(ExpectedConditions.visibilityOfElementLocated(By.id("chart-launches-missing")));
            assertThat(note.getText()).isEqualTo("The chart library (d3) could not be loaded: the figures are shown as a table.");
            assertThat(driver.findElements(By.cssSelector("#chart-launches svg"))).isEmpty();
            assertThat(driver.findElement(By.cssSelector("#chart-launches details.chart-data")).getDomProperty("open")).isEqualTo("true");
            List<WebElement> rows = driver.findElements(By.cssSelector("#chart-launches-table tbody tr"));
            assertThat(rows).hasSize((int) embeddedPoints("chart-launches"));
            assertThat(rows.getFirst().isDisplayed()).isTrue();
            assertThat(driver.findElement(By.id("chart-budgets-missing")).isDisplayed()).isTrue();
            // the CSV stays a link to the server's file
            assertThat(driver.findElement(By.cssSelector("#chart-launches a.csv")).isDisplayed()).isTrue();
            shot("charts-CHN-without-d3");
            figure("chart-launches", "charts-CHN-without-d3-figure");
            // a chart without a server CSV (the ideal points) gets one built from its embedded points
            load("/alignment?states=USA,CHN,RUS,JPN,BRA", 1366);
            waitUp().until(ExpectedConditions.visibilityOfElementLocated(By.id("chart-ideal-points-missing")));
            String csv = capture(By.cssSelector("#chart-ideal-points-downloads button.csv"));
            assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("series,x,value,low,high,records,sources,as_of,data_hash");
            assertThat(csv.lines().skip(1)).hasSize(5).allSatisfy(l -> assertThat(l).endsWith("," + LocalDate.now() + "," + built.dataHash()));
        } finally {
            driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
            driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1366, 390})
    void chartsAtALaptopsAndAPhonesWidth(int width) throws Exception {
        load("/entity/CHN", width);
        waitUp().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-budgets svg.d3chart")));
        for (String id : List.of("chart-launches", "chart-budgets")) {
            WebElement svg = driver.findElement(By.cssSelector("#" + id + " svg.d3chart"));
            assertThat(svg.getRect().getX() + svg.getRect().getWidth()).as(id + " within the window").isLessThanOrEqualTo(width);
            assertThat(driver.findElements(By.cssSelector("#" + id + " svg .mark"))).hasSize((int) embeddedPoints(id));
        }
        assertNoSidewaysScroll("/entity/CHN", width);
        shot("charts-CHN-" + width);
        figure("charts", "charts-CHN-figures-" + width);
        load("/alignment?states=USA,CHN,RUS,JPN,BRA", width);
        waitUp().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-ideal-points svg.d3chart")));
        assertThat(driver.findElements(By.cssSelector("#chart-ideal-points g.ideal-point"))).hasSize(5);
        WebElement ideal = driver.findElement(By.cssSelector("#chart-ideal-points svg.d3chart"));
        assertThat(ideal.getRect().getX() + ideal.getRect().getWidth()).as("the ideal points within the window").isLessThanOrEqualTo(width);
        assertNoSidewaysScroll("/alignment", width);
        shot("charts-alignment-" + width);
        figure("chart-ideal-points", "charts-alignment-figure-" + width);
        load("/firsts", width);
        waitUp().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-race svg.d3chart")));
        assertThat(driver.findElements(By.cssSelector("#chart-race svg .mark"))).hasSize((int) embeddedPoints("chart-race"));
        assertNoSidewaysScroll("/firsts", width);
        shot("charts-firsts-" + width);
        figure("chart-race", "charts-firsts-figure-" + width);
        load("/tiers", width);
        waitUp().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-tiers svg.d3chart")));
        assertThat(driver.findElements(By.cssSelector("#chart-tiers svg .mark"))).hasSize((int) embeddedPoints("chart-tiers"));
        assertNoSidewaysScroll("/tiers", width);
        figure("chart-tiers", "charts-tiers-figure-" + width);
    }

    /** A screenshot of one element (the full-page ones are too tall to look at). */
    static void figure(String id, String name) throws Exception {
        java.io.File f = driver.findElement(By.id(id)).getScreenshotAs(org.openqa.selenium.OutputType.FILE);
        java.nio.file.Files.copy(f.toPath(), HeadlessChromium.SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Clicks a download button with the page's download function replaced by one that keeps the text. */
    static String capture(By button) {
        js("window.__downloaded = null; window.astropol.download = function (name, text) { window.__downloaded = text; };");
        driver.findElement(button).click();
        waitUp().until(d -> js("return window.__downloaded") != null);
        return (String) js("return window.__downloaded");
    }
}
