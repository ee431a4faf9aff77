package org.publicrecord.model;

import java.util.List;
import java.util.Map;

import com.mitchellbosecke.pebble.extension.Filter;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;

/**
 * Something the build adds to the model and the outputs: every content type is one, and a
 * feature across types (following committees and themes) is one too. Features that are not
 * content types are listed in {@code META-INF/services/org.publicrecord.model.Feature}.
 */
public interface Feature {

    /**
     * What the feature adds to the model once every document is in it, by the name templates know
     * it ({@code meeting_facts}); outputs find the same objects with {@link SiteModel#part(Class)}.
     */
    default Map<String, Object> parts(SiteModel model) {
        return Map.of();
    }

    /**
     * What the feature changes in one document's model, as {@link #parts} does to every document
     * in the store: for a page the preview shows from the last build's model, before the new one is made.
     */
    default void prepare(SiteModel model, DocumentModel document) {
    }

    /** The outputs only this feature has (its calendars, its open data). */
    default List<RenderingTool> outputs() {
        return List.of();
    }

    /** Template filters only this feature's layouts use, by name. */
    default Map<String, Filter> filters() {
        return Map.of();
    }
}
