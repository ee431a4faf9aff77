package org.publicrecord.site;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the site writes dates, times of day and file sizes for people, from the {@code formats}
 * group of the interface's words, in the site's language.
 */
public final class Formats {

    private static final long KILOBYTE = 1024;
    private static final long MEGABYTE = KILOBYTE * KILOBYTE;

    private final Locale locale;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter day;
    private final DateTimeFormatter weekday;
    private final DateTimeFormatter hour;
    private final DateTimeFormatter hourAndMinutes;
    private final String kilobytes;
    private final String megabytes;

    Formats(Messages messages) {
        this.locale = messages.language();
        this.longDate = DateTimeFormatter.ofPattern(messages.word("formats.long_date"), locale);
        this.day = DateTimeFormatter.ofPattern(messages.word("formats.day"), locale);
        this.weekday = DateTimeFormatter.ofPattern(messages.word("formats.weekday"), locale);
        this.hour = DateTimeFormatter.ofPattern(messages.word("formats.hour"), locale);
        this.hourAndMinutes = DateTimeFormatter.ofPattern(messages.word("formats.hour_and_minutes"), locale);
        this.kilobytes = messages.word("formats.kilobytes");
        this.megabytes = messages.word("formats.megabytes");
    }

    /** "12 March 2024". */
    public String longDate(LocalDate date) {
        return longDate.format(date);
    }

    /** "Tuesday 12 March 2024". */
    public String day(LocalDate date) {
        return day.format(date);
    }

    /** "Tuesday". */
    public String weekday(LocalDate date) {
        return weekday.format(date);
    }

    /** "6pm", "6:30pm": the hour alone when the minutes are nought. */
    public String clock(LocalTime time) {
        DateTimeFormatter format = time.getMinute() == 0 ? hour : hourAndMinutes;
        return format.format(time).toLowerCase(locale);
    }

    /** Whole kilobytes, rounded up so that no file is "0 KB"; megabytes to one decimal place. */
    public String fileSize(long bytes) {
        if (bytes < MEGABYTE) {
            return kilobytes.replace("{n}", String.valueOf(Math.max(1, (bytes + KILOBYTE - 1) / KILOBYTE)));
        }
        String number = String.format(locale, "%.1f", (double) bytes / MEGABYTE);
        // "1.0" reads as "1": the decimal separator and nought in the site's language.
        String point = String.format(locale, "%.1f", 0.0).substring(1);
        return megabytes.replace("{n}", number.endsWith(point) ? number.substring(0, number.length() - point.length()) : number);
    }
}
