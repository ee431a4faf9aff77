package org.publicrecord.types.notice;

import java.util.List;
import java.util.Map;

import org.jbake.render.RenderingTool;
import org.publicrecord.model.ContentType;
import org.publicrecord.model.SiteModel;

/** A toy content type, added by following docs/architecture.md's recipe: a public notice with a closing date. */
public final class NoticeType implements ContentType {

    @Override
    public String name() {
        return "notice";
    }

    @Override
    public String folder() {
        return "notices";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String listLayout() {
        return "layouts/list.peb";
    }

    @Override
    public Map<String, Object> parts(SiteModel model) {
        return Map.of("open_notices", new OpenNotices(model));
    }

    @Override
    public List<RenderingTool> outputs() {
        return List.of(new NoticeDates());
    }
}
