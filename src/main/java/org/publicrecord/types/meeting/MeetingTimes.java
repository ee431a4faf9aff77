package org.publicrecord.types.meeting;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.publicrecord.problem.Problem;
import org.publicrecord.validate.Checked;
import org.publicrecord.validate.Rule;

/** A meeting runs within one day, so its end must come after its start: a rule of the meetings' type. */
final class MeetingTimes {

    static final Rule RULE = Rule.ofEachDocument("A meeting ends after it starts, on the same day.",
            (site, document) -> "meeting".equals(document.type()) ? check(document) : List.of());

    private MeetingTimes() {
    }

    private static List<Problem> check(Checked.Document meeting) {
        LocalTime start = time(meeting.values().get("start"));
        LocalTime end = time(meeting.values().get("end"));
        if (start == null || end == null || end.isAfter(start)) {
            return List.of();
        }
        return List.of(meeting.problem("/end", "the meeting ends (" + end + ") before it starts (" + start + ")",
                "check 'start' and 'end': both are times of day on the 24-hour clock, such as \"18:00\" and \"20:00\""));
    }

    /** A time the schema has already checked the form of, or null when there is none. */
    private static LocalTime time(Object value) {
        try {
            return value == null ? null : LocalTime.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
