package org.astropol.web;

import org.junit.jupiter.api.AfterAll;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Base of the browser tests: a server and a headless Chromium driving it; skipped when Chromium is absent. */
abstract class BrowserSession {
    static WebServer server;
    static ChromeDriver driver;
    static String base;

    /** Skips the test class without Chromium; otherwise serves with {@code start} and opens the browser. */
    static void open(java.util.function.Supplier<WebServer> start) throws Exception {
        assumeTrue(HeadlessChromium.available(),
                "Chromium not installed (apt-get install chromium chromium-driver): browser tests skipped");
        server = start.get();
        base = "http://127.0.0.1:" + server.port();
        driver = HeadlessChromium.start();
    }

    @AfterAll
    static void close() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        driver = null;
        server = null;
    }

    static void shot(String name) throws Exception { HeadlessChromium.screenshot(driver, name); }

    static WebDriverWait waitUp() { return HeadlessChromium.waitUp(driver); }

    static Object js(String script, Object... args) { return driver.executeScript(script, args); }

    /** Loads the page at the width, then makes the window as tall as the page so the screenshot shows all of it. */
    static void loadFullHeight(String path, int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        driver.get(base + path);
        long height = (Long) js("return Math.min(document.documentElement.scrollHeight, 9000)");
        driver.manage().window().setSize(new Dimension(width, (int) height + 140));
    }

    /** The page as a whole fits the window (a pixel of rounding allowed): wide tables scroll inside their own box. */
    static void assertNoSidewaysScroll(String page, int width) {
        long overflow = ((Number) js("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
        assertThat(overflow).as(page + " at " + width + " px scrolls sideways by " + overflow + " px").isLessThanOrEqualTo(1);
    }
}
