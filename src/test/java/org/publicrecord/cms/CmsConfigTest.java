package org.publicrecord.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.publicrecord.content.DataFiles;
import org.publicrecord.model.ContentType;
import org.publicrecord.schema.Schemas;
import org.publicrecord.types.ContentTypes;

/** The CMS's forms come from the schemas: a control for every field, required where the build requires it. */
class CmsConfigTest {

    private static final Path SITE = Path.of("").toAbsolutePath();
    private static final ContentTypes TYPES = ContentTypes.installed();
    private static final DataFiles DATA = DataFiles.read(SITE, SITE.resolve("data"));
    private static final Map<String, Object> CONFIG = CmsConfig.of(TYPES, DATA,
            Map.of("repository", "lewisham/record", "branch", "main"), "https://example.org/");

    @Test
    void everyContentTypeIsACollectionInItsFolderWithEveryFieldOfItsSchema() {
        assertThat(collections()).extracting(collection -> collection.get("name")).containsExactlyElementsOf(TYPES.names());
        for (ContentType type : TYPES.all()) {
            Map<String, Object> collection = collection(type.name());
            assertThat(collection.get("folder")).isEqualTo(type.folder().isEmpty() ? "content" : "content/" + type.folder());
            JsonNode schema = TYPES.schemas().resolved(type.name());
            List<String> problems = new ArrayList<>();
            compare(type.name(), schema, Schemas.required(schema), fields(collection), true, problems);
            assertThat(problems).as(type.name()).isEmpty();
            assertThat(fields(collection)).extracting(field -> field.get("name")).endsWith("body");
        }
    }

    /** Each schema field has a control with a widget and the schema's description as its hint; required ones are required. */
    private static void compare(String where, JsonNode object, Set<String> required, List<Map<String, Object>> fields, boolean inForce,
            List<String> problems) {
        Map<String, JsonNode> properties = Schemas.properties(object);
        List<Object> names = fields.stream().map(field -> field.get("name")).filter(name -> !name.equals("body")).toList();
        if (!names.equals(new ArrayList<>(properties.keySet()))) {
            problems.add(where + ": fields " + names + " are not the schema's " + properties.keySet());
            return;
        }
        for (Map<String, Object> field : fields) {
            String name = String.valueOf(field.get("name"));
            JsonNode schema = properties.get(name);
            if (schema == null) {
                continue;
            }
            String path = where + "." + name;
            if (field.get("widget") == null) {
                problems.add(path + " has no widget");
            }
            boolean needed = required.contains(name);
            if (inForce && !Boolean.valueOf(needed).equals(field.get("required"))) {
                problems.add(path + " is required: " + field.get("required") + ", the schema says " + needed);
            }
            if (!inForce && needed && !(Boolean.FALSE.equals(field.get("required")) && String.valueOf(field.get("hint")).endsWith(CmsConfig.NEEDED_IN_GROUP))) {
                problems.add(path + " is needed only once its optional group is filled in, and should say so");
            }
            if (schema.has("description") && !String.valueOf(field.get("hint")).startsWith(schema.get("description").asText())) {
                problems.add(path + " does not give the schema's description as its hint");
            }
            JsonNode items = schema.path("items");
            if ("object".equals(schema.path("type").asText())) {
                compare(path, schema, Schemas.required(schema), list(field.get("fields")), inForce && needed, problems);
            } else if ("object".equals(items.path("type").asText())) {
                // A list's item exists only once the editor adds it, and then has all its required parts.
                compare(path + "[]", items, Schemas.required(items), list(field.get("fields")), true, problems);
            }
        }
    }

