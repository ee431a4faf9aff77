package org.publicrecord.types.action;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.publicrecord.output.AtomFeed;
import org.publicrecord.output.SiteOutput;
import org.publicrecord.types.action.ActionLog;
import org.publicrecord.types.action.ActionSource;
import org.publicrecord.types.action.Evidence;
import org.publicrecord.types.action.TimelineEntry;
import org.publicrecord.types.action.TrackedAction;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.render.SiteRenderer;
import org.publicrecord.schema.Schemas;

/**
 * The action log as open data: {@code actions.csv}, {@code actions.json} and the JSON Schema of
 * the latter, {@code actions.schema.json}, made from the action content schema so that the two
 * can never disagree about a field.
 */
public final class ActionData extends SiteOutput {

    static final String CSV = ActionLog.FILES.get("csv");
    static final String JSON = ActionLog.FILES.get("json");
    static final String SCHEMA = ActionLog.FILES.get("schema");

    /** The first character of the CSV file, so that spreadsheets read it as UTF-8. */
    static final char BYTE_ORDER_MARK = '\uFEFF';
    /** Characters that make a spreadsheet read a cell as a formula (or that spreadsheets strip before looking). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> FROM_CONTENT = List.of("id", "title", "summary", "said", "source", "owner", "lead_role",
            "action_status", "reason", "progress", "due", "completed", "themes", "related", "updates");

    @Override
    protected String contentType() {
        return "action";
    }

    @Override
    protected int write(SiteRenderer renderer) {
        ActionLog log = renderer.model().part(ActionLog.class);
        ActionWords words = ActionWords.of(renderer);
        renderer.write(CSV, csv(log, renderer), getClass().getSimpleName());
        renderer.write(JSON, json(log, renderer, words), getClass().getSimpleName());
        renderer.write(SCHEMA, schema(renderer, words), getClass().getSimpleName());
        return 3;
    }

    static String csv(ActionLog log, SiteRenderer renderer) {
        List<ActionColumns.Column> columns = ActionColumns.csv(renderer, log.asOf());
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setHeader(columns.stream().map(ActionColumns.Column::heading).toArray(String[]::new))
                .get();
        StringWriter text = new StringWriter();
        // A byte-order mark: without it Excel reads the file as the PC's own code page, and
        // Ògúnlànà or Nguyễn become mojibake. RFC 4180's format already ends lines with CRLF.
        text.write(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            for (TrackedAction action : log.all()) {
                List<String> cells = new ArrayList<>();
                for (ActionColumns.Column column : columns) {
                    cells.add(cell(column.value().apply(action)));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * A value as CSV text. Text a spreadsheet would run as a formula ({@code =HYPERLINK(...)},
     * {@code +}, {@code -}, {@code @}, or a tab or carriage return before them) starts with an
     * apostrophe, which spreadsheets read as "this is text" (OWASP's advice on CSV injection).
     */
    public static String cell(Object value) {
        String text = value == null ? "" : String.valueOf(value);
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    static String json(ActionLog log, SiteRenderer renderer, ActionWords words) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", renderer.absoluteUrl(SCHEMA));
        root.put("title", words.get("data", "title"));
        root.put("url", renderer.absoluteUrl(ActionLog.FOLDER));
        ObjectNode licence = root.putObject("licence");
        Map<?, ?> terms = siteLicence(renderer);
        licence.put("name", String.valueOf(terms.get("name")));
        licence.put("url", String.valueOf(terms.get("url")));
        root.put("status_as_of", log.asOf().toString());
        ArrayNode actions = root.putArray("actions");
        for (TrackedAction action : log.all()) {
            actions.add(action(action, renderer));
        }
        return text(root);
    }

