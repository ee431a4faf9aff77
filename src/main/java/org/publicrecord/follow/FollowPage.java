package org.publicrecord.follow;

import java.util.Map;

import org.publicrecord.output.Sections;
import org.publicrecord.output.SiteOutput;
import org.publicrecord.render.SiteRenderer;

/**
 * {@code follow/}: every feed and calendar the site publishes, the site's own and each committee's
 * and theme's, with how to use them in plain words.
 */
public final class FollowPage extends SiteOutput {

    @Override
    protected int write(SiteRenderer renderer) {
        // A site whose jbake.properties names no follow layout has chosen to have no such page.
        if (renderer.config().getTemplateByDocType("follow") == null) {
            return 0;
        }
        renderer.page(renderer.templateFor("follow"), Following.PAGE, Map.of(
                "content", Sections.listPage("follow", null, "follow"),
                "following", renderer.model().part(Following.class)));
        return 1;
    }
}
