package org.publicrecord.types.meeting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jbake.model.DocumentModel;
import org.publicrecord.output.Sections;
import org.publicrecord.output.SiteOutput;
import org.publicrecord.types.action.ActionData;
import org.publicrecord.types.action.ActionLog;
import org.publicrecord.types.action.TrackedAction;
import org.publicrecord.types.meeting.DecisionRegister;
import org.publicrecord.types.meeting.MeetingTime;
import org.publicrecord.types.meeting.Meetings;
import org.publicrecord.types.meeting.Paper;
import org.publicrecord.render.SiteRenderer;
import org.publicrecord.schema.Schemas;

/**
 * The record as open data, beside the action log's: {@code open-data/decisions.csv} and
 * {@code decisions.json} (every decision), {@code meetings.json} (every meeting with its agenda,
 * papers, attendance, declarations, decisions and actions), a JSON Schema for each JSON file, and
 * the page {@code open-data/} saying in plain words what each file holds. The JSON is shaped after
 * OParl's Meeting, AgendaItem and File and Popolo's Membership where they fit (names, start and end,
 * location, numbered agenda items, papers with their format and size, seats as organisation and
 * role); the fields an editor writes keep their names and their descriptions from the meeting
 * content schema, so the data and the content can never disagree about a field.
 */
public final class RecordData extends SiteOutput {

    static final String FOLDER = "open-data/";
    static final String DECISIONS_CSV = FOLDER + "decisions.csv";
    static final String DECISIONS_JSON = FOLDER + "decisions.json";
    static final String DECISIONS_SCHEMA = FOLDER + "decisions.schema.json";
    static final String MEETINGS_JSON = FOLDER + "meetings.json";
    static final String MEETINGS_SCHEMA = FOLDER + "meetings.schema.json";
    static final String TEMPLATE = "layouts/open-data.peb";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** The decisions CSV's columns, in order. */
    static final List<String> DECISION_COLUMNS = List.of("id", "date", "committee", "committee_name", "meeting", "meeting_title",
            "number", "outcome", "text", "actions", "url");

    @Override
    protected String contentType() {
        return "meeting";
    }

    @Override
    protected int write(SiteRenderer renderer) {
        DecisionRegister register = renderer.model().part(DecisionRegister.class);
        Meetings meetings = renderer.model().part(Meetings.class);
        ActionLog log = renderer.model().part(ActionLog.class);
        String producer = getClass().getSimpleName();
        renderer.write(DECISIONS_CSV, decisionsCsv(register, renderer), producer);
        renderer.write(DECISIONS_JSON, text(decisionsJson(register, renderer)), producer);
        renderer.write(DECISIONS_SCHEMA, text(decisionsSchema(renderer)), producer);
        renderer.write(MEETINGS_JSON, text(meetingsJson(meetings, log, renderer)), producer);
        renderer.write(MEETINGS_SCHEMA, text(meetingsSchema(renderer)), producer);
        renderer.page(TEMPLATE, FOLDER, Map.of("content", Sections.listPage("open-data", null, "list"),
                "licence", ActionData.siteLicence(renderer),
                "files", Map.of("decisions_csv", DECISIONS_CSV, "decisions_json", DECISIONS_JSON, "decisions_schema", DECISIONS_SCHEMA,
                        "meetings_json", MEETINGS_JSON, "meetings_schema", MEETINGS_SCHEMA)));
        return 6;
    }

