package org.publicrecord.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.publicrecord.content.DataFiles;
import org.publicrecord.content.Position;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;

/**
 * Every word of the interface in one language, read once per build from
 * {@code templates/messages/<language>.yaml} (such as {@code messages/en-GB.yaml}): templates see
 * it as {@code messages}, and text written by Java (feeds, calendars, open data, sizes and dates)
 * takes its words from here too, so a page and a feed never say the same thing differently.
 *
 * @param language the language the words are written in
 * @param values   the file's groups and words, as templates read them ({@code messages.action.feed.title})
 */
public record Messages(Locale language, Map<String, Object> values) {

    /** The folder of the files of words, one per language, relative to the templates folder. */
    public static final String FOLDER = "messages";

    /** The file of {@code language}'s words, as problems name it: {@code templates/messages/pl.yaml}. */
    public static String file(Locale language) {
        return "templates/" + FOLDER + "/" + language.toLanguageTag() + ".yaml";
    }

    /** Reads the words from {@code templateFolder}; a site without the file has no words, and any template that needs one fails. */
    public static Messages read(Path source, Path templateFolder, Locale language) {
        Path file = templateFolder.resolve(FOLDER).resolve(language.toLanguageTag() + ".yaml");
        if (!Files.isRegularFile(file)) {
            return new Messages(language, Map.of());
        }
        return new Messages(language, values(readFile(source, templateFolder, file).value()));
    }

    /**
     * The words of every language, the site's own first. Each other language's file must exist and
     * give every word the first one gives, with the plural forms of its own language, and no word the
     * first does not have; every problem is reported at once, naming the language and the word.
     */
    public static List<Messages> readAll(Path source, Path templateFolder, List<Language> languages) {
        Messages own = read(source, templateFolder, languages.get(0).locale());
        List<Messages> all = new ArrayList<>(List.of(own));
        List<Problem> problems = new ArrayList<>();
        for (Language language : languages.subList(1, languages.size())) {
            Path file = templateFolder.resolve(FOLDER).resolve(language.tag() + ".yaml");
            String shown = file(language.locale());
            if (!Files.isRegularFile(file)) {
                problems.add(Problem.inFile(shown, "the words of the language '" + language.tag() + "' are missing",
                        "copy " + file(own.language()) + " to " + shown + " and translate each word, or take '"
                                + language.tag() + "' out of 'languages' in data/site.yaml"));
                continue;
            }
            DataFiles.DataFile read = readFile(source, templateFolder, file);
            Messages translated = new Messages(language.locale(), values(read.value()));
            compare(own.values, translated.values, "", own.language(), translated.language(), shown, read.positions(), problems);
            all.add(translated);
        }
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        return List.copyOf(all);
    }

    private static void compare(Map<String, Object> own, Map<String, Object> translated, String prefix, Locale ownLanguage,
                                Locale language, String file, Map<String, Position> positions, List<Problem> problems) {
        String tag = language.toLanguageTag();
        for (Map.Entry<String, Object> entry : own.entrySet()) {
            String key = prefix + entry.getKey();
            Object value = translated.get(entry.getKey());
            if (value == null) {
                problems.add(Problem.inFile(file, "the message '" + key + "' is missing (language " + tag + ")",
                        "add '" + key + "' to " + file + ", translating the words of " + file(ownLanguage)));
            } else if (entry.getValue() instanceof Map<?, ?> ownGroup && Plurals.isForms(ownGroup)) {
                Set<String> needed = new TreeSet<>(Plurals.categories(language));
                needed.add("other");
                if (!(value instanceof Map<?, ?> forms) || !forms.keySet().containsAll(needed) || !Plurals.isForms(forms)) {
                    problems.add(at(file, positions, key, "the message '" + key + "' needs the plural forms " + String.join(", ", needed)
                            + " (language " + tag + ")", "write it as a group with one line per form, such as 'other: \"{count} ...\"'"));
                }
            } else if (entry.getValue() instanceof Map<?, ?> ownGroup) {
                if (value instanceof Map<?, ?> group) {
                    compare(cast(ownGroup), cast(group), key + ".", ownLanguage, language, file, positions, problems);
                } else {
                    problems.add(at(file, positions, key, "the message '" + key + "' should be a group of words (language " + tag + ")",
                            "give it the same words as in " + file(ownLanguage)));
                }
            } else if (value instanceof Map<?, ?>) {
                problems.add(at(file, positions, key, "the message '" + key + "' should be words, not a group (language " + tag + ")",
                        "write it as one line, as in " + file(ownLanguage)));
            }
        }
        for (String key : translated.keySet()) {
            if (!own.containsKey(key)) {
                String dotted = prefix + key;
                problems.add(at(file, positions, dotted, "the message '" + dotted + "' is not a word of the interface (language " + tag + ")",
                        "check its spelling against " + file(ownLanguage) + ", or delete it"));
            }
        }
    }

    private static Problem at(String file, Map<String, Position> positions, String key, String message, String fix) {
        Position position = positions.get("/" + key.replace(".", "/"));
        return position == null ? Problem.inFile(file, message, fix) : Problem.at(file, position.line(), position.column(), message, fix);
    }

    private static DataFiles.DataFile readFile(Path source, Path templateFolder, Path file) {
        Path shownFrom = file.toAbsolutePath().startsWith(source.toAbsolutePath()) ? source : templateFolder;
        return DataFiles.readFile(shownFrom, file);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static Map<String, Object> values(Object value) {
        return value instanceof Map<?, ?> map ? new LinkedHashMap<>(cast(map)) : Map.of();
    }

    /** The word at a dotted key such as {@code action.statuses.done}; a missing word stops the build naming the key. */
    public String word(String key) {
        Object value = at(key);
        if (value == null || value instanceof Map<?, ?>) {
            throw missing(key);
        }
        return String.valueOf(value);
    }

    /** The form of the word at {@code key} for the number {@code n}, by the language's plural rules, {@code {count}} filled in. */
    public String count(String key, long n) {
        Object value = at(key);
        if (value instanceof Map<?, ?> forms && Plurals.isForms(forms)) {
            return Plurals.choose(forms, language, n);
        }
        if (value == null || value instanceof Map<?, ?>) {
            throw missing(key);
        }
        return String.valueOf(value).replace("{count}", String.valueOf(n));
    }

    private BuildFailure missing(String key) {
        return new BuildFailure(Problem.inFile(file(language), "the message '" + key + "' is missing (language "
                + language.toLanguageTag() + ")", "add it to " + file(language)));
    }

    private Object at(String key) {
        Object value = values;
        for (String part : key.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        return value;
    }

    /** The group at a dotted key such as {@code meeting}, for text that reads many of its words. */
    public Map<String, Object> group(String key) {
        return at(key) instanceof Map<?, ?> map ? cast(map) : Map.of();
    }

    /** How dates, times and sizes are written, from the {@code formats} group. */
    public Formats formats() {
        return new Formats(this);
    }
}
