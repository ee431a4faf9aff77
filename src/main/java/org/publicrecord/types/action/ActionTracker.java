package org.publicrecord.types.action;

import java.util.List;
import java.util.Map;

import org.publicrecord.output.Paging;
import org.publicrecord.output.Sections;
import org.publicrecord.output.SiteOutput;
import org.publicrecord.types.action.ActionFacet;
import org.publicrecord.types.action.ActionLog;
import org.publicrecord.types.action.ActionView;
import org.publicrecord.types.action.TrackedAction;
import org.publicrecord.render.SiteRenderer;

/**
 * The action tracker's pages, all from the template {@code template.action.list.file}:
 * {@code actions/} itself, a page per status, owner, theme and committee (such as
 * {@code actions/owner/lewisham-council/}), a page listing each kind of group, the overdue
 * actions, and the page documenting the open data. The tracker and each group list their
 * actions in pages of {@link Paging#PAGE_SIZE} ({@code actions/page/2/}...). Each is a real page,
 * so every view works without JavaScript and can be linked to.
 */
public final class ActionTracker extends SiteOutput {

    static final String DATA_PAGE = ActionLog.FILES.get("data");
    static final String DATA_TEMPLATE = "layouts/action-data.peb";

    @Override
    protected String contentType() {
        return "action";
    }

    @Override
    protected int write(SiteRenderer renderer) {
        ActionLog log = renderer.model().part(ActionLog.class);
        String template = renderer.templateFor("action.list");
        int written = pages(renderer, template, log.all(), ActionLog.FOLDER, "list", null);
        for (ActionFacet facet : log.facets()) {
            renderer.page(template, facet.url(), Map.of("content", Sections.listPage(facet.kind(), null, "list"),
                    "section", "actions", "facet", facet));
            written++;
        }
        for (ActionView view : log.views()) {
            written += pages(renderer, template, view.actions(), view.url(), view.key(), view);
        }
        renderer.page(DATA_TEMPLATE, DATA_PAGE, Map.of("content", Sections.listPage("data", null, "list"),
                "section", "actions", "columns", ActionColumns.csv(renderer, log.asOf()),
                "licence", ActionData.siteLicence(renderer)));
        return written + 1;
    }

    /** Writes {@code actions} in pages from {@code url} on, as the whole tracker (view null) or as one group. */
    private static int pages(SiteRenderer renderer, String template, List<TrackedAction> actions, String url, String title, ActionView view) {
        List<Paging<TrackedAction>> pages = Paging.of(actions, url);
        for (Paging<TrackedAction> page : pages) {
            Map<String, Object> model = view == null
                    ? Map.of("content", Sections.listPage(title, null, "list"), "section", "actions", "paging", page)
                    : Map.of("content", Sections.listPage(title, null, "list"), "section", "actions", "paging", page, "view", view);
            renderer.page(template, page.url(), model);
        }
        return pages.size();
    }
}
