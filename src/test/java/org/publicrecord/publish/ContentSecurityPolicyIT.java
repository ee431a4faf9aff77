package org.publicrecord.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.publicrecord.check.StaticSiteServer;
import org.publicrecord.testing.BuiltSite;

/**
 * The content security policy in a real browser (Debian's Chromium, as scripts/test installs):
 * no page of the example site breaks it, a JSON-LD data block is not blocked by it while an inline
 * script is, and a moved page's forwarding page still arrives at the new address under it.
 */
class ContentSecurityPolicyIT {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /** Runs before any page script and records every violation the browser reports. */
    static final String RECORD_VIOLATIONS = """
            window.__violations = [];
            document.addEventListener('securitypolicyviolation', e =>
                window.__violations.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at line ' + e.lineNumber
                    + ' in ' + (e.target && e.target.tagName ? e.target.tagName.toLowerCase() : 'the document')));
            """;

    // Selenium warns at every start that it has no CDP bindings for this Chromium; only plain CDP commands are used.
    private static final Logger CDP_VERSION_LOGGER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    @TempDir
    static Path folder;

    static BuiltSite site;
    /** The built pages that stay put; forwarding pages leave at once and are checked on their own. */
    static List<String> pages;
    static StaticSiteServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void serveTheExampleSiteToABrowser() throws IOException {
        site = BuiltSite.build(BuiltSite.EXAMPLE_SITE, folder.resolve("site"), LocalDate.of(2026, 11, 22));
        pages = site.htmlFiles().stream().filter(page -> site.page(page).select("meta[http-equiv=refresh]").isEmpty()).toList();
        server = new StaticSiteServer(site.output());
        CDP_VERSION_LOGGER.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        // An explicit binary and driver keep Selenium Manager from trying to download a browser.
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(folder.resolve("profile")));
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Opens a page and returns the violations it caused, once the browser has had time to report them. */
    @SuppressWarnings("unchecked")
    static List<String> violationsOn(String path) {
        browser.get(server.url(path));
        // Violation events are queued as tasks; a task queued after them runs after them.
        browser.executeAsyncScript("setTimeout(arguments[arguments.length - 1], 50);");
        return new ArrayList<>((List<String>) browser.executeScript("return window.__violations;"));
    }

    @Test
    void noPageOfTheExampleSiteBreaksThePolicy() {
        assertThat(pages).hasSizeGreaterThan(10);
        List<String> broken = new ArrayList<>();
        for (String page : pages) {
            violationsOn(page).forEach(violation -> broken.add(page + ": " + violation));
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void aJsonLdBlockIsReadableWhileAnInlineScriptIsBlocked() throws IOException {
        String policy = site.page("").selectFirst("meta[http-equiv=Content-Security-Policy]").outerHtml();
        Files.createDirectories(site.file("policy-check"));
        Files.writeString(site.file("policy-check/index.html"), """
                <!DOCTYPE html>
                <html lang="en-GB">
                <head>
                <meta charset="utf-8">
                %s
                <title>Policy check</title>
                <script type="application/ld+json">{"@context": "https://schema.org", "@type": "Event", "name": "Board meeting"}</script>
                </head>
                <body>
                <h1>Policy check</h1>
                <script>document.title = 'inline script ran';</script>
                </body>
                </html>
                """.formatted(policy));

        List<String> violations = violationsOn("policy-check/");

        assertThat(violations).singleElement().asString().startsWith("script-src-elem blocked inline");
        assertThat(browser.getTitle()).isEqualTo("Policy check");
        assertThat(browser.executeScript(
                "return JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent).name;"))
                .isEqualTo("Board meeting");
    }

    @Test
    void aFeedOpenedInABrowserReadsAsAPageStyledBySiteWithinThePolicy() throws Exception {
        for (String feed : List.of("feed.xml", "actions/updates.xml", "committees/lhcp-board/feed.xml", "actions/theme/engagement/feed.xml")) {
            String title = new com.rometools.rome.io.SyndFeedInput().build(new java.io.StringReader(site.text(feed))).getTitle();
            browser.get(server.url(feed));
            browser.executeAsyncScript("setTimeout(arguments[arguments.length - 1], 50);");
            @SuppressWarnings("unchecked")
            List<String> violations = (List<String>) browser.executeScript("return window.__violations || [];");
            // Chromium adds its own banner, with inline style and script, to every page made by XSLT (which it is
            // retiring); the policy rightly blocks them. Anything else blocked would be the site's.
            assertThat(violations).as(feed).allMatch(violation -> violation.endsWith(" in xslt-warning-banner"));
            // The stylesheet turned the feed into a page: its heading, the site's own stylesheet applied, links to the entries.
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(feed).isEqualTo(title);
            assertThat(browser.executeScript("return getComputedStyle(document.querySelector('.site-header')).backgroundColor;"))
                    .as(feed + ": the site's stylesheet, found relative to the feed").isNotIn("rgba(0, 0, 0, 0)", "transparent");
            List<WebElement> entries = browser.findElements(By.cssSelector(".feed-entries a"));
            assertThat(entries).as(feed).isNotEmpty();
            assertThat(browser.findElement(By.cssSelector(".site-name")).getAttribute("href")).isEqualTo(server.url(""));
        }
    }

    @Test
    void aMovedPageForwardsToItsNewAddressWithoutJavaScript() {
        browser.get(server.url("about-us/"));

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().endsWith("/about/"));
        assertThat(browser.getCurrentUrl()).isEqualTo(server.url("about/"));
    }
}
