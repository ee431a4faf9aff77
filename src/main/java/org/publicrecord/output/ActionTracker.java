package org.publicrecord.output;

import java.util.Map;

import org.publicrecord.actions.ActionFacet;
import org.publicrecord.actions.ActionLog;
import org.publicrecord.actions.ActionView;
import org.publicrecord.render.SiteRenderer;

/**
 * The action tracker's pages beyond {@code actions/} itself (which the section list writes with the
 * same template, {@code template.action.list.file}): a page per status, owner, theme and committee
 * (such as {@code actions/owner/lewisham-council/}), a page listing each kind of group, the overdue
 * actions, and the page documenting the open data. Each is a real page, so every view works
 * without JavaScript and can be linked to.
 */
public final class ActionTracker extends SiteOutput {

    static final String DATA_PAGE = ActionLog.FILES.get("data");
    static final String DATA_TEMPLATE = "layouts/action-data.peb";

    @Override
    protected String contentType() {
        return "action";
    }

    @Override
    public String name() {
        return "action tracker";
    }

    @Override
    protected int write(SiteRenderer renderer) {
        ActionLog log = renderer.index().actionLog(renderer.today());
        String template = renderer.templateFor("action.list");
        int written = 0;
        for (ActionFacet facet : log.facets()) {
            renderer.page(template, facet.url(), Map.of("content", Sections.listPage(facet.kind(), null, "list"),
                    "section", "actions", "facet", facet));
            written++;
        }
        for (ActionView view : log.views()) {
            renderer.page(template, view.url(), Map.of("content", Sections.listPage(view.key(), null, "list"),
                    "section", "actions", "view", view));
            written++;
        }
        renderer.page(DATA_TEMPLATE, DATA_PAGE, Map.of("content", Sections.listPage("data", null, "list"),
                "section", "actions", "columns", ActionColumns.csv(renderer, log.asOf()),
                "licence", ActionData.siteLicence(renderer)));
        return written + 1;
    }
}
