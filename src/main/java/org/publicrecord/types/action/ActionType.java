package org.publicrecord.types.action;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jbake.render.RenderingTool;
import org.publicrecord.model.ContentType;
import org.publicrecord.model.SiteModel;

/**
 * An action of the log ("you said, we did"): named by its id, it adds the {@link ActionLog} as it
 * stands on the build's date to the model ({@code action_log} in templates) and writes the
 * tracker, its open data and the feed of updates.
 */
public final class ActionType implements ContentType {

    @Override
    public String name() {
        return "action";
    }

    @Override
    public String folder() {
        return "actions";
    }

    @Override
    public int order() {
        return 4;
    }

    @Override
    public String listLayout() {
        return "layouts/actions.peb";
    }

    /** Actions are named by their id ({@code lpp-2026-03}), in one folder. */
    @Override
    public String newFile(String name, LocalDate day) {
        return "content/actions/" + name + ".md";
    }

    @Override
    public Map<String, Object> parts(SiteModel model) {
        return Map.of("action_log", new ActionLog(model.index(), model.today()));
    }

    @Override
    public List<RenderingTool> outputs() {
        return List.of(new ActionTracker(), new ActionData(), new ActionFeed());
    }
}
