package org.publicrecord.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;
import org.publicrecord.problem.Problem;
import org.publicrecord.schema.Schemas;
import org.publicrecord.testing.BuiltSite;
import org.publicrecord.types.ContentTypes;

/**
 * The repository's own content and data pass the validator, and the editors' templates in
 * content/_templates/ name every field their type's schema has, so that no field is a secret.
 */
class ExampleContentTest {

    static final List<String> TYPES = ContentTypes.installed().names();

    @Test
    void exampleSiteHasNoProblems() {
        List<Problem> problems = ValidationFixture.validate(BuiltSite.EXAMPLE_SITE);
        assertThat(problems).as(String.join("\n", problems.stream().map(Problem::toString).toList())).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("TYPES")
    void templateNamesEveryFieldOfItsType(String type) throws IOException {
        String template = Files.readString(BuiltSite.EXAMPLE_SITE.resolve("content/_templates/" + type + ".md"));
        List<String> fields = new ArrayList<>();
        collectFields(ContentTypes.installed().schemas().resolved(type), fields);
        for (String field : fields) {
            assertThat(template).as("content/_templates/%s.md names '%s'", type, field).containsPattern("(?m)^[#\\s-]*" + field + ":");
        }
        assertThat(template).contains("type: " + type);
    }

    @ParameterizedTest
    @FieldSource("TYPES")
    void templateSaysHowToMakeOneWithACommandThatWorks(String type) throws IOException {
        String template = Files.readString(BuiltSite.EXAMPLE_SITE.resolve("content/_templates/" + type + ".md"));
        // Single quotes around a title break in Maven ("unbalanced quotes"), and exec:java alone fails on a fresh clone.
        assertThat(template).containsPattern("(?m)^# Make a new one with: \\./mvnw -q compile exec:java -Dsite\\.args=\"new " + type
                + " \\\\\"[^\"\\\\]+\\\\\"\"$");
    }

    @Test
    void commandsInTheGuidesCompileFirst() throws IOException {
        for (String guide : List.of("README.md", "docs/editing.md")) {
            assertThat(Files.readString(BuiltSite.EXAMPLE_SITE.resolve(guide))).as(guide).doesNotContain("-q exec:java");
        }
    }

    @Test
    void everyTypeHasATemplate() throws IOException {
        try (Stream<Path> files = Files.list(BuiltSite.EXAMPLE_SITE.resolve("content/_templates"))) {
            assertThat(files.map(file -> file.getFileName().toString().replace(".md", "")).sorted().toList())
                    .containsExactlyInAnyOrderElementsOf(TYPES);
        }
    }

    /** Every field name in a resolved schema, nested ones included. */
    static void collectFields(JsonNode schema, List<String> fields) {
        for (Map.Entry<String, JsonNode> field : Schemas.properties(schema).entrySet()) {
            fields.add(field.getKey());
            JsonNode value = field.getValue();
            collectFields(value.has("items") ? value.get("items") : value, fields);
        }
    }
}
