package org.astropol.web;

import org.astropol.model.KnowledgeBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the tiers page (a weight changed moves a rank), a UN vote page, the alignment matrix and the document reader
 * in headless Chromium, over the fixture knowledge base and a database made in the test (unvotes fixture imported with
 * astropol-imports, a text ingested with astropol-ingest). Screenshots under target/screenshots. Skipped without Chromium.
 */
class AnalyticsBrowserTest extends BrowserSession {
    @TempDir static Path tmp;

    @BeforeAll
    static void start() throws Exception {
        KnowledgeBase kb = TestServer.fixture();
        Path db = TestServer.database(tmp, kb);
        open(() -> TestServer.start(kb, db));
    }

    static String rank(String id) { return driver.findElement(By.cssSelector("#tiers-table tr[data-id='" + id + "'] td.rank")).getText(); }

    static void setWeight(String indicator, String value) {
        WebElement w = driver.findElement(By.id("w-" + indicator));
        w.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        w.sendKeys(value);
    }

    @Test
    void tiersWeightsMoveTheRanks() throws Exception {
        driver.get(base + "/tiers?asOf=2024-06-30");
        assertThat(rank("USA")).isEqualTo("1");
        int before = Integer.parseInt(rank("CHN"));
        assertThat(before).isGreaterThan(1);
        waitUp().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-tiers svg.d3chart")));
        assertThat(driver.findElements(By.cssSelector("#chart-tiers g.bar[data-id] rect.mark"))).hasSizeGreaterThanOrEqualTo(2);
        shot("20-tiers");
        setWeight("budget", "20");
        setWeight("launches", "0");
        setWeight("firsts", "0");
        driver.findElement(By.cssSelector("#tiers-form button")).click();
        waitUp().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tiers-summary"), "weights changed"));
        assertThat(driver.getCurrentUrl()).contains("weight.budget=20");
        // China has a budget in the fixture, weighted up; launches and firsts, where the USA leads, weighted out
        int after = Integer.parseInt(rank("CHN"));
        assertThat(after).isLessThan(before);
        assertThat(driver.findElement(By.cssSelector("#tiers-table tr[data-id='CHN']")).getText()).contains("▲" + (before - after));
        assertThat(driver.findElement(By.id("w-budget")).getDomProperty("value")).isEqualTo("20");
        shot("21-tiers-budget-weighted");
        driver.findElement(By.id("reset-weights")).click();
        waitUp().until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("tiers-summary"), "weights changed")));
        assertThat(rank("USA")).isEqualTo("1");
        assertThat(rank("CHN")).isEqualTo(String.valueOf(before));
    }

    @Test
    void aResolutionsVotesAndTheAlignmentMatrix() throws Exception {
        driver.get(base + "/votes");
        driver.findElement(By.id("symbol")).sendKeys("A/RES/69/32", Keys.ENTER);
        waitUp().until(ExpectedConditions.presenceOfElementLocated(By.id("vote-title")));
        assertThat(driver.findElement(By.id("vote-title")).getText()).isEqualTo("A/RES/69/32");
        assertThat(driver.findElement(By.id("tally")).getText()).contains("yes 4", "no 1", "abstain 2", "absent 0");
        assertThat(driver.findElement(By.cssSelector("#positions tr[data-id='USA']")).getText()).contains("United States", "no");
        assertThat(driver.findElement(By.id("regions")).getText()).contains("Asia", "Americas");
        shot("22-vote-A-RES-69-32");
        driver.findElement(By.linkText("UN votes")).click();
        driver.get(base + "/alignment");
        WebElement states = driver.findElement(By.id("states"));
        states.clear();
        states.sendKeys("USA,CHN,RUS,JPN,BRA", Keys.ENTER);
        waitUp().until(ExpectedConditions.urlContains("states="));
        assertThat(driver.findElement(By.cssSelector("td[data-pair='CHN-RUS']")).getText()).isEqualTo("1.00");
        assertThat(driver.findElement(By.cssSelector("td[data-pair='CHN-USA']")).getText()).isEqualTo("0.00");
        assertThat(driver.findElements(By.cssSelector("#ideal-points li"))).hasSize(5);
        waitUp().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-ideal-points svg.d3chart")));
        assertThat(driver.findElements(By.cssSelector("#chart-ideal-points g.ideal-point"))).hasSize(5);
        shot("23-alignment-matrix");
    }

    @Test
    void documentReaderLinksTheEntities() throws Exception {
        driver.get(base + "/documents");
        driver.findElement(By.linkText("Lunar cooperation report")).click();
        waitUp().until(ExpectedConditions.presenceOfElementLocated(By.id("document-title")));
        List<WebElement> mentions = driver.findElements(By.cssSelector("#document a.mention"));
        assertThat(mentions).extracting(e -> e.getDomAttribute("data-id")).contains("CHN", "RUS", "ilrs", "artemis-accords", "JPN");
        // the document's script tag is text, and no script ran
        assertThat(driver.findElement(By.id("document")).getText()).contains("<script>alert('xss')</script> is shown as text");
        assertThat(((JavascriptExecutor) driver).executeScript("return document.querySelectorAll('script').length")).isEqualTo(1L);
        shot("24-document-reader");
        driver.findElement(By.cssSelector("#document a.mention[data-id='CHN']")).click();
        waitUp().until(ExpectedConditions.urlContains("/entity/CHN"));
        assertThat(driver.findElement(By.id("entity-name")).getText()).startsWith("China");
    }
}
