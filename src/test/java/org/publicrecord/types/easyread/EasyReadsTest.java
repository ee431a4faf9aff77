package org.publicrecord.types.easyread;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

/** Whether the preview may render an Easy Read version's page from the last model: only if that model knows it as it is now. */
class EasyReadsTest {

    private static final DocumentModel MEETING = document("meeting", "meetings/2025/2025-03-18-board/", null);
    private static final DocumentModel EVENT = document("event", "events/2025/walk/", null);

    @Test
    void aVersionKnownAsItIsCanBeShownFromTheLastModel() {
        EasyReads part = new EasyReads(List.of(version("easy-read/board/", "meetings/2025/2025-03-18-board")), List.of(MEETING, EVENT));

        assertThat(part.outdatedBy(version("easy-read/board/", "meetings/2025/2025-03-18-board"))).isFalse();
        assertThat(part.outdatedBy(MEETING)).isFalse();
    }

    @Test
    void aVersionRenamedOrNowOfAnotherPageIsNotKnownAsItIs() {
        EasyReads part = new EasyReads(List.of(version("easy-read/board/", "meetings/2025/2025-03-18-board")), List.of(MEETING, EVENT));

        assertThat(part.outdatedBy(version("easy-read/board-renamed/", "meetings/2025/2025-03-18-board"))).isTrue();
        assertThat(part.outdatedBy(version("easy-read/board/", "events/2025/walk"))).isTrue();
    }

    private static DocumentModel version(String url, String of) {
        return document("easyread", url, of);
    }

    private static DocumentModel document(String type, String url, String of) {
        DocumentModel document = new DocumentModel();
        document.setType(type);
        document.put("url", url);
        if (of != null) {
            document.put("of", of);
        }
        return document;
    }
}
