package org.publicrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.publicrecord.check.AxeCheck;
import org.publicrecord.check.BuiltPages;
import org.publicrecord.content.DataFiles;
import org.publicrecord.testing.BuiltSite;

/**
 * The example site, opened in Chromium as a resident would on a laptop (1280 by 900) and on a phone
 * (375 by 800): the answer is on the first screen. On every held meeting with decisions the first
 * decision is; on the action tracker the first action is within one and a half screens; on every
 * event the first thing residents said is, with what we did about it beside or under it. And no page
 * at all scrolls sideways at 320 px.
 */
class AnswerFirstIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Path SERVED = Path.of("target/answer-first-site").toAbsolutePath();
    /** Laptop and phone viewports, width and height in CSS pixels. */
    private static final List<int[]> SCREENS = List.of(new int[] {1280, 900}, new int[] {375, 800});

    private static String basePath;
    private static BuiltSite site;
    private static AxeCheck browser;

    @BeforeAll
    static void build() throws Exception {
        Map<?, ?> siteData = (Map<?, ?>) DataFiles.readFile(BuiltSite.EXAMPLE_SITE, BuiltSite.EXAMPLE_SITE.resolve("data/site.yaml")).value();
        basePath = URI.create(String.valueOf(siteData.get("url"))).getPath();
        site = BuiltSite.build(BuiltSite.EXAMPLE_SITE, SERVED.resolve(basePath.substring(1)), TODAY);
        browser = new AxeCheck(SERVED);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyHeldMeetingWithDecisionsShowsItsFirstDecisionOnTheFirstScreen() throws IOException {
        List<String> meetings = site.htmlFiles().stream()
                .filter(page -> page.startsWith("meetings/") && site.page(page).getElementById("decision-1") != null)
                .toList();
        // Every held meeting of the example content that records decisions, so none can be skipped unnoticed.
        assertThat(meetings).hasSize((int) heldMeetingsWithDecisions());
        List<String> late = new ArrayList<>();
        for (String page : meetings) {
            for (int[] screen : SCREENS) {
                double bottom = browser.bottomOf(address(page), screen[0], screen[1], "#decision-1 > p");
                if (bottom > screen[1]) {
                    late.add(page + " @" + screen[0] + "x" + screen[1] + ": first decision ends at " + Math.round(bottom) + "px");
                }
            }
        }
        assertThat(late).isEmpty();
    }

    @Test
    void theTrackersFirstActionIsWithinOneAndAHalfScreens() {
        for (int[] screen : SCREENS) {
            double bottom = browser.bottomOf(address("actions/index.html"), screen[0], screen[1], "table[data-action-table] tbody tr th a");
            assertThat(bottom).as("first action's title @" + screen[0]).isLessThanOrEqualTo(1.5 * screen[1]);
        }
    }

    @Test
    void everyEventShowsWhatWeHeardFirst() {
        List<String> events = site.htmlFiles().stream()
                .filter(page -> page.startsWith("events/") && !site.page(page).select(".heard-list").isEmpty())
                .toList();
        assertThat(events).isNotEmpty();
        List<String> late = new ArrayList<>();
        for (String page : events) {
            for (int[] screen : SCREENS) {
                double bottom = browser.bottomOf(address(page), screen[0], screen[1], ".heard-list > li:first-child .heard__said");
                if (bottom > screen[1]) {
                    late.add(page + " @" + screen[0] + "x" + screen[1] + ": first item heard ends at " + Math.round(bottom) + "px");
                }
            }
        }
        assertThat(late).isEmpty();
    }

    @Test
    void noPageScrollsSidewaysAtThreeHundredAndTwentyPixels() {
        List<String> problems = new ArrayList<>();
        for (String page : site.htmlFiles()) {
            problems.addAll(browser.reflowProblems(address(page), AxeCheck.MOBILE));
        }
        assertThat(site.htmlFiles()).hasSizeGreaterThan(50);
        assertThat(problems).as("WCAG 1.4.10 Reflow").isEmpty();
    }

    private static String address(String page) {
        return basePath + BuiltPages.address(page);
    }

    /** Counted from the sources: meetings whose front matter says held and lists decisions. */
    private static long heldMeetingsWithDecisions() throws IOException {
        try (Stream<Path> files = Files.walk(BuiltSite.EXAMPLE_SITE.resolve("content/meetings"))) {
            return files.filter(Files::isRegularFile).filter(file -> {
                try {
                    String text = Files.readString(file);
                    return text.contains("\nmeeting_status: held\n") && text.contains("\ndecisions:\n");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).count();
        }
    }
}
