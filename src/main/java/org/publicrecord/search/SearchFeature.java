package org.publicrecord.search;

import java.util.List;

import org.jbake.render.RenderingTool;
import org.publicrecord.model.Feature;

/**
 * Search across every type: the search page, with its ways to browse without JavaScript. The
 * index itself is made from the finished pages by {@link org.publicrecord.output.SearchIndex}.
 */
public final class SearchFeature implements Feature {

    @Override
    public List<RenderingTool> outputs() {
        return List.of(new SearchPage());
    }
}
