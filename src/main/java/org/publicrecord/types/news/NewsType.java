package org.publicrecord.types.news;

import org.publicrecord.model.ContentType;

/** A news story: dated, listed newest first under {@code news/} and in the site's feed. */
public final class NewsType implements ContentType {

    @Override
    public String name() {
        return "news";
    }

    @Override
    public String folder() {
        return "news";
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public String listLayout() {
        return "layouts/list.peb";
    }
}
