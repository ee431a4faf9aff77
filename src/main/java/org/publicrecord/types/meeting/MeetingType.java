package org.publicrecord.types.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jbake.render.RenderingTool;
import org.publicrecord.model.ContentType;
import org.publicrecord.model.SiteModel;
import org.publicrecord.validate.Rule;

/**
 * A meeting of a committee: its agenda before, its minutes and decisions after. Files are named
 * after their date, in a folder per year; the type adds {@link Meetings} to the model
 * ({@code meeting_facts} in templates) and writes the meetings' lists, committee pages and calendars.
 */
public final class MeetingType implements ContentType {

    @Override
    public String name() {
        return "meeting";
    }

    @Override
    public String folder() {
        return "meetings";
    }

    @Override
    public int order() {
        return 2;
    }

    @Override
    public String listLayout() {
        return "layouts/meetings.peb";
    }

    @Override
    public String newFile(String name, LocalDate day) {
        return "content/meetings/" + day.getYear() + "/" + day + "-" + name + ".md";
    }

    @Override
    public Map<String, Object> parts(SiteModel model) {
        return Map.of("meeting_facts", new Meetings(model));
    }

    @Override
    public List<Rule> rules() {
        return List.of(new MeetingTimes());
    }

    @Override
    public List<RenderingTool> outputs() {
        return List.of(new MeetingLists(), new CommitteePages(), new MeetingCalendars(), new CommitteeCalendars());
    }
}
