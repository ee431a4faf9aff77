package org.publicrecord.types.action;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import org.publicrecord.types.action.ActionSource;
import org.publicrecord.types.action.TrackedAction;
import org.publicrecord.render.SiteRenderer;
import org.publicrecord.schema.Schemas;

/**
 * The columns of the action log's open data ({@code actions.csv}), each with its meaning. A
 * column that is a field of the action's front matter takes its meaning from the content schema;
 * the columns worked out by the build are described here, once, for the CSV, the JSON Schema and
 * the page that documents both.
 */
public final class ActionColumns {

    /** Meanings of what the build adds to the front matter, by column or JSON property name. */
    static final Map<String, String> WORKED_OUT = Map.ofEntries(
            Map.entry("url", "The action's page on this site."),
            Map.entry("log_url", "The action log's page on this site."),
            Map.entry("date", "The day the action was agreed."),
            Map.entry("source_type", "Where residents said it: meeting or event."),
            Map.entry("source", "The file name (slug) of the meeting or event where it was said."),
            Map.entry("source_item", "The id of the item heard at the event that the action answers, if any."),
            Map.entry("source_title", "The title of the meeting or event where it was said."),
            Map.entry("source_url", "The page of the meeting or event, ending #item for an item heard."),
            Map.entry("committee", "The id of the committee whose meeting raised the action (data/committees.yaml); empty for events."),
            Map.entry("owner_name", "The owner organisation's name."),
            Map.entry("status_as_of", "The day the status and overdue columns were worked out: the day the site was built."),
            Map.entry("overdue", "true when the action is open or in progress and its due date has passed."),
            Map.entry("done_on_time", "For done actions with a due date: true when completed by the due date, false when completed after it; empty otherwise."),
            Map.entry("updates", "How many dated updates the action has; the JSON file holds their text and evidence."),
            Map.entry("last_updated", "The day of the latest update, status change or agreement."),
            Map.entry("themes", "Theme ids from data/themes.yaml, separated by semicolons in the CSV."),
            Map.entry("related", "Ids of related actions, separated by semicolons in the CSV."));

    /**
     * One column of the CSV: its short name (the JSON field's), its heading in plain words (the
     * CSV's header row, from the messages), its meaning, and how to work out its value.
     */
    public record Column(String name, String heading, String description, Function<TrackedAction, Object> value) {
    }

    private ActionColumns() {
    }

    /** The CSV's columns, in order; {@code renderer} turns site addresses into full ones. */
    static List<Column> csv(SiteRenderer renderer, LocalDate asOf) {
        ActionWords words = ActionWords.of(renderer);
        Schemas schemas = renderer.model().schemas();
        return List.of(
                column(words, schemas, "id", TrackedAction::id),
                column(words, schemas, "title", TrackedAction::title),
                column(words, schemas, "url", action -> renderer.absoluteUrl(action.url())),
                column(words, schemas, "date", TrackedAction::agreed),
                column(words, schemas, "said", TrackedAction::said),
                column(words, schemas, "source_type", action -> source(action, ActionSource::kind)),
                column(words, schemas, "source", action -> source(action, ActionSource::slug)),
                column(words, schemas, "source_item", action -> source(action, ActionSource::item)),
                column(words, schemas, "source_title", action -> source(action, ActionSource::title)),
                column(words, schemas, "source_url", action -> source(action, source -> source.url() == null ? null : renderer.absoluteUrl(source.url()))),
                column(words, schemas, "committee", action -> source(action, ActionSource::committee)),
                column(words, schemas, "owner", TrackedAction::ownerId),
                column(words, schemas, "owner_name", TrackedAction::ownerName),
                column(words, schemas, "lead_role", TrackedAction::leadRole),
                column(words, schemas, "action_status", TrackedAction::status),
                column(words, schemas, "status_as_of", action -> asOf),
                column(words, schemas, "overdue", TrackedAction::overdue),
                column(words, schemas, "progress", TrackedAction::progress),
                column(words, schemas, "due", TrackedAction::due),
                column(words, schemas, "completed", TrackedAction::completed),
                column(words, schemas, "done_on_time", ActionColumns::doneOnTime),
                column(words, schemas, "reason", TrackedAction::reason),
                column(words, schemas, "themes", action -> String.join(";", action.themeIds())),
                column(words, schemas, "related", action -> String.join(";", action.relatedIds())),
                column(words, schemas, "updates", action -> action.steps().stream().filter(step -> step.text() != null).count()),
                column(words, schemas, "last_updated", TrackedAction::lastUpdated));
    }

    /** True, false, or null when the question does not apply (not done, or no due date). */
    static Boolean doneOnTime(TrackedAction action) {
        return action.doneOnTime() ? Boolean.TRUE : action.doneLate() ? Boolean.FALSE : null;
    }

    /** What a column or JSON property holds: the content schema's description, or the build's own. */
    static String describe(Schemas schemas, String name) {
        String worked = WORKED_OUT.get(name);
        if (worked != null) {
            return worked;
        }
        JsonNode field = Schemas.properties(schemas.resolved("action")).get(name);
        if (field != null && field.path("description").isTextual()) {
            return field.path("description").asText();
        }
        throw new IllegalStateException("the open data column '" + name + "' has no description");
    }

    private static Column column(ActionWords words, Schemas schemas, String name, Function<TrackedAction, Object> value) {
        return new Column(name, words.get("data", "headings", name), describe(schemas, name), value);
    }

    private static Object source(TrackedAction action, Function<ActionSource, Object> part) {
        return action.source() == null ? null : part.apply(action.source());
    }
}
