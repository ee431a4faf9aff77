package org.publicrecord.types.easyread;

import java.util.Map;

import org.publicrecord.model.ContentType;
import org.publicrecord.model.SiteModel;

/**
 * An Easy Read version of another document (a meeting's summary, an event's "what we heard"):
 * its own layout, a picture beside each point. Adds {@code easy_read} ({@link EasyReads}) so that
 * the standard page links to its Easy Read version and back.
 */
public final class EasyReadType implements ContentType {

    @Override
    public String name() {
        return "easyread";
    }

    @Override
    public String folder() {
        return "easy-read";
    }

    @Override
    public int order() {
        return 5;
    }

    /** {@code easy-read/}: every Easy Read version, newest first. */
    @Override
    public String listLayout() {
        return "layouts/list.peb";
    }

    /** Easy Read versions have no year: {@code content/easy-read/name.md}. */
    @Override
    public String newFile(String name, java.time.LocalDate day) {
        return "content/" + folder() + "/" + name + ".md";
    }

    @Override
    public Map<String, Object> parts(SiteModel model) {
        return Map.of("easy_read", new EasyReads(model.store().published("easyread"), model.store().documents()));
    }
}
