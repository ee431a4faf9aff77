package org.publicrecord.types.meeting;

import java.util.List;
import java.util.Map;

import org.jbake.model.DocumentModel;
import org.publicrecord.build.Parallel;
import org.publicrecord.output.SiteOutput;
import org.publicrecord.types.meeting.MeetingCalendar;
import org.publicrecord.types.meeting.MeetingWords;
import org.publicrecord.types.meeting.Meetings;
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
        Meetings meetings = renderer.model().part(Meetings.class);
        List<DocumentModel> all = meetings.all();
        if (all.isEmpty()) {
            return 0;
        }
        Map<String, Object> words = renderer.messages().group("meeting");
        String name = MeetingWords.word(words, "calendar_name_all").replace("{site}", renderer.site().name());
        String producer = getClass().getSimpleName();
        renderer.write(Meetings.ALL_CALENDAR, MeetingCalendar.subscription(name, Meetings.ALL_CALENDAR, MeetingLists.folder(renderer) + "/", null, all, meetings, words, renderer.today(), true), producer);
        Parallel.map(all, meeting -> {
            renderer.write(meetings.calendarOf(meeting), MeetingCalendar.single(meeting, meetings, words, renderer.today()), producer);
            return meeting;
        }, renderer.options().threads());
        return all.size() + 1;
    }
}
