package org.publicrecord.meetings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.publicrecord.check.FixtureSite;

/**
 * Small sites of meetings for tests: the repository's templates and data with a handful of
 * meetings chosen for what they test (a change to and from summer time, a cancellation, a
 * postponement, papers, a title that tries to end a script element).
 */
public final class MeetingSites {

    /** The build date the fixtures are written for: between the 2026 meetings and the ones to come. */
    public static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 11, 22);
    /** A paper of exactly 240 KB. */
    public static final int PAPER_BYTES = 240 * 1024;
    /** A title a careless template would let out of the JSON-LD script element. */
    public static final String HOSTILE_TITLE = "Meeting about </script><script>alert(1)</script> & more";

    private MeetingSites() {
    }

    /** The meetings every fixture has, by path under content/. */
    public static Map<String, String> meetings() {
        Map<String, String> content = new LinkedHashMap<>();
        // Tuesday 25 March 2025: London is still on GMT (summer time starts on Sunday 30 March).
        content.put("meetings/2025/2025-03-25-peoples-partnership.md", """
                ---
                title: People's Partnership meeting, 25 March 2025
                type: meeting
                date: 2025-03-25
                summary: Members agreed the budget.
                committee: peoples-partnership
                start: "18:00"
                end: "20:00"
                meeting_status: held
                venue:
                  name: Civic Suite, Lewisham Town Hall
                  address: Catford Road, London SE6 4RU
                  step_free: true
                  hearing_loop: false
                  transport: Catford station is a short walk away.
                  access_notes: There is a lift to the meeting room.
                online:
                  url: https://meet.example.org/lpp
                  instructions: Join on a computer or phone.
                agenda:
                  - title: Welcome and apologies
                    lead: Co-chair (community member)
                  - title: The budget
                    lead: Engagement Manager, Lewisham
                  - title: Any other business
                papers:
                  - title: Budget report
                    file: assets/papers/budget.pdf
                minutes_status: approved
                minutes_approved_at: 2025-04-01-peoples-partnership
                attendees:
                  - organisation: lewisham-peoples-partnership
                    role: Co-chair (community member)
                  - organisation: healthwatch-lewisham
                    role: Healthwatch Manager
                apologies:
                  - organisation: lewisham-council
                    role: Public Health Consultant
                declarations:
                  - role: Healthwatch Manager
                    organisation: healthwatch-lewisham
                    interest: Healthwatch Lewisham is paid from this budget.
                    agenda_item: 2
                decisions:
                  - text: Approve the minutes of the last meeting.
                  - text: Agree the budget for 2025.
                  - text: Meet again on 1 April.
                ---

                ## The budget

                Members talked about the budget.
                """);
        // Tuesday 1 April 2025: summer time (BST, UTC+1) since Sunday 30 March.
        content.put("meetings/2025/2025-04-01-peoples-partnership.md", """
                ---
                title: "%s"
                type: meeting
                date: 2025-04-01
                committee: peoples-partnership
                start: "18:00"
                end: "19:30"
                meeting_status: held
                online:
                  url: https://meet.example.org/lpp
                  instructions: Join on a computer or phone.
                minutes_status: draft
                ---

                Members met online.
                """.formatted(HOSTILE_TITLE));
        content.put("meetings/2025/2025-07-15-peoples-partnership.md", """
                ---
                title: People's Partnership meeting, 15 July 2025
                type: meeting
                date: 2025-07-15
                summary: Cancelled because too few members could come.
                committee: peoples-partnership
                start: "18:00"
                end: "20:00"
                meeting_status: cancelled
                venue:
                  name: Civic Suite, Lewisham Town Hall
                ---

                Too few members could come.
                """);
        content.put("meetings/2026/2026-06-04-lhcp-board.md", """
                ---
                title: Partnership Board meeting, 4 June 2026
                type: meeting
                date: 2026-06-04
                committee: lhcp-board
                start: "10:00"
                end: "12:30"
                meeting_status: postponed
                postponed_to: 2026-07-02
                venue:
                  name: Civic Suite, Lewisham Town Hall
                ---

                Moved to July.
                """);
        content.put("meetings/2026/2026-07-02-lhcp-board.md", """
                ---
                title: Partnership Board meeting, 2 July 2026
                type: meeting
                date: 2026-07-02
                committee: lhcp-board
                start: "10:30"
                end: "12:30"
                meeting_status: held
                venue:
                  name: Civic Suite, Lewisham Town Hall
                ---

                The Board met.
                """);
        content.put("meetings/2026/2026-12-03-lhcp-board.md", """
                ---
                title: Partnership Board meeting, 3 December 2026
                type: meeting
                date: 2026-12-03
                committee: lhcp-board
                start: "10:00"
                end: "12:00"
                meeting_status: scheduled
                venue:
                  name: Civic Suite, Lewisham Town Hall
                  address: Catford Road, London SE6 4RU
                ---

                The next Board meeting.
                """);
        content.put("meetings/2027/2027-01-19-peoples-partnership.md", """
                ---
                title: People's Partnership meeting, 19 January 2027
                type: meeting
                date: 2027-01-19
                committee: peoples-partnership
                start: "14:00"
                meeting_status: scheduled
                venue:
                  name: Deptford Lounge
                ---

                The next meeting.
                """);
        content.put("actions/lpp-2025-01.md", """
                ---
                title: Publish the budget in plain English
                type: action
                date: 2025-03-25
                id: LPP-2025-01
                said: The budget is hard to read.
                source:
                  meeting: 2025-03-25-peoples-partnership
                owner: sel-ics
                lead_role: Engagement Manager, Lewisham
                action_status: open
                ---

                A plain English budget.
                """);
        return content;
    }

    /** Writes a site of {@code content} into {@code folder}, with the 240 KB paper the first meeting lists. */
    public static Path create(Path folder, Map<String, String> content) {
        FixtureSite.create(folder, content);
        try {
            Path paper = folder.resolve("assets/papers/budget.pdf");
            Files.createDirectories(paper.getParent());
            byte[] bytes = new byte[PAPER_BYTES];
            byte[] header = "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            System.arraycopy(header, 0, bytes, 0, header.length);
            Files.write(paper, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }
}
