package org.publicrecord.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.publicrecord.content.SourceDocument;

/**
 * Rendered bodies kept between builds of a warm process (the preview), so that a rebuild renders
 * only the documents whose text changed. A body depends on nothing but its file and its text.
 */
public final class MarkupCache {

    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final boolean enabled;

    private MarkupCache(boolean enabled) {
        this.enabled = enabled;
    }

    /** A cache for a process that builds many times. */
    public static MarkupCache shared() {
        return new MarkupCache(true);
    }

    /** No cache: a one-off build renders every body once anyway. */
    public static MarkupCache none() {
        return new MarkupCache(false);
    }

    String body(SourceDocument source, Supplier<String> render) {
        if (!enabled) {
            return render.get();
        }
        String key = source.name() + '\u0000' + source.bodyFirstLine() + '\u0000' + source.body();
        String cached = bodies.get(key);
        if (cached == null) {
            cached = render.get();
            bodies.put(key, cached);
        }
        return cached;
    }
}
