package org.publicrecord.model;

import org.publicrecord.build.BuildCache;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.publicrecord.build.BuildOptions;
import org.publicrecord.build.Superseded;
import org.publicrecord.content.DataFiles;
import org.publicrecord.schema.Schemas;
import org.publicrecord.site.Messages;
import org.publicrecord.site.Site;

/**
 * Everything the render phase reads, built once by the model phase: the site's facts, the words
 * of the interface, the build's date, every document to publish and the links between them, and
 * what each content type adds ({@link ContentType#parts}). Outputs receive it; none reads a file.
 *
 * @param options what the build was asked to do
 * @param site    the typed facts of {@code data/site.yaml}
 * @param messages every word of the interface
 * @param today   the day the site is built for
 * @param data    the data files, as templates see them by name
 * @param store   the documents to publish
 * @param index   the links between documents and data
 * @param types   the content types, in editors' order
 * @param features the content types and the features across types, whose parts and outputs the build has
 * @param schemas the schemas of the types and data files, where every field is described
 * @param parts   what the types added, by the name templates know it
 * @param cache   what earlier builds worked out (see {@link BuildCache}), for features that redo work per document
 */
public record SiteModel(BuildOptions options, Site site, Messages messages, LocalDate today, DataFiles data,
                        MemoryContentStore store, SiteIndex index, List<ContentType> types, List<Feature> features,
                        Schemas schemas, Map<String, Object> parts, BuildCache cache) {

    /** A model with the parts of every feature added, in the features' order. */
    public static SiteModel of(BuildOptions options, Site site, Messages messages, LocalDate today, DataFiles data,
                               MemoryContentStore store, SiteIndex index, List<ContentType> types, List<Feature> features,
                               Schemas schemas, BuildCache cache, BooleanSupplier newerChange) {
        Map<String, Object> parts = new LinkedHashMap<>();
        SiteModel model = new SiteModel(options, site, messages, today, data, store, index, types, features, schemas, parts, cache);
        // In order: a feature across types (following) reads the parts of the types before it.
        for (Feature feature : features) {
            Superseded.unless(newerChange);
            parts.putAll(feature.parts(model));
        }
        return model;
    }

    /** The part of class {@code kind} a type added (such as the meetings' {@code Meetings}); fails when none did. */
    public <T> T part(Class<T> kind) {
        for (Object part : parts.values()) {
            if (kind.isInstance(part)) {
                return kind.cast(part);
            }
        }
        throw new IllegalStateException("no content type adds a " + kind.getSimpleName() + " to the model");
    }

    /** The type named {@code name}, or null. */
    public ContentType type(String name) {
        return types.stream().filter(type -> type.name().equals(name)).findFirst().orElse(null);
    }
}
