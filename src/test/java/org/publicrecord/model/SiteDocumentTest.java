package org.publicrecord.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;

import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;
import org.publicrecord.build.Parallel;
import org.publicrecord.build.RenderTrace;

/** Whoever reads a document's body is noted, by every way a map is read, and nothing else counts as reading it. */
class SiteDocumentTest {

    @Test
    void readingTheBodyByAnyWayIsNotedAndOtherFieldsAreNot() {
        SiteDocument meeting = meeting("meetings/2026/board/index.html");
        assertThat(RenderTrace.of(() -> meeting.getTitle() + meeting.get("url") + meeting.containsKey("body")).trace().bodies()).isEmpty();
        assertThat(RenderTrace.of(meeting::getBody).trace().bodies()).containsExactly(meeting.getUri());
        assertThat(RenderTrace.of(() -> meeting.getOrDefault("body", "")).trace().bodies()).containsExactly(meeting.getUri());
        assertThat(RenderTrace.of(() -> new HashMap<>(meeting)).trace().bodies()).as("a copy").containsExactly(meeting.getUri());
        assertThat(RenderTrace.of(() -> {
            DocumentModel copy = new DocumentModel();
            copy.putAll(meeting);
            return copy;
        }).trace().bodies()).as("putAll").containsExactly(meeting.getUri());
        assertThat(RenderTrace.of(() -> meeting.values().size()).trace().bodies()).containsExactly(meeting.getUri());
        assertThat(RenderTrace.of(meeting::toString).trace().bodies()).containsExactly(meeting.getUri());
        assertThat(RenderTrace.of(meeting::bodyUnread).trace().bodies()).as("the digest's own read").isEmpty();
    }

    @Test
    void whatWorkersReadCountsForThePieceThatStartedThemAndEveryPieceAroundIt() {
        List<SiteDocument> meetings = List.of(meeting("a/index.html"), meeting("b/index.html"), meeting("c/index.html"));
        RenderTrace.Traced<RenderTrace> outer = RenderTrace.of(() -> {
            RenderTrace inner = RenderTrace.of(() -> Parallel.map(meetings, DocumentModel::getBody, 2)).trace();
            meetings.get(0).getBody();
            return inner;
        });
        assertThat(outer.result().bodies()).containsExactlyInAnyOrder("a/index.html", "b/index.html", "c/index.html");
        assertThat(outer.trace().bodies()).containsExactlyInAnyOrder("a/index.html", "b/index.html", "c/index.html");
        assertThat(RenderTrace.of(() -> meetings.get(1).getTitle()).trace().bodies()).isEmpty();
    }

    @Test
    void readingABodyOutsideAnyPieceIsNotedNowhere() {
        SiteDocument meeting = meeting("meetings/2026/board/index.html");
        meeting.getBody();
        assertThat(RenderTrace.of(() -> "nothing").trace().bodies()).isEmpty();
    }

    private static SiteDocument meeting(String uri) {
        SiteDocument meeting = SiteDocument.create();
        meeting.setUri(uri);
        meeting.setTitle("Board");
        meeting.setBody("<p>Minutes</p>");
        return meeting;
    }
}
