package org.publicrecord.output;

import org.publicrecord.render.SiteRenderer;

/** {@code robots.txt}: everything may be indexed; points crawlers at the sitemap. */
public final class RobotsTxt extends SiteOutput {

    @Override
    protected int write(SiteRenderer renderer) {
        renderer.write("robots.txt", "User-agent: *\nAllow: /\n\nSitemap: " + renderer.absoluteUrl(Sitemap.FILE) + "\n",
                getClass().getSimpleName());
        return 1;
    }
}
