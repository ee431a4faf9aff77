package org.publicrecord.types.action;

import java.time.LocalDate;

/**
 * Where residents said what an action answers: a meeting, or an event and, where known, the item
 * heard there.
 *
 * @param kind      {@code meeting} or {@code event}
 * @param slug      the meeting's or event's file name
 * @param item      the id of the item heard at the event, or null
 * @param itemText  what the item heard says, or null
 * @param title     the meeting's or event's title (the slug when no such document is published)
 * @param url       the address within the site, with {@code #item} for an item heard; null when no such document is published
 * @param committee the id of the meeting's committee, or null
 */
public record ActionSource(String kind, String slug, String item, String itemText, String title, LocalDate day,
                           String url, String committee) {

    public static final String MEETING = "meeting";
    public static final String EVENT = "event";
}
