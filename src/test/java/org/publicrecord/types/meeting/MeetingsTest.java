package org.publicrecord.types.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.site.Site;
import org.publicrecord.testing.ExampleWords;

class MeetingsTest {

    private static final Site SITE = new Site("Partnership", "https://example.org/partnership/", ZoneId.of("Europe/London"), Locale.UK, null, Map.of());

    @TempDir
    Path site;

    private DocumentModel meeting(String day, String committee, Map<String, Object> fields) {
        DocumentModel meeting = new DocumentModel();
        String slug = day + "-" + committee;
        String sourceUri = "meetings/" + day.substring(0, 4) + "/" + slug + ".md";
        meeting.setTitle("Meeting " + day);
        meeting.setSourceUri(sourceUri);
        meeting.setFile(site.resolve("content").resolve(sourceUri).toString());
        meeting.setNoExtensionUri("meetings/" + day.substring(0, 4) + "/" + slug + "/");
        meeting.put("slug", slug);
        meeting.put("day", LocalDate.parse(day));
        meeting.put("committee", committee);
        meeting.put("start", "18:00");
        meeting.put("end", "20:00");
        meeting.put("meeting_status", "held");
        meeting.putAll(fields);
        return meeting;
    }

    private static Meetings of(DocumentModel... newestFirst) {
        return new Meetings(List.of(newestFirst), SITE, ExampleWords.formats(), id -> Map.of("id", id, "name", "The " + id));
    }

    @Test
    void aMeetingOnTheBuildDateIsStillUpcoming() {
        DocumentModel later = meeting("2026-01-10", "board", Map.of());
        DocumentModel today = meeting("2025-11-22", "board", Map.of());
        DocumentModel yesterday = meeting("2025-11-21", "board", Map.of());
        DocumentModel lastYear = meeting("2024-06-01", "board", Map.of());
        Meetings meetings = of(later, today, yesterday, lastYear);
        LocalDate buildDate = LocalDate.of(2025, 11, 22);
        assertThat(meetings.upcoming(meetings.all(), buildDate)).containsExactly(today, later);
        assertThat(meetings.pastByYear(meetings.all(), buildDate))
                .containsExactly(new MeetingYear(2025, List.of(yesterday)), new MeetingYear(2024, List.of(lastYear)));
        assertThat(meetings.upcoming(meetings.all(), LocalDate.of(2026, 1, 11))).isEmpty();
    }

    @Test
    void aPostponedMeetingLeadsToItsCommitteesMeetingOnTheNewDate() {
        DocumentModel otherCommittee = meeting("2026-07-02", "forum", Map.of());
        DocumentModel moved = meeting("2026-07-02", "board", Map.of());
        DocumentModel postponed = meeting("2026-06-04", "board", Map.of("meeting_status", "postponed", "postponed_to", "2026-07-02"));
        Meetings meetings = of(otherCommittee, moved, postponed);
        assertThat(meetings.movedTo(postponed)).isSameAs(moved);
        assertThat(meetings.isCalledOff(postponed)).isTrue();
        assertThat(meetings.isCalledOff(moved)).isFalse();
        assertThat(meetings.of("board")).containsExactly(moved, postponed);
    }

    @Test
    void theDayBeforeIsTheSameCommitteesLastMeetingOnAnEarlierDay() {
        DocumentModel july = meeting("2026-07-02", "board", Map.of());
        DocumentModel forum = meeting("2026-06-20", "forum", Map.of());
        DocumentModel juneEvening = meeting("2026-06-04", "board", Map.of("start", "19:00"));
        DocumentModel juneMorning = meeting("2026-06-04", "board", Map.of("start", "10:00"));
        DocumentModel march = meeting("2026-03-12", "board", Map.of());
        Meetings meetings = of(july, forum, juneEvening, juneMorning, march);
        assertThat(meetings.dayBefore(july)).contains(LocalDate.of(2026, 6, 4));
        // A second meeting on the same day was announced with the first: its day before is the one before both.
        assertThat(meetings.dayBefore(juneEvening)).contains(LocalDate.of(2026, 3, 12));
        assertThat(meetings.dayBefore(march)).isEmpty();
        assertThat(meetings.dayBefore(forum)).isEmpty();
    }

