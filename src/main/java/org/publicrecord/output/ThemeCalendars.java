package org.publicrecord.output;

import java.util.Map;

import org.publicrecord.follow.Following;
import org.publicrecord.follow.Subject;
import org.publicrecord.meetings.MeetingCalendar;
import org.publicrecord.meetings.Meetings;
import org.publicrecord.render.SiteRenderer;

/**
 * {@code actions/theme/<id>/meetings.ics}: the meetings that touched one theme (see
 * {@link Following}), to subscribe to. A theme with no such meeting has no calendar.
 */
public final class ThemeCalendars extends SiteOutput {

    @Override
    protected String contentType() {
        return "meeting";
    }

    @Override
    protected int write(SiteRenderer renderer) {
        Meetings meetings = renderer.index().meetings();
        Map<String, Object> words = CalendarMessages.meetingWords(renderer);
        FollowWords follow = FollowWords.of(renderer);
        int written = 0;
        for (Subject theme : renderer.index().following(renderer.today()).themes()) {
            if (theme.calendar() == null) {
                continue;
            }
            String name = follow.get("calendar_name_theme").replace("{name}", theme.name());
            renderer.write(theme.calendar(), MeetingCalendar.subscription(name, theme.calendar(), theme.page(), null,
                    theme.meetings(), meetings, words, renderer.today(), false), getClass().getSimpleName());
            written++;
        }
        return written;
    }
}
