package org.publicrecord.output;

import java.nio.file.Files;
import java.util.Map;

import org.publicrecord.render.SiteRenderer;

/**
 * {@code feed.xsl}: the XSLT stylesheet every feed names, so that a feed opened in a browser reads
 * as a page that says what a feed is and how to follow it, rendered from
 * {@code templates/feed/feed.xsl.peb} in the words of the messages.
 */
public final class FeedStylesheet extends SiteOutput {

    static final String TEMPLATE = "feed/feed.xsl.peb";
    /** Where the stylesheet is published, at the site's root. */
    public static final String FILE = "feed.xsl";

    @Override
    protected int write(SiteRenderer renderer) {
        if (!Files.isRegularFile(renderer.config().getTemplateFolder().toPath().resolve(TEMPLATE))) {
            return 0;
        }
        renderer.page(TEMPLATE, FILE, Map.of());
        return 1;
    }
}
