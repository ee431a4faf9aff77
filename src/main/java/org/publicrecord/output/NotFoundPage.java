package org.publicrecord.output;

import java.util.Map;

import org.publicrecord.render.SiteRenderer;

/**
 * The page hosts serve for an address that does not exist, from JBake's
 * {@code template.error404.file}. It can be served at any depth, so its links must be absolute.
 */
public final class NotFoundPage extends SiteOutput {

    static final String FILE = "404.html";

    @Override
    protected int write(SiteRenderer renderer) {
        renderer.page(renderer.templateFor("error404"), FILE, Map.of(
                "content", Sections.listPage("Page not found", null, "error404"),
                "root", java.net.URI.create(renderer.siteUrl()).getPath()));
        return 1;
    }
}
