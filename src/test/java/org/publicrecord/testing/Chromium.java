package org.publicrecord.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and its driver, as scripts/test installs them, started headless for the
 * browser tests: an explicit binary and driver keep Selenium Manager from trying to download a
 * browser, and each browser has a fresh profile.
 */
public final class Chromium {

    public static final String BINARY = "/usr/bin/chromium";
    public static final String DRIVER = "/usr/bin/chromedriver";
    /** Runs before any page script and records every security policy violation the browser reports; {@link #violations} reads them. */
    public static final String RECORD_VIOLATIONS = """
            window.__violations = [];
            document.addEventListener('securitypolicyviolation', e =>
                window.__violations.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at line ' + e.lineNumber
                    + ' in ' + (e.target && e.target.tagName ? e.target.tagName.toLowerCase() : 'the document')));
            """;
    // Selenium warns at every start that it has no CDP bindings for this Chromium; only plain CDP commands are used.
    private static final Logger CDP_VERSION_LOGGER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private Chromium() {
    }

    /** A headless Chromium with its profile in {@code folder}, JavaScript on or off. */
    public static ChromeDriver start(Path folder, boolean javascriptOff) throws IOException {
        CDP_VERSION_LOGGER.setLevel(Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + Files.createTempDirectory(folder, "profile"));
        if (javascriptOff) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** As {@link #start}, with JavaScript on and every page recording its policy violations. */
    public static ChromeDriver recordingViolations(Path folder) throws IOException {
        ChromeDriver driver = start(folder, false);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
        return driver;
    }

    /** The violations the open page has recorded. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(ChromeDriver driver) {
        return (List<String>) driver.executeScript("return window.__violations || [];");
    }
}
