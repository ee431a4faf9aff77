package org.publicrecord.types.meeting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import org.publicrecord.problem.Problem;
import org.publicrecord.validate.Checked;
import org.publicrecord.validate.Rule;

/**
 * A meeting's file is named after its day ({@code 2024-03-12-board.md}) in the folder of its year
 * ({@code content/meetings/2024/}), so that the meetings sort by date wherever files are listed:
 * a rule of the meetings' type. A name starting with another date is told by the site's own rule
 * that a dated name agrees with its date.
 */
final class MeetingFileNames {

    private static final Pattern DATED = Pattern.compile("^[0-9]{4}-[0-9]{2}-[0-9]{2}-");

    static final Rule RULE = Rule.ofEachDocument("A meeting's file name starts with its date (YYYY-MM-DD-), in the folder of its year.",
            (site, document) -> "meeting".equals(document.type()) ? check(document) : List.of());

    private MeetingFileNames() {
    }

    private static List<Problem> check(Checked.Document meeting) {
        LocalDate day = day(meeting.values().get("date"));
        String slug = meeting.slug();
        if (day == null || slug.startsWith(day + "-") || DATED.matcher(slug).find()) {
            return List.of();
        }
        String path = meeting.file().path();
        String name = path.substring(path.lastIndexOf('/') + 1);
        String renamed = day + "-" + (slug.equals(day.toString()) ? "meeting" : slug) + name.substring(slug.length());
        String folder = path.substring(0, path.lastIndexOf('/') + 1);
        String yearFolder = "content/meetings/" + day.getYear() + "/";
        String fix = folder.equals(yearFolder) ? "rename the file to " + renamed
                : "rename the file to " + renamed + " and move it to the folder " + yearFolder;
        return List.of(meeting.problem("/date", "a meeting's file name starts with its date, but '" + name
                + "' does not start with " + day, fix));
    }

    /** The meeting's day, or null when the schema's check of the date tells what is wrong. */
    private static LocalDate day(Object value) {
        try {
            return value instanceof String written ? LocalDate.parse(written) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
