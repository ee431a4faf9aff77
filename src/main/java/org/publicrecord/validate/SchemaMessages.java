package org.publicrecord.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import org.publicrecord.problem.Problem;
import org.publicrecord.content.Position;
import org.publicrecord.schema.Schemas;

/**
 * Turns the schema validator's findings into sentences an editor can act on, each on the line of
 * the field at fault. The library's own wording ("does not match the regex pattern ...") is never
 * shown: every message is built from the schema's own names, allowed values, descriptions and
 * examples, so the words stay true when a schema changes.
 */
public final class SchemaMessages {

    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NEEDS_QUOTES = Pattern.compile("^[-?:,\\[\\]{}#&*!|>'\"%@`]|: | #|^(true|false|null|~|[-+]?[0-9.]+)$|:$",
            Pattern.CASE_INSENSITIVE);
    /** When several rules fail for one value, the first of these is the one worth telling. */
    private static final List<String> PRIORITY = List.of("type", "enum", "const", "format", "pattern", "minLength", "maxLength",
            "minimum", "maximum", "minItems", "uniqueItems", "oneOf");
    private static final int LISTED_FIELDS = 10;

    private final Schemas schemas;
    private final String schemaName;
    private final SourceFile file;

    SchemaMessages(Schemas schemas, String schemaName, SourceFile file) {
        this.schemas = schemas;
        this.schemaName = schemaName;
        this.file = file;
    }

