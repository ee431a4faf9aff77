package org.publicrecord.content;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;

/**
 * A content file split into its fields and its body, each kept with the line it starts on.
 *
 * <p>Three headers are understood: YAML front matter between {@code ---} lines (Markdown and
 * AsciiDoc), JBake's own {@code key=value} lines closed by {@code ~~~~~~}, and AsciiDoc's
 * {@code :jbake-*:} attributes.
 *
 * @param name          the path shown to editors
 * @param markup        which markup language the body is written in
 * @param fields        the header's fields
 * @param body          the text after the header
 * @param bodyFirstLine the line of the file on which {@code body} starts
 */
public record SourceDocument(String name, Markup markup, Fields fields, String body, int bodyFirstLine) {

    /** The markup languages content can be written in, by file extension. */
    public enum Markup {
        MARKDOWN("md"), ASCIIDOC("adoc");

        public final String extension;

        Markup(String extension) {
            this.extension = extension;
        }

        /** The markup of a file name, or null when the file is not content (an image, a PDF). */
        public static Markup of(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
                return MARKDOWN;
            }
            if (lower.endsWith(".adoc") || lower.endsWith(".asciidoc") || lower.endsWith(".ad")) {
                return ASCIIDOC;
            }
            return null;
        }
    }

    private static final String JBAKE_SEPARATOR = "~~~~~~";
    private static final Pattern ASCIIDOC_ATTRIBUTE = Pattern.compile("^:jbake-([a-z_]+):\\s*(.*)$");

    public static SourceDocument parse(SourceText source, Markup markup) {
        String name = source.name();
        if (source.text().isBlank()) {
            throw new BuildFailure(Problem.at(name, 1, 1, "the file is empty",
                    "copy the file for this type from content/_templates/ and fill it in, or delete this file"));
        }
        List<String> lines = source.text().lines().toList();
        SourceDocument document;
        if (lines.get(0).strip().equals("---")) {
            document = yamlFrontMatter(name, markup, lines);
        } else if (markup == Markup.MARKDOWN && hasJBakeHeader(lines)) {
            document = jbakeHeader(name, markup, lines);
        } else if (markup == Markup.ASCIIDOC) {
            document = new SourceDocument(name, markup, Fields.empty(Position.START), source.text(), 1);
        } else {
            throw new BuildFailure(Problem.at(name, 1, 1, "the file does not start with front matter",
                    "add a first line with three dashes (---), the fields such as 'title:' and 'type:', then another --- line"));
        }
        return markup == Markup.ASCIIDOC ? document.withAsciidocAttributes() : document;
    }

    private static SourceDocument yamlFrontMatter(String name, Markup markup, List<String> lines) {
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals("---") || line.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new BuildFailure(Problem.at(name, 1, 1, "the front matter that starts on line 1 is never closed",
                    "add a line with three dashes (---) after the last field"));
        }
        String yaml = String.join("\n", lines.subList(1, close));
        Fields fields = SafeYaml.read(yaml, name, 2);
        return new SourceDocument(name, markup, fields, joinFrom(lines, close + 1), close + 2);
    }

    private static boolean hasJBakeHeader(List<String> lines) {
        int separator = lines.indexOf(JBAKE_SEPARATOR);
        if (separator < 0) {
            return false;
        }
        return lines.subList(0, separator).stream().allMatch(line -> line.isBlank() || line.contains("="));
    }

    private static SourceDocument jbakeHeader(String name, Markup markup, List<String> lines) {
        int separator = lines.indexOf(JBAKE_SEPARATOR);
        Fields fields = Fields.empty(Position.START);
        for (int i = 0; i < separator; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            String key = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            addField(fields, name, key, headerValue(key, value), new Position(i + 1, 1));
        }
        return new SourceDocument(name, markup, fields, joinFrom(lines, separator + 1), separator + 2);
    }

    /** Reads {@code = Title} and {@code :jbake-field: value} lines at the top of an AsciiDoc body. */
    private SourceDocument withAsciidocAttributes() {
        List<String> lines = body.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                if (i > 0) {
                    break;
                }
                continue;
            }
            int fileLine = bodyFirstLine + i;
            if (line.startsWith("= ") && !fields.values().containsKey("title")) {
                addField(fields, name, "title", line.substring(2).strip(), new Position(fileLine, 1));
                continue;
            }
            Matcher attribute = ASCIIDOC_ATTRIBUTE.matcher(line);
            if (attribute.matches()) {
                String key = attribute.group(1);
                addField(fields, name, key, headerValue(key, attribute.group(2).strip()), new Position(fileLine, 1));
            }
        }
        return this;
    }

    private static Object headerValue(String key, String value) {
        if (key.equals("tags") || key.equals("themes")) {
            return java.util.Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        return value;
    }

    private static void addField(Fields fields, String name, String key, Object value, Position position) {
        if (fields.values().containsKey(key)) {
            throw new BuildFailure(Problem.at(name, position.line(), 1, "the field '" + key + "' appears twice",
                    "keep one of them and delete the other"));
        }
        fields.values().put(key, value);
        fields.positions().put("/" + key, position);
    }

    private static String joinFrom(List<String> lines, int from) {
        return from >= lines.size() ? "" : String.join("\n", lines.subList(from, lines.size())) + "\n";
    }
}
