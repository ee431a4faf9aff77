package org.publicrecord.types.meeting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.publicrecord.model.ContentType;
import org.publicrecord.model.SiteModel;
import org.publicrecord.validate.Rule;

/**
 * A meeting of a committee: its agenda before, its minutes and decisions after. Files are named
 * after their date, in a folder per year; the type adds {@link Meetings} ({@code meeting_facts} in
 * templates), the {@link DecisionRegister} ({@code decision_register}) and {@link MattersArising}
 * ({@code matters_arising}) to the model, and writes the meetings' lists, committee pages and
 * calendars, the decisions register and the open data of the record.
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
        Meetings meetings = new Meetings(model);
        // An action is looked at again wherever a later meeting names its id; where it was raised does not count.
        Map<String, String> raisedAt = new HashMap<>();
        for (DocumentModel action : model.index().actions()) {
            if (action.get("source") instanceof Map<?, ?> source && source.get("meeting") != null) {
                raisedAt.put(String.valueOf(action.get("id")), String.valueOf(source.get("meeting")));
            }
        }
        Set<String> actionIds = new LinkedHashSet<>();
        model.index().actions().forEach(action -> actionIds.add(String.valueOf(action.get("id"))));
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("meeting_facts", meetings);
        parts.put("decision_register", new DecisionRegister(meetings));
        parts.put("matters_arising", new MattersArising(meetings.all(), actionIds, raisedAt));
        return parts;
    }

    @Override
    public List<Rule> rules() {
        return List.of(MeetingTimes.RULE, MeetingFileNames.RULE);
    }

    @Override
    public List<RenderingTool> outputs() {
        return List.of(new MeetingLists(), new CommitteePages(), new MeetingCalendars(), new CommitteeCalendars(), new DecisionPages(),
                new RecordData());
    }
}