    private static ObjectNode action(TrackedAction action, SiteRenderer renderer) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", action.id());
        node.put("title", action.title());
        node.put("url", renderer.absoluteUrl(action.url()));
        put(node, "date", action.agreed());
        put(node, "summary", action.document().get("summary"));
        node.put("said", action.said());
        ActionSource source = action.source();
        if (source != null) {
            ObjectNode from = node.putObject("source");
            from.put(source.kind(), source.slug());
            put(from, "item", source.item());
            put(from, "title", source.title());
            put(from, "url", source.url() == null ? null : renderer.absoluteUrl(source.url()));
            put(node, "committee", source.committee());
        }
        node.put("owner", action.ownerId());
        node.put("owner_name", action.ownerName());
        node.put("lead_role", action.leadRole());
        node.put("action_status", action.status());
        node.put("overdue", action.overdue());
        put(node, "progress", action.progress());
        put(node, "due", action.due());
        put(node, "completed", action.completed());
        put(node, "done_on_time", ActionColumns.doneOnTime(action));
        put(node, "reason", action.reason());
        action.themeIds().forEach(node.putArray("themes")::add);
        action.relatedIds().forEach(node.putArray("related")::add);
        ArrayNode updates = node.putArray("updates");
        for (TimelineEntry step : action.steps()) {
            if (!TimelineEntry.UPDATE.equals(step.kind()) || step.text() == null) {
                continue;
            }
            ObjectNode update = updates.addObject();
            update.put("date", step.date().toString());
            update.put("text", step.text());
            if (step.statusChanged()) {
                update.put("status", step.status());
            }
            if (!step.evidence().isEmpty()) {
                ArrayNode evidence = update.putArray("evidence");
                for (Evidence document : step.evidence()) {
                    evidence.addObject().put("title", document.title())
                            .put("url", document.external() ? document.url() : renderer.absoluteUrl(document.url()));
                }
            }
        }
        put(node, "last_updated", action.lastUpdated());
        return node;
    }

    /**
     * The JSON Schema of {@code actions.json}: each action's fields copied from the action content
     * schema (and the common one), plus the fields the build works out, described in {@link ActionColumns}.
     */
    static String schema(SiteRenderer renderer, ActionWords words) {
        Schemas schemas = renderer.model().schemas();
        JsonNode content = schemas.resolved("action");
        Map<String, JsonNode> fields = Schemas.properties(content);
        ObjectNode action = MAPPER.createObjectNode();
        action.put("type", "object");
        ObjectNode properties = MAPPER.createObjectNode();
        for (String field : FROM_CONTENT) {
            properties.set(field, withoutExamples(fields.get(field).deepCopy()));
        }
        properties.set("date", withoutExamples(fields.get("date").deepCopy()).put("description", ActionColumns.describe(schemas, "date")));
        ObjectNode source = (ObjectNode) properties.get("source");
        ((ObjectNode) source.get("properties")).set("title", described(schemas, "string", null, "source_title"));
        ((ObjectNode) source.get("properties")).set("url", described(schemas, "string", "uri", "source_url"));
        properties.set("url", described(schemas, "string", "uri", "url"));
        properties.set("committee", described(schemas, "string", null, "committee"));
        properties.set("owner_name", described(schemas, "string", null, "owner_name"));
        properties.set("overdue", described(schemas, "boolean", null, "overdue"));
        properties.set("done_on_time", described(schemas, "boolean", null, "done_on_time"));
        properties.set("last_updated", described(schemas, "string", "date", "last_updated"));
        action.set("properties", ordered(properties));
        Set<String> required = new LinkedHashSet<>(Schemas.required(content));
        required.remove("type");
        required.addAll(List.of("url", "owner_name", "overdue", "last_updated"));
        required.forEach(action.putArray("required")::add);
        action.put("additionalProperties", false);

        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", content.path("$schema").asText());
        root.put("$id", renderer.absoluteUrl(SCHEMA));
        root.put("title", words.get("data", "title"));
        root.put("description", words.get("data", "schema_description"));
        root.put("type", "object");
        ObjectNode top = root.putObject("properties");
        top.putObject("$schema").put("type", "string").put("format", "uri");
        top.putObject("title").put("type", "string");
        top.set("url", described(schemas, "string", "uri", "log_url"));
        ObjectNode licence = top.putObject("licence");
        licence.put("type", "object");
        licence.putObject("properties").<ObjectNode>set("name", MAPPER.createObjectNode().put("type", "string"))
                .set("url", MAPPER.createObjectNode().put("type", "string").put("format", "uri"));
        licence.putArray("required").add("name").add("url");
        top.set("status_as_of", described(schemas, "string", "date", "status_as_of"));
        ObjectNode list = top.putObject("actions");
        list.put("type", "array");
        list.putObject("items").put("$ref", "#/$defs/action");
        root.putArray("required").add("title").add("licence").add("status_as_of").add("actions");
        root.put("additionalProperties", false);
        root.putObject("$defs").set("action", action);
        return text(root);
    }

    /** A content field's definition without its examples, which are written for editors, not for data users. */
    private static ObjectNode withoutExamples(ObjectNode definition) {
        definition.remove("examples");
        definition.remove("default");
        definition.forEach(ActionData::withoutExamplesBelow);
        return definition;
    }

    private static void withoutExamplesBelow(JsonNode node) {
        if (node instanceof ObjectNode object) {
            withoutExamples(object);
        } else if (node.isArray()) {
            node.forEach(ActionData::withoutExamplesBelow);
        }
    }

    private static ObjectNode described(Schemas schemas, String type, String format, String name) {
        ObjectNode node = MAPPER.createObjectNode().put("type", type);
        if (format != null) {
            node.put("format", format);
        }
        return node.put("description", ActionColumns.describe(schemas, name));
    }

    /** The properties in the order the CSV lists its columns, so that the two read alike. */
    private static ObjectNode ordered(ObjectNode properties) {
        List<String> order = List.of("id", "title", "url", "date", "summary", "said", "source", "committee", "owner",
                "owner_name", "lead_role", "action_status", "overdue", "progress", "due", "completed", "done_on_time",
                "reason", "themes", "related", "updates", "last_updated");
        ObjectNode sorted = MAPPER.createObjectNode();
        for (String name : order) {
            if (properties.has(name)) {
                sorted.set(name, properties.get(name));
            }
        }
        for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!sorted.has(name)) {
                sorted.set(name, properties.get(name));
            }
        }
        return sorted;
    }

    private static void put(ObjectNode node, String field, Object value) {
        if (value instanceof Boolean flag) {
            node.put(field, flag);
        } else if (value instanceof Integer number) {
            node.put(field, number);
        } else if (value != null) {
            node.put(field, String.valueOf(value));
        }
    }

    /** The licence the site's data is published under ({@code licence} in {@code data/site.yaml}). */
    public static Map<?, ?> siteLicence(SiteRenderer renderer) {
        if (renderer.site().field("licence") instanceof Map<?, ?> licence && licence.get("name") != null && licence.get("url") != null) {
            return licence;
        }
        throw new BuildFailure(Problem.inFile("data/site.yaml", "the open data needs a licence, and 'licence' has no name and url",
                "add 'licence:' with 'name: Open Government Licence v3.0' and its 'url:'"));
    }

    private static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
