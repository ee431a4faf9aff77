package org.publicrecord.build;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The digest of each file a build wrote, taken from the bytes as they were written. The search
 * index and the checks find what earlier builds made of the same pages by these digests; taking
 * them here spares reading and hashing every page twice more (at 9,000 documents, 130 MB of pages
 * hashed on one thread for the search index and again for the checks).
 *
 * <p>A digest is trusted only while the file has the size and time of change it had just after it
 * was written; a file changed since (by anything) is read and hashed again.
 *
 * <p>The digests are saved beside the finished folder ({@link #manifestOf}). A build that is given
 * an earlier build's folder to bring up to date ({@link #recycled()}) leaves each file that already
 * holds exactly the bytes it would write ({@link #alreadyHolds}): on the disks measured, creating a
 * folder and a file costs about half a millisecond, so a site of 22,000 files spent more time
 * creating files than rendering them.
 */
public final class WrittenPages {

    /** What a file was when it was written. */
    public record Written(String digest, long size, FileTime modified) {
    }

    private static final int FORMAT = 1;

    private final Path root;
    private final boolean keeps;
    private final Map<String, Written> earlier;
    private final boolean recycled;
    private final Map<String, Written> written = new ConcurrentHashMap<>();

    private WrittenPages(Path root, boolean keeps, Map<String, Written> earlier, boolean recycled) {
        this.root = root;
        this.keeps = keeps;
        this.earlier = earlier;
        this.recycled = recycled;
    }

    /**
     * The files a build writes under {@code root}, kept when {@code cache} keeps results (no digest
     * is needed otherwise); when {@code root} is an earlier build's folder, what that build wrote.
     */
    public static WrittenPages under(Path root, BuildCache cache) {
        Path manifest = manifestOf(root);
        boolean recycled = Files.isRegularFile(manifest);
        return new WrittenPages(root, cache.keeps(), cache.keeps() && recycled ? read(manifest) : Map.of(), recycled);
    }

    /** The pages under {@code root}, known only by reading them. */
    public static WrittenPages unknown(Path root) {
        return new WrittenPages(root, false, Map.of(), false);
    }

    /** The file beside a built folder that holds what each of its files was when it was written. */
    public static Path manifestOf(Path folder) {
        return folder.resolveSibling(folder.getFileName() + ".written");
    }

    /** Whether a file is an HTML page, the kind the search index and the checks read. */
    public static boolean isPage(String path) {
        return path.endsWith(".html");
    }

    /** Whether the folder was an earlier build's, holding files this build may not write (they must then be removed). */
    public boolean recycled() {
        return recycled;
    }

    /** Whether digests are kept: a build without a cache hashes nothing. */
    public boolean keeps() {
        return keeps;
    }

    /**
     * Whether {@code path} already holds the bytes whose digest is {@code digest}, exactly as an
     * earlier build wrote them (same size and time of change since); if so, it counts as written.
     */
    public boolean alreadyHolds(String path, String digest) {
        if (!holds(path, digest)) {
            return false;
        }
        asWrittenBefore(path);
        return true;
    }

    /** Counts {@code path} as written, as the build that made this folder wrote it: for a file {@link #holds} has just found so. */
    public void asWrittenBefore(String path) {
        written.put(path, earlier.get(path));
    }

    /** Whether {@code path} holds the bytes whose digest is {@code digest}, exactly as the build that made this folder wrote them. */
    public boolean holds(String path, String digest) {
        Written before = earlier.get(path);
        return before != null && before.digest().equals(digest) && stillAsWritten(path, before);
    }

    /**
     * The files of the site published at {@code output} (a link to its version folder), as the
     * build that made it wrote them; none when nothing is published there, or its files are unknown.
     */
    public static WrittenPages published(Path output, BuildCache cache) {
        try {
            if (!cache.keeps() || !Files.isSymbolicLink(output)) {
                return unknown(output);
            }
            Path version = output.toRealPath();
            Path manifest = manifestOf(version);
            return Files.isRegularFile(manifest) ? new WrittenPages(version, false, read(manifest), false) : unknown(output);
        } catch (IOException gone) {
            return unknown(output);
        }
    }

    /** The files of the built folder {@code folder} as the build that made it wrote them; none known when it kept no record. */
    public static WrittenPages of(Path folder) {
        Path manifest = manifestOf(folder);
        return new WrittenPages(folder, false, Files.isRegularFile(manifest) ? read(manifest) : Map.of(), false);
    }

    /** The digest {@code path} had when the build that made this folder wrote it, if it is still exactly that file; null otherwise. */
    public String digestAsWritten(String path) {
        Written before = earlier.get(path);
        return before != null && stillAsWritten(path, before) ? before.digest() : null;
    }

    /** The file at {@code path} under this folder. */
    public Path fileOf(String path) {
        return root.resolve(path);
    }

    /** Notes that {@code path} (relative to the root) now holds {@code size} bytes whose digest is {@code digest}. */
    public void wrote(String path, String digest, long size) {
        if (!keeps) {
            return;
        }
        try {
            written.put(path, new Written(digest, size, Files.getLastModifiedTime(root.resolve(path))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Notes that {@code path} (relative to the root) now holds {@code bytes}. */
    public void wrote(String path, byte[] bytes) {
        if (keeps) {
            wrote(path, BuildCache.digest(bytes), bytes.length);
        }
    }

    /** What {@code path} was when written, if it is still exactly that file (same size and time of change). */
    public Optional<Written> unchanged(String path) {
        Written file = written.get(path);
        return file != null && stillAsWritten(path, file) ? Optional.of(file) : Optional.empty();
    }

    private boolean stillAsWritten(String path, Written file) {
        try {
            BasicFileAttributes now = Files.readAttributes(root.resolve(path), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return now.isRegularFile() && now.size() == file.size() && now.lastModifiedTime().equals(file.modified());
        } catch (IOException gone) {
            return false;
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

    /** Saves what this build wrote beside its folder, for the build that will bring the folder up to date. */
    public void save() {
        save(written);
    }

    /**
     * Saves what this build wrote so far and, for the files it did not come to, what the build
     * before it wrote: the record of a folder a build that stopped leaves for the next one to bring
     * up to date. A file changed after its record was made no longer matches it, and is written again.
     */
    public void saveAsStopped() {
        Map<String, Written> known = new HashMap<>(earlier);
        known.putAll(written);
        save(known);
    }

    private void save(Map<String, Written> files) {
        if (!keeps) {
            return;
        }
        Path manifest = manifestOf(root);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(manifest), 1 << 16))) {
            out.writeInt(FORMAT);
            out.writeInt(files.size());
            for (Map.Entry<String, Written> file : files.entrySet()) {
                out.writeUTF(file.getKey());
                out.writeUTF(file.getValue().digest());
                out.writeLong(file.getValue().size());
                out.writeLong(file.getValue().modified().to(TimeUnit.NANOSECONDS));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + manifest + ": " + e.getMessage(), e);
        }
    }

    /** What a saved manifest says, or nothing when it is of another format or cut short: every file is then written again. */
    private static Map<String, Written> read(Path manifest) {
        Map<String, Written> files = new HashMap<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(manifest), 1 << 16))) {
            if (in.readInt() != FORMAT) {
                return Map.of();
            }
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String path = in.readUTF();
                files.put(path, new Written(in.readUTF(), in.readLong(), FileTime.from(in.readLong(), TimeUnit.NANOSECONDS)));
            }
            return files;
        } catch (IOException | RuntimeException unreadable) {
            return Map.of();
        }
    }
}
