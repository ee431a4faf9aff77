package org.publicrecord.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.check.BuiltPages;
import org.publicrecord.check.FixtureSite;
import org.publicrecord.check.PageWeight;
import org.publicrecord.testing.BuiltSite;

/**
 * Long lists in pages, built for real: the example site plus a year of weekly meetings (2019), 60
 * actions raised at them and 60 news items, so the tracker, a committee's actions, a year of
 * meetings and the news need three pages or more. Every page of every list stays in the page
 * budget, links to its neighbours, and says in its title which page it is.
 */
class ListPaginationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final LocalDate FIRST_MEETING = LocalDate.of(2019, 1, 1);
    static final int MEETINGS = 52;
    static final int ADDED = 60;

    @TempDir
    static Path folder;
    static BuiltSite site;
    static BuiltSite example;

    @BeforeAll
    static void build() {
        Map<String, String> content = new LinkedHashMap<>();
        for (int week = 0; week < MEETINGS; week++) {
            LocalDate day = FIRST_MEETING.plusWeeks(week);
            content.put("meetings/2019/" + day + "-peoples-partnership.md", """
                    ---
                    title: People's Partnership meeting, week %d
                    type: meeting
                    date: %s
                    summary: A weekly meeting for the pagination tests.
                    committee: peoples-partnership
                    start: "18:00"
                    end: "20:00"
                    meeting_status: held
                    ---

                    Members met.
                    """.formatted(week + 1, day));
        }
        for (int number = 1; number <= ADDED; number++) {
            LocalDate day = FIRST_MEETING.plusWeeks(number % MEETINGS);
            String id = "PGN-2019-%03d".formatted(number);
            content.put("actions/" + id.toLowerCase() + ".md", """
                    ---
                    title: Paged action %d
                    type: action
                    date: %s
                    id: %s
                    said: Residents asked for a list they can read a page at a time.
                    source:
                      meeting: %s-peoples-partnership
                    owner: lewisham-council
                    lead_role: Head of Service
                    action_status: open
                    due: 2027-03-31
                    ---
                    We will split long lists into pages.
                    """.formatted(number, day, id, day));
            content.put("news/2019/paged-news-" + number + ".md", """
                    ---
                    title: Paged news item %d
                    type: news
                    date: %s
                    summary: One of many news items.
                    ---
                    News.
                    """.formatted(number, LocalDate.of(2019, 1, 1).plusDays(number)));
        }
        site = BuiltSite.build(FixtureSite.create(folder.resolve("source"), content), folder.resolve("site"), TODAY);
    }

    private static String committeeName() {
        return site.page("committees/peoples-partnership/").selectFirst("h1").text();
    }

    /** Every page of the list at {@code url}, in order, following rel=next from the first. */
    private static List<Document> pagesOf(String url) {
        List<Document> pages = new ArrayList<>();
        String next = url;
        while (next != null) {
            Document page = site.page(next);
            pages.add(page);
            Element link = page.selectFirst("nav.list-pagination a[rel=next]");
            next = link == null ? null : link.absUrl("href").replace("https://example.test/", "");
        }
        return pages;
    }

    @Test
    void pagesAfterTheFirstAreBelowTheListsAddress() {
        for (String list : List.of("actions/", "actions/committee/peoples-partnership/", "actions/owner/lewisham-council/",
                "actions/status/open/", "news/", "meetings/2019/", "committees/peoples-partnership/2019/")) {
            assertThat(site.exists(list + "index.html")).as(list).isTrue();
            assertThat(site.exists(list + "page/2/index.html")).as(list).isTrue();
            assertThat(site.exists(list + "page/3/index.html")).as(list).isTrue();
            assertThat(site.exists(list + "page/1/index.html")).as(list + ": page 1 is the list itself").isFalse();
        }
        assertThat(site.exists("actions/page/4/index.html")).isTrue();
        assertThat(site.exists("actions/page/5/index.html")).as("81 actions make 4 pages").isFalse();
        assertThat(site.exists("meetings/2019/page/4/index.html")).as("52 meetings make 3 pages").isFalse();
        assertThat(site.exists("events/page/2/index.html")).as("a short list is one page").isFalse();
    }

    @Test
    void eachPageLinksToItsNeighboursWithRelPrevAndNext() {
        Document first = site.page("actions/");
        Document second = site.page("actions/page/2/");
        Document last = site.page("actions/page/4/");
        assertThat(first.select("a[rel=prev]")).isEmpty();
        assertThat(first.select("nav.list-pagination a[rel=next]").attr("href")).isEqualTo("../actions/page/2/");
        assertThat(second.select("nav.list-pagination a[rel=prev]").attr("href")).isEqualTo("../../../actions/");
        assertThat(second.select("nav.list-pagination a[rel=next]").attr("href")).isEqualTo("../../../actions/page/3/");
        assertThat(last.select("nav.list-pagination a[rel=prev]").attr("href")).isEqualTo("../../../actions/page/3/");
        assertThat(last.select("a[rel=next]")).isEmpty();
        assertThat(second.select("nav.list-pagination a[rel=prev]").text()).isEqualTo("Previous page");
        assertThat(second.select("nav.list-pagination a[rel=prev] .visually-hidden").text()).isEqualTo("page");
    }

    @Test
    void theCurrentPageIsMarkedAndTheNavigationIsNamed() {
        Document second = site.page("actions/page/2/");
        Element nav = second.selectFirst("nav.list-pagination");
        assertThat(nav.attr("aria-label")).isEqualTo("Pages of this list");
        assertThat(nav.select("li a").eachText()).containsExactly("1", "2", "3", "4");
        assertThat(nav.select("li a").eachAttr("aria-label")).containsExactly("Page 1", "Page 2", "Page 3", "Page 4");
        assertThat(nav.select("a[aria-current]")).hasSize(1);
        assertThat(nav.selectFirst("a[aria-current=page]").text()).isEqualTo("2");
        assertThat(nav.selectFirst("a[aria-current=page]").attr("href")).isEqualTo("../../../actions/page/2/");
        assertThat(site.page("events/").select("nav.list-pagination")).as("one page needs no page links").isEmpty();
    }

    @Test
    void titlesSayWhichPageOfHowMany() {
        assertThat(site.page("actions/").title()).startsWith("You said, we did: the action log (page 1 of 4) – ");
        assertThat(site.page("actions/page/3/").title()).startsWith("You said, we did: the action log (page 3 of 4) – ");
        assertThat(site.page("news/page/2/").title()).startsWith("News (page 2 of 3) – ");
        assertThat(site.page("meetings/2019/page/3/").title()).startsWith("Meetings in 2019 (page 3 of 3) – ");
        assertThat(site.page("committees/peoples-partnership/2019/").title())
                .startsWith(committeeName() + ": meetings in 2019 (page 1 of 3) – ");
        assertThat(site.page("actions/committee/peoples-partnership/page/2/").title()).contains("(page 2 of 3)");
        assertThat(site.page("events/").title()).doesNotContain("(page");
    }

    @Test
    void everyItemIsOnExactlyOnePageInTheListsOrder() {
        List<String> actions = pagesOf("actions/").stream()
                .flatMap(page -> page.select("table.action-table tbody th a").eachAttr("abs:href").stream()).toList();
        assertThat(actions).hasSize(81).doesNotHaveDuplicates();
        assertThat(pagesOf("actions/")).hasSize(4);
        assertThat(site.page("actions/page/4/").select("table.action-table caption").text()).startsWith("All actions (76 to 81 of 81 actions).");

        List<String> news = pagesOf("news/").stream().flatMap(page -> page.select("main .document-list time").eachAttr("datetime").stream()).toList();
        assertThat(news).hasSize(65).doesNotHaveDuplicates().isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(site.page("news/page/2/").select("main p.meta").first().text()).isEqualTo("Showing 26 to 50 of 65");

        List<String> meetings = pagesOf("meetings/2019/").stream()
                .flatMap(page -> page.select("main .meeting-list h3 a").eachAttr("abs:href").stream()).toList();
        assertThat(meetings).hasSize(MEETINGS).doesNotHaveDuplicates();
        assertThat(meetings.get(0)).endsWith("/meetings/2019/2019-12-24-peoples-partnership/");
        assertThat(meetings.get(MEETINGS - 1)).endsWith("/meetings/2019/2019-01-01-peoples-partnership/");
        assertThat(pagesOf("committees/peoples-partnership/2019/").stream()
                .mapToInt(page -> page.select("main .meeting-list li").size()).sum()).isEqualTo(MEETINGS);
    }

    @Test
    void theTrackersSummaryIsOnItsFirstPageOnly() {
        assertThat(site.page("actions/").select(".action-summary")).hasSize(1);
        assertThat(site.page("actions/").select("nav.tracker-views")).hasSize(1);
        Document second = site.page("actions/page/2/");
        assertThat(second.select(".action-summary, nav.tracker-views")).isEmpty();
        assertThat(second.select("main h1").text()).isEqualTo("You said, we did: the action log");
        assertThat(second.select(".breadcrumbs a").eachAttr("href")).containsExactly("../../../", "../../../actions/");
        assertThat(second.select("table.action-table tbody tr")).hasSize(Paging.PAGE_SIZE);
    }

    @Test
    void theMeetingsAndCommitteePagesShowTheLatestAndLinkToEachYear() {
        Document meetings = site.page("meetings/");
        assertThat(meetings.select("#meetings-upcoming ~ ul > li")).hasSizeLessThanOrEqualTo(Paging.SHORT_LIST);
        assertThat(meetings.select("section:has(#meetings-past) ul.meeting-list > li")).hasSize(Paging.SHORT_LIST);
        assertThat(meetings.select("section:has(#meetings-past) a[href=#meetings-years]")).hasSize(1);
        assertThat(meetings.select("nav.meeting-years a").eachAttr("href")).contains("../meetings/2019/", "../meetings/2026/");
        assertThat(meetings.select("nav.meeting-years li:has(a[href$=2019/])").text()).isEqualTo("2019 (52 meetings)");

        Document committee = site.page("committees/peoples-partnership/");
        assertThat(committee.select("nav.meeting-years a").eachAttr("href")).contains("../../committees/peoples-partnership/2019/");
        assertThat(committee.select("#committee-actions ~ ul.action-list > li")).hasSize(Paging.SHORT_LIST);
        assertThat(committee.select("#committee-actions ~ p a").attr("href")).isEqualTo("../../actions/committee/peoples-partnership/");
        int raised = pagesOf("actions/committee/peoples-partnership/").stream().mapToInt(page -> page.select("table.action-table tbody tr").size()).sum();
        assertThat(raised).isGreaterThan(ADDED);
        assertThat(committee.select("#committee-actions ~ p a").text()).isEqualTo("All actions from its meetings (" + raised + ")");

        Document year = site.page("committees/peoples-partnership/2019/page/2/");
        assertThat(year.select("main a[href='../../../../../committees/peoples-partnership/']").text()).isEqualTo("About " + committeeName());
        assertThat(year.select("nav.meeting-years strong").text()).isEqualTo("2019");
    }

    @Test
    void everyPageIsWithinTheBudget() {
        PageWeight weight = new PageWeight(BuiltPages.read(site.output(), Map.of(), "/", 2));
        List<PageWeight.Weight> weights = weight.weights();
        assertThat(weights).extracting(PageWeight.Weight::page)
                .contains("actions/page/4/index.html", "meetings/2019/page/3/index.html", "news/page/3/index.html");
        assertThat(weights).allSatisfy(page -> assertThat(page.total()).as(page.page()).isLessThanOrEqualTo(PageWeight.PAGE_BUDGET));
    }
}
