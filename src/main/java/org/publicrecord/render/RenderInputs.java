package org.publicrecord.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jbake.model.DocumentModel;
import org.publicrecord.build.BuildCache;
import org.publicrecord.model.ModelPart;
import org.publicrecord.model.SiteDocument;
import org.publicrecord.model.SiteModel;
import org.publicrecord.model.ValueDigest;

/**
 * What the render reads, as digests: the site's digest (the build's code, the templates, the
 * settings, the data files, the interface's words, the day, the parts of the model, and every field
 * of every document but its body), a digest of any page's own values, and each body's digest. A
 * piece of the render whose trace ({@link org.publicrecord.build.RenderTrace}) found the same site
 * digest and the same bodies it read makes the same files.
 */
final class RenderInputs {

    /** The templates' global that is the index of links between documents: made from the documents' fields, in the site's digest already. */
    private static final String INDEX = "index";

    private final String site;
    private final Map<Object, String> stored = new IdentityHashMap<>();
    private final Map<String, SiteDocument> byUri = new ConcurrentHashMap<>();
    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final Function<Object, String> addressOf;
    private final Map<Object, String> records = ValueDigest.memo();

    /**
     * The inputs of a render of {@code model} whose templates, in {@code templates}, see
     * {@code globals} and {@code config}; documents are as the pages show them (after the outputs
     * that prepare them).
     */
    RenderInputs(SiteModel model, Map<String, Object> globals, Map<String, Object> config, Path templates) {
        for (DocumentModel document : model.store().documents()) {
            if (document instanceof SiteDocument kept) {
                stored.put(kept, kept.getUri());
                byUri.put(kept.getUri(), kept);
            }
        }
        this.addressOf = stored::get;
        ValueDigest digest = new ValueDigest(addressOf);
        digest.add(BuildCache.CODE).add(filesOf(templates)).add(describe(settingsOf(config))).add(model.today());
        for (Map.Entry<String, Object> global : globals.entrySet()) {
            if (!INDEX.equals(global.getKey())) {
                digest.add(global.getKey()).add(describe(global.getValue()));
            }
        }
        for (DocumentModel document : model.store().documents()) {
            if (document instanceof SiteDocument kept) {
                digest.addFieldsOf(kept);
            } else {
                digest.add(document);
            }
        }
        this.site = digest.hex();
    }

    /** The site's digest: what every page and output of the build reads besides bodies and its own values. */
    String site() {
        return site;
    }

    /** The digest of a page's own values, or null when they hold something no digest describes (the page is then made by every build). */
    String values(Map<String, Object> values) {
        try {
            return ValueDigest.of(values, addressOf, records);
        } catch (ValueDigest.Undescribed undescribed) {
            return null;
        }
    }

    /** One digest of the bodies of the documents at {@code uris} as they are now; a document no longer published counts as changed. */
    String bodies(Collection<String> uris) {
        ValueDigest digest = new ValueDigest(addressOf);
        for (String uri : new TreeSet<>(uris)) {
            SiteDocument document = byUri.get(uri);
            digest.add(uri).add(document == null ? "(gone)" : bodies.computeIfAbsent(uri,
                    key -> BuildCache.digest(String.valueOf(document.bodyUnread()))));
        }
        return digest.hex();
    }

    /**
     * A global as a digest sees it: a part of the model says what it holds ({@link ModelPart}); a
     * part that cannot say counts as made from every body.
     */
    private Object describe(Object global) {
        if (global instanceof ModelPart part) {
            return part.digest(addressOf);
        }
        try {
            return ValueDigest.of(global, addressOf);
        } catch (ValueDigest.Undescribed undescribed) {
            return bodies(byUri.keySet());
        }
    }

    /**
     * The site's settings without the JVM's own properties, which JBake's configuration holds too
     * (its keys with dots as underscores): they change within one process (a font manager, once
     * pictures are resized) and no template reads them.
     */
    private static Map<String, Object> settingsOf(Map<String, Object> config) {
        Map<String, Object> settings = new java.util.TreeMap<>();
        config.forEach((key, value) -> {
            if (System.getProperty(key) == null && System.getProperty(key.replace('_', '.')) == null) {
                settings.put(key, value);
            }
        });
        return settings;
    }

    private static String filesOf(Path folder) {
        if (!Files.isDirectory(folder)) {
            return "";
        }
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> each = files.filter(Files::isRegularFile).toList();
            return BuildCache.digestOfFiles(folder, each);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
