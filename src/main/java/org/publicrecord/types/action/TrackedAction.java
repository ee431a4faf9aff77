package org.publicrecord.types.action;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jbake.model.DocumentModel;
import org.publicrecord.model.SiteIndex;

/**
 * An action as it stands on the build's date: its front matter read into typed values, with what
 * the date makes of it (overdue, done on time or late) and the timeline of its status changes.
 *
 * @param document     the action's page model, for its body
 * @param agreed       the day the action was agreed (its {@code date})
 * @param progress     per cent done, or null when not given
 * @param owner        the owner's entry in {@code data/organisations.yaml}, or null when it has none
 * @param committee    the entry in {@code data/committees.yaml} of the committee whose meeting raised it, or null
 * @param themes       the themes' entries in {@code data/themes.yaml}, in the order the action lists them
 * @param relatedIds   ids of the related actions the action lists itself
 * @param daysOverdue  days since the due date when overdue, else 0
 * @param lastUpdated  the day of the latest step that happened by the build's date
 */
public record TrackedAction(DocumentModel document, String id, String title, String url, String said, String status,
                            LocalDate agreed, LocalDate due, LocalDate completed, Integer progress, String reason,
                            String ownerId, Map<String, Object> owner, String leadRole, ActionSource source,
                            Map<String, Object> committee, List<Map<String, Object>> themes, List<String> relatedIds,
                            boolean overdue, long daysOverdue, List<TimelineEntry> timeline, LocalDate lastUpdated) {

    /** Reads {@code document} as it stands on {@code today}, looking its owner, source and themes up in {@code index}. */
    public static TrackedAction of(DocumentModel document, SiteIndex index, LocalDate today) {
        String file = document.getSourceuri() == null ? String.valueOf(document.get("id")) : "content/" + document.getSourceuri();
        String status = text(document.get("action_status"));
        LocalDate agreed = Days.of(document.get("date"), file, "date");
        LocalDate due = Days.of(document.get("due"), file, "due date");
        LocalDate completed = Days.of(document.get("completed"), file, "completed date");
        boolean overdue = ActionStatus.isUnfinished(status) && due != null && due.isBefore(today);
        String ownerId = text(document.get("owner"));
        ActionSource source = sourceOf(document.get("source"), index);
        List<TimelineEntry> timeline = timeline(document, file, status, agreed, due, completed);
        LocalDate lastUpdated = timeline.stream()
                .filter(TimelineEntry::happened)
                .map(TimelineEntry::date)
                .filter(day -> day != null && !day.isAfter(today))
                .max(Comparator.naturalOrder())
                .orElse(agreed);
        return new TrackedAction(document, text(document.get("id")), document.getTitle(), text(document.get("url")),
                text(document.get("said")), status, agreed, due, completed, number(document.get("progress")),
                text(document.get("reason")), ownerId, index.organisation(ownerId), text(document.get("lead_role")),
                source, source == null || source.committee() == null ? null : index.committee(source.committee()),
                themesOf(document.get("themes"), index), texts(document.get("related")),
                overdue, overdue ? ChronoUnit.DAYS.between(due, today) : 0, timeline, lastUpdated);
    }

    /** The owner's name from {@code data/organisations.yaml}, or its id when the data has no such organisation. */
    public String ownerName() {
        return owner == null ? ownerId : String.valueOf(owner.get("name"));
    }

    /** The status's place in {@link ActionStatus#ALL}, so that sorting by status reads open, in progress, done, not taken forward. */
    public int statusRank() {
        return ActionStatus.rank(status);
    }

    /** Done by its due date. */
    public boolean doneOnTime() {
        return ActionStatus.DONE.equals(status) && due != null && completed != null && !completed.isAfter(due);
    }

    /** Done, but after its due date. */
    public boolean doneLate() {
        return ActionStatus.DONE.equals(status) && due != null && completed != null && completed.isAfter(due);
    }

    /** Days between the due date and the day it was done, when done late, else 0. */
    public long daysLate() {
        return doneLate() ? ChronoUnit.DAYS.between(due, completed) : 0;
    }

    /** The ids of the themes, in the order the action lists them. */
    public List<String> themeIds() {
        return themes.stream().map(theme -> String.valueOf(theme.get("id"))).toList();
    }

    /** The steps that happened (not the due date), oldest first. */
    public List<TimelineEntry> steps() {
        return timeline.stream().filter(TimelineEntry::happened).toList();
    }

    private static ActionSource sourceOf(Object value, SiteIndex index) {
        if (!(value instanceof Map<?, ?> source)) {
            return null;
        }
        boolean meeting = source.get("meeting") != null;
        String kind = meeting ? ActionSource.MEETING : ActionSource.EVENT;
        String slug = text(meeting ? source.get("meeting") : source.get("event"));
        String item = meeting ? null : text(source.get("item"));
        DocumentModel origin = slug == null ? null : index.document(kind, slug);
        if (origin == null) {
            return new ActionSource(kind, slug, item, null, slug, null, null, null);
        }
        String itemText = null;
        if (item != null && origin.get("heard") instanceof List<?> heard) {
            for (Object entry : heard) {
                if (entry instanceof Map<?, ?> map && item.equals(text(map.get("id")))) {
                    itemText = text(map.get("text"));
                }
            }
        }
        String url = text(origin.get("url")) + (item == null ? "" : "#" + item);
        return new ActionSource(kind, slug, item, itemText, origin.getTitle(), Days.of(origin.get("day"), slug, "date"),
                url, meeting ? text(origin.get("committee")) : null);
    }

    private static List<Map<String, Object>> themesOf(Object value, SiteIndex index) {
        List<Map<String, Object>> themes = new ArrayList<>();
        for (String id : texts(value)) {
            Map<String, Object> theme = index.theme(id);
            themes.add(theme == null ? Map.of("id", id, "name", id) : theme);
        }
        return List.copyOf(themes);
    }

    /**
     * Agreed (open), then each update in date order, each carrying the status it set or keeping
     * the one before; a final step when the recorded status was reached without an update saying
     * so; and the due date among them where it falls.
     */
    private static List<TimelineEntry> timeline(DocumentModel document, String file, String finalStatus,
                                                LocalDate agreed, LocalDate due, LocalDate completed) {
        List<TimelineEntry> steps = new ArrayList<>();
        Set<String> anchors = new HashSet<>();
        String current = ActionStatus.OPEN;
        steps.add(new TimelineEntry(agreed, TimelineEntry.AGREED, null, current, true, List.of(),
                anchor(anchors, TimelineEntry.AGREED)));
        List<Map<?, ?>> updates = new ArrayList<>();
        if (document.get("updates") instanceof List<?> list) {
            for (Object update : list) {
                if (update instanceof Map<?, ?> map) {
                    updates.add(map);
                }
            }
        }
        updates.sort(Comparator.comparing(update -> Days.of(update.get("date"), file, "update date"),
                Comparator.nullsFirst(Comparator.naturalOrder())));
        for (Map<?, ?> update : updates) {
            LocalDate date = Days.of(update.get("date"), file, "update date");
            String status = update.get("status") == null ? current : text(update.get("status"));
            steps.add(new TimelineEntry(date, TimelineEntry.UPDATE, text(update.get("text")), status,
                    !status.equals(current), evidenceOf(update.get("evidence")), anchor(anchors, "update-" + date)));
            current = status;
        }
        if (finalStatus != null && !finalStatus.equals(current)) {
            boolean done = ActionStatus.DONE.equals(finalStatus) && completed != null;
            LocalDate when = done ? completed : steps.get(steps.size() - 1).date();
            steps.add(new TimelineEntry(when, done ? TimelineEntry.DONE : TimelineEntry.UPDATE, null, finalStatus, true,
                    List.of(), anchor(anchors, done ? TimelineEntry.DONE : "update-" + when)));
            current = finalStatus;
        }
        if (due != null) {
            int at = steps.size();
            while (at > 0 && steps.get(at - 1).date() != null && steps.get(at - 1).date().isAfter(due)) {
                at--;
            }
            String statusThen = at == 0 ? ActionStatus.OPEN : steps.get(at - 1).status();
            steps.add(at, new TimelineEntry(due, TimelineEntry.DUE, null, statusThen, false, List.of(),
                    anchor(anchors, TimelineEntry.DUE)));
        }
        return List.copyOf(steps);
    }

    private static List<Evidence> evidenceOf(Object value) {
        List<Evidence> evidence = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof Map<?, ?> map && map.get("url") != null) {
                    String url = text(map.get("url"));
                    evidence.add(Evidence.of(map.get("title") == null ? url : text(map.get("title")), url));
                }
            }
        }
        return List.copyOf(evidence);
    }

    /** A unique id on the page: the same day's second update gets {@code -2}. */
    private static String anchor(Set<String> taken, String wanted) {
        String anchor = wanted;
        for (int n = 2; !taken.add(anchor); n++) {
            anchor = wanted + "-" + n;
        }
        return anchor;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static Integer number(Object value) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        return value == null ? null : Integer.valueOf(String.valueOf(value).trim());
    }

    private static List<String> texts(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Objects::nonNull).map(String::valueOf).toList();
    }
}
