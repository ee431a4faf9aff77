package org.publicrecord.output;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jbake.model.DocumentModel;
import org.publicrecord.render.SiteRenderer;

/**
 * A list for each section ({@code news/}, {@code events/}...), newest first, in pages of
 * {@link Paging#PAGE_SIZE} ({@code news/}, then {@code news/page/2/}...), with the template set as
 * {@code template.<type>.list.file} in jbake.properties.
 */
public final class SectionPages extends SiteOutput {

    /**
     * Types whose lists are not a plain list, so other outputs write them: the action tracker
     * ({@link ActionTracker}) and the meetings to come and by year ({@link MeetingLists}).
     */
    static final Set<String> LISTED_ELSEWHERE = Set.of("action", "meeting");

    @Override
    protected int write(SiteRenderer renderer) {
        int written = 0;
        for (Map.Entry<String, String> section : Sections.of(renderer.store()).entrySet()) {
            String folder = section.getKey();
            String type = section.getValue();
            if (LISTED_ELSEWHERE.contains(type)) {
                continue;
            }
            List<DocumentModel> items = renderer.store().published(type);
            String template = renderer.templateFor(type + ".list");
            for (Paging<DocumentModel> page : Paging.of(items, folder + "/")) {
                renderer.page(template, page.url(), Map.of(
                        "content", Sections.listPage(folder, null, "list"),
                        "section", folder,
                        "items", page.items(),
                        "paging", page));
                written++;
            }
        }
        return written;
    }
}
