package org.publicrecord.output;

import org.publicrecord.build.BuildCache;
import org.publicrecord.build.Folders;
import org.publicrecord.build.Superseded;
import org.publicrecord.build.WrittenPages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.problem.Problem;

/**
 * The search index: runs Pagefind (the npm package pinned in {@code package.json}) over the built
 * site's pages once every page and asset is in place and before the checks, writing {@code pagefind/}
 * beside the pages for the search page's script to read. Pagefind is given the pages cut down to
 * what it reads ({@link SearchPages}), from a folder kept beside the output.
 *
 * <p>Pagefind reads only what the pages mark: {@code data-pagefind-body} on the main content of
 * published documents and committee pages, and the filters, sort and result fields that
 * {@code templates/components/search-fields/search-fields.peb} puts in their heads. Drafts, embargoed and future
 * documents are never rendered, so they can never be read into the index.
 */
public final class SearchIndex {

    /** The folder the index is written to, below the site's root. */
    public static final String BUNDLE = "pagefind";
    /** The search page's layout: a fork that removes it has no search, and no index is built. */
    static final String TEMPLATE = "layouts/search.peb";
    static final String PACKAGE = NodePackages.PACKAGE;
    static final String LOCK = "package-lock.json";
    static final String RUNNER = "node_modules/pagefind/lib/runner/bin.cjs";
    /**
     * Pagefind's own ready-made interfaces. The search page has its own small one
     * ({@code assets/js/search.js}), which passes the site's accessibility checks and needs no
     * inline styles, so these are removed rather than published unused.
     */
    static final List<String> UNUSED = List.of("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
            "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js");

    private SearchIndex() {
    }

    /**
     * Indexes the built site in {@code site} with the Pagefind pinned by the {@code package.json}
     * of the site's {@code source} folder (or, for a site kept elsewhere, of the folder the build
     * runs in), installing it first if {@code node_modules} is missing. Returns the build log's line.
     */
    public static String build(Path site, Path templates, Path source) {
        return build(site, templates, source, System.getenv("PATH"));
    }

    /**
     * As {@link #build(Path, Path, Path)}, taking the index an earlier build made from exactly the
     * same pages from {@code cache}; {@code written} knows the pages' digests as they were written.
     * Pagefind reads the pages from {@code pagesRead}, kept between builds ({@link #pagesReadFor}).
     * Pagefind is stopped, and so is the build ({@link org.publicrecord.build.Superseded}), as soon
     * as {@code newerChange} says the preview has a newer change to build.
     */
    public static String build(Path site, Path templates, Path source, BuildCache cache, WrittenPages written, Path pagesRead,
            BooleanSupplier newerChange) {
        return build(site, templates, source, System.getenv("PATH"), cache.shelf(BUNDLE), written, pagesRead, newerChange);
    }

    static String build(Path site, Path templates, Path source, String path) {
        Path pagesRead = pagesReadFor(site);
        try {
            return build(site, templates, source, path, BuildCache.none().shelf(BUNDLE), WrittenPages.unknown(site), pagesRead, () -> false);
        } finally {
            Folders.deleteTree(pagesRead);
        }
    }

    /**
     * The folder kept beside {@code output} for the pages as Pagefind reads them ({@link SearchPages}),
     * so that a build rewrites only the pages that changed.
     */
    public static Path pagesReadFor(Path output) {
        return output.resolveSibling(output.getFileName() + ".search");
    }

