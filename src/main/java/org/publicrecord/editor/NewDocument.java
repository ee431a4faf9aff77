package org.publicrecord.editor;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.publicrecord.build.CommandWords;
import org.publicrecord.content.DataFiles;
import org.publicrecord.site.Site;
import org.publicrecord.schema.Schemas;
import org.publicrecord.validate.Nearest;
import org.publicrecord.model.ContentType;
import org.publicrecord.types.ContentTypes;

/**
 * The {@code new} command: creates a document of a type from its file in
 * {@code content/_templates/}, dated today or the day {@code --date} gives, under a proper file name.
 * It sets the title, the date and an action's id; every other example of the template stays a
 * {@code "REPLACE with ..."} value the build refuses until the editor fills it in. It never
 * overwrites a file.
 *
 * <p>{@code new meeting "People's Partnership meeting"} writes
 * {@code content/meetings/2026/2026-11-22-peoples-partnership-meeting.md}; an action is named after
 * its id, the next free one for the template's letters and the year of its date unless {@code --id} says.
 */
public final class NewDocument {

    /** Exit status when the document was created. */
    public static final int CREATED = 0;
    /** Exit status when it was not: the file exists, or the template is missing. */
    public static final int NOT_CREATED = 1;
    /** Exit status for a wrong command line. */
    public static final int USAGE = 2;

    static final String USAGE_TEXT = "usage: new TYPE \"TITLE\" [--date YYYY-MM-DD] [--id ACTION-ID] [--source DIR] [--today YYYY-MM-DD]\n"
            + "  --date is the day of the meeting, event or action (today unless given)\n"
            + "  TYPE is one of: " + String.join(", ", ContentTypes.installed().names());
    private static final Pattern ACTION_ID = Pattern.compile("^([A-Z]{2,6})-([0-9]{4})-([0-9]{2,3})$");
    private static final Pattern ID_LINE = Pattern.compile("(?m)^id:[^\\n]*?\\b([A-Za-z]{2,6})-[0-9]{4}-[0-9]+");

    /**
     * What the command was asked to make.
     *
     * @param date the document's date: the day {@code --date} gives, else today (or {@code --today})
     */
    record Request(String type, String title, Path source, LocalDate date, String id) {
    }

    private NewDocument() {
    }

