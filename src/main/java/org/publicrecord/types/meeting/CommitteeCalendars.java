package org.publicrecord.types.meeting;

import java.util.List;
import java.util.Map;

import org.jbake.model.DocumentModel;
import org.publicrecord.output.SiteOutput;
import org.publicrecord.types.meeting.MeetingCalendar;
import org.publicrecord.types.meeting.MeetingWords;
import org.publicrecord.types.meeting.Meetings;
import org.publicrecord.render.SiteRenderer;

/**
 * {@code committees/<id>/meetings.ics}: one committee's meetings to subscribe to. A committee with
 * no meetings on the site has none, since an iCalendar file must hold at least one event.
 */
public final class CommitteeCalendars extends SiteOutput {

    @Override
    protected String contentType() {
        return "meeting";
    }

    @Override
    protected int write(SiteRenderer renderer) {
        Meetings meetings = renderer.model().part(Meetings.class);
        Map<String, Object> words = renderer.messages().group("meeting");
        int written = 0;
        for (Map<String, Object> committee : CommitteePages.committees(renderer)) {
            String id = String.valueOf(committee.get("id"));
            List<DocumentModel> ofCommittee = meetings.of(id);
            if (ofCommittee.isEmpty()) {
                continue;
            }
            String name = MeetingWords.word(words, "calendar_name_committee").replace("{committee}", String.valueOf(committee.get("name")));
            String address = meetings.committeeCalendar(id);
            renderer.write(address, MeetingCalendar.subscription(name, address, meetings.committeeUrl(id),
                            committee.get("colour") == null ? null : String.valueOf(committee.get("colour")),
                            ofCommittee, meetings, words, renderer.today(), false),
                    getClass().getSimpleName());
            written++;
        }
        return written;
    }
}
