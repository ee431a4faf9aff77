package org.publicrecord.output;

import java.nio.file.Files;
import java.util.Map;

import org.publicrecord.follow.Following;
import org.publicrecord.render.SiteRenderer;

/**
 * {@code feed.xsl}: the XSLT stylesheet every feed names, so that a feed opened in a browser reads
 * as a page that says what a feed is and how to follow it, rendered from
 * {@code templates/feed/feed.xsl.peb} in the words of messages.yaml.
 */
public final class FeedStylesheet extends SiteOutput {

    static final String TEMPLATE = "feed/feed.xsl.peb";

    @Override
    protected int write(SiteRenderer renderer) {
        if (!Files.isRegularFile(renderer.config().getTemplateFolder().toPath().resolve(TEMPLATE))) {
            return 0;
        }
        renderer.page(TEMPLATE, Following.FEED_STYLESHEET, Map.of());
        return 1;
    }
}
