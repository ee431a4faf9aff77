package org.publicrecord.content;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.jbake.model.DocumentModel;
import org.publicrecord.actions.ActionLog;
import org.publicrecord.meetings.Meetings;

/**
 * The links between documents and data, built once per build: documents by slug and id, actions
 * by where they were raised, data entries by id. Templates reach it as {@code index}; outputs use
 * it directly. Nothing here reads files or renders: it only looks up what the crawler stored.
 */
public final class SiteIndex {

    private final Map<String, Map<String, DocumentModel>> bySlug = new HashMap<>();
    private final Map<String, DocumentModel> actionsById = new LinkedHashMap<>();
    private final Map<String, List<DocumentModel>> actionsBySource = new HashMap<>();
    private final Map<String, Map<String, Object>> dataById = new HashMap<>();
    private final Map<LocalDate, ActionLog> actionLogs = new ConcurrentHashMap<>();
    private final Meetings meetings;
    private final org.publicrecord.meetings.DecisionRegister decisions;
    private org.publicrecord.meetings.MattersArising mattersArising;
    private final List<DocumentModel> events;

    public SiteIndex(MemoryContentStore store, DataFiles data) {
        for (DocumentModel document : store.documents()) {
            bySlug.computeIfAbsent(document.getType(), type -> new HashMap<>())
                    .put(String.valueOf(document.get("slug")), document);
        }
        // Oldest first, so that an item's actions read in the order they were agreed.
        List<DocumentModel> actions = new java.util.ArrayList<>(store.published("action"));
        java.util.Collections.reverse(actions);
        for (DocumentModel action : actions) {
            actionsById.put(String.valueOf(action.get("id")), action);
            if (action.get("source") instanceof Map<?, ?> source) {
                if (source.get("meeting") != null) {
                    add(sourceKey("meeting", source.get("meeting"), null), action);
                }
                if (source.get("event") != null) {
                    add(sourceKey("event", source.get("event"), null), action);
                    if (source.get("item") != null) {
                        add(sourceKey("event", source.get("event"), source.get("item")), action);
                    }
                }
            }
        }
        data.files().forEach((name, file) -> {
            Map<String, Object> entries = new HashMap<>();
            if (file.value() instanceof List<?> list) {
                for (Object entry : list) {
                    if (entry instanceof Map<?, ?> map && map.get("id") != null) {
                        entries.put(String.valueOf(map.get("id")), entry);
                    }
                }
            }
            dataById.put(name, entries);
        });
        DataFiles.DataFile site = data.files().get("site");
        @SuppressWarnings("unchecked")
        Map<String, Object> siteValues = site != null && site.value() instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        meetings = new Meetings(store.published("meeting"), siteValues, this::committee);
        decisions = new org.publicrecord.meetings.DecisionRegister(meetings);
        events = List.copyOf(store.published("event"));
    }

    /** Every published event, newest first. */
    public List<DocumentModel> events() {
        return events;
    }

    private void add(String key, DocumentModel action) {
        actionsBySource.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(action);
    }

    private static String sourceKey(String type, Object slug, Object item) {
        return type + ":" + slug + (item == null ? "" : "#" + item);
    }

    /** The published document of {@code type} whose file name is {@code slug}, or null. */
    public DocumentModel document(String type, String slug) {
        return bySlug.getOrDefault(type, Map.of()).get(slug);
    }

    /** Every published action, oldest first. */
    public List<DocumentModel> actions() {
        return List.copyOf(actionsById.values());
    }

    /**
     * The action log as it stands on {@code day} (templates pass {@code today}): statuses, overdue,
     * groups and counts. Worked out once per day asked for, since every page asks.
     */
    public ActionLog actionLog(LocalDate day) {
        return actionLogs.computeIfAbsent(day, asOf -> new ActionLog(this, asOf));
    }

    public DocumentModel action(String id) {
        return actionsById.get(id);
    }

    /** Actions raised at a meeting, oldest first. */
    public List<DocumentModel> actionsFromMeeting(String slug) {
        return actionsBySource.getOrDefault(sourceKey("meeting", slug, null), List.of());
    }

    /** Actions answering anything heard at an event, oldest first. */
    public List<DocumentModel> actionsFromEvent(String slug) {
        return actionsBySource.getOrDefault(sourceKey("event", slug, null), List.of());
    }

    /** Actions answering one item heard at an event ("you said" to "we did"). */
    public List<DocumentModel> actionsFromEventItem(String slug, String item) {
        return actionsBySource.getOrDefault(sourceKey("event", slug, item), List.of());
    }

    /** The entry with {@code id} in the list held by data file {@code dataFile} (organisations, committees, themes). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> entry(String dataFile, String id) {
        return (Map<String, Object>) dataById.getOrDefault(dataFile, Map.of()).get(Objects.toString(id));
    }

    public Map<String, Object> organisation(String id) {
        return entry("organisations", id);
    }

    public Map<String, Object> committee(String id) {
        return entry("committees", id);
    }

    public Map<String, Object> theme(String id) {
        return entry("themes", id);
    }

    /** A committee's published meetings, newest first. */
    public List<DocumentModel> meetingsOf(String committeeId) {
        return meetings.of(committeeId);
    }

    /** Meetings' times in words, papers, upcoming and past, calendars and JSON-LD: {@code index.meetings} in templates. */
    public Meetings meetings() {
        return meetings;
    }

    /**
     * Actions followed across meetings: {@code index.mattersArising()} in templates. Worked out on
     * first use, once the bodies it reads for actions' ids have been rendered.
     */
    public synchronized org.publicrecord.meetings.MattersArising mattersArising() {
        if (mattersArising == null) {
            Map<String, String> raisedAt = new HashMap<>();
            actionsById.forEach((id, action) -> {
                if (action.get("source") instanceof Map<?, ?> source && source.get("meeting") != null) {
                    raisedAt.put(id, String.valueOf(source.get("meeting")));
                }
            });
            mattersArising = new org.publicrecord.meetings.MattersArising(meetings.all(), actionsById.keySet(), raisedAt);
        }
        return mattersArising;
    }

    /** Every decision of every published meeting, newest first: {@code index.decisions} in templates. */
    public org.publicrecord.meetings.DecisionRegister decisions() {
        return decisions;
    }
}