    static String decisionsCsv(DecisionRegister register, SiteRenderer renderer) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(DECISION_COLUMNS.toArray(String[]::new)).get();
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            for (DecisionRegister.Decision decision : register.all()) {
                List<Object> cells = List.of(decision.id(), decision.day(), decision.committeeId(), decision.committeeName(),
                        decision.meetingSlug(), decision.meetingTitle(), decision.number(), decision.outcome(), decision.text(),
                        String.join(";", decision.actionIds()), renderer.absoluteUrl(decision.url()));
                List<String> row = new ArrayList<>();
                cells.forEach(cell -> row.add(ActionData.cell(cell)));
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static ObjectNode decisionsJson(DecisionRegister register, SiteRenderer renderer) {
        ObjectNode root = header(renderer, DECISIONS_SCHEMA, "Decisions", DecisionRegister.FOLDER);
        ArrayNode list = root.putArray("decisions");
        for (DecisionRegister.Decision decision : register.all()) {
            list.add(decision(decision, renderer));
        }
        return root;
    }

    private static ObjectNode decision(DecisionRegister.Decision decision, SiteRenderer renderer) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", decision.id());
        node.put("url", renderer.absoluteUrl(decision.url()));
        node.put("date", decision.day().toString());
        node.put("committee", decision.committeeId());
        node.put("committee_name", decision.committeeName());
        node.put("meeting", decision.meetingSlug());
        node.put("meeting_title", decision.meetingTitle());
        node.put("number", decision.number());
        node.put("text", decision.text());
        node.put("outcome", decision.outcome());
        decision.actionIds().forEach(node.putArray("actions")::add);
        return node;
    }

