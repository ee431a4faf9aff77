package org.publicrecord.types.page;

import org.publicrecord.model.ContentType;

/** A standing page (about, contact, accessibility): at the site's root, with no date of its own. */
public final class PageType implements ContentType {

    @Override
    public String name() {
        return "page";
    }

    @Override
    public String folder() {
        return "";
    }

    @Override
    public int order() {
        return 0;
    }
}
