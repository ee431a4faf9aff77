package org.publicrecord.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

/**
 * The content types, the data files and their fields, read from the JSON Schemas in
 * {@code /schemas/} on the classpath. The schema is the one place a field is described:
 * validation, the page model's defaults, the messages editors read and the handbook's reference
 * all come from it.
 */
public final class Schemas {

    /** The data files in {@code data/} that have a schema, by name (file name without .yaml). */
    public static final List<String> DATA_FILES = List.of("site", "organisations", "committees", "themes", "redirects", "glossary");
    static final String COMMON = "common";
    /** The keyword a field's schema names, with a data file (data/committees.yaml) or a content type (action), what its value refers to. */
    public static final String REFERS_TO = "x-refers-to";
    /** Where the schemas say they live; {@code $ref}s between them are relative to it. */
    static final String BASE_URI = "https://publicrecord.org/schemas/";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<List<String>, Schemas> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    private final List<String> types;
    private final Map<String, JsonNode> schemas;
    private final Map<String, JsonNode> resolved = new LinkedHashMap<>();
    private final Map<String, JsonSchema> compiled = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> defaults = new LinkedHashMap<>();

    private Schemas(List<String> types, Map<String, JsonNode> schemas) {
        this.types = types.stream().map(String::intern).toList();
        this.schemas = schemas;
        // Compiled once: a schema is immutable and thread-safe, and compiling costs far more than validating.
        // x-refers-to names the data file or content type a field's value refers to (the CMS's choices); it checks nothing.
        JsonMetaSchema metaSchema = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .keyword(new NonValidationKeyword(REFERS_TO)).build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.metaSchema(metaSchema).schemaMappers(mappers -> mappers.mapPrefix(BASE_URI, "classpath:schemas/")));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .build();
        for (String name : schemas.keySet()) {
            resolved.put(name, dereference(schemas.get(name), name, 0));
            if (!name.equals(COMMON)) {
                JsonSchema schema = factory.getSchema(SchemaLocation.of(BASE_URI + name + ".schema.json"), config);
                schema.initializeValidators();
                compiled.put(name, schema);
            }
        }
        for (String type : types) {
            Map<String, Object> fields = new LinkedHashMap<>();
            properties(resolved.get(type)).forEach((field, schema) -> {
                JsonNode fallback = schema.get("default");
                fields.put(field, fallback == null ? null : JSON.convertValue(fallback, Object.class));
            });
            defaults.put(type, Collections.unmodifiableMap(fields));
        }
    }

    /**
     * The schemas of {@code types} (each {@code /schemas/<type>.schema.json} on the classpath), the
     * data files' and the common definitions, loaded and compiled once per list of types.
     */
    public static Schemas of(List<String> types) {
        return LOADED.computeIfAbsent(List.copyOf(types), Schemas::load);
    }

    /** The content types, in the order editors meet them. */
    public List<String> types() {
        return types;
    }

    /** The schema of a type, a data file or {@code common}, as written. */
    public JsonNode schema(String name) {
        return schemas.get(name);
    }

    /** The schema of a type or data file with every {@code $ref} replaced by what it points to. */
    public JsonNode resolved(String name) {
        return resolved.get(name);
    }

    /** The compiled validator of a type or data file, or null when there is no such schema. */
    public JsonSchema validator(String name) {
        return compiled.get(name);
    }

    /**
     * Every field a document of {@code type} can have, with its default ({@code null} when the
     * schema gives none), so that a template can read an optional field that was left out, while a
     * misspelt field, being in no schema, still stops the build.
     */
    public Map<String, Object> defaults(String type) {
        return defaults.getOrDefault(type, Map.of());
    }

    /**
     * The values of a document of {@code type} as the model holds them: every value its schema says
     * is a date ({@code "format": "date"}), at any depth, as a {@link LocalDate}, so that nothing past
     * the read and validate phases parses a date again. The values have been validated.
     */
    public Map<String, Object> typed(String type, Map<String, Object> values) {
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) typed(resolved.get(type), values);
        return typed;
    }

    private static Object typed(JsonNode schema, Object value) {
        if (schema == null || value == null) {
            return value;
        }
        if (value instanceof String text && "date".equals(schema.path("format").asText())) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, JsonNode> fields = properties(schema);
            Map<String, Object> typed = new LinkedHashMap<>();
            map.forEach((key, field) -> typed.put(String.valueOf(key), typed(fields.get(String.valueOf(key)), field)));
            return typed;
        }
        if (value instanceof List<?> list) {
            JsonNode items = schema.get("items");
            List<Object> typed = new ArrayList<>();
            list.forEach(item -> typed.add(typed(items, item)));
            return typed;
        }
        return value;
    }

    /**
     * The fields an object may have, by name: its own {@code properties} and those of the schemas
     * it is made of ({@code allOf}), its own winning. {@code schema} must be resolved.
     */
    public static Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (JsonNode part : schema.path("allOf")) {
            if (!part.has("if")) {
                fields.putAll(properties(part));
            }
        }
        schema.path("properties").fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue()));
        return fields;
    }

    /** The fields an object must have, its own and those of the schemas it is made of. */
    public static Set<String> required(JsonNode schema) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode part : schema.path("allOf")) {
            if (!part.has("if")) {
                names.addAll(required(part));
            }
        }
        schema.path("required").forEach(name -> names.add(name.asText()));
        return names;
    }

    /**
     * The resolved schema that describes the value at {@code pointer} (such as {@code /venue/name}
     * or {@code /agenda/0/title}) in an instance of {@code name}, or null when no schema does.
     */
    public JsonNode at(String name, String pointer) {
        JsonNode schema = resolved.get(name);
        if (schema == null) {
            return null;
        }
        for (String segment : segments(pointer)) {
            if (schema.has("items")) {
                schema = schema.get("items");
            } else {
                schema = properties(schema).get(segment);
            }
            if (schema == null) {
                return null;
            }
        }
        return schema;
    }

    /** The segments of a JSON Pointer, unescaped. */
    public static List<String> segments(String pointer) {
        List<String> segments = new ArrayList<>();
        if (pointer == null || pointer.isEmpty()) {
            return segments;
        }
        for (String segment : pointer.substring(1).split("/", -1)) {
            segments.add(segment.replace("~1", "/").replace("~0", "~"));
        }
        return segments;
    }

    /** A copy of {@code node} with each {@code $ref} replaced by its target merged with the keywords beside it. */
    private JsonNode dereference(JsonNode node, String file, int depth) {
        if (depth > 32) {
            throw new IllegalStateException("the schema " + file + " refers to itself in a loop");
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(dereference(item, file, depth + 1)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode copy = JSON.createObjectNode();
        JsonNode reference = node.get("$ref");
        if (reference != null) {
            String ref = reference.asText();
            int hash = ref.indexOf('#');
            String target = hash == 0 ? file : (hash < 0 ? ref : ref.substring(0, hash)).replace(".schema.json", "");
            JsonNode root = schemas.get(target);
            if (root == null) {
                throw new IllegalStateException("the schema " + file + " refers to " + ref + ", which does not exist");
            }
            JsonNode targetNode = hash < 0 ? root : root.at(ref.substring(hash + 1));
            if (targetNode.isMissingNode()) {
                throw new IllegalStateException("the schema " + file + " refers to " + ref + ", which does not exist");
            }
            copy.setAll((ObjectNode) dereference(targetNode, target, depth + 1));
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals("$ref") && !field.getKey().equals("$id") && !field.getKey().equals("$defs")) {
                copy.set(field.getKey(), dereference(field.getValue(), file, depth + 1));
            }
        }
        return copy;
    }

    private static Schemas load(List<String> types) {
        Map<String, JsonNode> schemas = new LinkedHashMap<>();
        for (String name : Stream.of(List.of(COMMON), types, DATA_FILES).flatMap(List::stream).toList()) {
            String resource = "/schemas/" + name + ".schema.json";
            try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing schema " + resource);
                }
                schemas.put(name, JSON.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Schemas(types, schemas);
    }
}
