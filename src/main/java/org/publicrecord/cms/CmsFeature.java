package org.publicrecord.cms;

import java.util.List;

import org.jbake.render.RenderingTool;
import org.publicrecord.model.Feature;

/** The editors' CMS at admin/: forms for every content type, made from the schemas (docs/editing.md). */
public final class CmsFeature implements Feature {

    @Override
    public List<RenderingTool> outputs() {
        return List.of(new AdminPage());
    }
}