    @Test
    void addressesAndUidsComeFromTheSitesAddress() {
        DocumentModel held = meeting("2025-03-25", "board", Map.of());
        Meetings meetings = of(held);
        assertThat(meetings.uid(held)).isEqualTo("2025-03-25-board@example.org/partnership");
        assertThat(meetings.webcalUrl("meetings.ics")).isEqualTo("webcal://example.org/partnership/meetings.ics");
        assertThat(meetings.absoluteUrl(meetings.committeeCalendar("board")))
                .isEqualTo("https://example.org/partnership/committees/board/meetings.ics");
        assertThat(meetings.calendarOf(held)).isEqualTo("meetings/2025/2025-03-25-board/meeting.ics");
    }

    @Test
    void attendanceModeFollowsVenueAndOnline() {
        Map<String, Object> venue = Map.of("name", "Town Hall");
        Map<String, Object> online = Map.of("instructions", "Join online.");
        Meetings meetings = of();
        assertThat(meetings.attendanceMode(meeting("2025-01-01", "board", Map.of("venue", venue, "online", online)))).isEqualTo("mixed");
        assertThat(meetings.attendanceMode(meeting("2025-01-01", "board", Map.of("online", online)))).isEqualTo("online");
        assertThat(meetings.attendanceMode(meeting("2025-01-01", "board", Map.of("venue", venue)))).isEqualTo("offline");
        assertThat(meetings.attendanceMode(meeting("2025-01-01", "board", Map.of()))).isNull();
    }

    @Test
    void papersAreMeasuredFromTheirFiles() throws Exception {
        Files.createDirectories(site.resolve("assets/papers"));
        Files.write(site.resolve("assets/papers/report.pdf"), new byte[1_572_864]);
        Files.write(site.resolve("assets/papers/note.docx"), new byte[100]);
        List<Map<String, Object>> papers = new ArrayList<>(List.of(
                Map.of("title", "Report", "file", "assets/papers/report.pdf"),
                Map.of("title", "Note", "file", "assets/papers/note.docx")));
        assertThat(of().papers(meeting("2025-01-01", "board", Map.of("papers", papers)))).containsExactly(
                new Paper("Report", "papers/report.pdf", "PDF", "1.5 MB", 1_572_864),
                new Paper("Note", "papers/note.docx", "DOCX", "1 KB", 100));
    }

    @Test
    void aPaperOutsideTheAssetsFolderOrMissingStopsTheBuildAtTheMeetingsFile() {
        for (String file : List.of("assets/papers/missing.pdf", "assets/../jbake.properties")) {
            DocumentModel meeting = meeting("2025-01-01", "board", Map.of("papers", List.of(Map.of("title", "Paper", "file", file))));
            assertThatThrownBy(() -> of().papers(meeting)).isInstanceOfSatisfying(BuildFailure.class, failure ->
                    assertThat(failure.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.file()).isEqualTo("content/meetings/2025/2025-01-01-board.md");
                        assertThat(problem.message()).contains(file);
                    }));
        }
    }

    @Test
    void sizesAreInKilobytesRoundedUpOrMegabytesToOneDecimal() {
        assertThat(ExampleWords.formats().fileSize(1)).isEqualTo("1 KB");
        assertThat(ExampleWords.formats().fileSize(240 * 1024)).isEqualTo("240 KB");
        assertThat(ExampleWords.formats().fileSize(240 * 1024 + 1)).isEqualTo("241 KB");
        assertThat(ExampleWords.formats().fileSize(1024 * 1024)).isEqualTo("1 MB");
        assertThat(ExampleWords.formats().fileSize(2_600_000)).isEqualTo("2.5 MB");
    }

    @Test
    void jsonForAScriptElementEscapesWhatCouldEndIt() throws Exception {
        String safe = MeetingJsonLd.scriptSafe("{\"name\":\"</script><!-- & \u2028\"}");
        assertThat(safe).doesNotContain("<", ">", "&", "\u2028");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(safe).get("name").asText()).isEqualTo("</script><!-- & \u2028");
    }
}
