package org.w3id.kechuang.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.w3id.kechuang.SeedStore;
import org.w3id.kechuang.browser.HeadlessChromium;
import org.w3id.kechuang.store.KgStore;

/**
 * The Fuseki UI as a person uses it, in a real headless Chromium: open the query page, click an
 * example button, run it, read the result rows — on a read-only server and on one with a password,
 * where a reader must not be asked to log in for a query.
 */
class FusekiUiBrowserTest {
    @TempDir
    static Path dir;
    static KgStore store;
    static KgServer readOnly;
    static KgServer withPassword;
    static HeadlessChromium browser;

    private static final String EXAMPLE = "Who visited which institutions and places, and when?";

    @BeforeAll
    static void serve() throws Exception {
        store = SeedStore.buildSeeds(dir.resolve("store"));
        readOnly = KgServer.create().dataset(store.dataset()).port(0).queriesDir(Path.of("queries")).build().start();
        withPassword = KgServer.create().dataset(store.dataset()).port(0).queriesDir(Path.of("queries"))
            .password("s3cret").build().start();
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if ( browser != null )
            browser.close();
        readOnly.stop();
        withPassword.stop();
        store.close();
    }

    @Test
    void exampleQueryShowsRowsOnAReadOnlyServer() {
        runExampleAndReadRows(readOnly);
    }

    @Test
    void exampleQueryShowsRowsWithoutLoginOnAServerWithAPassword() {
        runExampleAndReadRows(withPassword);
    }

    @Test
    void readOnlyUiOffersNoRemoveBackupOrNewDataset() {
        WebDriver page = browser.driver();
        page.get(readOnly.serverUrl() + "#/manage");
        browser.waitUpTo(20).until(d -> !d.findElements(By.cssSelector(".dataset-query")).isEmpty());
        assertTrue(page.findElement(By.cssSelector(".dataset-query")).isDisplayed(), "the query button stays");
        for ( String hidden : List.of(".dataset-remove", ".dataset-backup", ".dataset-add-data", "a[href='#/manage/new']") ) {
            List<WebElement> found = page.findElements(By.cssSelector(hidden));
            assertTrue(found.stream().noneMatch(WebElement::isDisplayed), hidden + " is offered on a read-only server");
        }
        page.get(withPassword.serverUrl() + "#/manage");
        browser.waitUpTo(20).until(d -> !d.findElements(By.cssSelector(".dataset-remove")).isEmpty());
        assertTrue(page.findElement(By.cssSelector(".dataset-remove")).isDisplayed(),
            "with a password the admin operations are offered");
    }

    private static void runExampleAndReadRows(KgServer server) {
        WebDriver page = browser.driver();
        page.get(server.serverUrl() + "#/dataset/kg/query");
        browser.consoleErrors();
        // The editor is built after the page: an example clicked before it exists is lost.
        browser.waitUpTo(20).until(d -> !d.findElements(By.cssSelector(".yasqe_queryButton")).isEmpty()
            && editorText(d).contains("SELECT"));
        WebElement example = browser.waitUpTo(20).until(d -> d.findElements(By.cssSelector("span.badge")).stream()
            .filter(b -> b.getText().equals(EXAMPLE)).findFirst().orElse(null));
        example.click();
        String endpoint;
        try {
            endpoint = browser.waitUpTo(10).until(d -> {
                String v = d.findElement(By.id("sparql-endpoint")).getDomProperty("value");
                return v == null || v.isEmpty() ? null : v;
            });
        } catch (org.openqa.selenium.TimeoutException ex) {
            throw new AssertionError("no endpoint in the UI; console: " + browser.consoleErrors() + "; page: "
                + page.findElement(By.tagName("body")).getText(), ex);
        }
        assertTrue(endpoint.endsWith("/kg/sparql"), "the UI queries " + endpoint);
        try {
            browser.waitUpTo(10).until(d -> editorText(d).contains("kc:visited"));
        } catch (org.openqa.selenium.TimeoutException ex) {
            throw new AssertionError("the example is not in the editor: " + editorText(page), ex);
        }
        page.findElement(By.cssSelector(".yasqe_queryButton")).click();
        List<WebElement> rows = browser.waitUpTo(30).until(d -> {
            List<WebElement> r = d.findElements(By.cssSelector(".yasr table tbody tr"));
            return r.isEmpty() ? null : r;
        });
        String shown = page.findElement(By.cssSelector(".yasr")).getText();
        assertFalse(shown.contains("403") || shown.contains("401") || shown.contains("read-only"), shown);
        assertTrue(rows.size() >= 5, "rows shown: " + rows.size());
        assertTrue(shown.contains("李强"), "a visitor of the seed articles is shown: " + shown.substring(0, Math.min(300, shown.length())));
        assertEquals(List.of(), browser.consoleErrors());
    }

    private static String editorText(WebDriver d) {
        Object text = ((JavascriptExecutor) d).executeScript(
            "var cm = document.querySelector('.CodeMirror');"
            + " return cm ? (cm.CodeMirror ? cm.CodeMirror.getValue() : cm.innerText) : '';");
        return String.valueOf(text);
    }
}
