package org.astropol.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The China briefing and the firsts matrix over the repository's data in headless Chromium, at a laptop's width
 * (1366 px) and a phone's (390 px): what a reader sees first, nothing wider than the screen, the statement filter.
 * Full-page screenshots under target/screenshots (profile-CHN-1366.png ...). Skipped without Chromium.
 */
class ProfileBrowserTest extends BrowserSession {
    @TempDir static Path tmp;

    @BeforeAll
    static void start() throws Exception {
        var built = RepositoryServer.build(tmp);
        open(() -> RepositoryServer.start(built));
    }

    /** Loads the page at the width, then makes the window as tall as the page so the screenshot shows all of it. */
    static void load(String path, int width) {
        loadFullHeight(path, width);
        // the widest elements sticking out on the right, named in the failure message
        Object wide = js("var w = window.innerWidth, out = []; document.querySelectorAll('body *').forEach(function (e) {"
                + " var r = e.getBoundingClientRect(); if (r.right <= w + 1) return;"
                + " for (var a = e.parentElement; a; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return;"
                + " out.push(e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(r.right)); });"
                + " return out.slice(0, 8).join('; ');");
        assertThat((Long) js("return document.documentElement.scrollWidth")).as(path + " at " + width + " px: nothing wider than the window: " + wide)
                .isLessThanOrEqualTo((Long) js("return window.innerWidth"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1366, 390})
    void chinaBriefing(int width) throws Exception {
        load("/entity/CHN", width);
        waitUp().until(d -> !d.findElements(By.cssSelector("#chart-launches svg.d3chart")).isEmpty());
        WebElement headline = driver.findElement(By.id("headline")), launches = driver.findElement(By.cssSelector("#chart-launches svg")),
                statements = driver.findElement(By.id("statements"));
        assertThat(driver.findElement(By.id("fig-budget")).getText()).contains("USD");
        assertThat(driver.findElement(By.id("fig-launches")).getText()).containsPattern("\\d");
        assertThat(launches.isDisplayed()).isTrue();
        assertThat(launches.getSize().getWidth()).as("the chart fills its column").isGreaterThan(width > 1000 ? 400 : 250);
        assertThat(headline.getLocation().getY()).isLessThan(launches.getLocation().getY());
        assertThat(launches.getLocation().getY()).isLessThan(statements.getLocation().getY());
        assertThat(driver.findElements(By.cssSelector("#membership-badges li.badge"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#alignment-table tbody tr"))).isNotEmpty();
        shot("profile-CHN-" + width);
        if (width < 1000) return;
        // the filter narrows the statements as one types: only launch properties stay visible, and their groups open
        WebElement filter = driver.findElement(By.id("statement-filter"));
        filter.sendKeys("launches");
        WebElement launchesGroup = driver.findElement(By.cssSelector("details.property[data-property='orbital-launches']"));
        waitUp().until(d -> launchesGroup.getDomProperty("open").equals("true"));
        assertThat(driver.findElement(By.cssSelector("details.property[data-property='member-of']")).isDisplayed()).isFalse();
        shot("profile-CHN-filtered");
    }

    @ParameterizedTest
    @ValueSource(ints = {1366, 390})
    void firstsMatrix(int width) throws Exception {
        load("/firsts", width);
        WebElement matrix = driver.findElement(By.id("firsts-matrix"));
        assertThat(driver.findElement(By.cssSelector("#firsts-matrix tr[data-id='SUN'] td[data-capability='orbital-launch']")).getText()).startsWith("1957-10-04");
        waitUp().until(d -> !d.findElements(By.cssSelector("#chart-race svg.d3chart")).isEmpty());
        assertThat(driver.findElement(By.cssSelector("#chart-race svg")).isDisplayed()).isTrue();
        assertThat(matrix.getLocation().getY()).isLessThan(driver.findElement(By.id("chart-race")).getLocation().getY());
        shot("firsts-" + width);
    }
}
