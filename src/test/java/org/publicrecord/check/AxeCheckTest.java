package org.publicrecord.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.check.AxeCheck.Violation;

class AxeCheckTest {

    @TempDir
    static Path site;

    private static AxeCheck axe;

    /** A small page that should pass every rule; {@code %s} receives the main content. */
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Fixture</title>
            <style>
              body { margin: 0; font: 1rem/1.5 sans-serif; color: #1a1a1a; background: #fff; }
              a { color: #0645ad; }
              .skip { position: absolute; left: -9999px; }
              .skip:focus { left: 0.5rem; top: 0.5rem; background: #fff; padding: 0.5rem; }
              header, main, footer { padding: 1rem; max-width: 40rem; }
              %s
            </style>
            </head>
            <body>
            <a class="skip" href="#main-content">Skip to main content</a>
            <header><nav aria-label="Site"><a href="/">Home</a> <a href="/about/">About</a></nav></header>
            <main id="main-content" tabindex="-1">
            <h1>Decisions</h1>
            %s
            </main>
            <footer><p>Published by the partnership.</p></footer>
            </body>
            </html>
            """;

    private static String page(String main) {
        return page("", main);
    }

    private static String page(String css, String main) {
        return PAGE.formatted(css, main);
    }

    @BeforeAll
    static void buildSiteAndStartBrowser() throws Exception {
        write("index.html", page("<p>The board agreed the <a href=\"/budget/\">2024 budget</a>.</p>"));
        write("dot.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><circle cx=\"5\" cy=\"5\" r=\"5\"/></svg>");
        write("no-alt/index.html", page("<p>Chart:</p><img src=\"/dot.svg\" width=\"10\" height=\"10\">"));
        write("low-contrast.html", page(".faint { color: #c8c8c8; }", "<p class=\"faint\">Minutes to follow.</p>"));
        // Contrast only breaks below 400px, so this page tells whether the mobile width took effect.
        write("narrow-only.html", page("@media (max-width: 400px) { .note { color: #c8c8c8; } }",
                "<p class=\"note\">Minutes to follow.</p>"));
        write("long.html", page("<p>Start.</p>" + "<p>Line of the action log.</p>".repeat(80)));
        write("no-skip.html", page("<p>Text.</p>").replace("<a class=\"skip\" href=\"#main-content\">Skip to main content</a>\n", ""));
        write("skip-broken.html", page("<p>Text.</p>").replace("href=\"#main-content\"", "href=\"#content\""));
        // Without tabindex="-1" main cannot take focus; the next Tab must still land inside it.
        write("skip-no-tabindex.html", page("<p>See the <a href=\"/log/\">action log</a>.</p>").replace(" tabindex=\"-1\"", ""));
        write("skip-hidden.html", page(".skip:focus { left: -9999px; }", "<p>Text.</p>"));
        write("dark-only.html", page("@media (prefers-color-scheme: dark) { .note { color: #333; background: #111; } }",
                "<p class=\"note\">Minutes to follow.</p>"));
        write("too-wide.html", page("<p>Text.</p><canvas width=\"600\" height=\"10\"></canvas>"));
        write("wide-table.html", page(".scroll { overflow-x: auto; }", "<div class=\"scroll\"><canvas width=\"600\" height=\"10\"></canvas></div>"));
        axe = new AxeCheck(site);
    }

    @AfterAll
    static void stopBrowser() {
        if (axe != null) {
            axe.close();
        }
    }

    private static void write(String path, String content) throws Exception {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static List<String> rules(List<Violation> violations) {
        return violations.stream().map(Violation::rule).toList();
    }

    @Test
    void cleanPagePassesAtDesktopAndMobileWidths() {
        assertThat(axe.scan(List.of("/"), AxeCheck.DESKTOP)).isEmpty();
        assertThat(axe.scan(List.of("/"), AxeCheck.MOBILE)).isEmpty();
    }

    @Test
    void imageWithoutAltFailsImageAlt() {
        List<Violation> violations = axe.scan(List.of("/no-alt/"), AxeCheck.DESKTOP);
        assertThat(rules(violations)).containsExactly("image-alt");
        Violation v = violations.get(0);
        assertThat(v.page()).isEqualTo("/no-alt/");
        assertThat(v.width()).isEqualTo(1280);
        assertThat(v.impact()).isEqualTo("critical");
        assertThat(v.targets()).containsExactly("img");
        assertThat(v.toString()).contains("/no-alt/", "image-alt", "img");
    }

    @Test
    void lowContrastTextFailsColorContrast() {
        List<Violation> violations = axe.scan(List.of("low-contrast.html"), AxeCheck.DESKTOP);
        assertThat(rules(violations)).containsExactly("color-contrast");
        assertThat(violations.get(0).targets()).containsExactly(".faint");
    }

    @Test
    void viewportWidthIsApplied() {
        assertThat(axe.scan(List.of("narrow-only.html"), AxeCheck.DESKTOP)).isEmpty();
        assertThat(rules(axe.scan(List.of("narrow-only.html"), AxeCheck.MOBILE))).containsExactly("color-contrast");
    }

    @Test
    void scanReportsEachPageOfTheList() {
        List<Violation> violations = axe.scan(List.of("/", "/no-alt/", "low-contrast.html"), AxeCheck.MOBILE);
        assertThat(violations).extracting(Violation::page, Violation::rule)
                .containsExactly(tuple("/no-alt/", "image-alt"),
                        tuple("low-contrast.html", "color-contrast"));
    }

    @Test
    void missingPageIsAnErrorNotAScan() {
        assertThatThrownBy(() -> axe.scan(List.of("/nowhere/"), AxeCheck.DESKTOP))
                .hasMessageContaining("/nowhere/").hasMessageContaining("404");
    }

    @Test
    void screenshotCoversTheWholePageAtTheWidth(@TempDir Path out) throws Exception {
        Path png = out.resolve("shots/long-320.png");
        axe.screenshot("long.html", AxeCheck.MOBILE, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(320);
        // 80 paragraphs are far taller than the 640px viewport.
        assertThat(image.getHeight()).isGreaterThan(2000);
    }

    @Test
    void skipLinkToFocusableMainPasses() {
        assertThat(axe.skipLinkProblems("/", AxeCheck.DESKTOP)).isEmpty();
        assertThat(axe.skipLinkProblems("/", AxeCheck.MOBILE)).isEmpty();
    }

    @Test
    void skipLinkToMainWithoutTabindexPassesWhenNextTabLandsInMain() {
        assertThat(axe.skipLinkProblems("skip-no-tabindex.html", AxeCheck.DESKTOP)).isEmpty();
    }

    @Test
    void pageWithoutSkipLinkFails() {
        assertThat(axe.skipLinkProblems("no-skip.html", AxeCheck.DESKTOP)).singleElement().asString()
                .contains("first Tab stop is <a href=\"/\"> \"Home\"", "not a skip link");
    }

    @Test
    void skipLinkToMissingTargetFails() {
        assertThat(axe.skipLinkProblems("skip-broken.html", AxeCheck.DESKTOP)).singleElement().asString()
                .contains("#content", "points at no element");
    }

    @Test
    void skipLinkThatStaysOffScreenWhenFocusedFails() {
        assertThat(axe.skipLinkProblems("skip-hidden.html", AxeCheck.DESKTOP)).singleElement().asString()
                .contains("not visible when focused");
    }

    @Test
    void emulatedDarkModeIsWhatAxeSees() {
        assertThat(axe.scan(List.of("dark-only.html"), AxeCheck.DESKTOP)).isEmpty();
        axe.emulateMedia("", java.util.Map.of("prefers-color-scheme", "dark"));
        try {
            assertThat(rules(axe.scan(List.of("dark-only.html"), AxeCheck.DESKTOP))).containsExactly("color-contrast");
        } finally {
            axe.emulateMedia("", java.util.Map.of());
        }
    }

    @Test
    void somethingWiderThanThePhoneFailsReflowButAScrollingBoxDoesNot() {
        assertThat(axe.reflowProblems("too-wide.html", AxeCheck.MOBILE)).singleElement().asString()
                .contains("too-wide.html @320px scrolls sideways", "canvas");
        assertThat(axe.reflowProblems("too-wide.html", AxeCheck.DESKTOP)).isEmpty();
        assertThat(axe.reflowProblems("wide-table.html", AxeCheck.MOBILE)).isEmpty();
        assertThat(axe.reflowProblems("/", AxeCheck.MOBILE)).isEmpty();
    }
}
