package org.publicrecord.types;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

import org.publicrecord.model.ContentType;
import org.publicrecord.model.Feature;
import org.publicrecord.schema.Schemas;
import org.publicrecord.validate.Rule;

/**
 * The registry of content types: those listed in
 * {@code META-INF/services/org.publicrecord.model.ContentType}, in editors' order, and the features
 * across types. The build's
 * layouts, the {@code new} command and the handbook's reference all take the types from here.
 */
public final class ContentTypes {

    private static final ContentTypes INSTALLED = of(ContentTypes.class.getClassLoader());

    private final List<ContentType> types;
    private final List<Feature> features;

    private ContentTypes(List<ContentType> types, List<Feature> others) {
        this.types = List.copyOf(types);
        List<Feature> all = new ArrayList<>(types);
        all.addAll(others);
        this.features = List.copyOf(all);
    }

    /** The types this build has. */
    public static ContentTypes installed() {
        return INSTALLED;
    }

    /** The types listed on {@code loader}'s classpath: for a site whose build adds a type of its own. */
    public static ContentTypes of(ClassLoader loader) {
        List<Feature> others = new ArrayList<>();
        ServiceLoader.load(Feature.class, loader).forEach(others::add);
        return new ContentTypes(load(loader), others);
    }

    private static List<ContentType> load(ClassLoader loader) {
        List<ContentType> found = new ArrayList<>();
        ServiceLoader.load(ContentType.class, loader).forEach(found::add);
        found.sort(Comparator.comparingInt(ContentType::order).thenComparing(ContentType::name));
        return found;
    }

    public List<ContentType> all() {
        return types;
    }

    /** The content types, then the features across types (listed in {@code META-INF/services/org.publicrecord.model.Feature}). */
    public List<Feature> features() {
        return features;
    }

    /** The types' names, as editors write them after {@code type:}. */
    public List<String> names() {
        return types.stream().map(ContentType::name).toList();
    }

    /** The type named {@code name}, or null. */
    public ContentType named(String name) {
        return types.stream().filter(type -> type.name().equals(name)).findFirst().orElse(null);
    }

    /** Every type's own validation rules, in the types' order. */
    public List<Rule> rules() {
        return types.stream().flatMap(type -> type.rules().stream()).toList();
    }

    /** The schemas of these types and of the data files, compiled once. */
    public Schemas schemas() {
        return Schemas.of(names());
    }
}
