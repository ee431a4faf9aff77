package org.publicrecord.cms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.publicrecord.content.DataFiles;
import org.publicrecord.model.ContentType;
import org.publicrecord.schema.Schemas;
import org.publicrecord.types.ContentTypes;

/**
 * The CMS's configuration ({@code admin/config.yml}, Decap CMS's format), made from the same
 * JSON Schemas the build validates with, so the forms can never ask for a field the build would
 * refuse or miss one it needs: a collection per content type, in its folder and under the file
 * name the {@code new} command gives; a widget per field from its schema (dates, times, choices
 * from an {@code enum}, numbers, yes/no, lists and groups), the field's description as its hint,
 * its schema's required fields required; the fields that name another file
 * ({@code x-refers-to}) as choices of the committees, organisations and themes in {@code data/},
 * or of the meetings, events and actions in {@code content/}.
 */
public final class CmsConfig {

    /** Where Decap's own local server listens, for editing on one's own machine (docs/editing.md). */
    public static final String LOCAL_SERVER = "http://localhost:8081/api/v1";
    private static final String REFERS_TO = Schemas.REFERS_TO;
    /** Uploads (papers, pictures) go here, and a field stores their path in the site folder, as the schemas ask. */
    static final String MEDIA_FOLDER = "assets/papers";
    /** Said of a part of an optional group that the build requires once the group is filled in. */
    static final String NEEDED_IN_GROUP = "Needed when any of this group is filled in.";
    private static final LocalDate PROBE_DAY = LocalDate.of(1999, 9, 9);
    private static final String PROBE_NAME = "NAME";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Schemas schemas;
    private final DataFiles data;

    private CmsConfig(Schemas schemas, DataFiles data) {
        this.schemas = schemas;
        this.data = data;
    }

    /**
     * The configuration for {@code types}, with choices from {@code data}, for the repository and
     * branch in {@code settings} (the {@code cms} block of data/site.yaml).
     */
    public static Map<String, Object> of(ContentTypes types, DataFiles data, Map<String, Object> settings, String siteUrl) {
        CmsConfig config = new CmsConfig(types.schemas(), data);
        Map<String, Object> backend = new LinkedHashMap<>();
        backend.put("name", "github");
        backend.put("repo", settings.get("repository"));
        backend.put("branch", settings.getOrDefault("branch", "main"));
        if (settings.get("auth_url") != null) {
            backend.put("base_url", settings.get("auth_url"));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("backend", backend);
        // Used only when the CMS is opened from this machine (localhost), where decap-server writes the files.
        root.put("local_backend", Map.of("url", LOCAL_SERVER));
        root.put("site_url", siteUrl);
        root.put("display_url", siteUrl);
        root.put("media_folder", MEDIA_FOLDER);
        root.put("public_folder", MEDIA_FOLDER);
        root.put("slug", ordered("encoding", "ascii", "clean_accents", true, "sanitize_replacement", "-"));
        List<Object> collections = new ArrayList<>();
        for (ContentType type : types.all()) {
            collections.add(config.collection(type));
        }
        root.put("collections", collections);
        return root;
    }

    private Map<String, Object> collection(ContentType type) {
        JsonNode schema = schemas.resolved(type.name());
        String title = schema.path("title").asText(type.name());
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("name", type.name());
        collection.put("label", title.endsWith("s") ? title : title + "s");
        collection.put("label_singular", title);
        collection.put("description", schema.path("description").asText());
        collection.put("folder", type.folder().isEmpty() ? "content" : "content/" + type.folder());
        collection.put("extension", "md");
        collection.put("format", "frontmatter");
        collection.put("create", true);
        boolean namedById = Schemas.properties(schema).containsKey("id");
        String file = fileTemplate(type, namedById);
        int slash = file.lastIndexOf('/');
        collection.put("slug", slash < 0 ? file : file.substring(slash + 1));
        if (slash >= 0) {
            collection.put("path", file.substring(0, slash) + "/{{slug}}");
        }
        collection.put("summary", namedById ? "{{id}}: {{title}}" : "{{title}}");
        collection.put("sortable_fields", Schemas.properties(schema).containsKey("date") ? List.of("date", "title") : List.of("title"));
        List<Object> fields = fields(schema, Schemas.required(schema), true);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "body");
        body.put("label", "Body");
        body.put("widget", "markdown");
        body.put("required", false);
        body.put("hint", "The text of the page, in Markdown: headings with ##, lists with -, links with [words](address).");
        fields.add(body);
        collection.put("fields", fields);
        return collection;
    }

    /**
     * Where a new document goes, relative to its folder, as a Decap template: the file name the
     * type gives the {@code new} command ({@link ContentType#newFile}), with the probe's day, year and
     * name replaced by the document's own date, its year and its title (or id).
     */
    static String fileTemplate(ContentType type, boolean namedById) {
        String probe = type.newFile(PROBE_NAME, PROBE_DAY);
        String folder = type.folder().isEmpty() ? "content/" : "content/" + type.folder() + "/";
        String relative = probe.substring(folder.length(), probe.length() - ".md".length());
        // Decap reads {{year}} from the document's date field, but lower-cases a path's template, so a
        // folder can only use {{year}}; the file name takes the date as the editor wrote it.
        return relative.replace(PROBE_DAY.toString(), "{{fields.date}}")
                .replace(Integer.toString(PROBE_DAY.getYear()), "{{year}}")
                .replace(PROBE_NAME, namedById ? "{{fields.id | lower}}" : "{{slug}}");
    }