    /** As {@link #build(Path, Path, Path)}, finding node and npm on {@code path} (folders joined as in PATH). */
    private static String build(Path site, Path templates, Path source, String path, BuildCache.Shelf kept, WrittenPages written,
            Path pagesRead, BooleanSupplier newerChange) {
        Path bundle = site.resolve(BUNDLE);
        if (!Files.isRegularFile(templates.resolve(TEMPLATE))) {
            // A folder an earlier build made may hold its index.
            Folders.deleteTree(bundle);
            Folders.deleteTree(pagesRead);
            return "no search page (" + TEMPLATE + " is absent), no index";
        }
        Path tools = NodePackages.folder(source);
        // Pagefind reads the pages' HTML and nothing else; its version is the lock file's.
        List<String> pages = pagesOf(site);
        String key = kept.keeps() ? BuildCache.digest(BuildCache.CODE, bytesOf(tools.resolve(LOCK)), written.digestOfAll(pages)) : null;
        byte[] earlier = key == null ? null : kept.find(key);
        if (earlier != null) {
            BuildCache.unpack(earlier, bundle, written, BUNDLE + "/");
            return summary(bundle, ", as the last build made it");
        }
        Path node = NodePackages.executable("node", path).orElseThrow(() -> new BuildFailure(Problem.inFile(PACKAGE,
                "Node.js is needed to build the search index and was not found", NodePackages.INSTALL_NODE)));
        String installed = NodePackages.install(tools, RUNNER, path, "the search indexer");
        // Written over the index an earlier build left, Pagefind creates only the files that changed (at 9,129
        // documents, 9.8 s against 13-19 s afresh); what the new index no longer names is removed after it.
        PagefindFiles.removeChangedSinceWritten(bundle, written, BUNDLE + "/");
        boolean overAnEarlierIndex = PagefindFiles.holdsAnIndex(bundle);
        if (!overAnEarlierIndex) {
            Folders.deleteTree(bundle);
        }
        SearchPages.update(site, pages, pagesRead, written);
        if (newerChange.getAsBoolean()) {
            throw new Superseded();
        }
        FileTime started = fileSystemNow(site);
        runPagefind(tools, node, pagesRead, bundle, newerChange);
        if (overAnEarlierIndex && PagefindFiles.removeUnnamed(bundle, started).isEmpty()) {
            // The new index's names could not all be read: nothing was removed, and the index is made afresh.
            Folders.deleteTree(bundle);
            runPagefind(tools, node, pagesRead, bundle, newerChange);
        }
        for (String file : UNUSED) {
            delete(bundle.resolve(file));
        }
        if (key != null) {
            kept.keep(key, BuildCache.pack(bundle, written, BUNDLE + "/"));
        }
        return summary(bundle, installed);
    }

    /** Runs Pagefind over the pages in {@code pagesRead}, writing the index to {@code bundle}. */
    private static void runPagefind(Path tools, Path node, Path pagesRead, Path bundle, BooleanSupplier newerChange) {
        NodePackages.run(tools, List.of(node.toString(), RUNNER, "--site", pagesRead.toAbsolutePath().toString(), "--output-path",
                        bundle.toAbsolutePath().toString(), "--silent"),
                "the search index could not be built", "read Pagefind's message above; 'npm install' repairs a broken install", newerChange);
    }

    /** The time by the clock {@code folder}'s file system stamps files with, which can lag the JVM's by a tick. */
    private static FileTime fileSystemNow(Path folder) {
        try {
            Path probe = Files.createTempFile(folder, ".search-started", "");
            try {
                return Files.getLastModifiedTime(probe);
            } finally {
                Files.delete(probe);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String summary(Path bundle, String note) {
        return PhaseLog.count(pages(bundle), "pages") + " indexed, " + String.format(Locale.ROOT, "%.1f MB", size(bundle) / 1e6) + note;
    }

    /** Every HTML page in the built site, by its path relative to {@code site}. */
    private static List<String> pagesOf(Path site) {
        try (Stream<Path> files = Files.find(site, Integer.MAX_VALUE,
                (file, attributes) -> attributes.isRegularFile() && WrittenPages.isPage(file.getFileName().toString()))) {
            return files.map(file -> site.relativize(file).toString().replace('\\', '/')).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytesOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many pages Pagefind indexed, from the entry file it writes for the search script. */
    static long pages(Path bundle) {
        try {
            JsonNode entry = new ObjectMapper().readTree(bundle.resolve("pagefind-entry.json").toFile());
            long pages = 0;
            for (JsonNode language : entry.path("languages")) {
                pages += language.path("page_count").asLong();
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes of every file in the index, as published (Pagefind compresses its own files). */
    static long size(Path bundle) {
        try (Stream<Path> files = Files.walk(bundle)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
