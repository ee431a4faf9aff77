package org.publicrecord.types.action;

import java.time.LocalDate;
import java.util.List;

/**
 * One dated step in an action's life: the day it was agreed, a progress update, the day it was
 * marked done, or its due date.
 *
 * @param kind          {@code agreed}, {@code update}, {@code done} or {@code due}
 * @param status        the action's status after this step
 * @param statusChanged whether this step changed the status, so the page can say so
 * @param anchor        the id of this step on the action's page, for links from the feed
 */
public record TimelineEntry(LocalDate date, String kind, String text, String status, boolean statusChanged,
                            List<Evidence> evidence, String anchor) {

    public static final String AGREED = "agreed";
    public static final String UPDATE = "update";
    public static final String DONE = "done";
    public static final String DUE = "due";

    /** Whether this step is something that happened, as opposed to a date that was set. */
    public boolean happened() {
        return !DUE.equals(kind);
    }
}
