package org.astropol.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks through the web application in a real headless Chromium (Debian packages chromium and chromium-driver),
 * asserting on what is shown and saving screenshots under target/screenshots. Skipped when Chromium is absent.
 */
class BrowserTest extends BrowserSession {
    @BeforeAll
    static void start() throws Exception {
        open(() -> TestServer.start(TestServer.fixture()));
    }

    @Test
    void searchThenProfile() throws Exception {
        driver.get(base + "/");
        shot("01-home");
        WebElement q = driver.findElement(By.id("q"));
        q.sendKeys("中华人民", Keys.ENTER);
        waitUp().until(ExpectedConditions.urlContains("/search"));
        List<WebElement> hits = driver.findElements(By.cssSelector("#entity-results li a"));
        assertThat(hits).extracting(WebElement::getText).containsExactly("China");
        shot("02-search");
        hits.get(0).click();
        waitUp().until(ExpectedConditions.urlContains("/entity/CHN"));
        assertThat(driver.findElement(By.id("entity-name")).getText()).startsWith("China");
        // the names are folded under the briefing: a click on their summary shows them
        assertThat(driver.findElement(By.id("names")).isDisplayed()).isFalse();
        driver.findElement(By.cssSelector("details.names-block summary")).click();
        assertThat(driver.findElement(By.id("names")).getText()).contains("中华人民共和国", "PRC");
        assertThat(driver.findElement(By.cssSelector("#status h3")).getText()).startsWith("Status and capabilities");
        assertThat(driver.findElement(By.id("status")).getText()).contains("8,900,000,000 USD", "11,000,000,000 USD", "disputed");
        assertThat(driver.findElement(By.id("cooperation")).getText()).contains("International Lunar Research Station", "Lunar station memorandum");
        // the statement holding a script tag shows it as text, and no script ran
        assertThat(driver.findElement(By.id("challenges")).getText()).contains("export controls <script>alert('xss')</script> limit partners");
        // (the page's scripts are the site's own: astropol.js, and the charts.js and d3 it loads for the charts)
        assertThat(((JavascriptExecutor) driver).executeScript("return Array.prototype.map.call(document.querySelectorAll('script'), function (s) { return s.getAttribute('src'); }).join(' ')"))
                .isEqualTo("/static/astropol.js /static/charts.js /static/lib/d3.min.js");
        assertThat(driver.findElement(By.id("footnotes")).getText()).contains("“China's budget was estimated at 8.9 billion”");
        shot("03-profile-CHN");
        // a footnote mark leads to its source
        driver.findElement(By.cssSelector("#status sup.fn a")).click();
        assertThat(driver.getCurrentUrl()).contains("#fn-");
        shot("03b-profile-CHN-footnotes");
        // the quoted figure's footnote links to the highlighted passage in the document reader
        driver.findElement(By.cssSelector("#footnotes a.passage[href*='8.9']")).click();
        waitUp().until(ExpectedConditions.urlContains("/document/web-src-a"));
        WebElement mark = driver.findElement(By.id("passage"));
        assertThat(mark.isDisplayed()).isTrue();
        assertThat(mark.getText().replaceAll("\\s+", " ")).isEqualTo("China's budget was estimated at 8.9 billion");
        assertThat(driver.findElement(By.id("document")).getText()).contains("<script>alert('doc')</script>");
        assertThat(driver.findElements(By.cssSelector("#document a.ent"))).extracting(WebElement::getText).contains("China", "Pakistan", "ILRS");
        shot("03c-document-passage");
    }

