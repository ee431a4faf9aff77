package org.publicrecord.check;

import org.publicrecord.build.BuildCache;
import org.publicrecord.build.WrittenPages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.publicrecord.build.Parallel;

/**
 * A built site as the checks read it: the path of every file, what each HTML page links to and
 * which ids it has (each page parsed once, then let go, so a site of thousands of pages stays
 * small in memory), and for each page the source file an editor would change.
 *
 * @param root     the built site's folder
 * @param files    every file's path relative to {@code root}, with forward slashes
 * @param pages    each HTML page by its path: its links and ids
 * @param sources  each page's source file ({@code content/meetings/2024/x.md}), where there is one
 * @param basePath the site's path on its host from {@code data/site.yaml}'s url, such as {@code /lewisham/}
 * @param sizes    each HTML page's size in bytes, as written
 * @param digests  each HTML page's digest, for the pages whose digest a build with a cache knew or worked out
 */
public record BuiltPages(Path root, Set<String> files, Map<String, PageLinks> pages, Map<String, String> sources, String basePath,
                         Map<String, Long> sizes, Map<String, String> digests) {

    /** What one reading of a page gives the checks; {@code digest} is null when nothing is kept. */
    private record ReadPage(PageLinks links, long size, String digest) {
    }

    /** The cache's shelf of what each page links to and the ids it has, by the page's digest. */
    static final String SHELF = "links";

    private static final URI HOST = URI.create("http://site.invalid");

    /** Reads every file under {@code root}; HTML pages are parsed on {@code threads} threads. */
    private static Path realFolder(Path folder) {
        try {
            return Files.exists(folder) ? folder.toRealPath() : folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BuiltPages read(Path folder, Map<String, String> sources, String basePath, int threads) {
        return read(folder, sources, basePath, threads, BuildCache.none().shelf(SHELF), WrittenPages.unknown(folder));
    }

    /**
     * As {@link #read(Path, Map, String, int)}, taking what an earlier build found on a page
     * of exactly the same bytes from {@code known} instead of parsing it again; {@code written}
     * knows the digest of each page as it was written, so such a page is not even read.
     */
    public static BuiltPages read(Path folder, Map<String, String> sources, String basePath, int threads, BuildCache.Shelf known,
                                  WrittenPages written) {
        return read(folder, sources, basePath, threads, known, written, () -> { });
    }

    /** As {@link #read(Path, Map, String, int, BuildCache.Shelf, WrittenPages)}, running {@code carryOn} before each page, which may stop the reading. */
    public static BuiltPages read(Path folder, Map<String, String> sources, String basePath, int threads, BuildCache.Shelf known,
                                  WrittenPages written, Runnable carryOn) {
        // A published site is a link to its newest version (PublishPhase): read the folder it points to.
        Path root = realFolder(folder);
        Set<String> files = new TreeSet<>();
        // The walk's own reading of each file's attributes tells the files, without asking for each again (a quarter of the walk).
        try (Stream<Path> paths = Files.find(root, Integer.MAX_VALUE, (path, attributes) -> attributes.isRegularFile())) {
            paths.forEach(path -> files.add(relative(root, path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> html = files.stream().filter(WrittenPages::isPage).toList();
        // Each page is read from disk once, for both its links and its size.
        List<ReadPage> read = Parallel.map(html, path -> {
            carryOn.run();
            return readPage(root, path, known, written);
        }, threads);
        Map<String, PageLinks> pages = new LinkedHashMap<>();
        Map<String, Long> sizes = new LinkedHashMap<>();
        Map<String, String> digests = new HashMap<>();
        for (int i = 0; i < html.size(); i++) {
            pages.put(html.get(i), read.get(i).links());
            sizes.put(html.get(i), read.get(i).size());
            if (read.get(i).digest() != null) {
                digests.put(html.get(i), read.get(i).digest());
            }
        }
        return new BuiltPages(root, Set.copyOf(files), pages, Map.copyOf(sources), basePath.endsWith("/") ? basePath : basePath + "/",
                sizes, digests);
    }

    /** Where a problem on {@code page} should be reported: its source file if it has one, else the page. */
    public String shownFile(String page) {
        return sources.getOrDefault(page, page);
    }

    /** The page's own address, as a reader would see it after the site's base path: {@code meetings/}. */
    public static String address(String page) {
        return page.endsWith("index.html") ? page.substring(0, page.length() - "index.html".length()) : page;
    }

    /**
     * The page's address on a stand-in host, to resolve its links against as a browser would;
     * only the paths of the results mean anything.
     */
    public URI pageUri(String page) {
        try {
            return HOST.resolve(new URI(null, null, basePath + page, null).getRawPath());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(page, e);
        }
    }

    /** The built file a relative or root-relative address on {@code page} names, if it was built. */
    public Optional<String> fileAt(String page, String address) {
        URI resolved;
        try {
            resolved = pageUri(page).resolve(new URI(address.strip()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String path = resolved.getPath();
        if (!HOST.getHost().equals(resolved.getHost()) || path == null || !path.startsWith(basePath)) {
            return Optional.empty();
        }
        String file = path.substring(basePath.length());
        file = file.isEmpty() || file.endsWith("/") ? file + "index.html" : file;
        return files.contains(file) ? Optional.of(file) : Optional.empty();
    }

    private static ReadPage readPage(Path root, String path, BuildCache.Shelf known, WrittenPages written) {
        Optional<WrittenPages.Written> asWritten = written.unchanged(path);
        if (asWritten.isPresent()) {
            byte[] links = known.bytes(linksKey(asWritten.get().digest()), () -> linksOf(bytesOf(root.resolve(path))));
            return new ReadPage(PageLinks.fromBytes(links), asWritten.get().size(), asWritten.get().digest());
        }
        byte[] bytes = bytesOf(root.resolve(path));
        if (!known.keeps()) {
            return new ReadPage(PageLinks.fromBytes(linksOf(bytes)), bytes.length, null);
        }
        String digest = BuildCache.digest(bytes);
        byte[] links = known.bytes(linksKey(digest), () -> linksOf(bytes));
        return new ReadPage(PageLinks.fromBytes(links), bytes.length, digest);
    }

    /** The key the links of the page with {@code digest} are kept under. */
    static String linksKey(String digest) {
        return BuildCache.digest(BuildCache.CODE, digest);
    }

    private static byte[] linksOf(byte[] page) {
        return PageLinks.of(Jsoup.parse(new String(page, StandardCharsets.UTF_8))).toBytes();
    }

    /** The bytes of a built file. */
    static byte[] bytesOf(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }
}
