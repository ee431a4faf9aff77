package org.publicrecord.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.publicrecord.check.AxeCheck;
import org.publicrecord.check.FixtureSite;
import org.publicrecord.check.StaticSiteServer;
import org.publicrecord.testing.BuiltSite;
import org.publicrecord.testing.Chromium;

/**
 * Search in a real browser (Debian's Chromium, as scripts/test installs), over the example site
 * with a draft planted in it: a word from an action and from a decision finds each, an action's
 * reference finds it, a committee filter narrows the results, the draft's word finds nothing (nor
 * is it anywhere in the index's files), the page under its security policy runs the index, the page
 * without JavaScript offers ways to browse, and axe finds nothing wrong with results showing.
 */
class SearchIT {

    /** In a draft news item only: it must never be found. */
    static final String DRAFT_WORD = "quokkaplanted";
    static final String PEOPLES_PARTNERSHIP = "Lewisham People's Partnership";

    @TempDir
    static Path folder;

    static BuiltSite site;
    static StaticSiteServer server;
    static ChromeDriver browser;
    static ChromeDriver withoutScript;

    @BeforeAll
    static void buildAndOpenBrowsers() throws IOException {
        Path source = FixtureSite.create(folder.resolve("source"), Map.of("news/2026/planted-draft.md", """
                ---
                title: A draft that must stay unpublished
                type: news
                date: 2026-03-12
                status: draft
                summary: Not yet agreed.
                ---

                This draft mentions %s, a word found nowhere else.
                """.formatted(DRAFT_WORD)));
        site = BuiltSite.build(source, folder.resolve("site"), LocalDate.of(2026, 11, 22));
        server = new StaticSiteServer(site.output());
        browser = Chromium.recordingViolations(folder);
        withoutScript = Chromium.start(folder, true);
    }

    @AfterAll
    static void close() {
        for (ChromeDriver driver : new ChromeDriver[] {browser, withoutScript}) {
            if (driver != null) {
                driver.quit();
            }
        }
        if (server != null) {
            server.close();
        }
    }

    /** Opens the search page, types {@code words} as a reader would and returns the addresses found, once announced. */
    static List<String> typeAndSearch(String words) {
        browser.get(server.url("search/"));
        WebElement box = browser.findElement(By.id("search-q"));
        box.sendKeys(words);
        browser.findElement(By.cssSelector("#search-form button[type=submit]")).click();
        return results();
    }

