package org.publicrecord.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.publicrecord.schema.Schemas;
import org.publicrecord.types.ContentTypes;

/**
 * The handbook's reference, as written for {@code ./mvnw site}, says what the schemas say: a row
 * for every field and no other, and in each row the field's required-ness, allowed values,
 * description and example as the schema gives them. The expected values are read from the schema
 * files here, independently of the generator's own walk.
 */
class SchemaReferenceTest {

    @TempDir
    static Path folder;
    static Map<String, Map<String, List<String>>> sections = new LinkedHashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        SchemaReference.main(new String[] {folder.toString()});
        for (String page : List.of(SchemaReference.CONTENT_TYPES, SchemaReference.DATA_FILES)) {
            String section = null;
            for (String line : Files.readAllLines(folder.resolve(page))) {
                if (line.startsWith("## ")) {
                    section = line.substring(3).replace("data/", "").replace(".yaml", "");
                    sections.put(section, new LinkedHashMap<>());
                } else if (line.startsWith("| `") && section != null) {
                    List<String> cells = cells(line);
                    sections.get(section).put(cells.get(0).replace("`", ""), cells);
                }
            }
        }
    }

    /** docs/ keeps a copy of each page, so that the guides' links to them work on GitHub too. */
    @org.junit.jupiter.api.Test
    void theCopiesInDocsAreTheSchemasOwn() throws IOException {
        for (String page : List.of(SchemaReference.CONTENT_TYPES, SchemaReference.DATA_FILES, SchemaReference.RULES)) {
            assertThat(Files.readString(Path.of("docs").resolve(page)))
                    .as("docs/" + page + " is out of date: run ./mvnw -q compile exec:java@reference and commit what it writes")
                    .isEqualTo(Files.readString(folder.resolve(page)));
        }
    }

    @org.junit.jupiter.api.Test
    void everyValidationRuleHasARowInItsOrder() throws IOException {
        List<String> rows = Files.readAllLines(folder.resolve(SchemaReference.RULES)).stream()
                .filter(line -> line.matches("\\| [0-9]+ \\|.*")).toList();
        List<String> expected = new java.util.ArrayList<>(org.publicrecord.validate.SiteValidator.RULES.stream()
                .map(org.publicrecord.validate.Rule::checks).toList());
        ContentTypes.installed().all().forEach(type -> type.rules().forEach(rule -> expected.add(rule.checks() + " (" + type.name() + ")")));
        assertThat(rows).hasSize(expected.size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i)).isEqualTo("| " + (i + 1) + " | " + expected.get(i) + " |");
        }
        assertThat(expected).anyMatch(rule -> rule.startsWith("A meeting ends after it starts"));
    }

    static Stream<String> schemaNames() {
        return Stream.concat(ContentTypes.installed().names().stream(), Schemas.DATA_FILES.stream());
    }

    @ParameterizedTest
    @MethodSource("schemaNames")
    void everyFieldHasARowThatMatchesItsSchema(String name) {
        Map<String, JsonNode> expected = new LinkedHashMap<>();
        Map<String, Boolean> required = new LinkedHashMap<>();
        JsonNode schema = ContentTypes.installed().schemas().resolved(name);
        walk(schema.path("type").asText().equals("array") ? schema.get("items") : schema, "", expected, required);

        Map<String, List<String>> rows = sections.get(name);
        assertThat(rows).as("a section for %s", name).isNotNull();
        assertThat(rows.keySet()).as("the fields of %s", name).containsExactlyElementsOf(expected.keySet());
        expected.forEach((field, fieldSchema) -> {
            List<String> row = rows.get(field);
            String requiredCell = row.get(2);
            if (required.get(field)) {
                assertThat(requiredCell).as("%s.%s is required", name, field).isEqualTo("yes");
            } else {
                assertThat(requiredCell).as("%s.%s is optional or conditional", name, field).isIn("no", conditionFor(name, field));
            }
            fieldSchema.path("enum").forEach(value -> assertThat(row.get(3)).as("%s.%s allows %s", name, field, value).contains("`" + value.asText() + "`"));
            if (fieldSchema.has("const")) {
                assertThat(row.get(3)).contains("`" + fieldSchema.get("const").asText() + "`");
            }
            if (fieldSchema.has("maximum")) {
                assertThat(row.get(3)).contains(fieldSchema.get("maximum").asText());
            }
            // As Markdown shows it: a bar escaped, and angle brackets as entities so that <tag> is read as text.
            assertThat(row.get(4)).as("%s.%s description", name, field).isEqualTo(fieldSchema.path("description").asText().replace("|", "\\|")
                    .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
            JsonNode example = fieldSchema.path("examples").path(0);
            if (example.isValueNode()) {
                assertThat(row.get(5)).as("%s.%s example", name, field).contains(example.asText());
            }
        });
    }

    @ParameterizedTest
    @MethodSource("schemaNames")
    void everyFieldIsDescribedWithAnExample(String name) {
        sections.get(name).forEach((field, row) -> {
            assertThat(row.get(4)).as("%s.%s has a description", name, field).isNotBlank();
            if (!row.get(1).startsWith("group") && !row.get(1).startsWith("list of groups")) {
                assertThat(row.get(5)).as("%s.%s has an example", name, field).isNotBlank();
            }
        });
    }

    /** The reference's words for a field required only in some cases, read from the raw schema's if/then. */
    private static String conditionFor(String name, String field) {
        for (JsonNode rule : ContentTypes.installed().schemas().schema(name).path("allOf")) {
            JsonNode condition = rule.path("if").path("properties");
            for (JsonNode then : rule.path("then").path("required")) {
                if (then.asText().equals(field) && condition.isObject() && !condition.isEmpty()) {
                    String on = condition.fieldNames().next();
                    return "when " + on + " is " + condition.get(on).path("const").asText();
                }
            }
        }
        return "no";
    }

    private static void walk(JsonNode schema, String prefix, Map<String, JsonNode> fields, Map<String, Boolean> required) {
        List<String> names = new ArrayList<>();
        schema.path("required").forEach(field -> names.add(field.asText()));
        for (JsonNode part : schema.path("allOf")) {
            part.path("required").forEach(field -> names.add(field.asText()));
        }
        for (Map.Entry<String, JsonNode> field : Schemas.properties(schema).entrySet()) {
            String path = prefix + field.getKey();
            fields.put(path, field.getValue());
            required.put(path, names.contains(field.getKey()));
            if (field.getValue().path("type").asText().equals("object")) {
                walk(field.getValue(), path + ".", fields, required);
            } else if (field.getValue().path("items").path("type").asText().equals("object")) {
                walk(field.getValue().get("items"), path + "[].", fields, required);
            }
        }
    }

    /** A Markdown table row's cells, keeping escaped pipes inside a cell. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
                cell.append("\\|");
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return cells;
    }
}
