package org.publicrecord.check;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * Checks pages of a built site in Debian's headless Chromium: axe-core accessibility rules, a
 * keyboard check of the skip link, and full-page screenshots for human review.
 *
 * <p>One instance serves the site on 127.0.0.1 and keeps one browser open; close it when done.
 */
public final class AxeCheck implements AutoCloseable {

    /** Desktop viewport width in CSS pixels. */
    public static final int DESKTOP = 1280;
    /** Narrow viewport width in CSS pixels: the 320 px of WCAG 1.4.10 Reflow. */
    public static final int MOBILE = 320;

    /** The axe rule tags run: WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus Deque's best practices. */
    public static final List<String> TAGS =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /** One failed axe rule on one page at one width, with the CSS selectors of the failing elements. */
    public record Violation(String page, int width, String rule, String impact, String help, List<String> targets) {
        @Override
        public String toString() {
            return page + " @" + width + "px: " + rule + " (" + impact + ") " + help + " -> " + String.join(", ", targets);
        }
    }

    // Selenium warns at every start that it has no CDP bindings for this Chromium; the checks only
    // use ChromeDriver's plain CDP command endpoint, which needs none. Held here so JUL keeps the level.
    private static final Logger CDP_VERSION_LOGGER = silence("org.openqa.selenium.devtools.CdpVersionFinder");

    private final StaticSiteServer server;
    private final Path profileDir;
    private final ChromeDriver driver;
    private final HttpClient http = HttpClient.newHttpClient();