    /** Runs {@code new} with the words after it; prints what it did, or why it did nothing. */
    public static int run(Deque<String> words, PrintStream out, PrintStream err) {
        Request request;
        try {
            request = request(words);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        try {
            Path created = create(request);
            Path shown = request.source().relativize(created);
            out.println("Created " + shown.toString().replace('\\', '/') + " from content/_templates/" + request.type() + ".md.");
            out.println("Fill it in, then preview it with: ./mvnw -q compile exec:java -Dsite.args=\"preview --drafts\"");
            return CREATED;
        } catch (Refusal refusal) {
            err.println(refusal.getMessage());
            return NOT_CREATED;
        }
    }

    /** Writes the new document and returns its path; throws {@link Refusal} when it cannot. */
    static Path create(Request request) {
        Path template = request.source().resolve("content/_templates/" + request.type() + ".md");
        String text;
        try {
            text = Files.readString(template, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new Refusal("there is no template for " + request.type() + " at content/_templates/" + request.type()
                    + ".md: copy it from the project's example site");
        }
        String slug = slug(request.title());
        if (slug.isEmpty()) {
            throw new Refusal("the title '" + request.title() + "' has no letters or digits to make a file name from: give a title in words");
        }
        String day = request.date().toString();
        // An action is named by its id, which this command gives it; every other type by its title.
        String id = request.type().equals("action")
                ? request.id() != null ? request.id() : nextActionId(request.source(), prefixOf(text), request.date().getYear())
                : null;
        ContentType type = ContentTypes.installed().named(request.type());
        Path target = Path.of(type.newFile(id != null ? id.toLowerCase(Locale.ROOT) : slug, request.date()));
        String document = replaceField(replaceField(text, "title", yamlText(request.title())), "date", day);
        if (id != null) {
            document = replaceField(document, "id", id);
        }
        Path file = request.source().resolve(target);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, document, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new Refusal(target.toString().replace('\\', '/') + " already exists, and was left as it is: open it, "
                    + "or give a different title");
        } catch (IOException e) {
            throw new Refusal("could not write " + target.toString().replace('\\', '/') + ": " + e.getMessage());
        }
        return file;
    }

    static Request request(Deque<String> words) {
        List<String> positional = new ArrayList<>();
        Path source = Path.of(".");
        LocalDate today = null;
        LocalDate date = null;
        String id = null;
        while (!words.isEmpty()) {
            String word = words.pop();
            switch (word) {
                case "--source" -> source = Path.of(CommandWords.value(word, words));
                case "--today" -> today = CommandWords.date(word, CommandWords.value(word, words));
                case "--date" -> date = CommandWords.date(word, CommandWords.value(word, words));
                case "--id" -> id = CommandWords.value(word, words);
                default -> {
                    if (word.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option '" + word + "'");
                    }
                    positional.add(word);
                }
            }
        }
        if (positional.isEmpty()) {
            throw new IllegalArgumentException("say which type of document to make, and its title");
        }
        String type = positional.get(0);
        List<String> types = ContentTypes.installed().names();
        if (!types.contains(type)) {
            throw new IllegalArgumentException("'" + type + "' is not a type of document ("
                    + Nearest.suggestion(type, types, "use one of: " + String.join(", ", types)) + ")");
        }
        String title = String.join(" ", positional.subList(1, positional.size())).strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("give the " + type + "'s title after its type, in quotes");
        }
        if (id != null && !type.equals("action")) {
            throw new IllegalArgumentException("--id is only for actions");
        }
        if (id != null && !ACTION_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + id + "' is not an action id such as LPP-2024-07");
        }
        Path site = source.toAbsolutePath().normalize();
        // Today in the site's own time zone, as the build will see it.
        LocalDate day = date != null ? date
                : today != null ? today : Site.of(DataFiles.read(site, site.resolve("data"))).dayAt(Instant.now());
        return new Request(type, title, site, day, id);
    }

    /** A file name from a title: lower case, accents dropped, apostrophes removed, words joined by hyphens. */
    static String slug(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT)
                .replaceAll("['\u2019]", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
    }

    /** The letters of the template's id, such as LPP; actions made by this command share them. */
    private static String prefixOf(String template) {
        Matcher matcher = ID_LINE.matcher(template);
        return matcher.find() ? matcher.group(1).toUpperCase(Locale.ROOT) : "ACT";
    }

    /** The next free number for {@code prefix} and {@code year}, counting the action files there are. */
    static String nextActionId(Path source, String prefix, int year) {
        String start = (prefix + "-" + year + "-").toLowerCase(Locale.ROOT);
        int highest = 0;
        Path actions = source.resolve("content/actions");
        if (Files.isDirectory(actions)) {
            try (Stream<Path> files = Files.list(actions)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(start) && name.endsWith(".md")) {
                        String number = name.substring(start.length(), name.length() - 3);
                        if (!number.isEmpty() && number.chars().allMatch(Character::isDigit)) {
                            highest = Math.max(highest, Integer.parseInt(number));
                        }
                    }
                }
            } catch (IOException e) {
                throw new Refusal("could not read content/actions: " + e.getMessage());
            }
        }
        return prefix + "-" + year + "-" + String.format(Locale.ROOT, "%02d", highest + 1);
    }

    /** Sets a top-level field of the front matter, or leaves the text as it is when there is none. */
    static String replaceField(String text, String field, String value) {
        Matcher matcher = Pattern.compile("(?m)^" + field + ":.*$").matcher(text);
        return matcher.find() ? text.substring(0, matcher.start()) + field + ": " + value + text.substring(matcher.end()) : text;
    }

    /** A title as YAML reads it back unchanged: plain when safe, else in double quotes. */
    static String yamlText(String title) {
        boolean plain = title.matches("[\\p{L}\\p{N}][^:#\"\\\\]*") && !title.endsWith(" ")
                && !title.matches("(?i)(true|false|null|yes|no|~|[-+]?[0-9.]+)");
        return plain ? title : '"' + title.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Why nothing was created, in words for the editor. */
    static final class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message);
        }
    }
}
