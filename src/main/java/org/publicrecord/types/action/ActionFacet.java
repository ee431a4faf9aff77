package org.publicrecord.types.action;

import java.util.List;

/**
 * One way of sorting the action log into groups (by status, owner, theme or committee), with a
 * page listing the groups.
 *
 * @param url the page listing the groups, such as {@code actions/owner/}
 */
public record ActionFacet(String kind, String url, List<ActionView> views) {
}
