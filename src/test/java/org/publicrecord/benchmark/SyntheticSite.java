package org.publicrecord.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.io.file.PathUtils;

/**
 * Writes a site of the shape real use has: meetings of about 5 KB of Markdown with tables, five
 * actions raised at each meeting, an event write-up and a news item for every 25 meetings, beside
 * the repository's own standing pages. Every document is
 * valid for the site's schemas, so the benchmark measures the whole build, validation included.
 */
public final class SyntheticSite {

    private static final List<String> ORGANISATIONS = List.of("lewisham-council", "lewisham-and-greenwich-nhs-trust",
            "south-london-and-maudsley", "one-health-lewisham", "healthwatch-lewisham");
    private static final List<String> THEMES = List.of("joined-up-care", "communication-and-it", "workforce", "signposting");
    private static final List<String> STATUSES = List.of("open", "in-progress", "done", "in-progress", "open");
    private static final LocalDate FIRST_MEETING = LocalDate.of(2000, 1, 4);

    private SyntheticSite() {
    }

    /** Writes a site with {@code meetings} meetings into {@code target}, using the repository's templates and data. */
    public static int write(Path repository, Path target, int meetings) throws IOException {
        if (Files.exists(target)) {
            PathUtils.deleteDirectory(target);
        }
        for (String folder : List.of("templates", "data", "assets")) {
            if (Files.isDirectory(repository.resolve(folder))) {
                Files.createDirectories(target.resolve(folder));
                PathUtils.copyDirectory(repository.resolve(folder), target.resolve(folder));
            }
        }
        Files.createDirectories(target);
        Files.copy(repository.resolve("jbake.properties"), target.resolve("jbake.properties"));
        // The standing pages, so that navigation, footer and redirects have their targets.
        int documents = copyPages(repository.resolve("content"), target.resolve("content"));
        java.util.Map<Integer, Integer> actionsInYear = new java.util.HashMap<>();
        for (int m = 0; m < meetings; m++) {
            LocalDate day = FIRST_MEETING.plusDays(7L * m);
            String slug = day + "-peoples-partnership";
            write(target.resolve("content/meetings/" + day.getYear() + "/" + slug + ".md"), meeting(m, day));
            documents++;
            for (int a = 0; a < 5; a++) {
                int number = actionsInYear.merge(day.getYear(), 1, Integer::sum);
                String id = "BEN-" + day.getYear() + "-" + String.format("%03d", number);
                write(target.resolve("content/actions/" + id.toLowerCase() + ".md"), action(id, m, a, day, slug));
                documents++;
            }
            if (m % 25 == 0) {
                write(target.resolve("content/events/" + day.getYear() + "/event-" + m + ".md"), event(m, day));
                write(target.resolve("content/news/" + day.getYear() + "/news-" + m + ".md"), news(m, day, slug));
                documents += 2;
            }
        }
        return documents;
    }

    private static int copyPages(Path content, Path target) throws IOException {
        Files.createDirectories(target);
        int copied = 0;
        try (var files = Files.list(content)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
                copied++;
            }
        }
        return copied;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String meeting(int number, LocalDate day) {
        StringBuilder body = new StringBuilder();
        body.append("""
                ---
                title: People's Partnership meeting %d
                type: meeting
                date: %s
                committee: peoples-partnership
                start: "18:00"
                end: "20:00"
                meeting_status: held
                minutes_status: approved
                venue:
                  name: Deptford Lounge
                  address: 9 Giffin Street, London SE8 4RJ
                  step_free: true
                  hearing_loop: true
                agenda:
                  - title: Welcome and apologies
                  - title: What we heard this month
                  - title: Action log review
                attendees:
                  - organisation: lewisham-council
                    role: Director of Public Health
                  - organisation: healthwatch-lewisham
                    role: Chief Executive
                decisions:
                  - text: The partnership agreed the plan for the winter.
                  - text: The partnership agreed to publish what it heard within a month.
                ---
                """.formatted(number, day));
        for (int section = 1; section <= 6; section++) {
            body.append("\n## Item ").append(section).append(": discussion\n\n");
            body.append("Members discussed the item in detail. Residents raised questions about waiting times, ")
                    .append("travel to appointments and how information is shared between services. ")
                    .append("The chair summarised the points and asked partners to report back at the next meeting.\n\n");
            body.append("| Question | Raised by | Answer |\n|---|---|---|\n");
            for (int row = 0; row < 4; row++) {
                body.append("| How long is the wait for item ").append(row).append("? | Resident | About ")
                        .append(row + 2).append(" weeks, falling since spring |\n");
            }
            body.append("\n- A point that was agreed\n- Another point, with *emphasis* and a [link](https://example.org/)\n");
        }
        return body.toString();
    }

    private static String action(String id, int meeting, int index, LocalDate day, String source) {
        String status = STATUSES.get(index);
        return """
                ---
                title: Action %s from meeting %d
                type: action
                date: %s
                id: %s
                said: Residents asked for clearer information about waiting times.
                source:
                  meeting: %s
                owner: %s
                lead_role: Head of Service
                action_status: %s
                due: %s
                %sthemes:
                  - %s
                updates:
                  - date: %s
                    text: Work started.
                    status: in-progress
                ---
                We will publish waiting times every month.
                """.formatted(id, meeting, day, id, source, ORGANISATIONS.get((meeting + index) % ORGANISATIONS.size()),
                status, day.plusMonths(3), status.equals("done") ? "completed: " + day.plusMonths(2) + "\n" : "",
                THEMES.get(index % THEMES.size()), day.plusDays(14));
    }

    private static String news(int number, LocalDate day, String meeting) {
        return """
                ---
                title: What the partnership decided in week %d
                type: news
                date: %s
                summary: A short account of the latest meeting.
                ---
                The partnership met and agreed two things. Read the [minutes](../../../meetings/%d/%s/).
                """.formatted(number, day, day.getYear(), meeting);
    }

    private static String event(int number, LocalDate day) {
        return """
                ---
                title: Listening event %d
                type: event
                date: %s
                venue:
                  name: Deptford Lounge
                heard:
                  - id: waiting-times
                    text: Waiting times are too long.
                  - id: information
                    text: Information is hard to find.
                ---
                ## What happened

                Residents met partners to talk about local services.
                """.formatted(number, day);
    }
}
