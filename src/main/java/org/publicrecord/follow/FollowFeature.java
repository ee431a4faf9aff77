package org.publicrecord.follow;

import java.util.List;
import java.util.Map;

import org.jbake.render.RenderingTool;
import org.publicrecord.model.Feature;
import org.publicrecord.model.SiteModel;

/**
 * Following a committee or a theme, across meetings and actions: adds {@link Following} to the
 * model ({@code following} in templates) and writes each committee's and theme's feed, each
 * theme's calendar and the page of every feed and calendar.
 */
public final class FollowFeature implements Feature {

    @Override
    public Map<String, Object> parts(SiteModel model) {
        return Map.of("following", new Following(model));
    }

    @Override
    public List<RenderingTool> outputs() {
        return List.of(new FollowFeeds(), new ThemeCalendars(), new FollowPage());
    }
}