    static ObjectNode meetingsJson(Meetings meetings, ActionLog log, SiteRenderer renderer) {
        ObjectNode root = header(renderer, MEETINGS_SCHEMA, "Meetings", "meetings/");
        ArrayNode list = root.putArray("meetings");
        DecisionRegister register = renderer.model().part(DecisionRegister.class);
        for (DocumentModel meeting : meetings.all()) {
            String slug = String.valueOf(meeting.get("slug"));
            MeetingTime time = meetings.time(meeting);
            ObjectNode node = list.addObject();
            node.put("id", slug);
            node.put("name", meeting.getTitle());
            node.put("url", renderer.absoluteUrl(String.valueOf(meeting.get("url"))));
            node.put("committee", String.valueOf(meeting.get("committee")));
            Map<String, Object> committee = meetings.committee(String.valueOf(meeting.get("committee")));
            node.put("committee_name", committee == null ? String.valueOf(meeting.get("committee")) : String.valueOf(committee.get("name")));
            node.put("meeting_status", String.valueOf(meeting.get("meeting_status")));
            put(node, "postponed_to", meeting.get("postponed_to") == null ? null : MeetingTimeText.day(meeting.get("postponed_to")));
            node.put("start", time.start().toOffsetDateTime().format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            put(node, "end", time.end() == null ? null : time.end().toOffsetDateTime().format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            put(node, "summary", meeting.get("summary"));
            if (meeting.get("venue") instanceof Map<?, ?> venue) {
                node.set("location", MAPPER.valueToTree(venue));
            }
            if (meeting.get("online") instanceof Map<?, ?> online) {
                node.set("online", MAPPER.valueToTree(online));
            }
            ArrayNode agenda = node.putArray("agenda_items");
            if (meeting.get("agenda") instanceof List<?> items) {
                int number = 0;
                for (Object item : items) {
                    number++;
                    if (item instanceof Map<?, ?> map) {
                        ObjectNode entry = agenda.addObject().put("number", number);
                        entry.put("name", String.valueOf(map.get("title")));
                        put(entry, "lead", map.get("lead"));
                        if (map.get("actions") instanceof List<?> ids) {
                            ids.forEach(id -> entry.withArray("actions").add(String.valueOf(id)));
                        }
                    }
                }
            }
            ArrayNode papers = node.putArray("papers");
            for (Paper paper : meetings.papers(meeting)) {
                papers.addObject().put("name", paper.title()).put("url", renderer.absoluteUrl(paper.url()))
                        .put("format", paper.format()).put("size", paper.bytes());
            }
            put(node, "minutes_status", meeting.get("minutes_status"));
            put(node, "minutes_approved_at", meeting.get("minutes_approved_at"));
            ArrayNode memberships = node.putArray("memberships");
            seats(memberships, meeting.get("attendees"), true, renderer);
            seats(memberships, meeting.get("apologies"), false, renderer);
            ArrayNode declarations = node.putArray("declarations");
            if (meeting.get("declarations") instanceof List<?> items) {
                items.forEach(item -> declarations.add(MAPPER.valueToTree(item)));
            }
            ArrayNode decisions = node.putArray("decisions");
            register.all().stream().filter(decision -> decision.meetingSlug().equals(slug))
                    .forEach(decision -> decisions.add(decision(decision, renderer)));
            ArrayNode raised = node.putArray("actions_raised");
            log.fromMeeting(slug).stream().map(TrackedAction::id).forEach(raised::add);
            ArrayNode reviewed = node.putArray("actions_reviewed");
            renderer.model().part(MattersArising.class).reviewedAt(slug).forEach(reviewed::add);
        }
        return root;
    }

    /** Who attended or sent apologies, as Popolo memberships: an organisation, a role, and whether they were there. */
    private static void seats(ArrayNode memberships, Object seats, boolean attended, SiteRenderer renderer) {
        if (seats instanceof List<?> list) {
            for (Object seat : list) {
                if (seat instanceof Map<?, ?> map) {
                    String id = String.valueOf(map.get("organisation"));
                    Map<String, Object> organisation = renderer.index().organisation(id);
                    memberships.addObject().put("organization_id", id)
                            .put("organization_name", organisation == null ? id : String.valueOf(organisation.get("name")))
                            .put("role", String.valueOf(map.get("role")))
                            .put("attended", attended);
                }
            }
        }
    }

    private static ObjectNode header(SiteRenderer renderer, String schema, String title, String url) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", renderer.absoluteUrl(schema));
        root.put("title", title);
        root.put("url", renderer.absoluteUrl(url));
        Map<?, ?> terms = ActionData.siteLicence(renderer);
        root.putObject("licence").put("name", String.valueOf(terms.get("name"))).put("url", String.valueOf(terms.get("url")));
        return root;
    }

    /** The JSON Schema of {@code decisions.json}: the decision's own fields from the meeting schema, and where it was decided. */
    static ObjectNode decisionsSchema(SiteRenderer renderer) {
        ObjectNode root = schemaRoot(renderer, DECISIONS_SCHEMA, "Decisions",
                "Every decision of every committee, newest first: what was decided, its outcome, the meeting and the actions it led to.");
        ObjectNode top = root.putObject("properties");
        top.setAll(commonProperties());
        top.set("decisions", arrayOf("#/$defs/decision"));
        root.putArray("required").add("title").add("licence").add("decisions");
        root.putObject("$defs").set("decision", decisionSchema(renderer));
        return root;
    }

    private static ObjectNode decisionSchema(SiteRenderer renderer) {
        Map<String, JsonNode> fields = Schemas.properties(renderer.model().schemas().resolved("meeting").path("properties").path("decisions").path("items"));
        ObjectNode decision = MAPPER.createObjectNode().put("type", "object").put("additionalProperties", false);
        ObjectNode properties = decision.putObject("properties");
        properties.set("id", string(null, "The decision's stable id: its meeting's id, then #decision- and its number."));
        properties.set("url", string("uri", "The decision's place on its meeting's page."));
        properties.set("date", string("date", "The day of the meeting, written YYYY-MM-DD."));
        properties.set("committee", string(null, "The id of the committee that decided."));
        properties.set("committee_name", string(null, "The committee's name."));
        properties.set("meeting", string(null, "The id of the meeting (see meetings.json)."));
        properties.set("meeting_title", string(null, "The meeting's title."));
        properties.set("number", MAPPER.createObjectNode().put("type", "integer").put("minimum", 1)
                .put("description", "The decision's place in its meeting's list, counting from 1 (OParl AgendaItem.number plays this part for items)."));
        properties.set("text", withoutExamples(fields.get("text")));
        properties.set("outcome", withoutExamples(fields.get("outcome")));
        properties.set("actions", withoutExamples(fields.get("actions")));
        List.of("id", "url", "date", "committee", "meeting", "number", "text", "outcome").forEach(decision.withArray("required")::add);
        return decision;
    }

    /** The JSON Schema of {@code meetings.json}: OParl Meeting in shape, the editors' fields as the meeting schema describes them. */
    static ObjectNode meetingsSchema(SiteRenderer renderer) {
        Map<String, JsonNode> fields = Schemas.properties(renderer.model().schemas().resolved("meeting"));
        ObjectNode root = schemaRoot(renderer, MEETINGS_SCHEMA, "Meetings",
                "Every meeting: when and where, its agenda and papers, who attended, declarations of interest, decisions, and the actions it raised and looked at again.");
        ObjectNode top = root.putObject("properties");
        top.setAll(commonProperties());
        top.set("meetings", arrayOf("#/$defs/meeting"));
        root.putArray("required").add("title").add("licence").add("meetings");
        ObjectNode meeting = MAPPER.createObjectNode().put("type", "object").put("additionalProperties", false);
        ObjectNode properties = meeting.putObject("properties");
        properties.set("id", string(null, "The meeting's stable id: its file name."));
        properties.set("name", string(null, "The meeting's title (OParl Meeting.name)."));
        properties.set("url", string("uri", "The meeting's page."));
        properties.set("committee", withoutExamples(fields.get("committee")));
        properties.set("committee_name", string(null, "The committee's name (OParl Meeting.organization)."));
        properties.set("meeting_status", withoutExamples(fields.get("meeting_status")));
        properties.set("postponed_to", string("date", "The new date of a postponed meeting."));
        properties.set("start", string("date-time", "When it starts, with the offset from UTC (OParl Meeting.start)."));
        properties.set("end", string("date-time", "When it ends, with the offset from UTC (OParl Meeting.end)."));
        properties.set("summary", withoutExamples(fields.get("summary")));
        properties.set("location", withoutExamples(fields.get("venue")).put("description", "Where it takes place (OParl Meeting.location)."));
        properties.set("online", withoutExamples(fields.get("online")));
        ObjectNode item = MAPPER.createObjectNode().put("type", "object").put("additionalProperties", false);
        item.putObject("properties")
                .<ObjectNode>set("number", MAPPER.createObjectNode().put("type", "integer").put("minimum", 1).put("description", "The item's number, counting from 1 (OParl AgendaItem.number)."))
                .<ObjectNode>set("name", string(null, "What the item is about (OParl AgendaItem.name)."))
                .<ObjectNode>set("lead", withoutExamples(fields.get("agenda").path("items").path("properties").path("lead")))
                .set("actions", withoutExamples(fields.get("agenda").path("items").path("properties").path("actions")));
        item.putArray("required").add("number").add("name");
        properties.set("agenda_items", MAPPER.createObjectNode().put("type", "array").put("description", "The agenda, in order (OParl AgendaItem).").set("items", item));
        ObjectNode paper = MAPPER.createObjectNode().put("type", "object").put("additionalProperties", false);
        paper.putObject("properties")
                .<ObjectNode>set("name", string(null, "The paper's title (OParl File.name)."))
                .<ObjectNode>set("url", string("uri", "Where to download it (OParl File.accessUrl)."))
                .<ObjectNode>set("format", string(null, "Its format, by file extension, such as PDF."))
                .set("size", MAPPER.createObjectNode().put("type", "integer").put("minimum", 0).put("description", "Its size in bytes (OParl File.size)."));
        paper.putArray("required").add("name").add("url").add("format").add("size");
        properties.set("papers", MAPPER.createObjectNode().put("type", "array").put("description", "Documents for the meeting (OParl Meeting.auxiliaryFile).").set("items", paper));
        properties.set("minutes_status", withoutExamples(fields.get("minutes_status")));
        properties.set("minutes_approved_at", withoutExamples(fields.get("minutes_approved_at")));
        ObjectNode membership = MAPPER.createObjectNode().put("type", "object").put("additionalProperties", false);
        membership.putObject("properties")
                .<ObjectNode>set("organization_id", string(null, "The organisation's id (Popolo Membership.organization_id)."))
                .<ObjectNode>set("organization_name", string(null, "The organisation's name."))
                .<ObjectNode>set("role", string(null, "The role, never a private person's name (Popolo Membership.role)."))
                .set("attended", MAPPER.createObjectNode().put("type", "boolean").put("description", "true for who attended, false for who sent apologies."));
        membership.putArray("required").add("organization_id").add("role").add("attended");
        properties.set("memberships", MAPPER.createObjectNode().put("type", "array")
                .put("description", "Seats at the meeting, by organisation and role (Popolo Membership).").set("items", membership));
        properties.set("declarations", withoutExamples(fields.get("declarations")));
        properties.set("decisions", arrayOf("#/$defs/decision").put("description", "What was decided, in order, as in decisions.json."));
        properties.set("actions_raised", idList("The ids of the actions raised at the meeting (see the action log's open data)."));
        properties.set("actions_reviewed", idList("The ids of earlier actions the meeting looked at again (matters arising)."));
        List.of("id", "name", "url", "committee", "meeting_status", "start", "agenda_items", "papers", "memberships", "declarations",
                "decisions", "actions_raised", "actions_reviewed").forEach(meeting.withArray("required")::add);
        ObjectNode defs = root.putObject("$defs");
        defs.set("meeting", meeting);
        // The same definition as in decisions.schema.json, held here too so that each schema stands alone.
        defs.set("decision", decisionSchema(renderer));
        return root;
    }

    private static ObjectNode schemaRoot(SiteRenderer renderer, String file, String title, String description) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", renderer.absoluteUrl(file));
        root.put("title", title);
        root.put("description", description);
        root.put("type", "object");
        root.put("additionalProperties", false);
        return root;
    }

