package org.publicrecord.types.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

/** Which action ids a meeting's minutes mention: whole ids only, wherever they stand in the text. */
class MattersArisingTest {

    private static final List<String> KNOWN = List.of("LPP-2024-05", "LPP-2024-06", "HW-2025-101", "PP-2025-01");

    @Test
    void findsEveryWholeIdInTheMinutesInTheOrderTheyComeFirst() {
        String minutes = "LPP-2024-06 came first. <p>(HW-2025-101), then LPP-2024-05; LPP-2024-06 again.</p>";

        assertThat(reviewed(minutes)).containsExactly("LPP-2024-06", "HW-2025-101", "LPP-2024-05");
    }

    @Test
    void leavesOutIdsInsideLongerWords() {
        String minutes = "XPP-2025-01 and PP-2025-011 and PP-2025-01x and _PP-2025-01 and 9PP-2025-01 and aPP-2025-01";

        assertThat(reviewed(minutes)).isEmpty();
    }

    @Test
    void findsAnIdAtTheVeryStartAndEndOfTheMinutes() {
        assertThat(reviewed("PP-2025-01")).containsExactly("PP-2025-01");
        assertThat(reviewed("see:PP-2025-01")).containsExactly("PP-2025-01");
    }

    private static List<String> reviewed(String body) {
        DocumentModel meeting = new DocumentModel();
        meeting.put("slug", "2025-03-04-board");
        meeting.setBody(body);
        return new MattersArising(List.of(meeting), KNOWN, Map.of()).reviewedAt("2025-03-04-board");
    }
}
