package org.publicrecord.types.action;

import java.util.List;

/**
 * The actions sharing one status, owner, theme or committee, shown as a page of the tracker.
 *
 * @param kind one of {@link ActionLog#FACETS}, or {@code overdue}
 * @param key  the status, or the id of the organisation, theme or committee
 * @param name the organisation's, theme's or committee's name; null for a status, whose name is a UI word
 * @param url  the page's address, such as {@code actions/owner/lewisham-council/}
 */
public record ActionView(String kind, String key, String name, String url, List<TrackedAction> actions) {

    public int count() {
        return actions.size();
    }
}
