package org.publicrecord.types.meeting;

import java.util.List;
import java.util.Map;

import org.publicrecord.output.Paging;
import org.publicrecord.output.Sections;
import org.publicrecord.output.SiteOutput;
import org.publicrecord.types.meeting.DecisionRegister;
import org.publicrecord.render.SiteRenderer;

/**
 * The decisions register, from the template {@code template.decision.list.file}: {@code decisions/},
 * every decision of every committee newest first, and a page per committee
 * ({@code decisions/committee/<id>/}) and per year ({@code decisions/2026/}), each in pages of
 * {@link Paging#PAGE_SIZE} as the action tracker is. A site whose meetings record no decision gets none.
 */
public final class DecisionPages extends SiteOutput {

    @Override
    protected String contentType() {
        return "meeting";
    }

    @Override
    protected int write(SiteRenderer renderer) {
        DecisionRegister register = renderer.model().part(DecisionRegister.class);
        if (register.all().isEmpty()) {
            return 0;
        }
        String template = renderer.templateFor("decision.list");
        int written = pages(renderer, template, register.all(), DecisionRegister.FOLDER, null);
        for (DecisionRegister.View view : register.views()) {
            written += pages(renderer, template, view.decisions(), view.url(), view);
        }
        return written;
    }

    private static int pages(SiteRenderer renderer, String template, List<DecisionRegister.Decision> decisions, String url, DecisionRegister.View view) {
        List<Paging<DecisionRegister.Decision>> pages = Paging.of(decisions, url);
        for (Paging<DecisionRegister.Decision> page : pages) {
            String title = view == null ? "decisions" : view.kind();
            Map<String, Object> model = view == null
                    ? Map.of("content", Sections.listPage(title, null, "list"), "section", "decisions", "paging", page)
                    : Map.of("content", Sections.listPage(title, null, "list"), "section", "decisions", "paging", page, "view", view);
            renderer.page(template, page.url(), model);
        }
        return pages.size();
    }
}
