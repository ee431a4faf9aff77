package org.publicrecord.types.action;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;

/** Reads the dates of an action's front matter, which the crawler keeps as ISO text. */
final class Days {

    private Days() {
    }

    /** The day {@code value} holds, or null when it holds none. */
    static LocalDate of(Object value, String file, String field) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate day) {
            return day;
        }
        if (value instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(String.valueOf(value));
        } catch (DateTimeParseException e) {
            throw new BuildFailure(Problem.inFile(file, "the " + field + " '" + value + "' is not a real date",
                    "write the date as YYYY-MM-DD, for example 2024-03-12"));
        }
    }
}
