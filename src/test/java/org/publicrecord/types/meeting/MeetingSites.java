package org.publicrecord.types.meeting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.publicrecord.check.FixtureSite;
import org.publicrecord.testing.BuiltSite;

/**
 * A site of meetings for tests: the example site (its links must all resolve, so the fixture keeps
 * it whole) with meetings added for what they test: a change to summer time, a cancellation, a
 * postponement, papers, a title that tries to end a script element. Built once per test run and
 * shared, since a build with AsciiDoc in it takes seconds.
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

    /** The added meetings' file names, oldest first. */
    public static final java.util.List<String> SLUGS = java.util.List.of(
            "2025-03-25-peoples-partnership", "2025-04-01-peoples-partnership", "2025-08-12-peoples-partnership",
            "2025-10-07-peoples-partnership", "2025-10-14-peoples-partnership",
            "2026-08-06-lhcp-board", "2026-08-20-lhcp-board", "2026-12-10-lhcp-board", "2027-02-09-peoples-partnership");

    private static BuiltSite built;
    private static BuiltSite rebuilt;

    /** The fixture site built for {@link #TODAY}. */
    public static synchronized BuiltSite built() {
        if (built == null) {
            built = BuiltSite.build(source(), temporaryFolder().resolve("first"), TODAY);
        }
        return built;
    }

    /** A second build of the same sources on the same day, to compare with the first. */
    public static synchronized BuiltSite rebuilt() {
        if (rebuilt == null) {
            rebuilt = BuiltSite.build(source(), temporaryFolder().resolve("second"), TODAY);
        }
        return rebuilt;
    }

    private static Path source;
    private static Path temporary;

    private static synchronized Path source() {
        if (source == null) {
            source = create(temporaryFolder().resolve("source"), meetings());
        }
        return source;
    }

    private static synchronized Path temporaryFolder() {
        if (temporary == null) {
            try {
                temporary = Files.createTempDirectory("meeting-sites");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path folder = temporary;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
        }
        return temporary;
    }

    private static void delete(Path folder) {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // Only a temporary folder is left behind.
        }
    }

    /** The added meetings and an action raised at one of them, by path under content/. */
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
        content.put("meetings/2025/2025-08-12-peoples-partnership.md", """
                ---
                title: People's Partnership meeting, 12 August 2025
                type: meeting
                date: 2025-08-12
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
        content.put("meetings/2026/2026-08-06-lhcp-board.md", """
                ---
                title: Partnership Board meeting, 6 August 2026
                type: meeting
                date: 2026-08-06
                committee: lhcp-board
                start: "10:00"
                end: "12:30"
                meeting_status: postponed
                postponed_to: 2026-08-20
                venue:
                  name: Civic Suite, Lewisham Town Hall
                ---

                Moved to later in August.
                """);
        content.put("meetings/2026/2026-08-20-lhcp-board.md", """
                ---
                title: Partnership Board meeting, 20 August 2026
                type: meeting
                date: 2026-08-20
                committee: lhcp-board
                start: "10:30"
                end: "12:30"
                meeting_status: held
                venue:
                  name: Civic Suite, Lewisham Town Hall
                ---

                The Board met.
                """);
        content.put("meetings/2026/2026-12-10-lhcp-board.md", """
                ---
                title: Partnership Board meeting, 10 December 2026
                type: meeting
                date: 2026-12-10
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
        content.put("meetings/2027/2027-02-09-peoples-partnership.md", """
                ---
                title: People's Partnership meeting, 9 February 2027
                type: meeting
                date: 2027-02-09
                committee: peoples-partnership
                start: "14:00"
                meeting_status: scheduled
                venue:
                  name: Deptford Lounge
                ---

                The next meeting.
                """);
        // The same minutes twice, in AsciiDoc and in Markdown, to compare the pages they make.
        String twin = """
                ---
                title: People's Partnership meeting, %s
                type: meeting
                date: %s
                committee: peoples-partnership
                start: "14:00"
                end: "16:00"
                meeting_status: held
                minutes_status: approved
                attendees:
                  - organisation: healthwatch-lewisham
                    role: Healthwatch Manager
                decisions:
                  - text: Ask surgeries to answer the phone sooner.
                ---

                """;
        content.put("meetings/2025/2025-10-07-peoples-partnership.adoc", twin.formatted("7 October 2025", "2025-10-07") + """
                == Getting through to your GP surgery

                Members shared what happens when they try to book an appointment:

                * phone lines are busy at 8am
                * online forms close early in the day

                The *Patient Involvement Lead* said surgeries know this is a problem.

                == Next steps

                Members asked Healthwatch Lewisham to gather more views.
                """);
        content.put("meetings/2025/2025-10-14-peoples-partnership.md", twin.formatted("14 October 2025", "2025-10-14") + """
                ## Getting through to your GP surgery

                Members shared what happens when they try to book an appointment:

                - phone lines are busy at 8am
                - online forms close early in the day

                The **Patient Involvement Lead** said surgeries know this is a problem.

                ## Next steps

                Members asked Healthwatch Lewisham to gather more views.
                """);
        content.put("actions/lpp-2025-09.md", """
                ---
                title: Publish the budget in plain English
                type: action
                date: 2025-03-25
                id: LPP-2025-09
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
