package org.publicrecord.types.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jbake.model.DocumentModel;
import org.publicrecord.output.Paging;
import org.publicrecord.output.Sections;
import org.publicrecord.output.SiteOutput;
import org.publicrecord.types.action.ActionLog;
import org.publicrecord.types.action.ActionView;
import org.publicrecord.types.action.TrackedAction;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.content.Position;
import org.publicrecord.model.SiteIndex;
import org.publicrecord.types.meeting.Meetings;
import org.publicrecord.render.SiteRenderer;

/**
 * {@code committees/}, the list of committees, and a page for each committee of
 * data/committees.yaml: its purpose and members, its next meetings and latest past ones (split on
 * the build date) with a page per year of its meetings ({@code committees/<id>/2026/}), and the
 * latest actions raised at its meetings with a link to the tracker's page of them all. However
 * long its record, the committee's page stays short.
 */
public final class CommitteePages extends SiteOutput {

    /** Ids become folder names, so they are kept to lower-case words joined by hyphens. */
    private static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";

    @Override
    protected int write(SiteRenderer renderer) {
        List<Map<String, Object>> committees = committees(renderer);
        if (committees.isEmpty()) {
            return 0;
        }
        SiteIndex index = renderer.index();
        Meetings meetings = renderer.model().part(Meetings.class);
        renderer.page(renderer.templateFor("committee.list"), Meetings.COMMITTEES, Map.of(
                "content", Sections.listPage("committees", null, "committees")));
        ActionLog log = renderer.model().part(ActionLog.class);
        int written = 1;
        for (Map<String, Object> committee : committees) {
            String id = String.valueOf(committee.get("id"));
            List<DocumentModel> ofCommittee = meetings.of(id);
            Object purpose = committee.get("purpose");
            ActionView actions = log.view("committee", id);
            List<TrackedAction> raised = actions == null ? List.of() : actions.actions();
            renderer.page(renderer.templateFor("committee.page"), meetings.committeeUrl(id), Map.of(
                    "content", Sections.listPage(String.valueOf(committee.get("name")), purpose == null ? null : String.valueOf(purpose), "committee"),
                    "committee", committee,
                    "meetings", ofCommittee,
                    "schedule", MeetingLists.schedule(meetings, ofCommittee, renderer.today(), meetings.committeeUrl(id)),
                    "actions", raised.subList(0, Math.min(raised.size(), Paging.SHORT_LIST)),
                    "actions_count", raised.size(),
                    "actions_url", actions == null ? "" : actions.url()));
            written += 1 + MeetingLists.writeYears(renderer, meetings, ofCommittee, meetings.committeeUrl(id),
                    Map.of("section", "committees", "committee", committee));
        }
        return written;
    }

    /** The committees of data/committees.yaml, in the file's order; an id that cannot be a folder name stops the build. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> committees(SiteRenderer renderer) {
        var file = renderer.data().files().get("committees");
        if (file == null || !(file.value() instanceof List<?> entries)) {
            return List.of();
        }
        List<Map<String, Object>> committees = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) instanceof Map<?, ?> committee) {
                Object id = committee.get("id");
                if (id == null || !String.valueOf(id).matches(ID)) {
                    Position at = file.positions().getOrDefault("/" + i + "/id", file.positions().getOrDefault("/" + i, Position.START));
                    throw new BuildFailure(Problem.at(file.path(), at.line(), at.column(),
                            "the committee id '" + id + "' cannot be part of a web address",
                            "use lower-case letters, digits and hyphens, such as 'peoples-partnership'"));
                }
                committees.add((Map<String, Object>) committee);
            }
        }
        return committees;
    }
}
