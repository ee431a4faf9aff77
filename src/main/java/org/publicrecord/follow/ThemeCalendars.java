package org.publicrecord.follow;

import java.util.Map;

import org.publicrecord.output.SiteOutput;
import org.publicrecord.types.meeting.MeetingCalendar;
import org.publicrecord.types.meeting.Meetings;
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
        Meetings meetings = renderer.model().part(Meetings.class);
        Map<String, Object> words = renderer.messages().group("meeting");
        FollowWords follow = FollowWords.of(renderer);
        int written = 0;
        for (Subject theme : renderer.model().part(Following.class).themes()) {
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
