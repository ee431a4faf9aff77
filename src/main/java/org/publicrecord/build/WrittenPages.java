package org.publicrecord.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The digest of each page a build wrote, taken from the bytes as they were written. The search
 * index and the checks find what earlier builds made of the same pages by these digests; taking
 * them here spares reading and hashing every page twice more (at 9,000 documents, 130 MB of pages
 * hashed on one thread for the search index and again for the checks).
 *
 * <p>A digest is trusted only while the file has the size and time of change it had just after it
 * was written; a page changed since (by anything) is read and hashed again.
 */
public final class WrittenPages {

    /** What a page was when it was written. */
    public record Written(String digest, long size, FileTime modified) {
    }

    private final Path root;
    private final boolean keeps;
    private final Map<String, Written> written = new ConcurrentHashMap<>();

    private WrittenPages(Path root, boolean keeps) {
        this.root = root;
        this.keeps = keeps;
    }

    /** The pages a build writes under {@code root}, kept when {@code cache} keeps results (no digest is needed otherwise). */
    public static WrittenPages under(Path root, BuildCache cache) {
        return new WrittenPages(root, cache.keeps());
    }

    /** The pages under {@code root}, known only by reading them. */
    public static WrittenPages unknown(Path root) {
        return new WrittenPages(root, false);
    }

    /** Whether a page is an HTML page, the kind whose digests are kept. */
    public static boolean isPage(String path) {
        return path.endsWith(".html");
    }

    /** Notes that {@code path} (relative to the root) now holds {@code bytes}. */
    public void wrote(String path, byte[] bytes) {
        if (!keeps || !isPage(path)) {
            return;
        }
        try {
            FileTime modified = Files.getLastModifiedTime(root.resolve(path));
            written.put(path, new Written(BuildCache.digest(bytes), bytes.length, modified));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What {@code path} was when written, if it is still exactly that file (same size and time of change). */
    public Optional<Written> unchanged(String path) {
        Written page = written.get(path);
        if (page == null) {
            return Optional.empty();
        }
        try {
            BasicFileAttributes now = Files.readAttributes(root.resolve(path), BasicFileAttributes.class);
            return now.size() == page.size() && now.lastModifiedTime().equals(page.modified()) ? Optional.of(page) : Optional.empty();
        } catch (IOException gone) {
            return Optional.empty();
        }
    }

    /** The digest of the page at {@code path} as it is now: as written, or read again. */
    public String digest(String path) {
        return unchanged(path).map(Written::digest).orElseGet(() -> {
            try {
                return BuildCache.digest(Files.readAllBytes(root.resolve(path)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** One digest of the pages at {@code paths}: their paths and their digests, in path order. */
    public String digestOfAll(List<String> paths) {
        Map<String, String> byPath = new TreeMap<>();
        paths.forEach(path -> byPath.put(path, digest(path)));
        return BuildCache.digest(byPath.entrySet().stream().map(page -> page.getKey() + " " + page.getValue()).toArray());
    }
}