    /** The result links, once the live region has announced a count. */
    static List<String> results() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> !driver.findElement(By.id("search-status")).getText().isBlank());
        return browser.findElements(By.cssSelector("#search-result-list a")).stream()
                .map(link -> link.getAttribute("href").replace(server.url(""), "")).toList();
    }

    static String status() {
        return browser.findElement(By.id("search-status")).getText();
    }

    @Test
    void aWordFromAnActionFindsTheAction() {
        // Words of the action's own title: "easy read" alone now finds the Easy Read pages first.
        assertThat(site.text("actions/lpp-2025-03/index.html")).contains("translated summaries");

        assertThat(typeAndSearch("translated summaries")).contains("actions/lpp-2025-03/");
        assertThat(status()).matches("\\d+ results? for “translated summaries”");
        assertThat(browser.findElement(By.cssSelector("#search-result-list li")).getText()).contains("Action");
    }

    @Test
    void anActionsReferenceFindsItFirst() {
        List<String> found = typeAndSearch("LPP-2025-03");

        assertThat(found).first().isEqualTo("actions/lpp-2025-03/");
        assertThat(browser.findElement(By.cssSelector("#search-result-list a")).getText()).startsWith("LPP-2025-03: ");
    }

    @Test
    void aWordFromADecisionFindsItsMeeting() {
        assertThat(site.page("meetings/2025/2025-03-18-peoples-partnership/").text()).contains("as a trial");

        List<String> found = typeAndSearch("trial");

        assertThat(found).contains("meetings/2025/2025-03-18-peoples-partnership/");
        WebElement result = browser.findElement(By.cssSelector("#search-result-list a[href$='2025-03-18-peoples-partnership/']"))
                .findElement(By.xpath("ancestor::li"));
        // Each result says what it is, when, and where it stands.
        assertThat(result.findElement(By.cssSelector(".meta")).getText()).isEqualTo("Meeting · 18 March 2025 · Held");
    }

    @Test
    void aCommitteeFilterNarrowsTheResults() {
        List<String> all = typeAndSearch("meeting");
        // The filters are folded away; opening them fetches their values and shows a checkbox for each.
        assertThat(browser.findElements(By.cssSelector("#search-filters input[type=checkbox]"))).isEmpty();
        browser.findElement(By.cssSelector("#search-filters summary")).click();
        String box = "fieldset[data-filter=committee] input[value=\"" + PEOPLES_PARTNERSHIP + "\"]";
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> !driver.findElements(By.cssSelector(box)).isEmpty());
        WebElement filter = browser.findElement(By.cssSelector("fieldset[data-filter=committee]"));
        assertThat(filter.findElement(By.tagName("legend")).getText()).isEqualTo("Committee");
        String before = status();

        browser.findElement(By.cssSelector(box)).sendKeys(Keys.SPACE);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> !status().equals(before));
        List<String> narrowed = results();

        assertThat(narrowed).isNotEmpty();
        assertThat(count(status())).isLessThan(count(before));
        assertThat(all).containsAnyElementsOf(narrowed);
        // Every result is the committee's: its page names it as the committee it belongs to.
        for (String page : narrowed) {
            assertThat(site.page(page).select("meta[data-pagefind-filter='committee[content]']").eachAttr("content")).as(page)
                    .containsExactly(PEOPLES_PARTNERSHIP);
        }
        // The address keeps the filter, so the search can be shared or bookmarked.
        assertThat(browser.getCurrentUrl()).contains("committee=Lewisham+People%27s+Partnership");
    }

    @Test
    void aDraftsWordFindsNothing() {
        assertThat(typeAndSearch(DRAFT_WORD)).isEmpty();
        assertThat(status()).isEqualTo("No results for “" + DRAFT_WORD + "”. Try fewer or different words, or remove a filter.");
    }

    @Test
    void aDraftsWordIsNowhereInTheIndexFiles() throws IOException {
        String index = decompressedIndex();

        assertThat(index).doesNotContain(DRAFT_WORD).doesNotContain("A draft that must stay unpublished");
        // The same reading finds what is published, so the absence means something.
        assertThat(index).contains("Easy read and translated summaries of Board decisions");
    }

    /** Every file of the index as text, each gzipped one decompressed (Pagefind compresses its index, fragments and filters). */
    static String decompressedIndex() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(site.file(SearchIndex.BUNDLE))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                boolean gzipped = bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
                if (gzipped) {
                    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                        bytes = in.readAllBytes();
                    }
                }
                text.append(new String(bytes, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void theSearchPageRunsTheIndexUnderItsOwnPolicy() {
        typeAndSearch("phone");

        assertThat(browser.executeScript("return window.__violations;")).asList().isEmpty();
        assertThat(site.page("search/").selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("'wasm-unsafe-eval'");
    }

    @Test
    void withoutJavaScriptThePageOffersWaysToBrowse() {
        withoutScript.get(server.url(""));
        // The header's box is a plain form: it lands on the search page with the words typed.
        withoutScript.findElement(By.id("header-search")).sendKeys("phone");
        withoutScript.findElement(By.cssSelector(".header-search button")).click();
        new WebDriverWait(withoutScript, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("search/?q=phone"));

        assertThat(withoutScript.findElement(By.id("search-no-js")).isDisplayed()).isTrue();
        assertThat(withoutScript.findElement(By.id("search-no-js")).getText()).startsWith("Search needs JavaScript");
        List<String> browse = withoutScript.findElements(By.cssSelector(".search-browse a")).stream()
                .map(link -> link.getAttribute("href").replace(server.url(""), "")).toList();
        assertThat(browse).contains("meetings/", "meetings/2025/", "actions/", "actions/status/", "actions/theme/", "actions/committee/",
                "committees/peoples-partnership/", "actions/theme/engagement/");
        assertThat(withoutScript.findElement(By.id("search-results")).isDisplayed()).isFalse();
        assertThat(withoutScript.findElement(By.id("search-filters")).isDisplayed()).isFalse();
    }

    @Test
    void axeFindsNothingWrongWithResultsShowingAtDesktopAndPhoneWidths() {
        List<String> violations = new ArrayList<>();
        for (int width : List.of(AxeCheck.DESKTOP, AxeCheck.MOBILE)) {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                    "width", width, "height", width >= 768 ? 800 : 640, "deviceScaleFactor", 1, "mobile", false));
            browser.get(server.url("search/?q=meeting&type=Meeting"));
            assertThat(results()).hasSizeGreaterThan(1);
            assertThat(browser.findElement(By.cssSelector("input[name=type][value=Meeting]")).isSelected()).isTrue();
            screenshot(Path.of("target/screenshots/search-results-" + width + ".png"));
            Results results = new AxeBuilder().withTags(AxeCheck.TAGS).analyze(browser);
            assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
            for (Rule rule : results.getViolations()) {
                violations.add(width + "px: " + rule.getId() + " " + rule.getHelp() + " " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList());
            }
        }
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        assertThat(violations).isEmpty();
    }

    /**
     * What a reader's first search costs, for the record: every file the search page, its script
     * and the index's worker fetch for a search for "meeting", as a host that gzips its files sends
     * them (the index's own files are gzipped already, by Pagefind). The filters' values are not
     * among them: they are fetched only when the filters are opened.
     */
    @Test
    void aFirstSearchDownloadsLittle() throws IOException {
        server.forgetServed();
        browser.get(server.url("search/?q=meeting"));
        assertThat(results()).isNotEmpty();
        // The last result's fragment is fetched just before the count is announced; give stragglers a moment.
        browser.executeAsyncScript("setTimeout(arguments[arguments.length - 1], 300);");
        List<StaticSiteServer.Served> files = server.served();

        long plain = files.stream().mapToLong(file -> file.bytes().length).sum();
        long sent = 0;
        StringBuilder report = new StringBuilder();
        for (StaticSiteServer.Served file : files) {
            long gzipped = Math.min(file.bytes().length, gzipped(file.bytes()));
            sent += gzipped;
            report.append(String.format("%n  %8d  %8d  %s", file.bytes().length, gzipped, file.path()));
        }
        System.out.printf("A first search fetches %d files: %.1f KB, %.1f KB as a gzipping host sends them (plain, sent, file):%s%n",
                files.size(), plain / 1024.0, sent / 1024.0, report);
        assertThat(files).extracting(StaticSiteServer.Served::path)
                .contains("search/index.html", "js/search.js", SearchIndex.BUNDLE + "/pagefind.js")
                .anyMatch(path -> path.startsWith(SearchIndex.BUNDLE + "/wasm."))
                .anyMatch(path -> path.startsWith(SearchIndex.BUNDLE + "/index/"))
                .anyMatch(path -> path.startsWith(SearchIndex.BUNDLE + "/fragment/"))
                .noneMatch(path -> path.startsWith(SearchIndex.BUNDLE + "/filter/"));
        assertThat(sent).isLessThan(200 * 1024);
    }

    static long gzipped(byte[] bytes) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }

    /** The whole page as a PNG, for a person to look at. */
    @SuppressWarnings("unchecked")
    static void screenshot(Path png) {
        Map<String, Object> size = (Map<String, Object>) browser.executeCdpCommand("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "scale", 1, "width", ((Number) size.get("width")).doubleValue(),
                        "height", ((Number) size.get("height")).doubleValue())));
        try {
            Files.createDirectories(png.getParent());
            Files.write(png, java.util.Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int count(String status) {
        return Integer.parseInt(status.replaceAll("^(\\d+).*", "$1").replace(",", ""));
    }
}
