package org.publicrecord.types.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.publicrecord.output.Paging;
import org.publicrecord.types.meeting.MeetingSites;
import org.publicrecord.testing.BuiltSite;

/**
 * The committees list, each committee's page and the meetings page, built on 22 November 2026:
 * meetings from that day on are upcoming (soonest first), earlier ones are past (by year, newest first);
 * the meetings page shows the latest of each and links to a page per year.
 */
class CommitteePagesTest {

    private static BuiltSite site;

    @BeforeAll
    static void build() {
        site = MeetingSites.built();
    }

    @Test
    void theCommitteesPageListsEveryCommitteeWithItsNextMeeting() {
        Document page = site.page("committees/");
        assertThat(page.select("h1").text()).isEqualTo("Committees");
        assertThat(page.select("main h2 a").eachAttr("href")).containsExactly(
                "../committees/lhcp-board/", "../committees/peoples-partnership/", "../committees/lhcp-executive/");
        Element board = page.selectFirst("main li:has(a[href$=lhcp-board/])");
        assertThat(board.selectFirst(".meta").text())
                .isEqualTo("How often it meets: About four times a year. Next meeting: Thursday 3 December 2026, 10am to 12:30pm");
        assertThat(page.selectFirst("main li:has(a[href$=lhcp-executive/]) .meta").text()).isEqualTo("How often it meets: Not recorded.");
    }

    @Test
    void aCommitteePageSaysWhatItDoesAndWhoSitsOnIt() {
        Document page = site.page("committees/lhcp-board/");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Lewisham Health and Care Partnership Board");
        assertThat(page.selectFirst("main .lead").text()).startsWith("Leads health and care in Lewisham.");
        assertThat(page.select("#committee-facts + dl > div").eachText()).containsExactly(
                "How often it meets About four times a year",
                "Open to the public Yes: anyone can come to its meetings.",
                "Contact LHCPcommunications@selondonics.nhs.net");
        List<Element> members = page.select("table:has(caption:contains(Members)) tbody tr");
        assertThat(members).hasSize(12);
        assertThat(members.get(0).text()).isEqualTo("Place Executive Director, Lewisham (Chair) South East London Integrated Care System");
        assertThat(page.select(".breadcrumbs a").eachAttr("href")).containsExactly("../../", "../../committees/");
    }

    @Test
    void upcomingAndPastAreSplitOnTheBuildDate() {
        Document page = site.page("committees/lhcp-board/");
        List<String> upcoming = page.select("#meetings-upcoming + ul > li h3 a").eachAttr("href");
        assertThat(upcoming).containsExactly(
                "../../meetings/2026/2026-12-03-lhcp-board/", "../../meetings/2026/2026-12-10-lhcp-board/");
        assertThat(page.select("section:has(#meetings-past) h3").eachText()).containsExactly("2026", "2025");
        List<String> past2026 = page.select("#meetings-2026 + ul > li h4 a").eachAttr("href");
        assertThat(past2026).containsSubsequence(
                "../../meetings/2026/2026-10-01-lhcp-board/", "../../meetings/2026/2026-08-20-lhcp-board/",
                "../../meetings/2026/2026-08-06-lhcp-board/", "../../meetings/2026/2026-07-02-lhcp-board/")
                .doesNotContainAnyElementsOf(upcoming)
                .allMatch(href -> href.contains("-lhcp-board/"));
        assertThat(page.selectFirst("#meetings-2026 + ul > li:has(a[href*=2026-08-06]) .tag").text()).isEqualTo("Postponed");
    }

    @Test
    void aCommitteePageListsTheActionsRaisedAtItsMeetings() {
        Document page = site.page("committees/peoples-partnership/");
        assertThat(page.select("#committee-actions ~ ul a").eachAttr("href")).contains("../../actions/lpp-2025-09/");
        Document executive = site.page("committees/lhcp-executive/");
        assertThat(executive.select("main").text()).contains("This committee has no meetings on this site yet.");
        assertThat(executive.select(".calendar-subscribe")).isEmpty();
    }

    @Test
    void twoBuildsOfTheSameSourcesWriteTheSamePages() {
        BuiltSite again = MeetingSites.rebuilt();
        List<String> pages = site.htmlFiles().stream().filter(path -> path.startsWith("committees/") || path.startsWith("meetings/")).toList();
        assertThat(pages).hasSizeGreaterThan(25).isEqualTo(again.htmlFiles().stream()
                .filter(path -> path.startsWith("committees/") || path.startsWith("meetings/")).toList());
        for (String page : pages) {
            assertThat(again.text(page)).as(page).isEqualTo(site.text(page));
        }
    }

    @Test
    void theMeetingsPageShowsUpcomingMeetingsFirstThenTheLatestPastOnesByYearThenEachYear() {
        Document page = site.page("meetings/");
        List<String> sections = page.select("main section > h2").eachText();
        assertThat(sections).containsSubsequence("Upcoming meetings", "Past meetings");
        List<String> upcoming = page.select("#meetings-upcoming + ul > li h3 a").eachAttr("href");
        assertThat(upcoming).containsExactly(
                "../meetings/2026/2026-12-03-lhcp-board/", "../meetings/2026/2026-12-10-lhcp-board/",
                "../meetings/2027/2027-01-19-peoples-partnership/", "../meetings/2027/2027-02-09-peoples-partnership/",
                "../meetings/2027/2027-03-16-peoples-partnership/");
        // The ten latest past meetings, by year; every year's meetings are on the year's own page.
        assertThat(page.select("section:has(#meetings-past) h3").eachText()).containsExactly("2026");
        assertThat(page.select("section:has(#meetings-past) li h4")).hasSize(Paging.SHORT_LIST);
        assertThat(page.select("nav.meeting-years a").eachAttr("href"))
                .containsExactly("../meetings/2027/", "../meetings/2026/", "../meetings/2025/", "../meetings/2024/");
        Document year = site.page("meetings/2025/");
        assertThat(year.select("#meetings-upcoming")).isEmpty();
        assertThat(year.selectFirst("#meetings-past + ul > li h3").text()).isEqualTo("Partnership Board meeting, 4 December 2025");
        assertThat(year.select("main .meeting-list a").eachAttr("href")).allMatch(href -> href.startsWith("../../meetings/2025/"));
        assertThat(page.selectFirst("main a[href=../committees/]")).isNotNull();
    }
}