    @Test
    void comparisonWithTheAsOfSlider() throws Exception {
        driver.get(base + "/compare?a=ilrs&b=artemis-accords&asOf=2021-12-31");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("International Lunar Research Station versus Artemis Accords");
        assertThat(driver.findElement(By.id("count-a")).getText()).isEqualTo("2");
        assertThat(driver.findElement(By.id("count-b")).getText()).isEqualTo("3");
        // both groups' member states over time, drawn by charts.js (d3) as one step line each, with the day marked
        waitUp().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-members svg.d3chart")));
        assertThat(driver.findElements(By.cssSelector("#chart-members g.series-marks"))).extracting(e -> e.getDomAttribute("data-series"))
                .containsExactly("International Lunar Research Station", "Artemis Accords");
        assertThat(driver.findElements(By.cssSelector("#chart-members path.series"))).hasSize(2);
        assertThat(driver.findElements(By.cssSelector("#chart-members line.asof"))).hasSize(1);
        assertThat(driver.findElement(By.id("regions-a")).getText()).contains("Asia", "Europe");
        shot("04-compare-2021");
        // move the slider with the keyboard to its end (today): the date field follows; the page then shows that day
        WebElement slider = driver.findElement(By.id("asOf-slider"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", slider);
        slider.sendKeys(Keys.END);
        String today = java.time.LocalDate.now().toString();
        waitUp().until(d -> d.getCurrentUrl().contains("asOf=" + today));
        waitUp().until(ExpectedConditions.textToBe(By.id("count-a"), "5"));
        assertThat(driver.findElement(By.id("asOf")).getDomProperty("value")).isEqualTo(today);
        assertThat(driver.findElement(By.id("members-a")).getText()).contains("Egypt", "Pakistan", "Venezuela");
        shot("05-compare-slider-today");
        // drag it back to the left end (before any member): both sides empty
        WebElement back = driver.findElement(By.id("asOf-slider"));
        new org.openqa.selenium.interactions.Actions(driver).clickAndHold(back).moveByOffset(-(back.getSize().getWidth() / 2) + 2, 0).release().perform();
        waitUp().until(ExpectedConditions.textToBe(By.id("count-a"), "0"));
        assertThat(driver.findElement(By.id("count-b")).getText()).isEqualTo("0");
        shot("05b-compare-slider-start");
        driver.navigate().back();
        waitUp().until(ExpectedConditions.textToBe(By.id("count-a"), "5"));
        assertThat(driver.findElement(By.id("asOf")).getDomProperty("value")).as("the date field shows the page's day after going back").isEqualTo(today);
    }

    @Test
    void mapSlider() throws Exception {
        driver.get(base + "/map?asOf=2021-12-31");
        assertThat(driver.findElements(By.cssSelector("#tilemap .tile.in-a"))).extracting(e -> e.getText()).containsExactlyInAnyOrder("CHN", "RUS");
        assertThat(driver.findElements(By.cssSelector("#tilemap .tile.in-b"))).extracting(e -> e.getText()).containsExactlyInAnyOrder("USA", "JPN", "BRA");
        shot("10-map-2021");
        WebElement slider = driver.findElement(By.id("asOf-slider"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", slider);
        slider.sendKeys(Keys.END);
        waitUp().until(d -> d.getCurrentUrl().contains("asOf=" + java.time.LocalDate.now()));
        assertThat(driver.findElements(By.cssSelector("#tilemap .tile.in-a"))).extracting(e -> e.getText()).containsExactlyInAnyOrder("CHN", "RUS", "VEN", "PAK", "EGY");
        assertThat(driver.findElement(By.id("map-legend")).getText()).contains("5 International Lunar Research Station only");
        shot("11-map-today");
    }

    @Test
    void membersPageDateField() throws Exception {
        driver.get(base + "/members/artemis-accords?asOf=2021-01-01");
        assertThat(driver.findElement(By.id("state-count")).getText()).isEqualTo("2");
        WebElement field = driver.findElement(By.id("asOf"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value='2021-07-01'", field);
        driver.findElement(By.cssSelector("#asof-form button")).click();
        waitUp().until(ExpectedConditions.textToBe(By.id("state-count"), "3"));
        assertThat(driver.findElement(By.id("members")).getText()).contains("Brazil");
        shot("06-members-artemis");
    }

    @Test
    void networkAndTimeline() throws Exception {
        driver.get(base + "/network?year=2024");
        waitUp().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.network a.node")));
        int all = driver.findElements(By.cssSelector("svg.network a.node")).size();
        assertThat(all).as("the actors of the analysis' network (states and organisations with a tie)").isEqualTo(
                org.astropol.analysis.CooperationNetwork.of(TestServer.fixture(), java.time.LocalDate.of(2024, 12, 31), org.astropol.analysis.CooperationNetwork.Config.defaults()).nodes().size())
                .isEqualTo(8);
        assertThat(driver.findElements(By.cssSelector("#communities li"))).hasSizeGreaterThanOrEqualTo(2);
        shot("07-network-2024");
        new Select(driver.findElement(By.id("kind"))).selectByValue("partnership");
        // all ties, not only the backbone: a lone tie between two actors is no significant share of anyone's weight
        new Select(driver.findElement(By.id("ties"))).selectByValue("all");
        WebElement year = driver.findElement(By.id("year"));
        year.clear();
        year.sendKeys("1960");
        driver.findElement(By.cssSelector("#network-form button")).click();
        // the script asks for that year's network and draws it in place; the URL follows
        waitUp().until(ExpectedConditions.textToBePresentInElementLocated(By.id("network-summary"), "2 actors, 1 ties shown"));
        waitUp().until(ExpectedConditions.textToBePresentInElementLocated(By.id("network-summary"), "as of 1960-12-31"));
        assertThat(driver.getCurrentUrl()).contains("year=1960", "kind=partnership");
        assertThat(driver.findElements(By.cssSelector("svg.network a.node"))).extracting(e -> e.getDomAttribute("data-id")).containsExactlyInAnyOrder("SUN", "CHN");
        shot("08-network-1960-partnerships");
        driver.findElement(By.cssSelector("svg.network a.node[data-id='CHN'] circle")).click();
        waitUp().until(ExpectedConditions.urlContains("/entity/CHN"));
        driver.get(base + "/timeline?a=RUS&b=CHN");
        List<WebElement> entries = driver.findElements(By.cssSelector("#timeline li"));
        assertThat(entries.get(0).getText()).startsWith("1950-02-14");
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("Friendship treaty", "Lunar station memorandum");
        shot("09-timeline-RUS-CHN");
    }
}
