package org.publicrecord.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.jbake.app.Asset;
import org.jbake.app.JBakeException;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.publicrecord.content.MarkupCache;
import org.publicrecord.content.MemoryContentStore;
import org.publicrecord.content.SiteCrawler;
import org.publicrecord.trust.Publication;
import org.publicrecord.validate.Schemas;
import org.publicrecord.validate.SiteValidator;

/**
 * One complete build of the site: bakes into a fresh folder beside the output and, only when
 * every phase has passed, puts that folder in the output's place. A failed build leaves the
 * previous site exactly as it was.
 */
public final class SiteBuild {

    private final BuildOptions options;
    private final PhaseLog log;
    private final MarkupCache cache;

    public SiteBuild(BuildOptions options, PhaseLog log) {
        this(options, log, MarkupCache.none());
    }

    /** A build that reuses bodies rendered by earlier builds in this process (for the preview). */
    public SiteBuild(BuildOptions options, PhaseLog log, MarkupCache cache) {
        this.options = options;
        this.log = log;
        this.cache = cache;
    }

    /** Runs the build; returns the number of files published, or throws {@link BuildFailure}. */
    public int run() {
        Path output = options.output().toAbsolutePath().normalize();
        Path partial = output.resolveSibling(output.getFileName() + ".partial");
        deleteTree(partial);
        try {
            int files = bake(partial);
            publish(partial, output);
            log.phase("publish", PhaseLog.count(files, "files") + " to " + shown(output));
            return files;
        } finally {
            deleteTree(partial);
        }
    }

    private int bake(Path partial) {
        DefaultJBakeConfiguration config = configuration(partial);
        MemoryContentStore store = new MemoryContentStore();
        SiteCrawler crawler = new SiteCrawler(store, config, options, new SiteValidator(Schemas.get().types(), options.source())
                .publishing(new Publication(options.today(), options.includeDrafts())), cache, log);

        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(crawler);
        utensils.setAsset(new Asset(config));
        new SiteOven(utensils, options, log).bake();
        try (Stream<Path> files = Files.walk(partial)) {
            return (int) files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private DefaultJBakeConfiguration configuration(Path destination) {
        try {
            DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(options.source().toFile(), destination.toFile(), false);
            return config;
        } catch (JBakeException e) {
            throw new BuildFailure(Problem.inFile("jbake.properties", "the site's configuration could not be read: " + e.getMessage(),
                    "check that jbake.properties exists in the site folder and each line is 'key=value'"));
        }
    }

    /** Swaps the finished folder into place: the old site is moved aside first, then removed. */
    private static void publish(Path partial, Path output) {
        Path previous = output.resolveSibling(output.getFileName() + ".previous");
        try {
            deleteTree(previous);
            if (Files.exists(output)) {
                Files.move(output, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(partial, output, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(previous);
        } catch (IOException e) {
            throw new BuildFailure(Problem.inFile(shown(output), "the finished site could not be moved into place: " + e.getMessage(),
                    "check nothing else is using the output folder"));
        }
    }

    /** Deletes a folder and everything in it: the files in parallel (a site has thousands), then the folders. */
    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> paths = Files.walk(folder)) {
            all = paths.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        all.parallelStream().filter(Files::isRegularFile).forEach(SiteBuild::delete);
        all.stream().filter(Files::isDirectory).sorted(Comparator.reverseOrder()).forEach(SiteBuild::delete);
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + path, e);
        }
    }

    private static String shown(Path path) {
        Path here = Path.of("").toAbsolutePath();
        return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
    }
}
