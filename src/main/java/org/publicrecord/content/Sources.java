package org.publicrecord.content;

import java.util.Map;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.publicrecord.build.BuildCache;
import org.publicrecord.build.ByPlace;
import org.publicrecord.build.FileChanges;
import org.publicrecord.build.Parallel;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;

/**
 * Everything the read phase read: every content file split into fields and body, and every data
 * file, each once, with the lines errors point at.
 *
 * @param documents the content files, sorted by path
 * @param data      the YAML files of {@code data/}
 * @param keys      each document's key on the cache's shelf, by identity ({@link #keyOf})
 */
public record Sources(List<SourceDocument> documents, DataFiles data, Map<SourceDocument, String> keys) {

    /** The cache's shelf of documents as read, by their names and texts. */
    static final String SHELF = "sources";

    /** Reads the content and data folders of the site in {@code source}. */
    public static Sources read(Path source, Path contentFolder, Path dataFolder, int threads) {
        BuildCache none = BuildCache.none();
        return read(source, contentFolder, dataFolder, threads, none, none.changes().take());
    }

    /**
     * As {@link #read(Path, Path, Path, int)}, reusing what earlier builds of this process read
     * (a document is never changed once read): a file the watcher vouches for ({@link
     * BuildCache#changes()}) is not opened again, and a file whose name and text are the same as
     * one read before is not split again. Either way the document is the very object read before,
     * so later phases can tell a document read anew by its identity. While the watcher tells every
     * change, the content folder is not listed again either: only the files and folders it named
     * are looked at (at 9,000 files, a listing takes 40 ms of the 100 an edit has to show), and the
     * data files are read again only when it saw one of them change.
     *
     * @param since what the watcher saw change since the last read ({@link FileChanges#take()})
     */
    public static Sources read(Path source, Path contentFolder, Path dataFolder, int threads, BuildCache cache, FileChanges.Since since) {
        Path site = source.toAbsolutePath().normalize();
        Path folder = contentFolder.toAbsolutePath().normalize();
        Map<Object, Object> dataRead = cache.memo("data files");
        Path dataPlace = dataFolder.toAbsolutePath().normalize();
        // As for content files: while the watcher tells every change, a data folder it saw nothing change in is as it was read.
        DataFiles data = dataRead.get(dataPlace) instanceof DataFiles last && since.toldEveryChange() && !since.anyAtOrUnder(dataPlace)
                ? last : DataFiles.read(source, dataFolder);
        dataRead.clear();
        dataRead.put(dataPlace, data);
        Map<Object, Object> byText = cache.memo("sources");
        Map<Object, Object> byFile = cache.memo("source files");
        Map<Object, Object> listings = cache.memo("content files");
        BuildCache.Shelf asRead = cache.shelf(SHELF);
        boolean updated = listings.get(Listing.class) instanceof Listing last && last.folder().equals(folder) && since.toldEveryChange();
        Listing listing = updated ? ((Listing) listings.get(Listing.class)).updated(since) : Listing.of(folder);
        listings.put(Listing.class, listing);
        // An updated listing holds the very stamp the last listing made for each file the watcher did not name (a file
        // looked at again gets a new one, whoever tells its path), at the same place as long as no file came or went
        // before it: such a file is as the last read found it, which is taken without a lookup.
        @SuppressWarnings("unchecked")
        ByPlace<Stamp, Kept> lastRead = updated && listings.get(ByPlace.class) instanceof ByPlace<?, ?> earlier
                ? (ByPlace<Stamp, Kept>) earlier : ByPlace.none();
        List<Map.Entry<Path, Stamp>> found = List.copyOf(listing.files().entrySet());
        List<String> foundAgain = new ArrayList<>(found.size());
        List<Kept> files = Parallel.mapKept(IntStream.range(0, found.size()).boxed().toList(), place -> {
            Map.Entry<Path, Stamp> file = found.get(place);
            Kept kept = lastRead.at(place, file.getValue());
            if (kept == null && byFile.get(file.getKey()) instanceof Kept byPath && byPath.stamp().equals(file.getValue())
                    && !since.mayHaveChanged(file.getKey())) {
                kept = byPath;
            }
            if (kept != null && kept.key() != null) {
                foundAgain.add(kept.key());
            }
            return kept;
        }, place -> {
            Map.Entry<Path, Stamp> file = found.get(place);
            Path path = file.getKey();
            Stamp stamp = file.getValue();
            String shown = site.relativize(path).toString().replace('\\', '/');
            SourceText text = SourceText.read(path, shown);
            SourceDocument.Markup markup = SourceDocument.Markup.of(path.getFileName().toString());
            String key = asRead.keeps() ? BuildCache.digest(BuildCache.CODE, shown, markup, text.text()) : null;
            SourceDocument document = (SourceDocument) byText.computeIfAbsent(text, read -> parsed(text, markup, asRead, key));
            asRead.touch(key);
            Kept kept = new Kept(stamp, document, key);
            byFile.put(path, kept);
            return kept;
        }, threads);
        // Found without asking the shelf: saying so keeps them there for the next process.
        asRead.touchLater(foundAgain);
        listings.put(ByPlace.class, new ByPlace<>(found.stream().map(Map.Entry::getValue).toList(), files));
        Map<SourceDocument, String> keys = new IdentityHashMap<>();
        files.forEach(kept -> keys.put(kept.document(), kept.key()));
        return new Sources(files.stream().map(Kept::document).toList(), data, keys);
    }

