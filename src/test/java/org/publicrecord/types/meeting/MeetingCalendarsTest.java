package org.publicrecord.types.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.types.meeting.MeetingSites;
import org.publicrecord.testing.BuiltSite;

/**
 * The calendars a site of meetings produces, parsed back with ical4j: every meeting, each
 * committee's and each meeting's own; times on both sides of a change to summer time; a
 * cancellation; UIDs and bytes that do not change from one build to the next.
 */
class MeetingCalendarsTest {

    private static final String HOST_AND_PATH = "example.github.io/lewisham-health-and-care";

    @TempDir
    static Path folder;

    private static BuiltSite first;
    private static BuiltSite second;

    @BeforeAll
    static void buildTwice() {
        first = MeetingSites.built();
        second = MeetingSites.rebuilt();
    }

    @Test
    void theCalendarOfAllMeetingsHasEveryMeetingOnceInDateOrder() {
        Calendar calendar = parse(first.text("meetings.ics"));
        List<String> uids = uids(calendar);
        assertThat(uids).doesNotHaveDuplicates().hasSize(meetingPages(first).size())
                .containsSubsequence(MeetingSites.SLUGS.stream().map(slug -> slug + "@" + HOST_AND_PATH).toList());
        assertThat(text(calendar, Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(text(calendar, "X-WR-CALNAME")).isEqualTo("Lewisham Health and Care Partnership: meetings");
        VEvent held = event(calendar, "2025-03-25-peoples-partnership");
        assertThat(text(held, Property.SUMMARY)).isEqualTo("People's Partnership meeting, 25 March 2025");
        assertThat(text(held, Property.LOCATION)).isEqualTo("Civic Suite, Lewisham Town Hall, Catford Road, London SE6 4RU");
        assertThat(text(held, Property.URL))
                .isEqualTo("https://" + HOST_AND_PATH + "/meetings/2025/2025-03-25-peoples-partnership/");
        assertThat(text(held, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(text(held, Property.SEQUENCE)).isEqualTo("0");
        assertThat(text(held, Property.DESCRIPTION)).contains("Members agreed the budget.", "Join on a computer or phone. https://meet.example.org/lpp");
        assertThat(text(held, Property.ORGANIZER)).isEqualTo("mailto:LHCPcommunications@selondonics.nhs.net");
        // The build date at midnight UTC: the same in every build made for that day.
        assertThat(text(held, Property.DTSTAMP)).isEqualTo("20261122T000000Z");
    }

    @Test
    void timesAreLondonTimeWithTheirZoneOnBothSidesOfTheChangeToSummerTime() {
        Calendar calendar = parse(first.text("meetings.ics"));
        VTimeZone zone = calendar.<VTimeZone>getComponents(VTimeZone.VTIMEZONE).get(0);
        assertThat(text(zone, Property.TZID)).isEqualTo("Europe/London");
        // Summer time started on 30 March 2025: 18:00 on 25 March is 18:00 UTC, 18:00 on 1 April is 17:00 UTC.
        DtStart<Temporal> beforeChange = event(calendar, "2025-03-25-peoples-partnership").getDateTimeStart();
        DtStart<Temporal> afterChange = event(calendar, "2025-04-01-peoples-partnership").getDateTimeStart();
        assertThat(beforeChange.getValue()).isEqualTo("20250325T180000");
        assertThat(afterChange.getValue()).isEqualTo("20250401T180000");
        assertThat(beforeChange.<Parameter>getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/London");
        assertThat(afterChange.<Parameter>getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/London");
        assertThat(Instant.from(beforeChange.getDate())).isEqualTo(Instant.parse("2025-03-25T18:00:00Z"));
        assertThat(Instant.from(afterChange.getDate())).isEqualTo(Instant.parse("2025-04-01T17:00:00Z"));
        // And back to GMT on 25 October 2026: 10:00 on 10 December is 10:00 UTC, 12:30 on 20 August was 11:30 UTC.
        assertThat(Instant.from(event(calendar, "2026-12-10-lhcp-board").getDateTimeStart().getDate()))
                .isEqualTo(Instant.parse("2026-12-10T10:00:00Z"));
        assertThat(Instant.from(event(calendar, "2026-08-20-lhcp-board").getDateTimeEnd().getDate()))
                .isEqualTo(Instant.parse("2026-08-20T11:30:00Z"));
        // No end time in the file: no DTEND is made up.
        assertThat(event(calendar, "2027-02-09-peoples-partnership").getProperty(Property.DTEND)).isEmpty();
    }

    @Test
    void cancelledAndPostponedMeetingsAreCancelledEventsWithAHigherSequence() {
        Calendar calendar = parse(first.text("meetings.ics"));
        VEvent cancelled = event(calendar, "2025-08-12-peoples-partnership");
        assertThat(text(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(text(cancelled, Property.SEQUENCE)).isEqualTo("1");
        assertThat(text(cancelled, Property.SUMMARY)).isEqualTo("Cancelled: People's Partnership meeting, 12 August 2025");
        // A postponed meeting does not take place at its time; the meeting on the new date is its own event.
        VEvent postponed = event(calendar, "2026-08-06-lhcp-board");
        assertThat(text(postponed, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(text(postponed, Property.SEQUENCE)).isEqualTo("1");
        assertThat(text(postponed, Property.DESCRIPTION)).startsWith("Postponed to Thursday 20 August 2026.");
        assertThat(Instant.from(postponed.getDateTimeStart().getDate())).isEqualTo(Instant.parse("2026-08-06T09:00:00Z"));
        VEvent moved = event(calendar, "2026-08-20-lhcp-board");
        assertThat(text(moved, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(text(moved, Property.SEQUENCE)).isEqualTo("0");
    }

    @Test
    void eachCommitteeHasItsOwnCalendarOfItsMeetingsOnly() {
        List<String> board = uids(parse(first.text("committees/lhcp-board/meetings.ics")));
        assertThat(board).allMatch(uid -> uid.contains("-lhcp-board@"))
                .hasSize((int) meetingPages(first).stream().filter(page -> page.contains("-lhcp-board/")).count())
                .containsSubsequence("2026-08-06-lhcp-board@" + HOST_AND_PATH, "2026-08-20-lhcp-board@" + HOST_AND_PATH,
                        "2026-12-10-lhcp-board@" + HOST_AND_PATH);
        assertThat(uids(parse(first.text("committees/peoples-partnership/meetings.ics"))))
                .allMatch(uid -> uid.contains("-peoples-partnership@"))
                .hasSize((int) meetingPages(first).stream().filter(page -> page.contains("-peoples-partnership/")).count());
        assertThat(text(parse(first.text("committees/lhcp-board/meetings.ics")), "X-WR-CALNAME"))
                .isEqualTo("Lewisham Health and Care Partnership Board: meetings");
        // A committee with no meetings has no calendar: RFC 5545 has no calendar without events.
        assertThat(first.exists("committees/lhcp-executive/meetings.ics")).isFalse();
    }

    @Test
    void eachMeetingHasAnAddToCalendarFileWithTheSameEventAsTheFeeds() {
        Map<String, VEvent> inFeed = parse(first.text("meetings.ics")).<VEvent>getComponents(VEvent.VEVENT).stream()
                .collect(Collectors.toMap(event -> text(event, Property.UID), Function.identity()));
        for (Path file : calendars(first)) {
            if (!file.getFileName().toString().equals("meeting.ics")) {
                continue;
            }
            Calendar single = parse(read(file));
            List<VEvent> events = single.getComponents(VEvent.VEVENT);
            assertThat(events).as(file.toString()).hasSize(1);
            assertThat(single.getProperty("X-WR-CALNAME")).as("a file to import, not a calendar to subscribe to").isEmpty();
            VEvent event = events.get(0);
            assertThat(event).as(file.toString()).isEqualTo(inFeed.get(text(event, Property.UID)));
        }
        assertThat(first.exists("meetings/2027/2027-02-09-peoples-partnership/meeting.ics")).isTrue();
    }

    @Test
    void everyCalendarParsesAndTwoBuildsWriteTheSameBytes() {
        List<Path> calendars = calendars(first);
        // All meetings, the two committees that have meetings, the themes that meetings raised actions under, and one for each meeting.
        long themes = calendars.stream().filter(path -> path.toString().contains("/actions/theme/")).count();
        assertThat(themes).isPositive();
        assertThat(calendars).hasSize(1 + 2 + (int) themes + meetingPages(first).size());
        for (Path file : calendars) {
            String text = read(file);
            Calendar calendar = parse(text);
            assertThat(calendar.validate().hasErrors()).as(file.toString()).isFalse();
            assertThat(text).as("CRLF line endings").contains("\r\n").doesNotContain("\n\n");
            assertThat(text.lines()).as("folded to 75 octets").allMatch(line -> line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);
            Path twin = second.output().resolve(first.output().relativize(file));
            assertThat(read(twin)).as(file.toString()).isEqualTo(text);
        }
    }

    @Test
    void theMeetingsPageLinksToTheCalendarByWebcalAndHttps() {
        var links = first.page("meetings/").select(".calendar-subscribe a");
        assertThat(links.eachAttr("href")).containsExactly(
                "webcal://" + HOST_AND_PATH + "/meetings.ics", "https://" + HOST_AND_PATH + "/meetings.ics");
        assertThat(first.page("committees/lhcp-board/").select(".follow-calendar a").eachAttr("href")).containsExactly(
                "webcal://" + HOST_AND_PATH + "/committees/lhcp-board/meetings.ics",
                "https://" + HOST_AND_PATH + "/committees/lhcp-board/meetings.ics");
    }

    @Test
    void theExampleSitesCalendarsAllParseAndKeepTheirTimesInLondon() {
        BuiltSite example = BuiltSite.build(BuiltSite.EXAMPLE_SITE, folder.resolve("example"), MeetingSites.TODAY);
        List<Path> calendars = calendars(example);
        assertThat(calendars).hasSizeGreaterThan(3);
        for (Path file : calendars) {
            Calendar calendar = parse(read(file));
            assertThat(calendar.validate().hasErrors()).as(file.toString()).isFalse();
            for (VEvent event : calendar.<VEvent>getComponents(VEvent.VEVENT)) {
                DtStart<Temporal> start = event.getDateTimeStart();
                assertThat(start.<Parameter>getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/London");
                // The wall-clock time written is the time in London on that day, whatever the season.
                assertThat(Instant.from(start.getDate()).atZone(ZoneId.of("Europe/London")).toLocalDateTime().toString().replace("-", "").replace(":", ""))
                        .startsWith(start.getValue().substring(0, 13));
            }
        }
        Calendar all = parse(example.text("meetings.ics"));
        VEvent cancelled = event(all, "2025-07-15-peoples-partnership");
        assertThat(text(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(text(cancelled, Property.SEQUENCE)).isEqualTo("1");
        // 18:00 on 15 July 2025 in London is 17:00 UTC (summer time).
        assertThat(Instant.from(cancelled.getDateTimeStart().getDate())).isEqualTo(Instant.parse("2025-07-15T17:00:00Z"));
        assertThat(uids(all)).doesNotHaveDuplicates().hasSize(meetingPages(example).size());
    }

    /** The meeting pages a build wrote, such as {@code meetings/2025/2025-03-25-peoples-partnership/index.html}. */
    private static List<String> meetingPages(BuiltSite site) {
        return site.htmlFiles().stream().filter(path -> path.matches("meetings/\\d{4}/[^/]+/index\\.html")).toList();
    }

    private static Calendar parse(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (IOException | ParserException e) {
            throw new AssertionError("not a valid iCalendar file: " + e.getMessage(), e);
        }
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents(VEvent.VEVENT).stream().map(event -> text(event, Property.UID)).toList();
    }

    private static VEvent event(Calendar calendar, String slug) {
        return calendar.<VEvent>getComponents(VEvent.VEVENT).stream()
                .filter(event -> text(event, Property.UID).startsWith(slug + "@"))
                .findFirst().orElseThrow(() -> new AssertionError("no event for " + slug));
    }

    private static String text(net.fortuna.ical4j.model.PropertyListAccessor container, String property) {
        return container.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static List<Path> calendars(BuiltSite site) {
        try (Stream<Path> files = Files.walk(site.output())) {
            return files.filter(path -> path.toString().endsWith(".ics")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
