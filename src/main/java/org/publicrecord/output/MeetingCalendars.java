package org.publicrecord.output;

import java.util.List;
import java.util.Map;

import org.jbake.model.DocumentModel;
import org.publicrecord.build.Parallel;
import org.publicrecord.meetings.MeetingCalendar;
import org.publicrecord.meetings.MeetingWords;
import org.publicrecord.meetings.Meetings;
import org.publicrecord.render.SiteRenderer;

/**
 * {@code meetings.ics}, every meeting to subscribe to, and each meeting's {@code meeting.ics}
 * beside its page, to add that one meeting to a calendar.
 */
public final class MeetingCalendars extends SiteOutput {

    @Override
    protected String contentType() {
        return "meeting";
    }

    @Override
    protected int write(SiteRenderer renderer) {
        Meetings meetings = renderer.index().meetings();
        List<DocumentModel> all = meetings.all();
        if (all.isEmpty()) {
            return 0;
        }
        Map<String, Object> words = CalendarMessages.meetingWords(renderer);
        String name = MeetingWords.word(words, "calendar_name_all").replace("{site}", CalendarMessages.siteName(renderer));
        String producer = getClass().getSimpleName();
        renderer.write(Meetings.ALL_CALENDAR, MeetingCalendar.subscription(name, Meetings.ALL_CALENDAR, MeetingLists.folder(renderer) + "/", null, all, meetings, words, renderer.today(), true), producer);
        Parallel.map(all, meeting -> {
            renderer.write(meetings.calendarOf(meeting), MeetingCalendar.single(meeting, meetings, words, renderer.today()), producer);
            return meeting;
        }, renderer.options().threads());
        return all.size() + 1;
    }
}