    /**
     * The digest under which {@code document} is kept as read: of the build's code, its file's
     * name and its text, so it changes with anything the document holds. Null without a cache.
     */
    public String keyOf(SourceDocument document) {
        return keys.get(document);
    }

    /**
     * The document {@code text} holds, as an earlier build read the same text under the same
     * name (kept under {@code key}, null when nothing is kept), or parsed now. A file that does
     * not parse throws, and nothing is kept of it.
     */
    private static SourceDocument parsed(SourceText text, SourceDocument.Markup markup, BuildCache.Shelf kept, String key) {
        if (key == null) {
            return SourceDocument.parse(text, markup);
        }
        byte[] earlier = kept.find(key);
        if (earlier != null) {
            return DocumentBytes.from(earlier);
        }
        SourceDocument document = SourceDocument.parse(text, markup);
        kept.keep(key, DocumentBytes.of(document));
        return document;
    }

    /** A document as read, its file's size and time of change then, and its key on the shelf (null without one). */
    private record Kept(Stamp stamp, SourceDocument document, String key) {
    }

    /** A file's size and time of last change. */
    private record Stamp(long size, FileTime changed) {
    }

    /**
     * The content files of {@code folder} (absolute and normal) in path order, each with its stamp.
     *
     * @param files never changed once made: a listing updated is a new one
     */
    private record Listing(Path folder, TreeMap<Path, Stamp> files) {

        static Listing of(Path folder) {
            TreeMap<Path, Stamp> files = new TreeMap<>();
            list(folder, folder, files);
            return new Listing(folder, files);
        }

        /** This listing with each file and folder the watcher named looked at again, and nothing else. */
        Listing updated(FileChanges.Since since) {
            if (since.folders().stream().anyMatch(folder::startsWith)) {
                return of(folder);
            }
            TreeMap<Path, Stamp> updated = new TreeMap<>(files);
            for (Path changed : since.folders()) {
                if (changed.startsWith(folder)) {
                    updated.keySet().removeIf(file -> file.startsWith(changed));
                    list(folder, changed, updated);
                }
            }
            for (Path changed : since.files()) {
                if (changed.startsWith(folder)) {
                    updated.remove(changed);
                    list(folder, changed, updated);
                }
            }
            return new Listing(folder, updated);
        }
    }

    /**
     * Adds the content files at or under {@code start} to {@code files}, each from one look (a site
     * has thousands); a start that is gone, or not a content file, adds nothing.
     */
    private static void list(Path folder, Path start, Map<Path, Stamp> files) {
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                    return directory.equals(folder) || !isHidden(folder.relativize(directory)) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && SourceDocument.Markup.of(file.getFileName().toString()) != null
                            && !isHidden(folder.relativize(file))) {
                        files.put(file, new Stamp(attributes.size(), attributes.lastModifiedTime()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failed) throws IOException {
                    // A file or folder the watcher named may be gone by now: a deletion, which leaves it out.
                    // The content folder itself must be there.
                    if (failed instanceof NoSuchFileException && !file.equals(folder)) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw failed;
                }
            });
        } catch (IOException e) {
            throw new BuildFailure(Problem.inFile("content", "the content folder could not be read: " + e.getMessage(), "check its permissions"));
        }
    }

    /** Folders and files starting with '_' or '.' hold editors' templates and tooling, never pages. */
    public static boolean isHidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith("_") || name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
