package org.publicrecord.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.stream.Stream;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.jbake.app.configuration.JBakeConfiguration;
import org.publicrecord.build.BuildOptions;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.build.Superseded;
import org.publicrecord.content.SourceDocument;
import org.publicrecord.content.Sources;
import org.publicrecord.model.MarkupCache;
import org.publicrecord.build.BuildCache;
import org.publicrecord.model.MemoryContentStore;
import org.publicrecord.model.SiteCrawler;
import org.publicrecord.model.SiteIndex;
import org.publicrecord.model.SiteModel;
import org.publicrecord.model.Translations;
import org.publicrecord.site.Messages;
import org.publicrecord.site.Site;
import org.publicrecord.types.ContentTypes;

/**
 * Model: the site's words, every document to publish with its
 * rendered body, the links between documents, and what each content type adds; built once.
 */
final class ModelPhase {

    private final PhaseLog log;
    private SiteCrawler crawler;

    ModelPhase(PhaseLog log) {
        this.log = log;
    }

    /** The crawler that made the model's documents, which can make one more the same way. */
    SiteCrawler crawler() {
        return crawler;
    }

    /** Makes the model; stops ({@link Superseded}) between documents and between parts once {@code newerChange} says so. */
    SiteModel run(Read read, ContentTypes types, BuildOptions options, JBakeConfiguration config, BuildCache kept, BooleanSupplier newerChange) {
        MarkupCache cache = MarkupCache.of(kept, settingsDigest(options, config));
        Sources sources = read.sources();
        Site site = read.site();
        LocalDate today = read.today();
        // Every language's words are read and checked against the site's own; the site's own are the interface's.
        List<Messages> words = Messages.readAll(options.source(), config.getTemplateFolder().toPath(), site.languages());
        Messages messages = words.get(0);
        MemoryContentStore store = new MemoryContentStore();
        List<SourceDocument> originals = sources.documents().stream().filter(source -> !Translations.isTranslation(source)).toList();
        List<SourceDocument> translated = sources.documents().stream().filter(Translations::isTranslation).toList();
        crawler = new SiteCrawler(store, config, options, types.schemas(), cache);
        int heldBack = crawler.add(originals, today, newerChange);
        SiteIndex index = new SiteIndex(store, sources.data());
        SiteModel model = SiteModel.of(options, site, messages, today, sources.data(), store, index, types.all(), types.features(),
                types.schemas(), kept, newerChange);
        Superseded.unless(newerChange);
        // Translations, and the site's own language, which every page not in another language is in.
        Translations translations = Translations.of(translated, store, site.languages(), words, config, options, types.schemas(), cache, today);
        model.parts().put("translations", translations);
        model.parts().put("language", site.languages().get(0));
        model.parts().put("fallback", Boolean.FALSE);
        log.phase("parse", PhaseLog.count(store.documents().size(), "documents") + " to publish, "
                + PhaseLog.count(heldBack, "held back") + " (drafts or future)");
        return model;
    }

    /** The digest of what a body may depend on besides its own text: the site's settings and data files. */
    private static String settingsDigest(BuildOptions options, JBakeConfiguration config) {
        List<Path> files = new ArrayList<>();
        Path properties = options.source().resolve("jbake.properties");
        if (Files.isRegularFile(properties)) {
            files.add(properties);
        }
        Path data = config.getDataFolder().toPath();
        if (Files.isDirectory(data)) {
            try (Stream<Path> each = Files.walk(data)) {
                each.filter(Files::isRegularFile).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return BuildCache.digestOfFiles(options.source(), files);
    }
}
