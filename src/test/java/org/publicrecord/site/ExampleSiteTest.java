package org.publicrecord.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.io.file.PathUtils;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.testing.BuiltSite;

/**
 * The repository's own site, built as on 22 November 2026: every content type's page and list
 * shows the example content's titles and dates in British words, links where it should, and
 * carries the example-content notice only while the switch in data/site.yaml is on.
 */
class ExampleSiteTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    static Path work;
    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(BuiltSite.EXAMPLE_SITE, work.resolve("site"), TODAY);
    }

    @Test
    void homePageShowsTheNextMeetingsTheNewestActionsAndTheLatestNews() {
        Document home = site.page("");
        assertThat(home.select("h1").text()).isEqualTo("Lewisham Health and Care Partnership");
        assertThat(home.select("main a").eachText())
                .contains("Partnership Board meeting, 3 December 2026")
                .contains("Add People's Partnership meeting dates to the council's events calendar");
        // Each list under its heading, with a link to all of it that says where it goes.
        assertThat(home.select("main h2").eachText()).containsExactly("Next meetings", "Latest decisions", "Latest updates: what we did", "Latest news");
        assertThat(home.select("main .see-all a").eachText()).containsExactly("See all meetings, past and upcoming",
                "See every decision in the decisions register", "See all actions in the action log", "See all news");
        // The meeting's title says its date, so the line under it says only the day and the times, with "Upcoming".
        assertThat(home.select("#home-meetings ~ ul li").first().text()).contains("Thursday, 10am to 12:30pm", "Upcoming")
                .containsOnlyOnce("3 December 2026");
        assertThat(home.select("#home-decisions ~ ul li").first().select(".tag").text()).isIn("Agreed", "Not agreed", "Deferred", "Noted");
        assertThat(home.select("#home-decisions ~ ul li a").first().attr("href")).matches("meetings/\\d{4}/[^#]+/#decision-\\d+");
        assertThat(home.select("#home-updates ~ ul li").first().select(".status")).isNotEmpty();
        assertThat(home.select("#home-updates ~ ul li").first().text()).contains("Last update");
        // It lists invented meetings and actions, so it says so.
        assertThat(home.select("main .banner--example").text()).startsWith("Example content");
        assertThat(home.select("header nav a").eachText()).contains("Meetings", "News", "About");
        assertThat(home.select("footer a").eachAttr("href")).contains("accessibility/", "privacy/", "contact/");
    }

    @Test
    void aNewsItemHasItsTitleDateBreadcrumbsAndNeighbours() {
        Document news = site.page("news/2023/peoples-partnership-set-up/");
        assertThat(news.select("main h1").text()).isEqualTo("Lewisham People's Partnership is set up");
        assertThat(news.select("main time").first().text()).isEqualTo("31 May 2023");
        assertThat(news.select("main time").first().attr("datetime")).isEqualTo("2023-05-31");
        assertThat(news.select(".breadcrumbs a").eachText()).containsExactly("Home", "News");
        assertThat(news.select("a[rel=prev]").attr("href")).isEqualTo("../../../news/2018/working-together-for-a-healthier-lewisham/");
        assertThat(news.select("a[rel=next]").attr("href")).startsWith("../../../news/2026/");
        assertThat(news.select("main a[href=../../../peoples-partnership/]")).isNotEmpty();
    }

    @Test
    void aMeetingPageLinksToItsCommitteeAndShowsItsDateInWords() {
        Document meeting = site.page("meetings/2026/2026-03-17-peoples-partnership/");
        assertThat(meeting.select("main h1").text()).isEqualTo("People's Partnership meeting, 17 March 2026");
        assertThat(meeting.select("main").text()).contains("Tuesday 17 March 2026");
        assertThat(meeting.select("main a").eachAttr("href")).anyMatch(href -> href.endsWith("committees/peoples-partnership/"));
    }

    @Test
    void theEventWriteUpShowsWhatWasHeardAndTheActionsAnsweringIt() {
        Document event = site.page("events/2018/working-together-for-a-healthier-lewisham/");
        assertThat(event.select("main h1").text()).contains("healthier Lewisham");
        assertThat(event.select("main").text()).contains("Deptford Lounge").contains("18 October 2018");
        Element heard = event.getElementById("joined-up-care");
        assertThat(heard).isNotNull();
        assertThat(heard.select("a").eachAttr("href")).anyMatch(href -> href.endsWith("actions/lpp-2024-01/"));
    }

    @Test
    void anActionLinksBackToWhatWasHeard() {
        Document action = site.page("actions/lpp-2024-01/");
        assertThat(action.select("main h1").text())
                .isEqualTo("Give people with several long-term conditions one named person to coordinate their care");
        assertThat(action.select("main a").eachAttr("href"))
                .anyMatch(href -> href.endsWith("events/2018/working-together-for-a-healthier-lewisham/#joined-up-care"));
        assertThat(action.select("main").text()).contains("22 November 2026");
    }

    @Test
    void aStandingPageHasItsTitleAndNoDate() {
        Document about = site.page("about/");
        assertThat(about.select("main h1").text()).isNotBlank();
        assertThat(about.title()).endsWith("– Lewisham Health and Care Partnership");
        assertThat(about.select("a[rel=prev], a[rel=next]")).isEmpty();
    }

    @Test
    void everySectionListsItsDocumentsNewestFirst() {
        for (String section : List.of("news/", "meetings/", "events/", "actions/")) {
            Document list = site.page(section);
            assertThat(list.select("main h1").text()).as(section).isNotBlank();
            assertThat(list.select("main a").size()).as(section).isGreaterThan(0);
        }
        List<String> newsDates = site.page("news/").select("main .document-list time").eachAttr("datetime");
        assertThat(newsDates).hasSize(5).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(site.page("news/").select("main .document-list a").eachText()).last()
                .isEqualTo("Health and care partners working together for a healthier Lewisham");
    }

    @Test
    void exampleContentCarriesTheNoticeAndFactsFromTheSeedsDoNot() {
        String notice = "Example content";
        assertThat(site.page("meetings/2026/2026-03-17-peoples-partnership/").select(".banner--example").text()).startsWith(notice);
        assertThat(site.page("actions/lpp-2024-01/").select(".banner--example").text()).startsWith(notice);
        assertThat(site.page("news/2023/peoples-partnership-set-up/").select(".banner--example")).isEmpty();
        assertThat(site.page("about/").select(".banner--example")).isEmpty();
    }

    @Test
    void turningTheSwitchOffRemovesTheNotice() throws IOException {
        Path source = work.resolve("switched-off");
        for (String folder : List.of("content", "data", "templates", "assets")) {
            Files.createDirectories(source.resolve(folder));
            PathUtils.copyDirectory(BuiltSite.EXAMPLE_SITE.resolve(folder), source.resolve(folder));
        }
        Files.copy(BuiltSite.EXAMPLE_SITE.resolve("jbake.properties"), source.resolve("jbake.properties"));
        Path siteYaml = source.resolve("data/site.yaml");
        String yaml = Files.readString(siteYaml);
        assertThat(yaml).contains("example_content_notice: true");
        Files.writeString(siteYaml, yaml.replace("example_content_notice: true", "example_content_notice: false"));

        BuiltSite quiet = BuiltSite.build(source, work.resolve("switched-off-site"), TODAY);
        for (String page : quiet.htmlFiles()) {
            assertThat(quiet.text(page)).as(page).doesNotContain("banner--example");
        }
    }
}
