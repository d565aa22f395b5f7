package org.w3id.kechuang.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.w3id.kechuang.browser.HeadlessChromium;

/**
 * The explorer in a real headless Chromium: an entity page, a relation followed, a name searched, the
 * graph view drawn, and no console errors. Saves the screenshots the README shows
 * (target/screenshots/; copied to docs/ with -Dkechuang.screenshots=docs).
 */
class ExplorerBrowserTest {
    static final ServedSeeds served = ServedSeeds.shared();
    static HeadlessChromium chromium;
    static WebDriver driver;

    @BeforeAll
    static void startBrowser() throws Exception {
        chromium = HeadlessChromium.start();
        driver = chromium.driver();
    }

    @AfterAll
    static void stopBrowser() {
        if ( chromium != null )
            chromium.close();
    }

    static long graphNodes() {
        chromium.waitUpTo(20).until(d -> ((JavascriptExecutor) d)
            .executeScript("return window.kechuangGraph ? window.kechuangGraph.nodes().length : 0") instanceof Long n && n > 0);
        return (Long) ((JavascriptExecutor) driver).executeScript("return window.kechuangGraph.nodes().length");
    }

    @Test
    void entityPageShowsItsRelationsAndGraphAndFollowsALink() throws Exception {
        driver.get(served.url("/resource/person/李强"));
        assertEquals("李强", driver.findElement(By.tagName("h1")).getText());
        long nodes = graphNodes();
        assertTrue(nodes > 5, nodes + " nodes drawn");
        // The graph's nodes are the entity's neighbours: one of the places it visited is drawn.
        Object labels = ((JavascriptExecutor) driver).executeScript(
            "return window.kechuangGraph.nodes().map(function (n) { return n.data('label'); })");
        assertTrue(((List<?>) labels).contains("李政道研究所"), String.valueOf(labels));
        screenshot("entity-page.png", null);
        WebElement graph = driver.findElement(By.id("graph"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true)", graph);
        screenshot("graph-view.png", graph);
        assertEquals(List.of(), chromium.consoleErrors());

        WebElement relation = driver.findElement(By.cssSelector("#relations-out ul.facts > li > a"));
        String name = relation.getText();
        relation.click();
        chromium.waitUpTo(10).until(ExpectedConditions.textToBe(By.tagName("h1"), name));
        // The page reached points back: 李强 is among its relations in.
        assertTrue(driver.findElement(By.id("relations-in")).getText().contains("李强"));
        graphNodes();
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @Test
    void aNodeOfTheGraphIsALinkToItsPage() {
        driver.get(served.url("/resource/org/上海交通大学"));
        graphNodes();
        String label = (String) ((JavascriptExecutor) driver).executeScript(
            "var n = window.kechuangGraph.nodes('[hop = 1]')[0]; n.emit('tap'); return n.data('label');");
        chromium.waitUpTo(10).until(ExpectedConditions.textToBe(By.tagName("h1"), label));
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @Test
    void searchingANameFromTheHeaderLeadsToItsPage() {
        driver.get(served.url("/browse"));
        WebElement box = driver.findElement(By.cssSelector("header input[name=q]"));
        box.sendKeys("交大", Keys.ENTER);
        chromium.waitUpTo(10).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.results")));
        WebElement first = driver.findElement(By.cssSelector("section.results li a"));
        assertEquals("上海交通大学", first.getText());
        first.click();
        chromium.waitUpTo(10).until(ExpectedConditions.textToBe(By.tagName("h1"), "上海交通大学"));
        assertTrue(driver.findElement(By.id("links")).getText().contains("Wikidata"));
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @Test
    void aScriptNamedEntityIsShownNotRun() {
        driver.get(served.url("/search?q=" + java.net.URLEncoder.encode("<script>", java.nio.charset.StandardCharsets.UTF_8)));
        driver.findElement(By.cssSelector("section.results li a")).click();
        chromium.waitUpTo(10).until(ExpectedConditions.textToBe(By.tagName("h1"), ServedSeeds.SCRIPT_NAME));
        // alert() would have opened a dialog, and Selenium would fail on any further command.
        assertEquals(ServedSeeds.SCRIPT_NAME, driver.getTitle().replace(" · 科创 KG", ""));
        graphNodes();
        assertEquals(List.of(), chromium.consoleErrors());
    }

    private static void screenshot(String name, WebElement element) throws Exception {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        TakesScreenshot source = element != null ? element : (TakesScreenshot) driver;
        Path shot = source.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        String docs = System.getProperty("kechuang.screenshots");
        if ( docs != null )
            Files.copy(shot, Files.createDirectories(Path.of(docs)).resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
