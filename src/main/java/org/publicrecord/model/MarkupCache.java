package org.publicrecord.model;

import java.util.function.Supplier;

import org.publicrecord.build.BuildCache;
import org.publicrecord.content.SourceDocument;

/**
 * Rendered bodies kept between builds ({@link BuildCache}), so that a build renders only the
 * documents whose text changed, and starts AsciiDoc's engine only when an AsciiDoc file did.
 * A body depends on its file's name and text and on the site's settings and data (the
 * {@code settings} digest: which addresses are the site's own, the markup's options), nothing else.
 */
public final class MarkupCache {

    private final BuildCache cache;
    private final BuildCache.Shelf bodies;
    private final String settings;

    private MarkupCache(BuildCache cache, String settings) {
        this.cache = cache;
        this.bodies = cache.shelf("bodies");
        this.settings = settings;
    }

    /** Bodies kept in {@code cache}, for a build whose settings and data digest to {@code settings}. */
    public static MarkupCache of(BuildCache cache, String settings) {
        return new MarkupCache(cache, settings);
    }

    /** No cache: a one-off build renders every body once anyway. */
    public static MarkupCache none() {
        return of(BuildCache.none(), "");
    }

    String body(SourceDocument source, Supplier<String> render) {
        return cache.same("bodies", source.name(), source, settings,
                () -> bodies.text(BuildCache.digest(BuildCache.CODE, settings, source.name(), source.bodyFirstLine(), source.body()), render));
    }
}
