package org.publicrecord.types.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.publicrecord.check.AxeCheck;
import org.publicrecord.check.HtmlValidator;
import org.publicrecord.types.meeting.MeetingSites;
import org.publicrecord.testing.BuiltSite;

/**
 * Every kind of page this feature writes is valid HTML and passes axe (WCAG 2.2 AA rules) on a
 * desktop and a phone: a meeting with the full record, a cancelled one, a postponed one, one to
 * come, the meetings page, the committees page and a committee.
 */
class MeetingPagesCheckTest {

    private static final List<String> PAGES = List.of(
            "meetings/2025/2025-03-25-peoples-partnership/",
            "meetings/2025/2025-04-01-peoples-partnership/",
            "meetings/2025/2025-08-12-peoples-partnership/",
            "meetings/2026/2026-08-06-lhcp-board/",
            "meetings/2026/2026-12-10-lhcp-board/",
            "meetings/2025/2025-10-07-peoples-partnership/",
            "meetings/",
            "committees/",
            "committees/lhcp-board/",
            "committees/lhcp-executive/");

    @Test
    void thePagesAreValidHtml() {
        BuiltSite site = MeetingSites.built();
        HtmlValidator validator = new HtmlValidator();
        for (String page : PAGES) {
            assertThat(validator.validate(site.file(page + "index.html"))).as(page).isEmpty();
        }
    }

    @Test
    void thePagesPassAxeOnADesktopAndAPhone() throws Exception {
        // One of each layout's states: a browser check costs seconds a page.
        List<String> pages = List.of(PAGES.get(0), PAGES.get(3), PAGES.get(4), "meetings/", "committees/", "committees/lhcp-board/");
        try (AxeCheck axe = new AxeCheck(MeetingSites.built().output())) {
            assertThat(axe.scan(pages, AxeCheck.DESKTOP)).isEmpty();
            assertThat(axe.scan(pages, AxeCheck.MOBILE)).isEmpty();
            assertThat(axe.reflowProblems("meetings/2025/2025-03-25-peoples-partnership/", AxeCheck.MOBILE)).isEmpty();
        }
    }
}
