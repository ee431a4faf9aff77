package org.publicrecord.output;

import java.util.List;
import java.util.Map;

import org.jbake.model.DocumentModel;
import org.publicrecord.render.SiteRenderer;

/**
 * A list page for each section ({@code meetings/}, {@code news/}...), newest first, with the
 * template set as {@code template.<type>.list.file} in jbake.properties.
 */
public final class SectionPages extends SiteOutput {

    @Override
    public String name() {
        return "lists";
    }

    @Override
    protected int write(SiteRenderer renderer) {
        int written = 0;
        for (Map.Entry<String, String> section : Sections.of(renderer.store()).entrySet()) {
            String folder = section.getKey();
            String type = section.getValue();
            List<DocumentModel> items = renderer.store().published(type);
            renderer.page(renderer.templateFor(type + ".list"), folder + "/", Map.of(
                    "content", Sections.listPage(folder, null, "list"),
                    "section", folder,
                    "items", items));
            written++;
        }
        return written;
    }
}