    List<Problem> explain(Collection<ValidationMessage> messages) {
        // One message per value: a misspelt field gives both 'unknown' and, when required, 'missing',
        // which are two problems; a value failing 'format' and 'pattern' at once is one.
        Map<String, ValidationMessage> chosen = new LinkedHashMap<>();
        for (ValidationMessage message : messages) {
            String path = message.getEvaluationPath().toString();
            if (path.contains("/oneOf/") || path.contains("/not") || path.contains("/if/")) {
                continue;
            }
            if (message.getType().equals("unevaluatedProperties") && isKnown(location(message), message.getProperty())) {
                // A field is 'unevaluated' when a sibling rule failed; the sibling's own message says what is wrong.
                continue;
            }
            String subject = subject(message);
            ValidationMessage earlier = chosen.get(subject);
            if (earlier == null || rank(message) < rank(earlier)) {
                chosen.put(subject, message);
            }
        }
        // A misspelt required field is one mistake: "'comittee' is not known (did you mean 'committee'?)"
        // says all there is to say, so "'committee' is missing" is left out.
        Set<String> misspelt = new java.util.HashSet<>();
        for (ValidationMessage message : chosen.values()) {
            if (message.getType().endsWith("Properties")) {
                String pointer = location(message);
                Nearest.to(message.getProperty(), known(pointer)).ifPresent(meant -> misspelt.add(pointer + "/" + escape(meant)));
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (ValidationMessage message : chosen.values()) {
            boolean explainedAsMisspelt = message.getType().equals("required")
                    && misspelt.contains(location(message) + "/" + escape(message.getProperty()));
            if (!explainedAsMisspelt) {
                problems.add(explain(message));
            }
        }
        return problems;
    }

    private Problem explain(ValidationMessage message) {
        String pointer = location(message);
        JsonNode value = message.getInstanceNode();
        return switch (message.getType()) {
            case "required" -> missing(message, pointer);
            case "additionalProperties", "unevaluatedProperties" -> unknown(pointer, message.getProperty());
            case "type" -> wrongType(pointer, value);
            case "enum" -> notAllowed(pointer, value);
            case "const" -> file.problem(pointer, "'" + text(value) + "' should be '" + text(schemaAt(pointer).path("const")) + "'",
                    "write " + text(schemaAt(pointer).path("const")) + " exactly");
            case "format" -> badFormat(pointer, value, String.valueOf(message.getArguments()[0]));
            case "pattern" -> badPattern(pointer, value);
            case "minLength" -> file.problem(pointer, "the field " + field(pointer) + " is empty", "write a value after the colon, or delete the line");
            case "maxLength" -> file.problem(pointer, "the field " + field(pointer) + " is " + value.asText().codePointCount(0, value.asText().length())
                    + " characters long, more than the " + schemaAt(pointer).path("maxLength").asInt() + " allowed", "shorten it");
            case "minimum", "maximum" -> outOfRange(pointer, value);
            case "minItems" -> file.problem(pointer, "the list " + field(pointer) + " is empty", "add at least one item, each on its own line starting with '- '");
            case "uniqueItems" -> file.problem(pointer, "the list " + field(pointer) + " has the same item twice", "delete the repeated item");
            case "oneOf" -> oneOf(pointer, value);
            case "dependentRequired" -> file.problem(pointer + "/" + escape(message.getProperty()),
                    "'" + message.getProperty() + "' in " + container(pointer) + " needs '" + message.getArguments()[0] + "' as well",
                    "add a line such as '" + exampleLine(String.valueOf(message.getArguments()[0]), schemaAt(pointer + "/" + message.getArguments()[0]))
                            + "' under " + container(pointer) + ", or delete '" + message.getProperty() + "'");
            default -> file.problem(pointer, "the value of " + field(pointer) + " is not allowed here",
                    "compare it with " + file.model());
        };
    }

    private Problem missing(ValidationMessage message, String objectPointer) {
        String name = message.getProperty();
        JsonNode schema = schemaAt(objectPointer + "/" + escape(name));
        String example = exampleLine(name, schema);
        String path = message.getEvaluationPath().toString();
        int then = path.lastIndexOf("/then/");
        if (then >= 0) {
            String iri = message.getSchemaLocation().getAbsoluteIri().toString();
            String owner = iri.substring(iri.lastIndexOf('/') + 1).replace(".schema.json", "");
            JsonNode written = schemas.schema(owner) == null ? schemas.schema(schemaName) : schemas.schema(owner);
            JsonNode condition = written.at(message.getSchemaLocation().getFragment().toString()
                    .replaceAll("/then/required$", "/if/properties"));
            if (condition.isObject() && condition.size() > 0) {
                String on = condition.fieldNames().next();
                Position position = objectPointer.isEmpty() ? file.at("/" + escape(on)) : file.at(objectPointer);
                return file.problemAt(position, "the field '" + name + "' is missing: it is needed when '" + on + "' is '"
                        + text(condition.get(on).path("const")) + "'", "add a line such as '" + example + "'");
            }
        }
        if (objectPointer.isEmpty()) {
            return file.problem("", "the required field '" + name + "' is missing", "add a line such as '" + example + "'");
        }
        return file.problem(objectPointer, container(objectPointer) + " needs the field '" + name + "'",
                "add a line such as '" + example + "' under it, indented by two more spaces");
    }

    private Problem unknown(String objectPointer, String name) {
        Set<String> known = known(objectPointer);
        String where = objectPointer.isEmpty() ? "" : " in " + container(objectPointer);
        String otherwise = known.size() <= LISTED_FIELDS || !objectPointer.isEmpty()
                ? "delete it; the fields allowed here are: " + String.join(", ", known)
                : "delete it, or compare with " + file.model() + " for the fields allowed";
        return file.problem(objectPointer + "/" + escape(name), "the field '" + name + "' is not known" + where,
                Nearest.suggestion(name, known, otherwise));
    }

    private Problem wrongType(String pointer, JsonNode value) {
        JsonNode schema = schemaAt(pointer);
        String expected = schema.path("type").asText();
        if ("date".equals(schema.path("format").asText()) && !value.isNull()) {
            return badFormat(pointer, value, "date");
        }
        if (value.isNull()) {
            return isItem(pointer)
                    ? file.problem(pointer, itemLabel(pointer) + " is empty", "write a value after the dash, or delete the line")
                    : file.problem(pointer, "the field " + field(pointer) + " is empty", "write a value after the colon, or delete the line");
        }
        String subject = pointer.isEmpty() ? "the file" : isItem(pointer) ? itemLabel(pointer) : "the field " + field(pointer);
        String message = subject + " should be " + kind(expected) + ", not " + kindOf(value);
        if (pointer.isEmpty()) {
            return file.problem(pointer, message, expected.equals("array")
                    ? "start each entry with '- ' at the beginning of a line, as in the example site's data files"
                    : "write one 'field: value' per line, starting at the beginning of the line");
        }
        String fix = switch (expected) {
            case "string" -> value.isContainerNode() ? "write one value on the same line, after the colon"
                    : "put the value in double quotes: \"" + value.asText() + "\"";
            case "integer" -> "write digits only, without quotes, for example " + example(schema, "1");
            case "number" -> "write a number without quotes, for example " + example(schema, "1");
            case "boolean" -> "write true or false, without quotes";
            case "array" -> "write each item on its own line under '" + lastName(pointer) + ":', starting with '  - '";
            case "object" -> "write its fields on the lines under '" + lastName(pointer) + ":', indented by two spaces, such as '  "
                    + firstFieldExample(schema) + "'";
            default -> "compare it with " + file.model();
        };
        return file.problem(pointer, message, fix);
    }

    /** The most allowed values a message lists; past it, a message names none. */
    private static final int LONGEST_LIST = 20;

    private Problem notAllowed(String pointer, JsonNode value) {
        List<String> allowed = new ArrayList<>();
        schemaAt(pointer).path("enum").forEach(option -> allowed.add(option.asText()));
        if (allowed.size() > LONGEST_LIST) {
            // A long list (the CSS colour names) would bury the message: the schema's description names it instead.
            String described = schemaAt(pointer).path("description").asText("");
            return file.problem(pointer, "'" + text(value) + "' is not one of the allowed values",
                    Nearest.suggestion(text(value), allowed, described.isEmpty() ? "see the reference of fields" : described));
        }
        return file.problem(pointer, "'" + text(value) + "' is not one of: " + String.join(", ", allowed),
                Nearest.suggestion(text(value), allowed, "write one of them exactly as shown"));
    }

    private Problem badFormat(String pointer, JsonNode value, String format) {
        String written = text(value);
        return switch (format) {
            case "date" -> isShapedLikeDate(written)
                    ? file.problem(pointer, "'" + written + "' is not a real date",
                            "write the date as YYYY-MM-DD, for example 2024-03-12, with a month and a day that exist")
                    : file.problem(pointer, "'" + written + "' is not a date written as YYYY-MM-DD",
                            "write the date as YYYY-MM-DD, for example 2024-03-12");
            case "uri" -> file.problem(pointer, "'" + written + "' is not a web address", "write the whole address, for example "
                    + example(schemaAt(pointer), "https://example.org/"));
            case "email" -> file.problem(pointer, "'" + written + "' is not an email address", "write it like name@example.org");
            default -> file.problem(pointer, "'" + written + "' is not in the form " + field(pointer) + " needs",
                    "compare it with " + file.model());
        };
    }

    /** Written as YYYY-MM-DD, so wrong only because no such day exists, such as 2024-02-30. */
    private static boolean isShapedLikeDate(String written) {
        return DATE_SHAPE.matcher(written).matches();
    }

    private Problem badPattern(String pointer, JsonNode value) {
        JsonNode schema = schemaAt(pointer);
        String description = schema.path("description").asText("");
        String fix = "write it like " + example(schema, "the example in " + file.model());
        if (!description.isEmpty()) {
            fix += "; " + Character.toLowerCase(description.charAt(0)) + description.substring(1).replaceAll("\\.$", "");
        }
        return file.problem(pointer, "'" + text(value) + "' is not in the form " + (isItem(pointer) ? itemLabel(pointer) : field(pointer)) + " needs", fix);
    }

    private Problem outOfRange(String pointer, JsonNode value) {
        JsonNode schema = schemaAt(pointer);
        boolean hasMinimum = schema.has("minimum");
        boolean hasMaximum = schema.has("maximum");
        String range = hasMinimum && hasMaximum ? "from " + schema.get("minimum").asText() + " to " + schema.get("maximum").asText()
                : hasMinimum ? schema.get("minimum").asText() + " or more" : schema.path("maximum").asText() + " or less";
        boolean tooBig = hasMaximum && value.asDouble() > schema.get("maximum").asDouble();
        String message = "'" + text(value) + "' is " + (tooBig ? "more than " + schema.get("maximum").asText() + ", the most"
                : "less than " + schema.path("minimum").asText() + ", the least") + " " + field(pointer) + " can be";
        return file.problem(pointer, message, "write a number " + range);
    }

    /** {@code oneOf} as the schemas use it: exactly one of a few fields, such as a source's meeting or event. */
    private Problem oneOf(String pointer, JsonNode value) {
        List<String> options = new ArrayList<>();
        for (JsonNode branch : schemaAt(pointer).path("oneOf")) {
            branch.path("required").forEach(name -> options.add(name.asText()));
        }
        List<String> present = options.stream().filter(value::has).toList();
        if (present.size() > 1) {
            return file.problem(pointer, container(pointer) + " should have only one of: " + String.join(", ", options),
                    "keep one of them and delete the other");
        }
        String first = options.isEmpty() ? "" : options.get(0);
        return file.problem(pointer, container(pointer) + " needs one of: " + String.join(", ", options),
                "add a line such as '" + exampleLine(first, schemaAt(pointer + "/" + first)) + "' under it");
    }

    // What the schema says about a place in the file.

    private JsonNode schemaAt(String pointer) {
        JsonNode schema = schemas.at(schemaName, pointer);
        return schema == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : schema;
    }

    private Set<String> known(String objectPointer) {
        JsonNode schema = schemas.at(schemaName, objectPointer);
        return schema == null ? Set.of() : Schemas.properties(schema).keySet();
    }

    private boolean isKnown(String objectPointer, String name) {
        return known(objectPointer).contains(name);
    }

    private static String location(ValidationMessage message) {
        return message.getInstanceLocation().toString();
    }

    private static String subject(ValidationMessage message) {
        String pointer = location(message);
        return switch (message.getType()) {
            case "required", "additionalProperties", "unevaluatedProperties", "dependentRequired" ->
                    message.getType() + ":" + pointer + "/" + escape(message.getProperty());
            default -> pointer;
        };
    }

    private static int rank(ValidationMessage message) {
        int index = PRIORITY.indexOf(message.getType());
        return index < 0 ? PRIORITY.size() : index;
    }

    // Words for places and values.

    /** {@code 'title'}, {@code 'name' in 'venue'}, {@code 'title' in item 2 of 'agenda'}. */
    static String field(String pointer) {
        List<String> segments = Schemas.segments(pointer);
        if (segments.isEmpty()) {
            return "the file";
        }
        String last = "'" + segments.get(segments.size() - 1) + "'";
        if (segments.size() == 1) {
            return last;
        }
        return last + " in " + container(pointer.substring(0, pointer.lastIndexOf('/')));
    }

    /** A value's place in words: {@code 'name' in 'venue'}, or {@code item 1 of 'themes'} for an item of a list. */
    static String place(String pointer) {
        return isItem(pointer) ? container(pointer) : field(pointer);
    }

    /** What holds the fields at {@code pointer}: {@code 'venue'}, {@code item 2 of 'agenda'}, {@code entry 3}. */
    static String container(String pointer) {
        List<String> segments = Schemas.segments(pointer);
        if (segments.isEmpty()) {
            return "the file";
        }
        String last = segments.get(segments.size() - 1);
        if (isNumber(last)) {
            int number = Integer.parseInt(last) + 1;
            return segments.size() == 1 ? "entry " + number : "item " + number + " of '" + segments.get(segments.size() - 2) + "'";
        }
        return "'" + last + "'";
    }

    private static boolean isItem(String pointer) {
        List<String> segments = Schemas.segments(pointer);
        return !segments.isEmpty() && isNumber(segments.get(segments.size() - 1));
    }

    private static String itemLabel(String pointer) {
        return container(pointer);
    }

    private static String lastName(String pointer) {
        List<String> segments = Schemas.segments(pointer);
        return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    }

    private static boolean isNumber(String segment) {
        return !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String kind(String type) {
        return switch (type) {
            case "string" -> "text";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "array" -> "a list";
            case "object" -> "a group of fields";
            default -> type;
        };
    }

    private static String kindOf(JsonNode value) {
        if (value.isTextual()) {
            return "text";
        }
        if (value.isIntegralNumber()) {
            return "a whole number";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "true or false";
        }
        if (value.isArray()) {
            return "a list";
        }
        return value.isObject() ? "a group of fields" : "empty";
    }

    private static String text(JsonNode value) {
        return value == null || value.isMissingNode() ? "" : value.isValueNode() ? value.asText() : value.toString();
    }

    private static String example(JsonNode schema, String otherwise) {
        JsonNode example = schema.path("examples").path(0);
        return example.isValueNode() ? example.asText() : otherwise;
    }

    /** A line an editor could type for {@code name}, from the schema's first example. */
    static String exampleLine(String name, JsonNode schema) {
        JsonNode example = schema == null ? null : schema.path("examples").path(0);
        if (example == null || example.isMissingNode()) {
            return name + ": ...";
        }
        if (example.isValueNode()) {
            return name + ": " + yamlScalar(example);
        }
        if (example.isArray()) {
            JsonNode first = example.path(0);
            return name + ": followed by lines such as '  - " + (first.isValueNode() ? yamlScalar(first) : firstField(first)) + "'";
        }
        return name + ": followed by lines such as '  " + firstField(example) + "'";
    }

    private static String firstFieldExample(JsonNode schema) {
        JsonNode example = schema.path("examples").path(0);
        if (example.isObject() && example.size() > 0) {
            return firstField(example);
        }
        var fields = Schemas.properties(schema);
        if (fields.isEmpty()) {
            return "name: value";
        }
        var first = fields.entrySet().iterator().next();
        return exampleLine(first.getKey(), first.getValue());
    }

    private static String firstField(JsonNode object) {
        var field = object.fields().next();
        return field.getKey() + ": " + (field.getValue().isValueNode() ? yamlScalar(field.getValue()) : "...");
    }

    /** A value as an editor would write it in YAML, in double quotes where YAML would misread it. */
    public static String yamlScalar(JsonNode value) {
        String text = value.asText();
        if (!value.isTextual() || !NEEDS_QUOTES.matcher(text).find()) {
            return text;
        }
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
