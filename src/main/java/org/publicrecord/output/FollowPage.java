package org.publicrecord.output;

import java.util.Map;

import org.publicrecord.follow.Following;
import org.publicrecord.render.SiteRenderer;

/**
 * {@code follow/}: every feed and calendar the site publishes, the site's own and each committee's
 * and theme's, with how to use them in plain words.
 */
public final class FollowPage extends SiteOutput {

    @Override
    protected int write(SiteRenderer renderer) {
        renderer.page(renderer.templateFor("follow"), Following.PAGE, Map.of(
                "content", Sections.listPage("follow", null, "follow"),
                "following", renderer.index().following(renderer.today())));
        return 1;
    }
}
