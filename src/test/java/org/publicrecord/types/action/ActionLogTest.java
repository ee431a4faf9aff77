package org.publicrecord.types.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.content.DataFiles;
import org.publicrecord.model.MemoryContentStore;
import org.publicrecord.model.SiteIndex;

/** The action log's arithmetic on a fixed day: overdue, done on time or late, timelines, counts and groups. */
class ActionLogTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    private final MemoryContentStore store = new MemoryContentStore();

    @BeforeEach
    void meetingAndEvent() {
        DocumentModel meeting = document("meeting", "meetings/2026/2026-02-10-board.md", "Board meeting", "2026-02-10");
        meeting.put("committee", "lhcp-board");
        store.addDocument(meeting);
        DocumentModel event = document("event", "events/2026/listening-day.md", "Listening day", "2026-01-15");
        event.put("heard", List.of(Map.of("id", "parks", "text", "Parks could be used much more.")));
        store.addDocument(event);
    }

    @Test
    void anUnfinishedActionPastItsDueDateIsOverdue() {
        action("OVR-2026-01", "in-progress", "2026-06-30", null, Map.of("meeting", "2026-02-10-board"));
        action("OVR-2026-02", "open", "2026-11-22", null, Map.of("meeting", "2026-02-10-board"));
        ActionLog log = log();

        TrackedAction late = log.action("OVR-2026-01");
        assertThat(late.overdue()).isTrue();
        assertThat(late.daysOverdue()).isEqualTo(145);
        assertThat(log.action("OVR-2026-02").overdue()).as("due today is not yet overdue").isFalse();
        assertThat(log.overdue().actions()).extracting(TrackedAction::id).containsExactly("OVR-2026-01");
        assertThat(log.summary().overdue()).isEqualTo(1);
    }

    @Test
    void overdueDependsOnTheBuildDate() {
        action("OVR-2026-01", "in-progress", "2026-06-30", null, Map.of("meeting", "2026-02-10-board"));
        SiteIndex index = new SiteIndex(sealed(), data());

        assertThat(new ActionLog(index, LocalDate.of(2026, 6, 30)).action("OVR-2026-01").overdue()).isFalse();
        assertThat(new ActionLog(index, LocalDate.of(2026, 7, 1)).action("OVR-2026-01").overdue()).isTrue();
    }

    @Test
    void aDoneActionIsOnTimeWhenCompletedByItsDueDateAndLateAfterIt() {
        action("DON-2026-01", "done", "2026-06-30", "2026-06-30", Map.of("event", "listening-day", "item", "parks"));
        action("DON-2026-02", "done", "2026-03-31", "2026-04-01", Map.of("event", "listening-day"));
        action("DON-2026-03", "done", null, "2026-04-01", Map.of("event", "listening-day"));
        ActionLog log = log();

        TrackedAction onTime = log.action("DON-2026-01");
        assertThat(onTime.doneOnTime()).isTrue();
        assertThat(onTime.doneLate()).isFalse();
        assertThat(onTime.overdue()).isFalse();
        TrackedAction late = log.action("DON-2026-02");
        assertThat(late.doneLate()).isTrue();
        assertThat(late.daysLate()).isEqualTo(1);
        assertThat(late.overdue()).as("a late action that is done is no longer overdue").isFalse();
        TrackedAction undated = log.action("DON-2026-03");
        assertThat(undated.doneOnTime()).isFalse();
        assertThat(undated.doneLate()).isFalse();

        ActionSummary summary = log.summary();
        assertThat(summary.count("done")).isEqualTo(3);
        assertThat(summary.doneOnTime()).isEqualTo(1);
        assertThat(summary.doneLate()).isEqualTo(1);
        assertThat(summary.doneWithDueDate()).isEqualTo(2);
        assertThat(summary.onTimePercent()).isEqualTo(50);
        assertThat(summary.onTimeWidth()).isEqualTo(ActionSummary.CHART_LENGTH / 2);
    }

    @Test
    void anActionNotTakenForwardIsNeverOverdueAndKeepsItsReason() {
        DocumentModel action = action("NTF-2026-01", "not-taken-forward", "2026-01-31", null, Map.of("meeting", "2026-02-10-board"));
        action.put("reason", "It would cost too much.");
        TrackedAction tracked = log().action("NTF-2026-01");

        assertThat(tracked.overdue()).isFalse();
        assertThat(tracked.doneOnTime()).isFalse();
        assertThat(tracked.reason()).isEqualTo("It would cost too much.");
        assertThat(tracked.timeline()).last().extracting(TimelineEntry::status).isEqualTo("not-taken-forward");
    }

    @Test
    void theTimelineShowsEachStatusChangeInDateOrderWithTheDueDateWhereItFalls() {
        DocumentModel action = action("TIM-2026-01", "done", "2026-05-31", "2026-06-15", Map.of("meeting", "2026-02-10-board"));
        action.put("updates", List.of(
                update("2026-04-01", "Work started.", "in-progress"),
                update("2026-03-01", "Planned.", null),
                update("2026-04-01", "A second note the same day.", null)));
        List<TimelineEntry> timeline = log().action("TIM-2026-01").timeline();

        assertThat(timeline).extracting(TimelineEntry::kind)
                .containsExactly("agreed", "update", "update", "update", "due", "done");
        assertThat(timeline).extracting(TimelineEntry::date).isSorted();
        assertThat(timeline).extracting(TimelineEntry::statusChanged).containsExactly(true, false, true, false, false, true);
        assertThat(timeline).extracting(TimelineEntry::status)
                .containsExactly("open", "open", "in-progress", "in-progress", "in-progress", "done");
        assertThat(timeline).extracting(TimelineEntry::anchor).doesNotHaveDuplicates()
                .contains("update-2026-04-01", "update-2026-04-01-2", "done", "due");
        assertThat(log().action("TIM-2026-01").lastUpdated()).isEqualTo(LocalDate.of(2026, 6, 15));
    }

    @Test
    void sourcesLinkToTheMeetingOrTheEventItemHeard() {
        action("SRC-2026-01", "open", null, null, Map.of("meeting", "2026-02-10-board"));
        action("SRC-2026-02", "open", null, null, Map.of("event", "listening-day", "item", "parks"));
        ActionLog log = log();

        ActionSource meeting = log.action("SRC-2026-01").source();
        assertThat(meeting.url()).isEqualTo("meetings/2026/2026-02-10-board/");
        assertThat(meeting.committee()).isEqualTo("lhcp-board");
        assertThat(log.action("SRC-2026-01").committee()).containsEntry("name", "The Board");
        ActionSource item = log.action("SRC-2026-02").source();
        assertThat(item.url()).isEqualTo("events/2026/listening-day/#parks");
        assertThat(item.itemText()).isEqualTo("Parks could be used much more.");
        assertThat(log.fromEventItem("listening-day", "parks")).extracting(TrackedAction::id).containsExactly("SRC-2026-02");
        assertThat(log.fromMeeting("2026-02-10-board")).extracting(TrackedAction::id).containsExactly("SRC-2026-01");
    }

    @Test
    void relatedActionsAreLinkedBothWaysAndGroupsArePages() {
        DocumentModel first = action("REL-2026-01", "open", null, null, Map.of("meeting", "2026-02-10-board"));
        first.put("related", List.of("REL-2026-02", "NOT-2026-99"));
        first.put("themes", List.of("parks", "engagement"));
        action("REL-2026-02", "in-progress", null, null, Map.of("event", "listening-day"));
        ActionLog log = log();

        assertThat(log.related(log.action("REL-2026-01"))).extracting(TrackedAction::id).containsExactly("REL-2026-02");
        assertThat(log.related(log.action("REL-2026-02"))).extracting(TrackedAction::id).containsExactly("REL-2026-01");
        assertThat(log.view("status", "open").url()).isEqualTo("actions/status/open/");
        assertThat(log.view("status", "done").actions()).isEmpty();
        assertThat(log.view("owner", "lewisham-council").name()).isEqualTo("Lewisham Council");
        assertThat(log.view("theme", "parks").name()).isEqualTo("Parks and open spaces");
        assertThat(log.view("theme", "engagement").url()).isEqualTo("actions/theme/engagement/");
        assertThat(log.view("committee", "lhcp-board").actions()).extracting(TrackedAction::id).containsExactly("REL-2026-01");
        assertThat(log.facets()).extracting(ActionFacet::kind).containsExactly("status", "owner", "theme", "committee");
    }

    private ActionLog log() {
        return new ActionLog(new SiteIndex(sealed(), data()), TODAY);
    }

    private MemoryContentStore sealed() {
        store.seal();
        return store;
    }

    private DataFiles data() {
        try {
            Path data = Files.createDirectories(folder.resolve("data"));
            Files.writeString(data.resolve("organisations.yaml"), "- id: lewisham-council\n  name: Lewisham Council\n");
            Files.writeString(data.resolve("committees.yaml"), "- id: lhcp-board\n  name: The Board\n");
            Files.writeString(data.resolve("themes.yaml"), "- id: parks\n  name: Parks and open spaces\n- id: engagement\n  name: Having your say\n");
            return DataFiles.read(folder, data);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private DocumentModel action(String id, String status, String due, String completed, Map<String, String> source) {
        DocumentModel action = document("action", "actions/" + id.toLowerCase() + ".md", "Action " + id, "2026-02-10");
        action.put("id", id);
        action.put("said", "Something residents said.");
        action.put("source", source);
        action.put("owner", "lewisham-council");
        action.put("lead_role", "Director of Public Health");
        action.put("action_status", status);
        action.put("due", due);
        action.put("completed", completed);
        store.addDocument(action);
        return action;
    }

    private static Map<String, Object> update(String date, String text, String status) {
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("date", date);
        update.put("text", text);
        if (status != null) {
            update.put("status", status);
        }
        return update;
    }

    private static DocumentModel document(String type, String sourceUri, String title, String date) {
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        document.setType(type);
        document.setStatus("published");
        document.setTitle(title);
        document.setSourceUri(sourceUri);
        LocalDate day = LocalDate.parse(date);
        document.setDate(Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
        document.put("day", day);
        String url = sourceUri.substring(0, sourceUri.lastIndexOf('.')) + "/";
        document.put("url", url);
        document.setNoExtensionUri(url);
        document.put("slug", url.substring(url.lastIndexOf('/', url.length() - 2) + 1, url.length() - 1));
        return document;
    }
}