    /** Serves {@code siteDir} and starts the browser. */
    public AxeCheck(Path siteDir) throws IOException {
        for (String binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(binary))) {
                throw new IllegalStateException(binary + " is missing: run scripts/test, which installs Debian's chromium and chromium-driver");
            }
        }
        server = new StaticSiteServer(siteDir);
        profileDir = Files.createTempDirectory("axe-chromium-");
        ChromeOptions options = new ChromeOptions();
        // An explicit binary and driver keep Selenium Manager from trying to download a browser.
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                // Classic scrollbars would take 15px of the 320px viewport; phones overlay theirs.
                "--hide-scrollbars",
                // Every run starts from an empty profile, so no state leaks between runs.
                "--user-data-dir=" + profileDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            server.close();
            deleteTree(profileDir);
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /** The base URL the site is served under, e.g. {@code http://127.0.0.1:40123}. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** Runs axe on each site-relative path at the given viewport width and returns every violation. */
    public List<Violation> scan(List<String> paths, int width) {
        List<Violation> found = new ArrayList<>();
        for (String path : paths) {
            open(path, width);
            Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
            if (results.isErrored()) {
                throw new IllegalStateException("axe failed on " + path + ": " + results.getErrorMessage());
            }
            for (Rule rule : results.getViolations()) {
                List<String> targets = rule.getNodes().stream().map(AxeCheck::selector).toList();
                found.add(new Violation(path, width, rule.getId(), rule.getImpact(), rule.getHelp(), targets));
            }
        }
        return found;
    }

    /** Saves a PNG of the whole page (not only the viewport) at the given width. */
    public void screenshot(String path, int width, Path png) throws IOException {
        open(path, width);
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of(
                "x", 0, "y", 0, "scale", 1,
                "width", ((Number) size.get("width")).doubleValue(),
                "height", ((Number) size.get("height")).doubleValue());
        // captureBeyondViewport renders below the fold too, which WebDriver's own screenshot does not.
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        if (png.getParent() != null) {
            Files.createDirectories(png.getParent());
        }
        Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
    }

    /**
     * Checks by keyboard that the first Tab stop is a visible skip link to the {@code main} element
     * and that pressing Enter on it moves focus into main content. Returns the problems found; an
     * empty list means the check passed.
     */
    public List<String> skipLinkProblems(String path, int width) {
        open(path, width);
        new Actions(driver).sendKeys(Keys.TAB).perform();
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) driver.executeScript("""
                const el = document.activeElement;
                const href = el.getAttribute('href') || '';
                const id = href.startsWith('#') ? decodeURIComponent(href.slice(1)) : '';
                const target = id ? document.getElementById(id) : null;
                const box = el.getBoundingClientRect();
                return {
                  tag: el.tagName.toLowerCase(),
                  href: href,
                  text: (el.textContent || '').trim(),
                  targetExists: target !== null,
                  targetInMain: target !== null && target.closest('main, [role="main"]') !== null,
                  visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
                      && box.top < innerHeight && box.left < innerWidth
                };
                """);
        String described = "<" + first.get("tag") + (first.get("href").toString().isEmpty() ? "" : " href=\"" + first.get("href") + "\"")
                + "> \"" + first.get("text") + "\"";
        List<String> problems = new ArrayList<>();
        if (!"a".equals(first.get("tag")) || !first.get("href").toString().matches("#.+")) {
            problems.add(path + ": first Tab stop is " + described + ", not a skip link to #main-content or similar");
            return problems;
        }
        if (!(Boolean) first.get("targetExists")) {
            problems.add(path + ": skip link " + described + " points at no element with that id");
            return problems;
        }
        if (!(Boolean) first.get("targetInMain")) {
            problems.add(path + ": skip link " + described + " points outside the main element");
        }
        if (!(Boolean) first.get("visible")) {
            problems.add(path + ": skip link " + described + " is not visible when focused");
        }
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        if (!focusInMain()) {
            // A target without tabindex="-1" does not take focus itself, but browsers restart
            // sequential navigation there, so the next Tab must land inside main.
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (!focusInMain()) {
                problems.add(path + ": Enter on skip link " + described + " did not move focus into main content");
            }
        }
        return problems;
    }

    /**
     * Makes the browser report these media features (such as {@code prefers-color-scheme: dark} or
     * {@code forced-colors: active}) and this media type ({@code screen} or {@code print}) from
     * now on; an empty map and "" go back to the browser's own.
     */
    public void emulateMedia(String media, Map<String, String> features) {
        List<Map<String, String>> list = features.entrySet().stream()
                .map(feature -> Map.of("name", feature.getKey(), "value", feature.getValue())).toList();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media, "features", list));
    }

    /**
     * Checks WCAG 1.4.10 Reflow: at this width the page must not scroll sideways. Returns the
     * problems found, naming the widest elements that stick out; an empty list means it passed.
     */
    public List<String> reflowProblems(String path, int width) {
        open(path, width);
        @SuppressWarnings("unchecked")
        List<String> wide = (List<String>) driver.executeScript("""
                const limit = document.documentElement.clientWidth;
                if (document.documentElement.scrollWidth <= limit) return [];
                // Elements inside a scrolling box (a wide table in its region) are allowed to be wider.
                const inScroller = el => { for (let p = el.parentElement; p; p = p.parentElement) {
                    const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll') return true; } return false; };
                return [...document.querySelectorAll('body *')]
                    .filter(el => el.getBoundingClientRect().right > limit + 1 && !inScroller(el))
                    .slice(0, 5)
                    .map(el => el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).trim().replace(/\\s+/g, '.') : '')
                        + ' (right edge ' + Math.round(el.getBoundingClientRect().right) + 'px)');
                """);
        return wide.isEmpty() ? List.of() : List.of(path + " @" + width + "px scrolls sideways: " + String.join(", ", wide));
    }

    /**
     * Where the main navigation's first link and the page's heading sit at this width, in CSS pixels
     * from the viewport's left ({@code navLeft}, {@code navRight}, {@code headingLeft}, {@code headingRight}),
     * the viewport's width ({@code width}), how wide the page scrolls ({@code scrollWidth}) and {@code dir}.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> layout(String path, int width) {
        open(path, width);
        return (Map<String, Object>) driver.executeScript("""
                const nav = document.querySelector('.site-nav li a').getBoundingClientRect();
                const heading = document.querySelector('main h1').getBoundingClientRect();
                return {navLeft: nav.left, navRight: nav.right, headingLeft: heading.left, headingRight: heading.right,
                        width: document.documentElement.clientWidth, scrollWidth: document.documentElement.scrollWidth,
                        dir: getComputedStyle(document.documentElement).direction};
                """);
    }

    private boolean focusInMain() {
        return (Boolean) driver.executeScript(
                "return document.activeElement !== null && document.activeElement.closest('main, [role=\"main\"]') !== null;");
    }

    /**
     * Where the first element matching {@code selector} ends, in CSS pixels from the top of the page,
     * when the page is opened in a {@code width} by {@code height} viewport; null when nothing matches.
     */
    public Double bottomOf(String path, int width, int height, String selector) {
        open(path, width, height);
        Object bottom = driver.executeScript("""
                const element = document.querySelector(arguments[0]);
                return element === null ? null : element.getBoundingClientRect().bottom + window.scrollY;
                """, selector);
        return bottom == null ? null : ((Number) bottom).doubleValue();
    }

    /** Loads a page at a viewport width, failing fast on anything but HTTP 200. */
    private void open(String path, int width) {
        open(path, width, width >= 768 ? 800 : 640);
    }

    /** Loads a page in a viewport of exactly {@code width} by {@code height} CSS pixels. */
    private void open(String path, int width, int height) {
        String url = server.url(path);
        int status = status(url);
        if (status != 200) {
            throw new IllegalArgumentException(path + " answered HTTP " + status);
        }
        // Emulating the metrics sets the CSS viewport exactly; a window size would include browser chrome.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        driver.get(url);
        // Web fonts change text metrics, and so contrast checks and screenshots, once they arrive.
        driver.executeAsyncScript("document.fonts.ready.then(() => arguments[arguments.length - 1]());");
    }

    private int status(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** axe gives a node's target as a list of selectors, nested once per iframe or shadow root. */
    private static String selector(CheckedNode node) {
        Object target = node.getTarget();
        if (target instanceof List<?> parts) {
            return parts.stream().map(p -> p instanceof List<?> inner
                    ? inner.stream().map(String::valueOf).collect(Collectors.joining(" >>> "))
                    : String.valueOf(p)).collect(Collectors.joining(" >> "));
        }
        return String.valueOf(target);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            server.close();
            deleteTree(profileDir);
        }
    }

    private static Logger silence(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temp profile is harmless; failing the check over it would not be.
        }
    }
}
