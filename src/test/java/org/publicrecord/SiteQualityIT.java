package org.publicrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.publicrecord.check.AxeCheck;
import org.publicrecord.check.BuiltPages;
import org.publicrecord.check.HtmlValidator;
import org.publicrecord.check.PageWeight;
import org.publicrecord.content.DataFiles;
import org.publicrecord.testing.BuiltSite;

/**
 * The repository's own example site, built for real and checked as residents will meet it: valid
 * HTML on every page; axe-core's WCAG 2.0-2.2 A and AA and best-practice rules in Chromium at
 * desktop and phone widths, in light and dark mode; the skip link by keyboard; no sideways
 * scrolling at 320 px (which is also 1280 px at 400% zoom); the required pages in every footer;
 * and the page weights, printed for the record. Screenshots of each kind of page are saved under
 * {@code target/screenshots/} for a person to look at.
 */
class SiteQualityIT {

    /** The day the accessibility statement was written: fixed so the site is the same on every run. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    /** Served from here, with the site in the folder of its base path, as its host will serve it. */
    private static final Path SERVED = Path.of("target/quality-site").toAbsolutePath();
    private static final Path SCREENSHOTS = Path.of("target/screenshots").toAbsolutePath();
    /** Beyond one page of each kind, every n-th page is checked with axe too. */
    private static final int SAMPLE_EVERY = 3;

    private static String basePath;
    private static Path output;
    private static BuiltSite site;
    private static AxeCheck browser;
    /** The heaviest page of each kind (home, meetings, meetings (list), page...), by kind: the fullest example of it. */
    private static final Map<String, String> HEAVIEST_OF_KIND = new LinkedHashMap<>();
    private static final List<String> SAMPLE = new ArrayList<>();
    private static List<PageWeight.Weight> weights;

