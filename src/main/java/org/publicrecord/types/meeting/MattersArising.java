package org.publicrecord.types.meeting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jbake.model.DocumentModel;

import org.publicrecord.model.ModelPart;
import org.publicrecord.model.ValueDigest;

/**
 * Actions followed across meetings ("matters arising"): the actions a meeting looked at again, and
 * for each action the meetings that did. A meeting reviews an action when one of its agenda items
 * lists the action's id under {@code actions}, or its minutes mention the id; an action is not
 * "reviewed" by the meeting that raised it or whose decisions led to it, since those pages list it
 * already as raised there.
 */
public final class MattersArising implements ModelPart {

    /**
     * An action's id as written in minutes, such as LPP-2024-05 (the action schema's pattern), not
     * inside a longer word. The test for the start of a word comes after the first capital, not
     * before it as a {@code \\b} would: a word-boundary test at every character of every body was
     * the slowest part of building the model.
     */
    private static final Pattern ACTION_ID = Pattern.compile("[A-Z](?<!\\w[A-Z])[A-Z]{1,5}-[0-9]{4}-[0-9]{2,3}(?!\\w)");

    private final Set<String> known;
    private final Map<String, String> raisedAt;
    private final Map<String, List<String>> reviewedBy = new LinkedHashMap<>();
    private final Map<String, List<DocumentModel>> meetingsReviewing = new LinkedHashMap<>();

    /**
     * @param meetingsNewestFirst the published meetings, as {@link Meetings#all()} holds them
     * @param actionIds           every published action's id
     * @param raisedAt            an action's id to the file name of the meeting it was raised at, if any
     */
    public MattersArising(List<DocumentModel> meetingsNewestFirst, Collection<String> actionIds, Map<String, String> raisedAt) {
        this.known = Set.copyOf(actionIds);
        this.raisedAt = Map.copyOf(raisedAt);
        List<DocumentModel> oldestFirst = new ArrayList<>(meetingsNewestFirst);
        java.util.Collections.reverse(oldestFirst);
        for (DocumentModel meeting : oldestFirst) {
            List<String> reviewed = reviewedIn(meeting);
            if (!reviewed.isEmpty()) {
                reviewedBy.put(String.valueOf(meeting.get("slug")), reviewed);
                reviewed.forEach(id -> meetingsReviewing.computeIfAbsent(id, key -> new ArrayList<>()).add(meeting));
            }
        }
    }

    /** The ids of the actions {@code meeting} looks at again, as its agenda and minutes are now. */
    private List<String> reviewedIn(DocumentModel meeting) {
        String slug = String.valueOf(meeting.get("slug"));
        Set<String> ledTo = new LinkedHashSet<>();
        forEachItem(meeting.get("decisions"), decision -> ledTo.addAll(texts(decision.get("actions"))));
        Set<String> referred = new LinkedHashSet<>();
        forEachItem(meeting.get("agenda"), item -> referred.addAll(texts(item.get("actions"))));
        Object body = meeting.getBody();
        if (body != null) {
            Matcher matcher = ACTION_ID.matcher(String.valueOf(body));
            while (matcher.find()) {
                referred.add(matcher.group());
            }
        }
        return referred.stream()
                .filter(known::contains)
                .filter(id -> !slug.equals(raisedAt.get(id)) && !ledTo.contains(id))
                .toList();
    }

    /** The ids of the actions the meeting looked at again, in the order it first mentions them. */
    public List<String> reviewedAt(String meetingSlug) {
        return reviewedBy.getOrDefault(meetingSlug, List.of());
    }

    /** The meetings that looked at the action again, oldest first. */
    public List<DocumentModel> meetingsReviewing(String actionId) {
        return meetingsReviewing.getOrDefault(actionId, List.of());
    }

    private static void forEachItem(Object list, java.util.function.Consumer<Map<?, ?>> action) {
        if (list instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> map) {
                    action.accept(map);
                }
            }
        }
    }

    private static List<String> texts(Object value) {
        return value instanceof List<?> list ? list.stream().filter(java.util.Objects::nonNull).map(String::valueOf).toList() : List.of();
    }

    /** A meeting's page lists the actions it looked at again: read from its agenda and minutes, which may name others now. */
    @Override
    public boolean outdatedBy(DocumentModel document) {
        return "meeting".equals(document.getType()) && !reviewedIn(document).equals(reviewedAt(String.valueOf(document.get("slug"))));
    }

    /** The actions each meeting looked at again: read partly from the minutes' bodies. */
    @Override
    public String digest(Function<Object, String> stored) {
        return ValueDigest.of(List.of(reviewedBy, meetingsReviewing), stored);
    }
}
