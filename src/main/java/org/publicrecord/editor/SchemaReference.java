package org.publicrecord.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.publicrecord.schema.Schemas;
import org.publicrecord.model.ContentType;
import org.publicrecord.types.ContentTypes;
import org.publicrecord.validate.Rule;
import org.publicrecord.validate.SiteValidator;
import org.publicrecord.validate.SchemaMessages;

/**
 * Writes the handbook's reference of every content type and data file from the JSON Schemas:
 * each field's name, kind, whether it is required, its allowed values, its description and an
 * example. Run by {@code ./mvnw site} before the site is rendered, so the reference can never say
 * something the validator does not enforce.
 */
public final class SchemaReference {

    /** The page of content types, in the handbook's Markdown folder. */
    public static final String CONTENT_TYPES = "content-types.md";
    /** The page of data files. */
    public static final String DATA_FILES = "data-files.md";
    /** The page of validation rules, for maintainers. */
    public static final String RULES = "validation-rules.md";

    /** One field as the reference shows it. */
    public record Row(String field, String kind, String required, String allowed, String description, String example) {
    }

    private final Schemas schemas;

    public SchemaReference(Schemas schemas) {
        this.schemas = schemas;
    }

    /** Writes both pages into the folder given (default {@code target/generated-site/markdown}). */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/generated-site/markdown");
        new SchemaReference(ContentTypes.installed().schemas()).write(folder);
    }

    public void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(CONTENT_TYPES), contentTypes(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(DATA_FILES), dataFiles(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(RULES), rules(ContentTypes.installed()), StandardCharsets.UTF_8);
    }

    /** Every rule the validate phase runs, from the same list it runs them from. */
    static String rules(ContentTypes types) {
        StringBuilder page = new StringBuilder("""
                # Validation rules

                What the build checks in every file before anything is rendered, in the order it checks
                them: the site's own rules, listed in `SiteValidator.RULES`, then each content type's
                (its `rules()`). Every problem a rule finds is reported at once, as
                `file:line:column: message (fix)`. To add a rule, write a `validate.Rule` and add it to
                one of those lists: this page follows.

                | Rule | Checks |
                |------|--------|
                """);
        int number = 1;
        for (Rule rule : SiteValidator.RULES) {
            page.append("| ").append(number++).append(" | ").append(rule.checks()).append(" |\n");
        }
        for (ContentType type : types.all()) {
            for (Rule rule : type.rules()) {
                page.append("| ").append(number++).append(" | ").append(rule.checks()).append(" (").append(type.name()).append(") |\n");
            }
        }
        return page.toString();
    }

    String contentTypes() {
        StringBuilder page = new StringBuilder("""
                # Content types

                Every field each type of document can have, generated from the schemas in
                `src/main/resources/schemas/` that the build checks every document against. A field
                marked *yes* under **Required** must be there; a nested field (such as `venue.name`) is
                required only when the field that holds it is there. `[]` marks a list: `agenda[].title`
                is the `title` of each item of `agenda`.

                """);
        for (String type : schemas.types()) {
            JsonNode schema = schemas.resolved(type);
            page.append("## ").append(type).append("\n\n");
            page.append(schema.path("description").asText()).append("\n\n");
            page.append("A ready file to copy: `content/_templates/").append(type).append(".md`.\n\n");
            table(page, rows(type));
        }
        return page.toString();
    }

    String dataFiles() {
        StringBuilder page = new StringBuilder("""
                # Data files

                The facts about the partnership that documents refer to, in `data/`. Generated from
                the schemas the build checks each file against. In a file that is a list, each entry
                has the fields below; `[]` marks a list within an entry.

                """);
        for (String name : Schemas.DATA_FILES) {
            JsonNode schema = schemas.resolved(name);
            page.append("## data/").append(name).append(".yaml\n\n");
            page.append(schema.path("description").asText()).append(' ');
            page.append(schema.path("type").asText().equals("array") ? "The file is a list of entries.\n\n" : "The file is a set of fields.\n\n");
            table(page, rows(name));
        }
        return page.toString();
    }

    private static void table(StringBuilder page, List<Row> rows) {
        page.append("| Field | Kind | Required | Allowed values | Description | Example |\n");
        page.append("|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            page.append("| `").append(row.field()).append("` | ").append(cell(row.kind())).append(" | ").append(cell(row.required()))
                    .append(" | ").append(cell(row.allowed())).append(" | ").append(cell(row.description()))
                    .append(" | ").append(row.example().isEmpty() ? "" : "`" + row.example().replace("|", "\\|") + "`").append(" |\n");
        }
        page.append('\n');
    }

    /** A table cell's text: a bar would end the cell, and a word in angle brackets (templates/messages/<tag>.yaml) would be read as HTML. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The rows of a type or data file: its fields, then each one's own fields, depth first. */
    public List<Row> rows(String name) {
        JsonNode schema = schemas.resolved(name);
        JsonNode fields = schema.path("type").asText().equals("array") ? schema.path("items") : schema;
        List<Row> rows = new ArrayList<>();
        addRows(fields, "", conditions(schema), rows);
        return rows;
    }

    private static void addRows(JsonNode schema, String prefix, Map<String, String> conditions, List<Row> rows) {
        Set<String> required = Schemas.required(schema);
        for (Map.Entry<String, JsonNode> entry : Schemas.properties(schema).entrySet()) {
            String field = prefix + entry.getKey();
            JsonNode value = entry.getValue();
            String requiredWords = required.contains(entry.getKey()) ? "yes"
                    : prefix.isEmpty() && conditions.containsKey(entry.getKey()) ? conditions.get(entry.getKey()) : "no";
            rows.add(new Row(field, kind(value), requiredWords, allowed(value), value.path("description").asText(""), example(value)));
            if (value.path("type").asText().equals("object")) {
                addRows(value, field + ".", Map.of(), rows);
            } else if (value.path("items").path("type").asText().equals("object")) {
                addRows(value.get("items"), field + "[].", Map.of(), rows);
            }
        }
    }

    /** Fields required only in some cases, from the schema's {@code if}/{@code then} rules. */
    private static Map<String, String> conditions(JsonNode schema) {
        Map<String, String> conditions = new LinkedHashMap<>();
        for (JsonNode rule : schema.path("allOf")) {
            JsonNode condition = rule.path("if").path("properties");
            if (!condition.isObject() || condition.isEmpty()) {
                continue;
            }
            String on = condition.fieldNames().next();
            String words = "when " + on + " is " + condition.path(on).path("const").asText();
            rule.path("then").path("required").forEach(field -> conditions.put(field.asText(), words));
        }
        return conditions;
    }

    static String kind(JsonNode schema) {
        String type = schema.path("type").asText(schema.has("const") ? "string" : "");
        if (schema.path("format").asText().equals("date")) {
            return "date (YYYY-MM-DD)";
        }
        return switch (type) {
            case "string" -> "text";
            case "integer" -> "whole number";
            case "number" -> "number";
            case "boolean" -> "true or false";
            case "object" -> "group of fields";
            case "array" -> "list of " + plural(kind(schema.path("items")));
            default -> type;
        };
    }

    private static String plural(String kind) {
        return switch (kind) {
            case "text" -> "text";
            case "group of fields" -> "groups of fields";
            case "true or false" -> "true or false values";
            default -> kind + "s";
        };
    }

    static String allowed(JsonNode schema) {
        List<String> parts = new ArrayList<>();
        if (schema.has("const")) {
            parts.add("`" + schema.get("const").asText() + "`");
        }
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(value -> values.add("`" + value.asText() + "`"));
            parts.add(String.join(", ", values));
        }
        if (schema.has("minimum") && schema.has("maximum")) {
            parts.add(schema.get("minimum").asText() + " to " + schema.get("maximum").asText());
        } else if (schema.has("minimum")) {
            parts.add(schema.get("minimum").asText() + " or more");
        } else if (schema.has("maximum")) {
            parts.add(schema.get("maximum").asText() + " or less");
        }
        if (schema.has("maxLength")) {
            parts.add("at most " + schema.get("maxLength").asText() + " characters");
        }
        if (schema.has("pattern") && !schema.path("format").asText().equals("date")) {
            parts.add("matching `" + schema.get("pattern").asText() + "`");
        }
        if (schema.path("uniqueItems").asBoolean()) {
            parts.add("no item twice");
        }
        if (schema.has("default")) {
            parts.add("default `" + schema.get("default").asText() + "`");
        }
        return String.join("; ", parts);
    }

    /** The first example as an editor would write it on the field's line; empty for groups of fields. */
    static String example(JsonNode schema) {
        JsonNode example = schema.path("examples").path(0);
        if (example.isValueNode()) {
            return SchemaMessages.yamlScalar(example);
        }
        if (example.isArray() && example.size() > 0 && example.get(0).isValueNode()) {
            List<String> items = new ArrayList<>();
            for (Iterator<JsonNode> values = example.elements(); values.hasNext(); ) {
                items.add(SchemaMessages.yamlScalar(values.next()));
            }
            return "[" + String.join(", ", items) + "]";
        }
        return "";
    }
}
