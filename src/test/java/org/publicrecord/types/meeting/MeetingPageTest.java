package org.publicrecord.types.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.publicrecord.testing.BuiltSite;

/**
 * A meeting's page: when in words, where and how to get in, agenda, papers with format and size,
 * who was there, declarations, numbered decisions with anchors, actions, cancellation and
 * postponement, and the schema.org Event in JSON-LD.
 */
class MeetingPageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static BuiltSite site;

    @BeforeAll
    static void build() {
        site = MeetingSites.built();
    }

    private static Document meeting(String slug) {
        return site.page("meetings/" + slug.substring(0, 4) + "/" + slug + "/");
    }

    @Test
    void saysWhenInWordsWithTheOffsetOfTheDayInLondon() {
        Element before = meeting("2025-03-25-peoples-partnership").selectFirst("article .meta time");
        assertThat(before.text()).isEqualTo("Tuesday 25 March 2025, 6pm to 8pm");
        assertThat(before.attr("datetime")).isEqualTo("2025-03-25T18:00+00:00");
        Element after = meeting("2025-04-01-peoples-partnership").selectFirst("article .meta time");
        assertThat(after.text()).isEqualTo("Tuesday 1 April 2025, 6pm to 7:30pm");
        assertThat(after.attr("datetime")).isEqualTo("2025-04-01T18:00+01:00");
        assertThat(meeting("2027-02-09-peoples-partnership").selectFirst("article .meta time").text())
                .isEqualTo("Tuesday 9 February 2027, from 2pm");
    }

    @Test
    void decisionsAreNumberedAndEachHasItsOwnAnchor() {
        Document page = meeting("2025-03-25-peoples-partnership");
        List<Element> decisions = page.select("#meeting-decisions + ol > li");
        assertThat(decisions).extracting(Element::id).containsExactly("decision-1", "decision-2", "decision-3");
        assertThat(decisions.get(1).text()).isEqualTo("Decision 2 Agreed Agree the budget for 2025.");
        // The number is a heading, not a link to the place it is already at.
        assertThat(decisions.get(1).selectFirst("h3").text()).isEqualTo("Decision 2 Agreed");
        assertThat(page.select("a[href=#decision-2]")).isEmpty();
    }

    @Test
    void aHeldMeetingOpensWithWhatWasDecidedAndEndsWithLogistics() {
        Document page = meeting("2025-03-25-peoples-partnership");
        List<String> order = page.select("article h2").eachAttr("id");
        assertThat(order).startsWith("meeting-decisions", "meeting-actions", "meeting-minutes");
        assertThat(order).endsWith("meeting-details");
        assertThat(order.indexOf("meeting-attendance")).isBetween(order.indexOf("meeting-minutes"), order.indexOf("meeting-declarations"));
        assertThat(order.indexOf("meeting-papers")).isBetween(order.indexOf("meeting-declarations"), order.indexOf("meeting-details"));
        // The summary, the decisions and the minutes' status are together in one box before the minutes.
        Element summary = page.selectFirst("article .record-summary");
        assertThat(summary.selectFirst(".record-summary__lead").text()).isNotBlank();
        assertThat(summary.select("#meeting-decisions, #meeting-actions, .record-summary__minutes")).hasSize(3);
        // "Declarations of interest" is said once.
        assertThat(page.select("article *:containsOwn(Declarations of interest)")).hasSize(1);
    }

    @Test
    void theMinutesHeadingsAreNestedUnderMinutes() {
        Document page = meeting("2025-03-25-peoples-partnership");
        Element minutes = page.selectFirst("section:has(> #meeting-minutes)");
        assertThat(minutes.select(".body h2")).isEmpty();
        assertThat(minutes.select(".body h3")).isNotEmpty();
    }

    @Test
    void declarationsNameTheRoleOrganisationInterestAndAgendaItem() {
        Document page = meeting("2025-03-25-peoples-partnership");
        Element table = page.selectFirst("section:has(> #meeting-declarations) table");
        assertThat(table.select("thead th[scope=col]").eachText()).containsExactly("Role", "Organisation", "Interest", "Agenda item");
        Element row = table.selectFirst("tbody tr");
        assertThat(row.selectFirst("th[scope=row]").text()).isEqualTo("Healthwatch Manager");
        assertThat(row.select("td").eachText()).containsExactly(
                "Healthwatch Lewisham", "Healthwatch Lewisham is paid from this budget.", "2. The budget");
        assertThat(row.selectFirst("td a").attr("href")).isEqualTo("#agenda-item-2");
        assertThat(page.getElementById("agenda-item-2").text()).isEqualTo("The budget Led by Engagement Manager, Lewisham");
    }

    @Test
    void attendanceAndApologiesAreByRoleAndOrganisationName() {
        Document page = meeting("2025-03-25-peoples-partnership");
        Element attendees = page.selectFirst("table:has(caption:contains(Who attended))");
        assertThat(attendees.select("tbody tr")).extracting(Element::text).containsExactly(
                "Co-chair (community member) Lewisham People's Partnership",
                "Healthwatch Manager Healthwatch Lewisham");
        assertThat(attendees.select("tbody th[scope=row]")).hasSize(2);
        Element apologies = page.selectFirst("table:has(caption:contains(Apologies))");
        assertThat(apologies.select("tbody tr")).extracting(Element::text).containsExactly("Public Health Consultant Lewisham Council");
    }

    @Test
    void papersShowTheirFormatAndTheSizeMeasuredFromTheFile() {
        Element link = meeting("2025-03-25-peoples-partnership").selectFirst("#meeting-papers + ul a");
        assertThat(link.text()).isEqualTo("Budget report (PDF, 240 KB)");
        assertThat(link.attr("href")).isEqualTo("../../../papers/budget.pdf");
        assertThat(site.file("papers/budget.pdf")).hasSize(MeetingSites.PAPER_BYTES);
    }

    @Test
    void venueAccessAndJoiningOnlineAreListed() {
        Document page = meeting("2025-03-25-peoples-partnership");
        List<String> facts = page.select("#meeting-details + dl > div").eachText();
        assertThat(facts).contains(
                "Status Held",
                "Where Civic Suite, Lewisham Town Hall Catford Road, London SE6 4RU",
                "Step-free access Yes",
                "Hearing loop No",
                "Getting there Catford station is a short walk away.",
                "Access There is a lift to the meeting room.",
                "Join online Join on a computer or phone. https://meet.example.org/lpp");
        assertThat(page.selectFirst("article > .meta a").attr("href")).isEqualTo("../../../committees/peoples-partnership/");
    }

    @Test
    void minutesSayWhetherTheyAreApprovedAndWhere() {
        Element approved = meeting("2025-03-25-peoples-partnership").selectFirst(".record-summary__minutes");
        assertThat(approved.text()).startsWith("Minutes: Approved at the meeting on 1 April 2025:");
        assertThat(approved.selectFirst("a").attr("href")).isEqualTo("../../../meetings/2025/2025-04-01-peoples-partnership/");
        assertThat(meeting("2025-04-01-peoples-partnership").selectFirst(".record-summary__minutes").text()).startsWith("Draft:");
    }

    @Test
    void actionsRaisedAtTheMeetingAreListedWithTheirStatus() {
        Element action = meeting("2025-03-25-peoples-partnership").selectFirst("#meeting-actions ~ ul li");
        assertThat(action.text()).contains("Publish the budget in plain English", "LPP-2025-09", "Open");
        assertThat(action.selectFirst("a").attr("href")).isEqualTo("../../../actions/lpp-2025-09/");
    }

    @Test
    void cancelledAndPostponedMeetingsSaySoFirst() {
        assertThat(meeting("2025-08-12-peoples-partnership").selectFirst("article .banner").text()).isEqualTo("This meeting has been cancelled.");
        Element postponed = meeting("2026-08-06-lhcp-board").selectFirst("article .banner");
        assertThat(postponed.text()).startsWith("This meeting has been postponed to Thursday 20 August 2026.");
        assertThat(postponed.selectFirst("a").attr("href")).isEqualTo("../../../meetings/2026/2026-08-20-lhcp-board/");
    }

    @Test
    void onlyMeetingsStillToComeOfferAnAddToCalendarFile() {
        Element link = meeting("2026-12-10-lhcp-board").selectFirst(".add-to-calendar a");
        assertThat(link.attr("href")).isEqualTo("../../../meetings/2026/2026-12-10-lhcp-board/meeting.ics");
        assertThat(link.attr("download")).isEqualTo("2026-12-10-lhcp-board.ics");
        assertThat(meeting("2025-03-25-peoples-partnership").select(".add-to-calendar")).isEmpty();
        assertThat(meeting("2025-08-12-peoples-partnership").select(".add-to-calendar")).isEmpty();
    }

    @Test
    void theJsonLdIsAnEventWithStatusAttendanceModeLocationAndOrganizer() throws Exception {
        JsonNode event = jsonLd(meeting("2025-03-25-peoples-partnership"));
        assertThat(event.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(event.path("@type").asText()).isEqualTo("Event");
        assertThat(event.path("name").asText()).isEqualTo("People's Partnership meeting, 25 March 2025");
        assertThat(event.path("startDate").asText()).isEqualTo("2025-03-25T18:00+00:00");
        assertThat(event.path("endDate").asText()).isEqualTo("2025-03-25T20:00+00:00");
        assertThat(event.path("eventStatus").asText()).isEqualTo("https://schema.org/EventScheduled");
        assertThat(event.path("eventAttendanceMode").asText()).isEqualTo("https://schema.org/MixedEventAttendanceMode");
        assertThat(event.path("location").findValuesAsText("@type")).containsExactly("Place", "VirtualLocation");
        assertThat(event.path("location").get(0).path("address").asText()).isEqualTo("Catford Road, London SE6 4RU");
        assertThat(event.path("location").get(1).path("url").asText()).isEqualTo("https://meet.example.org/lpp");
        assertThat(event.path("organizer").path("name").asText()).isEqualTo("Lewisham People's Partnership");
        assertThat(event.path("organizer").path("url").asText())
                .isEqualTo("https://example.github.io/lewisham-health-and-care/committees/peoples-partnership/");
        assertThat(event.path("url").asText())
                .isEqualTo("https://example.github.io/lewisham-health-and-care/meetings/2025/2025-03-25-peoples-partnership/");

        assertThat(jsonLd(meeting("2025-08-12-peoples-partnership")).path("eventStatus").asText()).isEqualTo("https://schema.org/EventCancelled");
        JsonNode postponed = jsonLd(meeting("2026-08-06-lhcp-board"));
        assertThat(postponed.path("eventStatus").asText()).isEqualTo("https://schema.org/EventRescheduled");
        // The new date, at the times of the meeting held that day; the old date as previousStartDate.
        assertThat(postponed.path("startDate").asText()).isEqualTo("2026-08-20T10:30+01:00");
        assertThat(postponed.path("previousStartDate").asText()).isEqualTo("2026-08-06T10:00+01:00");
        assertThat(postponed.path("eventAttendanceMode").asText()).isEqualTo("https://schema.org/OfflineEventAttendanceMode");
    }

    @Test
    void aTitleCannotEndTheScriptElementAndStillReadsTheSame() throws Exception {
        Document page = meeting("2025-04-01-peoples-partnership");
        String script = page.selectFirst("script[type=application/ld+json]").data();
        assertThat(script).doesNotContain("<", ">", "&");
        JsonNode event = JSON.readTree(script);
        assertThat(event.path("name").asText()).isEqualTo(MeetingSites.HOSTILE_TITLE);
        assertThat(event.path("eventAttendanceMode").asText()).isEqualTo("https://schema.org/OnlineEventAttendanceMode");
        assertThat(page.select("script")).hasSize(page.select("script[type=application/ld+json]").size());
        assertThat(page.selectFirst("h1").text()).isEqualTo(MeetingSites.HOSTILE_TITLE);
    }

    @Test
    void everyMeetingPageCarriesJsonThatParses() throws Exception {
        List<String> pages = site.htmlFiles().stream().filter(path -> path.matches("meetings/\\d{4}/[^/]+/index\\.html")).toList();
        assertThat(pages).hasSizeGreaterThan(20);
        for (String path : pages) {
            Document page = site.page(path.replace("index.html", ""));
            assertThat(page.select("script[type=application/ld+json]")).as(path).hasSize(1);
            JsonNode event = jsonLd(page);
            assertThat(event.path("@type").asText()).as(path).isEqualTo("Event");
            assertThat(event.path("startDate").asText()).as(path).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
            assertThat(event.has("eventStatus") && event.has("organizer")).as(path).isTrue();
        }
    }

    @Test
    void minutesWrittenInAsciiDocReadTheSameAsInMarkdown() {
        Document asciidoc = meeting("2025-10-07-peoples-partnership");
        Document markdown = meeting("2025-10-14-peoples-partnership");
        assertThat(readingOrder(asciidoc)).isNotEmpty().isEqualTo(readingOrder(markdown));
        assertThat(asciidoc.select(".body h3").eachAttr("id")).containsExactly("getting-through-to-your-gp-surgery", "next-steps")
                .isEqualTo(markdown.select(".body h3").eachAttr("id"));
        assertThat(asciidoc.select(".body strong").eachText()).isEqualTo(markdown.select(".body strong").eachText());
        // Everything from the front matter is the same markup whichever language the minutes are in.
        for (String part : List.of(".record-summary", "section:has(> #meeting-attendance)")) {
            assertThat(asciidoc.selectFirst(part).outerHtml()).as(part).isEqualTo(markdown.selectFirst(part).outerHtml());
        }
    }

    /** The minutes' headings, paragraphs and list items in order, ignoring the wrappers AsciiDoc adds around them. */
    private static List<String> readingOrder(Document page) {
        return page.select(".body h2, .body h3, .body li, .body p").stream()
                .filter(element -> !(element.tagName().equals("p") && element.parent() != null && element.parent().tagName().equals("li")))
                .map(element -> element.tagName() + ": " + element.text())
                .toList();
    }

    private static JsonNode jsonLd(Document page) throws Exception {
        return JSON.readTree(page.selectFirst("head script[type=application/ld+json]").data());
    }
}
