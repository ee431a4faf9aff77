package org.publicrecord.follow;

import java.time.LocalDate;

import org.jbake.model.DocumentModel;
import org.publicrecord.model.SiteIndex;
import org.publicrecord.types.meeting.Meetings;

/**
 * Where a meeting stands as news, and the days a feed gives it, worked out from the content alone
 * so that two builds agree and an entry's date moves only when the entry changes.
 *
 * <ul>
 *   <li><b>Announced</b> (Atom {@code published}): its {@code publish_date} when it has one;
 *       otherwise the day of the committee's meeting before it, where the next date is agreed;
 *       otherwise its own day.</li>
 *   <li><b>Updated</b>: for a meeting held, its day, or the day of the meeting that approved its
 *       minutes once that day has come; for any other, the day it was announced. Never before it
 *       was announced.</li>
 * </ul>
 *
 * <p>The content records no day for a cancellation or a postponement, so such a meeting keeps the
 * day it was announced: its entry's title and content change ("Cancelled: ..."), and a feed reader
 * that compares entries by content shows the change.
 */
public final class MeetingNews {

    /** Arranged and still to come (or not yet marked held). */
    public static final String ARRANGED = "arranged";
    public static final String HELD = "held";
    public static final String DRAFT_MINUTES = "draft_minutes";
    public static final String MINUTES_APPROVED = "minutes_approved";
    public static final String CANCELLED = "cancelled";
    public static final String POSTPONED = "postponed";

    private MeetingNews() {
    }

    /** One of the states above, from the meeting's status and its minutes' status. */
    public static String state(DocumentModel meeting) {
        Object status = meeting.get("meeting_status");
        if ("cancelled".equals(status)) {
            return CANCELLED;
        }
        if ("postponed".equals(status)) {
            return POSTPONED;
        }
        if (!"held".equals(status)) {
            return ARRANGED;
        }
        Object minutes = meeting.get("minutes_status");
        return "approved".equals(minutes) ? MINUTES_APPROVED : "draft".equals(minutes) ? DRAFT_MINUTES : HELD;
    }

    /** The day the meeting was announced (see the class description). */
    public static LocalDate announced(DocumentModel meeting, Meetings facts) {
        if (meeting.get("publish_date") != null) {
            return LocalDate.parse(String.valueOf(meeting.get("publish_date")));
        }
        return facts.dayBefore(meeting).orElse(Meetings.dayOf(meeting));
    }

    /** The day the meeting's entry last changed (see the class description); {@code today} holds back an approval still to come. */
    public static LocalDate updated(DocumentModel meeting, Meetings facts, SiteIndex index, LocalDate today) {
        LocalDate announced = announced(meeting, facts);
        if (!"held".equals(meeting.get("meeting_status"))) {
            return announced;
        }
        LocalDate changed = Meetings.dayOf(meeting);
        if ("approved".equals(meeting.get("minutes_status")) && meeting.get("minutes_approved_at") != null) {
            DocumentModel approvedAt = index.document("meeting", String.valueOf(meeting.get("minutes_approved_at")));
            if (approvedAt != null && !Meetings.dayOf(approvedAt).isAfter(today) && Meetings.dayOf(approvedAt).isAfter(changed)) {
                changed = Meetings.dayOf(approvedAt);
            }
        }
        return changed.isBefore(announced) ? announced : changed;
    }
}
