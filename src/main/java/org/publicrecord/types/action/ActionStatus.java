package org.publicrecord.types.action;

import java.util.List;

/** The statuses an action can have, as editors write them in {@code action_status}, in the order a reader meets them. */
public final class ActionStatus {

    public static final String OPEN = "open";
    public static final String IN_PROGRESS = "in-progress";
    public static final String DONE = "done";
    public static final String NOT_TAKEN_FORWARD = "not-taken-forward";

    /** Every status, in the order tables, charts and views list them. */
    public static final List<String> ALL = List.of(OPEN, IN_PROGRESS, DONE, NOT_TAKEN_FORWARD);

    private ActionStatus() {
    }

    /** Whether work is still expected, so that a passed due date makes the action overdue. */
    public static boolean isUnfinished(String status) {
        return OPEN.equals(status) || IN_PROGRESS.equals(status);
    }

    /** The position of {@code status} in {@link #ALL}, for sorting; unknown statuses sort last. */
    public static int rank(String status) {
        int rank = ALL.indexOf(status);
        return rank < 0 ? ALL.size() : rank;
    }
}
