package org.publicrecord.types.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.publicrecord.site.Formats;

/**
 * When a meeting starts and (if its file says) ends, in the site's time zone, written for people
 * ("Tuesday 12 March 2024, 6pm to 8pm") and for machines ({@code 2024-03-12T18:00+00:00}).
 *
 * @param start   when it starts
 * @param end     when it ends, or null when the file gives no end time
 * @param formats how the site writes days and times
 */
public record MeetingTime(ZonedDateTime start, ZonedDateTime end, Formats formats) {

    /** Minutes, not seconds: HTML's {@code <time>} and schema.org both accept it, and no meeting starts on a second. */
    private static final DateTimeFormatter MACHINE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx");

    /** A wall-clock time on a day in {@code zone}; the zone's rules decide the offset (GMT or BST in London). */
    static MeetingTime of(LocalDate day, LocalTime start, LocalTime end, ZoneId zone, Formats formats) {
        return new MeetingTime(ZonedDateTime.of(day, start, zone), end == null ? null : ZonedDateTime.of(day, end, zone), formats);
    }

    public LocalDate day() {
        return start.toLocalDate();
    }

    /** "Tuesday 12 March 2024". */
    public String dayInWords() {
        return formats.day(day());
    }

    /**
     * The day and times in words, from the {@code meeting} group of the messages: {@code time_range}
     * ("{day}, {start} to {end}"), {@code time_from} ("{day}, {start}") and {@code midday}.
     */
    public String inWords(Map<String, Object> words) {
        String pattern = MeetingWords.word(words, end == null ? "time_from" : "time_range");
        String midday = MeetingWords.word(words, "midday");
        return pattern.replace("{day}", dayInWords())
                .replace("{start}", clock(start.toLocalTime(), midday))
                .replace("{end}", end == null ? "" : clock(end.toLocalTime(), midday));
    }

    /**
     * The weekday and times without the date, for a list whose titles already say the date:
     * {@code hours_range} ("{weekday}, {start} to {end}") or {@code hours_from} of the same messages.
     */
    public String hoursInWords(Map<String, Object> words) {
        String pattern = MeetingWords.word(words, end == null ? "hours_from" : "hours_range");
        String midday = MeetingWords.word(words, "midday");
        return pattern.replace("{weekday}", formats.weekday(day()))
                .replace("{start}", clock(start.toLocalTime(), midday))
                .replace("{end}", end == null ? "" : clock(end.toLocalTime(), midday));
    }

    /** Whether {@code title} already says the meeting's date, as "12 March 2024". */
    public boolean isNamedIn(String title) {
        return title != null && title.contains(formats.longDate(day()));
    }

    /** "6pm", "6:30pm", or the word for 12 noon, which "12pm" leaves some readers unsure of. */
    String clock(LocalTime time, String midday) {
        return time.equals(LocalTime.NOON) ? midday : formats.clock(time);
    }

    /** The start as {@code 2024-03-12T18:00+00:00}, for {@code <time datetime>} and JSON-LD. */
    public String startIso() {
        return MACHINE.format(start);
    }

    /** The end in the same form, or null. */
    public String endIso() {
        return end == null ? null : MACHINE.format(end);
    }
}
