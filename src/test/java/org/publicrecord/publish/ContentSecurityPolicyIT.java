package org.publicrecord.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.publicrecord.check.StaticSiteServer;
import org.publicrecord.testing.BuiltSite;
import org.publicrecord.testing.Chromium;

/**
 * The content security policy in a real browser (Debian's Chromium, as scripts/test installs):
 * no page of the example site breaks it, a JSON-LD data block is not blocked by it while an inline
 * script is, and a moved page's forwarding page still arrives at the new address under it.
 */
class ContentSecurityPolicyIT {


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
        browser = Chromium.recordingViolations(folder);
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
        return new ArrayList<>(Chromium.violations(browser));
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
            List<String> violations = Chromium.violations(browser);
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
