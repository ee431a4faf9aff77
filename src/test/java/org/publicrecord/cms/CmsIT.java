package org.publicrecord.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.publicrecord.check.FixtureSite;
import org.publicrecord.check.HtmlValidator;
import org.publicrecord.check.StaticSiteServer;
import org.publicrecord.testing.BuiltSite;
import org.publicrecord.testing.Chromium;

/**
 * The editors' CMS end to end, as docs/editing.md tells an editor to run it on their own machine:
 * the built site's admin/ in Chromium, Decap's own local server (decap-server, pinned in
 * package.json) writing into a copy of the example site. A meeting made through the form is saved
 * under the name the build expects, passes the build's validation and is published on the site;
 * the CMS breaks no rule of its security policy and asks nothing of any other address.
 */
class CmsIT {

    static final int LOCAL_SERVER_PORT = 8081;
    /** Sets a date input as a person picking a day would, in one change (typing digits into it is read as it goes). */
    static final String SET_DATE = """
            const input = arguments[0];
            Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, arguments[1]);
            input.dispatchEvent(new Event('input', {bubbles: true}));
            input.dispatchEvent(new Event('change', {bubbles: true}));
            """;

    @TempDir
    static Path folder;
    static Path source;
    static BuiltSite site;
    static StaticSiteServer server;
    static Process localServer;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        source = FixtureSite.create(folder.resolve("source"), Map.of());
        site = BuiltSite.build(source, folder.resolve("site"), LocalDate.of(2026, 12, 3));
        server = new StaticSiteServer(site.output());
        try (ServerSocket free = new ServerSocket(LOCAL_SERVER_PORT)) {
            free.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("port " + LOCAL_SERVER_PORT + ", where the CMS looks for its local server, is in use: stop what uses it", e);
        }
        ProcessBuilder decap = new ProcessBuilder("node", BuiltSite.EXAMPLE_SITE.resolve("node_modules/decap-server/dist/index.js").toString())
                .directory(source.toFile()).redirectErrorStream(true).redirectOutput(folder.resolve("decap-server.log").toFile());
        decap.environment().put("PORT", Integer.toString(LOCAL_SERVER_PORT));
        decap.environment().put("GIT_REPO_DIRECTORY", source.toString());
        localServer = decap.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Files.readString(folder.resolve("decap-server.log")).contains("listening on port")) {
            assertThat(System.nanoTime()).as("decap-server starts: " + Files.readString(folder.resolve("decap-server.log"))).isLessThan(deadline);
            Thread.sleep(100);
        }
        browser = Chromium.recordingViolations(folder);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (localServer != null) {
            localServer.destroy();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aMeetingMadeThroughTheFormIsSavedValidAndPublished() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(server.url("admin/"));
        wait.until(page -> !browser.findElements(By.xpath("//button[normalize-space()='Login']")).isEmpty());
        browser.findElement(By.xpath("//button[normalize-space()='Login']")).click();
        wait.until(page -> !browser.findElements(By.xpath("//*[normalize-space(text())='Meetings']")).isEmpty());
        browser.get(server.url("admin/#/collections/meeting/new"));
        wait.until(page -> !browser.findElements(By.cssSelector("[id^='title-field-']")).isEmpty());

        // The preview beside the form is drawn with the site's own stylesheet.
        WebElement preview = wait.until(page -> browser.findElements(By.tagName("iframe")).stream().findFirst().orElse(null));
        browser.switchTo().frame(preview);
        assertThat(browser.findElements(By.cssSelector("link[rel=stylesheet]")).stream().map(link -> link.getAttribute("href")))
                .anyMatch(href -> href.endsWith("/css/site.css"));
        browser.switchTo().defaultContent();

        field("title").sendKeys("People's Partnership meeting, 10 December 2026");
        choose("status", "published");
        ((JavascriptExecutor) browser).executeScript(SET_DATE, field("date"), "2026-12-10");
        field("summary").sendKeys("Members will talk about how to get help with heating this winter.");
        choose("committee", "Lewisham People");
        field("start").sendKeys("18:00");
        field("end").sendKeys("20:00");
        choose("meeting_status", "scheduled");
        browser.findElement(By.xpath("//*[normalize-space(text())='Publish']")).click();
        wait.until(page -> !browser.findElements(By.xpath("//*[normalize-space(text())='Publish now']")).isEmpty());
        browser.findElement(By.xpath("//*[normalize-space(text())='Publish now']")).click();

        Path saved = source.resolve("content/meetings/2026/2026-12-10-peoples-partnership-meeting-10-december-2026.md");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Files.exists(saved) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/cms-meeting-1280.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(375, 800));
        Files.write(Path.of("target/screenshots/cms-meeting-375.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        assertThat(saved).as("the file the CMS saved; the folder holds " + listing(source.resolve("content/meetings"))).exists();
        assertThat(Files.readString(saved)).contains("title: People's Partnership meeting, 10 December 2026", "type: meeting",
                "status: published", "date: 2026-12-10", "committee: peoples-partnership", "meeting_status: scheduled");

        BuiltSite rebuilt = BuiltSite.build(source, folder.resolve("rebuilt"), LocalDate.of(2026, 12, 3));
        assertThat(rebuilt.page("meetings/2026/2026-12-10-peoples-partnership-meeting-10-december-2026/").select("h1").text())
                .isEqualTo("People's Partnership meeting, 10 December 2026");

        assertThat(Chromium.violations(browser)).as("security policy violations").isEmpty();
        List<String> elsewhere = resources().stream()
                .filter(url -> !url.startsWith(server.baseUrl()) && !url.startsWith(CmsConfig.LOCAL_SERVER)).toList();
        assertThat(elsewhere).as("requests to other addresses").isEmpty();
    }

    @Test
    void thePageIsValidHtmlAndAsksSearchEnginesToLeaveItOut() {
        assertThat(new HtmlValidator().validate(site.file("admin/index.html"))).isEmpty();
        assertThat(site.page("admin/").select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(site.text("sitemap.xml")).doesNotContain("/admin/");
        assertThat(site.exists("admin/config.yml")).isTrue();
        assertThat(site.exists("admin/decap-cms.js")).isTrue();
    }

    private static WebElement field(String name) {
        return browser.findElement(By.cssSelector("[id^='" + name + "-field-']"));
    }

    /** Picks an option of a select by typing the start of its words, as a keyboard user does. */
    private static void choose(String name, String words) throws InterruptedException {
        field(name).sendKeys(words);
        Thread.sleep(200);
        field(name).sendKeys(Keys.ENTER);
    }

    @SuppressWarnings("unchecked")
    private static List<String> resources() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(entry => entry.name)");
    }

    private static String listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(folder::relativize).map(Path::toString).filter(name -> name.contains("2026-12")).toList().toString();
        }
    }
}
