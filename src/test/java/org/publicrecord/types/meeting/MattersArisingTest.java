package org.publicrecord.types.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

/**
 * Which action ids a meeting's minutes mention: whole ids only, wherever they stand in the text;
 * and whether a meeting as it is now names other actions than the part found in it.
 */
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

    @Test
    void aMeetingWhoseMinutesNowNameAnotherActionOutdatesThePart() {
        MattersArising part = new MattersArising(List.of(meeting("We looked at LPP-2024-05.")), KNOWN, Map.of());

        assertThat(part.outdatedBy(meeting("We looked at LPP-2024-05 again, in other words."))).isFalse();
        assertThat(part.outdatedBy(meeting("We looked at LPP-2024-05 and LPP-2024-06."))).isTrue();
        assertThat(part.outdatedBy(meeting("We looked at nothing."))).isTrue();
        DocumentModel story = meeting("A story naming LPP-2024-06.");
        story.setType("news");
        assertThat(part.outdatedBy(story)).as("only a meeting's page lists what it looked at again").isFalse();
    }

    private static List<String> reviewed(String body) {
        return new MattersArising(List.of(meeting(body)), KNOWN, Map.of()).reviewedAt("2025-03-04-board");
    }

    private static DocumentModel meeting(String body) {
        DocumentModel meeting = new DocumentModel();
        meeting.put("slug", "2025-03-04-board");
        meeting.setType("meeting");
        meeting.setBody(body);
        return meeting;
    }
}
