package io.prontodb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real headless Chromium: what it sets, the CLI reads, and the other way round. Skipped when
 * Chromium or its driver is missing, unless PRONTO_REQUIRE_BROWSER=1 (set by .ci/run), which makes that a failure.
 */
class WebPageIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path home;
    private Server server;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "1".equals(System.getenv("PRONTO_REQUIRE_BROWSER"))) {
            throw new AssertionError("PRONTO_REQUIRE_BROWSER=1 but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing (Debian packages chromium, chromium-driver)");
        }
        Assumptions.assumeTrue(present, "needs " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian packages chromium, chromium-driver)");
        server = Server.start(new Launcher(home));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(home.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private WebElement find(String id) {
        return browser.findElement(By.id(id));
    }

    private void type(String id, String text) {
        find(id).clear();
        find(id).sendKeys(text);
    }

    private void waitForText(String id, String text) {
        wait.until(ExpectedConditions.textToBe(By.id(id), text));
    }

    private void useKey() {
        browser.get(server.url + "/");
        type("apikey", server.adminKey);
        find("save-key").click();
    }

    @Test
    void aKeySetThroughThePageIsReadByTheCli() {
        useKey();
        type("set-project", "web");
        type("set-namespace", "ui");
        type("set-key", "greeting");
        type("set-value", "hello from the page");
        find("set-submit").click();
        waitForText("value", "hello from the page");
        assertThat(server.prontodb.run("get", "web.ui.greeting").stdout()).isEqualTo("hello from the page\n");

        Object stored = ((JavascriptExecutor) browser).executeScript(
                "return [sessionStorage.getItem('prontodb.credential'), localStorage.length, document.cookie]");
        assertThat(stored).isEqualTo(List.of(server.adminKey, 0L, ""));
        assertThat(find("apikey").getAttribute("value")).isEmpty();
    }

    @Test
    void browsesNamespacesAndShowsValuesByKind() {
        server.prontodb.run("set", "shop.items.note", "plain text");
        server.prontodb.run("set", "--json", "shop.items.doc", "{\"b\":[1,2],\"a\":\"x\"}");
        server.prontodb.runWithStdin(new byte[] {0, 1, (byte) 0xfe, (byte) 0xff}, "set", "shop.items.blob");
        server.prontodb.run("admin", "create-cache", "shop.cache", "timeout=30", "max_items=10");
        server.prontodb.run("set", "shop.cache.session", "s");
        useKey();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#projects a[data-name='shop']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("namespaces"), "cache"));
        List<String> cacheRow = browser.findElements(By.cssSelector("#namespaces tbody tr")).stream()
                .map(WebElement::getText).filter(text -> text.startsWith("cache")).toList();
        assertThat(cacheRow).containsExactly("cache ttl 30 10 1");

        browser.findElement(By.cssSelector("#namespaces a[data-name='items']")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#keys a"), 3));
        browser.findElement(By.cssSelector("#keys a[data-name='doc']")).click();
        waitForText("value", "{\n  \"a\": \"x\",\n  \"b\": [\n    1,\n    2\n  ]\n}");
        assertThat(find("value-kind").getText()).isEqualTo("JSON");
        browser.findElement(By.cssSelector("#keys a[data-name='blob']")).click();
        waitForText("value", "00000000  00 01 fe ff");
        browser.findElement(By.cssSelector("#keys a[data-name='note']")).click();
        waitForText("value", "plain text");

        type("prefix", "b");
        find("filter").click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#keys a"), 1));
        assertThat(browser.findElement(By.cssSelector("#keys a")).getText()).isEqualTo("blob");
    }

    @Test
    void deletingThroughThePageRemovesTheKey() {
        server.prontodb.run("set", "del.n.gone", "bye");
        useKey();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#projects a[data-name='del']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#namespaces a[data-name='n']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#keys a[data-name='gone']"))).click();
        waitForText("value", "bye");
        find("delete").click();
        waitForText("status", "deleted gone");
        assertThat(server.prontodb.run("get", "del.n.gone").code()).isEqualTo(2);
    }

    @Test
    void aWrongKeyShowsTheServersError() {
        browser.get(server.url + "/");
        type("apikey", "pdb_key_wrong");
        find("save-key").click();
        waitForText("status", "authentication failed");
    }
}
