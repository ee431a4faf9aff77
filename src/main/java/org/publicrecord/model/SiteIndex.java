package org.publicrecord.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jbake.model.DocumentModel;
import org.publicrecord.content.DataFiles;

/**
 * The links between documents and data, built once per build: documents by slug and id, actions
 * by where they were raised, data entries by id. Templates reach it as {@code index}; outputs use
 * it through the model. Nothing here reads files or renders: it only looks up what the crawler stored.
 */
public final class SiteIndex {

    private final Map<String, Map<String, DocumentModel>> bySlug = new HashMap<>();
    private final Map<String, DocumentModel> actionsById = new LinkedHashMap<>();
    private final Map<String, List<DocumentModel>> actionsBySource = new HashMap<>();
    private final Map<String, Map<String, Object>> dataById = new HashMap<>();
    private final Map<String, List<Map<String, Object>>> entryLists = new HashMap<>();
    private final Map<String, List<DocumentModel>> meetingsByCommittee = new HashMap<>();
    private final List<DocumentModel> events;

    @SuppressWarnings("unchecked")
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
            if (file.value() instanceof List<?> list) {
                entryLists.put(name, list.stream().filter(Map.class::isInstance).map(entry -> (Map<String, Object>) entry).toList());
            }
        });
        for (DocumentModel meeting : store.published("meeting")) {
            meetingsByCommittee.computeIfAbsent(String.valueOf(meeting.get("committee")), id -> new java.util.ArrayList<>()).add(meeting);
        }
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

    /** The entries of a data file that is a list (committees, themes), in the file's order. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> entries(String dataFile) {
        return entryLists.getOrDefault(dataFile, List.of());
    }

    /** The published document of {@code type} whose file name is {@code slug}, or null. */
    public DocumentModel document(String type, String slug) {
        return bySlug.getOrDefault(type, Map.of()).get(slug);
    }

    /** Every published action, oldest first. */
    public List<DocumentModel> actions() {
        return List.copyOf(actionsById.values());
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
        return List.copyOf(meetingsByCommittee.getOrDefault(committeeId, List.of()));
    }
}
