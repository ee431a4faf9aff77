package org.publicrecord.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.publicrecord.content.DataFiles;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;

/**
 * Every word of the interface, read once per build from {@code templates/messages.yaml}: templates
 * see it as {@code messages}, and text written by Java (feeds, calendars, open data, sizes and
 * dates) takes its words from here too, so a page and a feed never say the same thing differently.
 *
 * @param language the language the words are written in
 * @param values   the file's groups and words, as templates read them ({@code messages.action.feed.title})
 */
public record Messages(Locale language, Map<String, Object> values) {

    /** The file, relative to the templates folder. */
    public static final String FILE = "messages.yaml";

    /** Reads the words from {@code templateFolder}; a site without the file has no words, and any template that needs one fails. */
    @SuppressWarnings("unchecked")
    public static Messages read(Path source, Path templateFolder, Locale language) {
        Path file = templateFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new Messages(language, Map.of());
        }
        Path shownFrom = file.toAbsolutePath().startsWith(source.toAbsolutePath()) ? source : templateFolder;
        Object value = DataFiles.readFile(shownFrom, file).value();
        return new Messages(language, value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of());
    }

    /** The word at a dotted key such as {@code action.statuses.done}; a missing word stops the build naming the key. */
    public String word(String key) {
        Object value = values;
        for (String part : key.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        if (value == null || value instanceof Map<?, ?>) {
            throw new BuildFailure(Problem.inFile("templates/" + FILE, "the message '" + key + "' is missing (language "
                    + language.toLanguageTag() + ")", "add it to templates/" + FILE));
        }
        return String.valueOf(value);
    }

    /** The group at a dotted key such as {@code meeting}, for text that reads many of its words. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> group(String key) {
        Object value = values;
        for (String part : key.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** How dates, times and sizes are written, from the {@code formats} group. */
    public Formats formats() {
        return new Formats(this);
    }
}
