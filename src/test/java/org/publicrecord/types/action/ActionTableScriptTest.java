package org.publicrecord.types.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.publicrecord.check.StaticSiteServer;
import org.publicrecord.cms.AdminPage;
import org.publicrecord.output.SearchIndex;
import org.publicrecord.testing.BuiltSite;

/**
 * The tracker's optional script in a real browser: it adds a labelled filter and sortable headers
 * to a table that is complete without it, and stays within the site's script budget.
 */
class ActionTableScriptTest {

    /** All the site's scripts together, gzipped. */
    static final int SCRIPT_BUDGET_BYTES = 10 * 1024;

    @TempDir
    static Path folder;
    static BuiltSite site;
    static StaticSiteServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        site = BuiltSite.build(BuiltSite.EXAMPLE_SITE, folder.resolve("site"), LocalDate.of(2026, 11, 22));
        server = new StaticSiteServer(site.output());
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--user-data-dir=" + Files.createDirectories(folder.resolve("profile")));
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void typingFiltersTheRowsAndSaysHowManyAreShown() {
        browser.get(server.url("actions/"));
        int all = rows().size();
        WebElement filter = browser.findElement(By.cssSelector(".table-filter input[type=search]"));
        assertThat(browser.findElement(By.cssSelector("label[for='" + filter.getAttribute("id") + "']")).getText())
                .isEqualTo("Filter the actions in this table");

        filter.sendKeys("Lewisham Council");

        List<WebElement> shown = rows().stream().filter(WebElement::isDisplayed).toList();
        assertThat(shown).isNotEmpty().hasSizeLessThan(all)
                .allSatisfy(row -> assertThat(row.getText()).contains("Lewisham Council"));
        assertThat(browser.findElement(By.cssSelector(".table-filter [role=status]")).getText())
                .isEqualTo("Showing " + shown.size() + " of " + all + " actions");
    }

    @Test
    void aHeaderButtonSortsByItsColumnFromTheKeyboardAndSaysWhichWay() {
        browser.get(server.url("actions/"));
        WebElement due = browser.findElement(By.xpath("//table[@data-action-table]//thead//button[normalize-space()='Due']"));

        due.sendKeys(Keys.ENTER);

        WebElement header = browser.findElement(By.xpath("//table[@data-action-table]//thead//th[.//button[normalize-space()='Due']]"));
        assertThat(header.getAttribute("aria-sort")).isEqualTo("ascending");
        List<String> dues = rows().stream().map(row -> row.findElements(By.tagName("td")).get(3).getAttribute("data-sort")).toList();
        assertThat(dues.stream().filter(day -> !day.isEmpty()).toList()).isSorted();
        due.sendKeys(Keys.ENTER);
        assertThat(header.getAttribute("aria-sort")).isEqualTo("descending");
    }

    @Test
    void theSiteScriptsStayWithinTheirBudget() throws IOException {
        long total = 0;
        try (Stream<Path> files = Files.walk(site.output())) {
            // The search index's script is loaded by the search page alone, once a reader searches, and the
            // editors' CMS by no page of the record (see PageWeight.scripts).
            for (Path script : files.filter(path -> path.toString().endsWith(".js"))
                    .filter(path -> !site.output().relativize(path).startsWith(SearchIndex.BUNDLE))
                    .filter(path -> !site.output().relativize(path).startsWith(AdminPage.FOLDER)).toList()) {
                total += gzipped(Files.readAllBytes(script));
            }
        }
        assertThat(total).isPositive().isLessThanOrEqualTo(SCRIPT_BUDGET_BYTES);
    }

    private static List<WebElement> rows() {
        return browser.findElements(By.cssSelector("table[data-action-table] tbody tr"));
    }

    private static int gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.size();
    }
}
