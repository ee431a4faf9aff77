package org.publicrecord.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.publicrecord.problem.Problem;

/**
 * The examples of content/_templates/ that must not be published: every value there that is not
 * right by default is a quoted text starting with {@code REPLACE}, such as
 * {@code said: "REPLACE with what residents said, in a sentence"}. A document still holding one
 * fails, drafts too, with one problem per value on its line; other rules' problems on that line
 * are left out, since "not a date" or "unknown organisation" says less than "replace the example".
 */
public final class Placeholders {

    /** How a template's example starts. */
    public static final String MARK = "REPLACE ";

    /** The rule, listed first in {@link SiteValidator#RULES}. */
    static final Rule RULE = Rule.ofEachDocument("No field still holds a template's example (a value starting with REPLACE), drafts included.",
            Placeholders::check);

    /**
     * A value still holding a template's example.
     *
     * @param pointer where it is, as a JSON Pointer ({@code /venue/name})
     * @param value   the example as written
     */
    public record Found(String pointer, String value) {
    }

    private Placeholders() {
    }

    /** Every example left in {@code values}, at any depth, in the order written. */
    public static List<Found> in(Map<String, Object> values) {
        List<Found> found = new ArrayList<>();
        collect("", values, found);
        return found;
    }

    /** Whether {@code value} is a template's example. */
    public static boolean isPlaceholder(Object value) {
        return value instanceof String text && text.startsWith(MARK);
    }

    private static void collect(String pointer, Object value, List<Found> found) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((name, inner) -> collect(pointer + "/" + SchemaMessages.escape(String.valueOf(name)), inner, found));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(pointer + "/" + i, list.get(i), found);
            }
        } else if (isPlaceholder(value)) {
            found.add(new Found(pointer, (String) value));
        }
    }

    private static List<Problem> check(Checked site, Checked.Document document) {
        List<Problem> problems = new ArrayList<>();
        for (Found found : in(document.values())) {
            problems.add(document.problem(found.pointer(), SchemaMessages.place(found.pointer())
                    + " still holds the template's example \"" + found.value() + "\"",
                    "replace this example with the real value before publishing; the build refuses it even in a draft"));
        }
        return problems;
    }

    /** The file and line of a problem, to leave out other problems on a line an example is on. */
    static String lineOf(Problem problem) {
        return problem.file() + ":" + problem.line();
    }
}