    private List<Object> fields(JsonNode object, Set<String> required, boolean topLevel) {
        List<Object> fields = new ArrayList<>();
        Schemas.properties(object).forEach((name, schema) -> fields.add(field(name, schema, required.contains(name), topLevel)));
        return fields;
    }

    /** One field's form control. Every field gets one: a type the cases below do not know is written as text. */
    private Map<String, Object> field(String name, JsonNode schema, boolean required, boolean topLevel) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", name);
        field.put("label", label(name));
        field.put("required", required);
        if (schema.hasNonNull("description")) {
            field.put("hint", schema.get("description").asText());
        }
        String type = schema.path("type").asText("");
        if (schema.has("const")) {
            field.put("widget", "hidden");
            field.put("default", JSON.convertValue(schema.get("const"), Object.class));
        } else if (schema.has(REFERS_TO)) {
            choices(field, schema.get(REFERS_TO).asText(), false);
        } else if (schema.has("enum")) {
            field.put("widget", "select");
            field.put("options", JSON.convertValue(schema.get("enum"), List.class));
            // A new document starts as a draft, published when the editor says so. Only a document's own
            // fields get their defaults: one inside a list would make the CMS start the list with an item.
            Object fallback = !topLevel ? null : name.equals("status") ? "draft"
                    : schema.has("default") ? JSON.convertValue(schema.get("default"), Object.class) : null;
            if (fallback != null) {
                field.put("default", fallback);
            }
        } else if (type.equals("string") && "date".equals(schema.path("format").asText())) {
            field.put("widget", "datetime");
            field.put("format", "YYYY-MM-DD");
            field.put("date_format", "YYYY-MM-DD");
            field.put("time_format", false);
            field.put("picker_utc", true);
        } else if (type.equals("boolean")) {
            field.put("widget", "boolean");
            if (topLevel && schema.has("default")) {
                field.put("default", schema.get("default").asBoolean());
            }
        } else if (type.equals("integer") || type.equals("number")) {
            field.put("widget", "number");
            field.put("value_type", type.equals("integer") ? "int" : "float");
            if (schema.has("minimum")) {
                field.put("min", schema.get("minimum").numberValue());
            }
            if (schema.has("maximum")) {
                field.put("max", schema.get("maximum").numberValue());
            }
        } else if (type.equals("object")) {
            field.put("widget", "object");
            field.put("collapsed", !required);
            List<Object> parts = fields(schema, Schemas.required(schema), false);
            if (!required) {
                // The CMS would ask for a required part of a group the editor left empty (a venue's name
                // for an online meeting): within an optional group, it is needed only once the group is used.
                for (Object part : parts) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> control = (Map<String, Object>) part;
                    if (Boolean.TRUE.equals(control.get("required"))) {
                        control.put("required", false);
                        control.put("hint", (control.containsKey("hint") ? control.get("hint") + " " : "") + NEEDED_IN_GROUP);
                    }
                }
            }
            field.put("fields", parts);
        } else if (type.equals("array")) {
            list(field, schema.path("items"));
        } else if (type.equals("string") && schema.path("pattern").asText().startsWith("^assets/")) {
            field.put("widget", "file");
        } else {
            field.put("widget", schema.path("maxLength").asInt(0) >= 300 || name.equals("text") ? "text" : "string");
            if (schema.has("pattern")) {
                field.put("pattern", List.of(schema.get("pattern").asText(),
                        schema.path("description").asText("This is not written as the site expects.")));
            }
        }
        return field;
    }

    private void list(Map<String, Object> field, JsonNode items) {
        if (items.has(REFERS_TO)) {
            choices(field, items.get(REFERS_TO).asText(), true);
        } else if (items.path("type").asText().equals("object")) {
            field.put("widget", "list");
            field.put("collapsed", false);
            field.put("fields", fields(items, Schemas.required(items), false));
        } else {
            field.put("widget", "list");
            Map<String, Object> item = field(singular(String.valueOf(field.get("name"))), items, true, false);
            item.remove("required");
            field.put("field", item);
        }
    }

    /**
     * A choice of what a field names: the entries of a data file as a list of their names (the
     * file's ids stored), or the documents of a content type, found by title as one types.
     */
    private void choices(Map<String, Object> field, String target, boolean multiple) {
        if (target.startsWith("data/")) {
            String name = target.substring("data/".length()).replace(".yaml", "");
            List<Map<String, Object>> options = new ArrayList<>();
            DataFiles.DataFile file = data.files().get(name);
            if (file != null && file.value() instanceof List<?> entries) {
                for (Object entry : entries) {
                    if (entry instanceof Map<?, ?> values && values.get("id") != null) {
                        Object label = values.get("name") != null ? values.get("name") : values.get("id");
                        options.add(ordered("label", String.valueOf(label), "value", String.valueOf(values.get("id"))));
                    }
                }
            }
            field.put("widget", "select");
            field.put("options", options);
        } else {
            boolean byId = Schemas.properties(schemas.resolved(target)).containsKey("id");
            field.put("widget", "relation");
            field.put("collection", target);
            field.put("value_field", byId ? "id" : "{{filename}}");
            field.put("search_fields", byId ? List.of("id", "title") : List.of("title"));
            field.put("display_fields", byId ? List.of("{{id}}: {{title}}") : List.of("{{title}}"));
        }
        if (multiple) {
            field.put("multiple", true);
        }
    }

    /** A map in the order given: the configuration is written the same way by every build (Map.of's order is not). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** A field's name as a label: {@code meeting_status} is "Meeting status". */
    static String label(String name) {
        String words = name.replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static String singular(String name) {
        return name.endsWith("ies") ? name.substring(0, name.length() - 3) + "y" : name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