    @Test
    void widgetsFollowTheKindOfValue() {
        Map<String, Object> meeting = collection("meeting");
        assertThat(field(meeting, "type")).containsEntry("widget", "hidden").containsEntry("default", "meeting");
        assertThat(field(meeting, "status")).containsEntry("widget", "select").containsEntry("options", List.of("published", "draft"))
                .containsEntry("default", "draft");
        assertThat(field(meeting, "date")).containsEntry("widget", "datetime").containsEntry("format", "YYYY-MM-DD")
                .containsEntry("time_format", false).containsEntry("required", true);
        assertThat(field(meeting, "meeting_status")).containsEntry("widget", "select")
                .containsEntry("options", List.of("scheduled", "held", "cancelled", "postponed"));
        assertThat(field(meeting, "start")).containsEntry("widget", "string");
        assertThat(list(field(meeting, "start").get("pattern")).get(0)).isEqualTo("^([01][0-9]|2[0-3]):[0-5][0-9]$");
        assertThat(field(meeting, "example")).containsEntry("widget", "boolean");
        assertThat(field(meeting, "summary")).containsEntry("widget", "text");
        assertThat(field(meeting, "agenda")).containsEntry("widget", "list");
        assertThat(field(meeting, "venue")).containsEntry("widget", "object").containsEntry("required", false);
        Map<String, Object> paper = CmsConfigTest.<Map<String, Object>>list(field(meeting, "papers").get("fields")).get(1);
        assertThat(paper).containsEntry("name", "file").containsEntry("widget", "file");
        assertThat(field(collection("action"), "progress")).containsEntry("widget", "number").containsEntry("value_type", "int")
                .containsEntry("min", 0).containsEntry("max", 100);
    }

    @Test
    void fieldsThatNameAnotherFileOfferItsEntries() {
        Map<String, Object> committee = field(collection("meeting"), "committee");
        assertThat(committee).containsEntry("widget", "select");
        assertThat(CmsConfigTest.<Map<String, Object>>list(committee.get("options")))
                .contains(Map.of("label", "Lewisham Health and Care Partnership Board", "value", "lhcp-board"));
        Map<String, Object> action = collection("action");
        assertThat(field(action, "owner")).containsEntry("widget", "select");
        assertThat(field(action, "themes")).containsEntry("widget", "select").containsEntry("multiple", true);
        assertThat(field(action, "related")).containsEntry("widget", "relation").containsEntry("collection", "action")
                .containsEntry("value_field", "id").containsEntry("multiple", true);
        Map<String, Object> source = CmsConfigTest.<Map<String, Object>>list(field(action, "source").get("fields")).get(0);
        assertThat(source).containsEntry("widget", "relation").containsEntry("collection", "meeting").containsEntry("value_field", "{{filename}}");
        Map<String, Object> decision = CmsConfigTest.<Map<String, Object>>list(field(collection("meeting"), "decisions").get("fields")).get(2);
        assertThat(decision).containsEntry("name", "actions").containsEntry("widget", "relation").containsEntry("multiple", true);
    }

    @Test
    void newDocumentsAreNamedAsTheNewCommandNamesThem() {
        assertThat(collection("meeting")).containsEntry("slug", "{{fields.date}}-{{slug}}").containsEntry("path", "{{year}}/{{slug}}");
        assertThat(collection("news")).containsEntry("slug", "{{slug}}").containsEntry("path", "{{year}}/{{slug}}");
        assertThat(collection("action")).containsEntry("slug", "{{fields.id | lower}}").doesNotContainKey("path");
        assertThat(collection("page")).containsEntry("slug", "{{slug}}").doesNotContainKey("path");
    }

    @Test
    void savesToTheRepositoryInDataAndToTheLocalServerOnThisMachine() {
        assertThat(CONFIG.get("backend")).isEqualTo(Map.of("name", "github", "repo", "lewisham/record", "branch", "main"));
        assertThat(CONFIG.get("local_backend")).isEqualTo(Map.of("url", CmsConfig.LOCAL_SERVER));
        assertThat(CONFIG).containsEntry("media_folder", "assets/papers");
    }

    private static List<Map<String, Object>> collections() {
        return list(CONFIG.get("collections"));
    }

    private static Map<String, Object> collection(String name) {
        return collections().stream().filter(collection -> collection.get("name").equals(name)).findFirst().orElseThrow();
    }

    private static List<Map<String, Object>> fields(Map<String, Object> parent) {
        return list(parent.get("fields"));
    }

    private static Map<String, Object> field(Map<String, Object> collection, String name) {
        return fields(collection).stream().filter(field -> field.get("name").equals(name)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return (List<T>) value;
    }
}
