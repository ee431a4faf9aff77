package org.publicrecord.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The content types and their fields, read from the JSON Schemas in {@code /schemas/} on the
 * classpath. The schema is the one place a field is described: validation, the page model's
 * defaults and the editors' reference all come from it.
 */
public final class Schemas {

    /** The content types, in the order editors meet them. */
    public static final List<String> TYPES = List.of("page", "news", "meeting", "event", "action");
    static final String COMMON = "common";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schemas INSTANCE = load();

    private final Map<String, JsonNode> schemas;
    private final Map<String, Map<String, Object>> defaults;

    private Schemas(Map<String, JsonNode> schemas) {
        this.schemas = schemas;
        Map<String, Map<String, Object>> byType = new LinkedHashMap<>();
        for (String type : TYPES) {
            Map<String, Object> fields = new LinkedHashMap<>();
            addDefaults(schemas.get(COMMON), fields);
            addDefaults(schemas.get(type), fields);
            byType.put(type, Collections.unmodifiableMap(fields));
        }
        this.defaults = byType;
    }

    public static Schemas get() {
        return INSTANCE;
    }

    public Set<String> types() {
        return defaults.keySet();
    }

    /** The schema of a type (or {@code common}), as JSON. */
    public JsonNode schema(String name) {
        return schemas.get(name);
    }

    /**
     * Every field a document of {@code type} can have, with its default ({@code null} when the
     * schema gives none), so that a template can read an optional field that was left out, while a
     * misspelt field, being in no schema, still stops the build.
     */
    public Map<String, Object> defaults(String type) {
        return defaults.getOrDefault(type, Map.of());
    }

    private static void addDefaults(JsonNode schema, Map<String, Object> fields) {
        schema.path("properties").fields().forEachRemaining(field -> {
            JsonNode fallback = field.getValue().get("default");
            fields.putIfAbsent(field.getKey(), fallback == null ? null : JSON.convertValue(fallback, Object.class));
        });
    }

    private static Schemas load() {
        Map<String, JsonNode> schemas = new LinkedHashMap<>();
        for (String name : concat(COMMON, TYPES)) {
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
        return new Schemas(schemas);
    }

    private static List<String> concat(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }
}