    private static Map<String, JsonNode> commonProperties() {
        ObjectNode licence = MAPPER.createObjectNode().put("type", "object");
        licence.putObject("properties").<ObjectNode>set("name", MAPPER.createObjectNode().put("type", "string"))
                .set("url", MAPPER.createObjectNode().put("type", "string").put("format", "uri"));
        licence.putArray("required").add("name").add("url");
        // In this order in every build: Map.of's order changes from one run to the next, and two builds must be the same bytes.
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        properties.put("$schema", string("uri", "This file's JSON Schema."));
        properties.put("title", string(null, "What the file holds."));
        properties.put("url", string("uri", "The page of the site that shows the same."));
        properties.put("licence", licence);
        return properties;
    }

    private static ObjectNode arrayOf(String ref) {
        ObjectNode array = MAPPER.createObjectNode().put("type", "array");
        array.putObject("items").put("$ref", ref);
        return array;
    }

    private static ObjectNode idList(String description) {
        ObjectNode array = MAPPER.createObjectNode().put("type", "array").put("description", description);
        array.putObject("items").put("type", "string");
        return array;
    }

    private static ObjectNode string(String format, String description) {
        ObjectNode node = MAPPER.createObjectNode().put("type", "string");
        if (format != null) {
            node.put("format", format);
        }
        return node.put("description", description);
    }

    /** A content field's definition without what is written for editors only: examples and defaults. */
    private static ObjectNode withoutExamples(JsonNode definition) {
        ObjectNode copy = definition.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("examples");
            object.remove("default");
            object.forEach(RecordData::strip);
        } else if (node.isArray()) {
            node.forEach(RecordData::strip);
        }
    }

    private static void put(ObjectNode node, String field, Object value) {
        if (value != null) {
            node.put(field, String.valueOf(value));
        }
    }

    private static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Dates as the front matter holds them (a JBake date or text), written YYYY-MM-DD. */
    private static final class MeetingTimeText {
        static String day(Object value) {
            java.time.LocalDate day = org.publicrecord.render.SiteExtension.toLocalDate(value);
            return day == null ? String.valueOf(value) : day.toString();
        }
    }
}
