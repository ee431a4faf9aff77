package org.publicrecord.build;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Deque;

/** Reads the values of command-line options, with a plain message for each mistake. */
public final class CommandWords {

    private CommandWords() {
    }

    /** The word after {@code option}. */
    public static String value(String option, Deque<String> words) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return words.pop();
    }

    public static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " takes a date such as 2024-03-12, not '" + text + "'");
        }
    }

    public static int number(String option, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not '" + text + "'");
        }
    }
}
