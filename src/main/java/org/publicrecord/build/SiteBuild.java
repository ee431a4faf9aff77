package org.publicrecord.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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

    /**
     * Puts the finished folder in place in one step, so that at every instant the output is a whole
     * site, the old one or the new one. The folder becomes a version beside the output
     * ({@code site.versions/ID}) and the output is a symbolic link to it, replaced by one rename; then
     * the older versions are removed. Where links cannot be made (Windows without the right), the
     * old site is moved aside and the new one moved in: two renames, the way it was done before.
     */
    static void publish(Path partial, Path output) {
        Path versions = output.resolveSibling(output.getFileName() + ".versions");
        Path next = output.resolveSibling(output.getFileName() + ".next");
        try {
            Files.createDirectories(versions);
            Path version = versions.resolve(Long.toString(System.currentTimeMillis(), 36) + "-" + Long.toString(System.nanoTime() & 0xffffff, 36));
            Files.move(partial, version, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(next);
            try {
                Files.createSymbolicLink(next, output.getParent().relativize(version));
            } catch (UnsupportedOperationException | IOException noLinks) {
                Files.move(version, partial, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(versions);
                swapFolders(partial, output);
                return;
            }
            if (Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
                // A site built before versions were kept: it becomes a version too (the one moment without a site, once).
                Files.move(output, versions.resolve("earlier"), StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(next, output, StandardCopyOption.ATOMIC_MOVE);
            try (Stream<Path> old = Files.list(versions)) {
                for (Path earlier : old.filter(path -> !path.equals(version)).toList()) {
                    deleteTree(earlier);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new BuildFailure(Problem.inFile(shown(output), "the finished site could not be moved into place: " + e.getMessage(),
                    "check nothing else is using the output folder"));
        }
    }

    private static void swapFolders(Path partial, Path output) throws IOException {
        Path previous = output.resolveSibling(output.getFileName() + ".previous");
        deleteTree(previous);
        if (Files.exists(output)) {
            Files.move(output, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(partial, output, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(previous);
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