    @BeforeAll
    static void buildAndOpenBrowser() throws Exception {
        Path siteYaml = BuiltSite.EXAMPLE_SITE.resolve("data/site.yaml");
        Map<?, ?> siteData = (Map<?, ?>) DataFiles.readFile(BuiltSite.EXAMPLE_SITE, siteYaml).value();
        basePath = URI.create(String.valueOf(siteData.get("url"))).getPath();
        output = SERVED.resolve(basePath.substring(1));
        site = BuiltSite.build(BuiltSite.EXAMPLE_SITE, output, TODAY);
        weights = new PageWeight(BuiltPages.read(output, Map.of(), basePath, 2)).weights();
        Map<String, PageWeight.Weight> heaviest = new java.util.TreeMap<>();
        for (PageWeight.Weight weight : weights) {
            heaviest.merge(weight.kind(), weight, (a, b) -> a.total() >= b.total() ? a : b);
        }
        heaviest.forEach((kind, weight) -> HEAVIEST_OF_KIND.put(kind, address(weight.page())));
        Set<String> sample = new LinkedHashSet<>(HEAVIEST_OF_KIND.values());
        int index = 0;
        for (PageWeight.Weight weight : weights) {
            if (weight.kind().endsWith("(list)") || index++ % SAMPLE_EVERY == 0) {
                sample.add(address(weight.page()));
            }
        }
        sample.addAll(List.of(address("accessibility/index.html"), address("privacy/index.html"), address("contact/index.html")));
        // Every language: a translation and a page shown in the site's own language, right to left and left to right.
        sample.addAll(List.of(address("ar/about/index.html"), address("ar/contact/index.html"), address("pl/about/index.html"),
                address("pl/news/2026/action-log-now-online/index.html")));
        SAMPLE.addAll(sample);
        browser = new AxeCheck(SERVED);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The address the browser opens for a built page, under the site's base path. */
    private static String address(String page) {
        return basePath + BuiltPages.address(page);
    }

    @Test
    void everyPageIsValidHtml() {
        HtmlValidator validator = new HtmlValidator();
        List<String> errors = new ArrayList<>();
        for (String page : site.htmlFiles()) {
            validator.validate(site.file(page)).forEach(error -> errors.add(page + ":" + error.line() + ":" + error.column() + ": " + error.message()));
        }
        assertThat(errors).as("Nu Html Checker errors").isEmpty();
        assertThat(site.htmlFiles()).hasSizeGreaterThan(20);
    }

    @Test
    void theSampleHasNoAccessibilityViolationsAtDesktopAndPhoneWidths() {
        assertThat(SAMPLE).contains(basePath, basePath + "meetings/", basePath + "news/", basePath + "events/");
        List<AxeCheck.Violation> violations = new ArrayList<>(browser.scan(SAMPLE, AxeCheck.DESKTOP));
        violations.addAll(browser.scan(SAMPLE, AxeCheck.MOBILE));
        assertThat(violations).as("axe violations on " + SAMPLE.size() + " pages").isEmpty();
    }

    @Test
    void eachKindOfPageHasNoAccessibilityViolationsInDarkMode() {
        browser.emulateMedia("", Map.of("prefers-color-scheme", "dark"));
        try {
            List<String> pages = List.copyOf(HEAVIEST_OF_KIND.values());
            List<AxeCheck.Violation> violations = new ArrayList<>(browser.scan(pages, AxeCheck.DESKTOP));
            violations.addAll(browser.scan(pages, AxeCheck.MOBILE));
            assertThat(violations).as("axe violations in dark mode").isEmpty();
        } finally {
            browser.emulateMedia("", Map.of());
        }
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndMovesFocusToTheContent() {
        List<String> problems = new ArrayList<>();
        for (String page : HEAVIEST_OF_KIND.values()) {
            problems.addAll(browser.skipLinkProblems(page, AxeCheck.DESKTOP));
            problems.addAll(browser.skipLinkProblems(page, AxeCheck.MOBILE));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noPageScrollsSidewaysAtThreeHundredAndTwentyPixels() {
        List<String> problems = new ArrayList<>();
        for (String page : SAMPLE) {
            problems.addAll(browser.reflowProblems(page, AxeCheck.MOBILE));
        }
        assertThat(problems).as("WCAG 1.4.10 Reflow").isEmpty();
    }

    @Test
    void rightToLeftPagesReadFromTheRightWithoutScrollingSideways() {
        for (String page : List.of("ar/about/index.html", "ar/contact/index.html")) {
            for (int width : List.of(AxeCheck.MOBILE, AxeCheck.DESKTOP)) {
                Map<String, Object> layout = browser.layout(address(page), width);
                double viewport = ((Number) layout.get("width")).doubleValue();
                assertThat(layout.get("dir")).as(page).isEqualTo("rtl");
                assertThat(((Number) layout.get("scrollWidth")).doubleValue()).as(page + " @" + width + " scrolls sideways").isLessThanOrEqualTo(viewport);
                // The first link of the navigation starts at the right; the heading is set against the right edge.
                assertThat(((Number) layout.get("navRight")).doubleValue()).as(page + " @" + width + " navigation").isGreaterThan(viewport * 0.75);
                assertThat(((Number) layout.get("headingRight")).doubleValue() - ((Number) layout.get("navRight")).doubleValue())
                        .as(page + " @" + width + " heading and navigation share the right edge").isBetween(-2.0, 2.0);
            }
            Map<String, Object> english = browser.layout(address(page.substring(3)), AxeCheck.DESKTOP);
            assertThat(english.get("dir")).isEqualTo("ltr");
            assertThat(((Number) english.get("navLeft")).doubleValue()).as("the English page's navigation starts at the left")
                    .isLessThan(((Number) english.get("width")).doubleValue() * 0.25);
        }
    }

    @Test
    void everyPageLinksToTheAccessibilityStatementPrivacyAndContactPages() {
        for (String required : List.of("accessibility/", "privacy/", "contact/")) {
            assertThat(site.exists(required + "index.html")).as(required).isTrue();
        }
        for (String page : site.htmlFiles()) {
            Document document = site.page(page);
            List<String> footer = document.select("footer a[href]").eachAttr("href").stream()
                    .map(href -> href.startsWith(basePath) ? href.substring(basePath.length()) : href.replaceFirst("^(\\.\\./)+", ""))
                    // A page in another language links to that language's version: pl/contact/.
                    .map(href -> href.replaceFirst("^(pl|ar)/", "")).toList();
            assertThat(footer).as("footer links of " + page).contains("accessibility/", "privacy/", "contact/");
        }
    }

    @Test
    void theAccessibilityStatementHasThePartsRegulationEightFourRequires() {
        String statement = site.page("accessibility/").select("main").text().toLowerCase(java.util.Locale.ROOT);
        // Regulation 8(4) and its model statement: compliance, what is not accessible and why,
        // alternatives, how to report a problem or ask for another format, and enforcement.
        assertThat(statement).contains("compliance status", "not accessible", "another format", "reporting accessibility problems",
                "enforcement procedure", "equality advisory and support service", "prepared on");
    }

    @Test
    void screenshotsOfEachKindOfPageAtBothWidthsLightDarkAndPrint() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        for (Map.Entry<String, String> kind : HEAVIEST_OF_KIND.entrySet()) {
            String name = kind.getKey().replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
            for (int width : List.of(AxeCheck.MOBILE, AxeCheck.DESKTOP)) {
                Path png = SCREENSHOTS.resolve(name + "-" + width + ".png");
                browser.screenshot(kind.getValue(), width, png);
                assertThat(png).isNotEmptyFile();
            }
        }
        String document = HEAVIEST_OF_KIND.getOrDefault("events", HEAVIEST_OF_KIND.get("home"));
        try {
            browser.emulateMedia("", Map.of("prefers-color-scheme", "dark"));
            browser.screenshot(document, AxeCheck.MOBILE, SCREENSHOTS.resolve("dark-320.png"));
            browser.screenshot(basePath, AxeCheck.DESKTOP, SCREENSHOTS.resolve("dark-home-1280.png"));
            browser.emulateMedia("", Map.of("forced-colors", "active"));
            browser.screenshot(document, AxeCheck.DESKTOP, SCREENSHOTS.resolve("forced-colours-1280.png"));
            browser.emulateMedia("print", Map.of());
            browser.screenshot(document, AxeCheck.DESKTOP, SCREENSHOTS.resolve("print-1280.png"));
        } finally {
            browser.emulateMedia("", Map.of());
        }
    }

    @Test
    void everyKindOfPageIsWithinTheWeightBudget() throws Exception {
        List<String> report = PageWeight.report(weights);
        Files.write(SERVED.resolveSibling("page-weight.txt"), report);
        System.out.println("Page weight, gzipped (HTML + CSS), budget " + PageWeight.kb(PageWeight.PAGE_BUDGET) + ":");
        report.forEach(System.out::println);
        long scripts = new PageWeight(BuiltPages.read(output, Map.of(), basePath, 2)).scripts();
        System.out.println("JavaScript, all files together, gzipped: " + PageWeight.kb(scripts) + " of " + PageWeight.kb(PageWeight.SCRIPT_BUDGET));
        assertThat(scripts).isLessThanOrEqualTo(PageWeight.SCRIPT_BUDGET);
        assertThat(weights).allSatisfy(weight -> assertThat(weight.total()).as(weight.page()).isLessThanOrEqualTo(PageWeight.PAGE_BUDGET));
    }
}
