package org.publicrecord.content;

import java.util.Map;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.TreeMap;

import org.publicrecord.build.BuildCache;
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
 */
public record Sources(List<SourceDocument> documents, DataFiles data) {

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
     * so later phases can tell a document read anew by its identity.
     *
     * @param since what the watcher saw change since the last read ({@link FileChanges#take()})
     */
    public static Sources read(Path source, Path contentFolder, Path dataFolder, int threads, BuildCache cache, FileChanges.Since since) {
        DataFiles data = DataFiles.read(source, dataFolder);
        Map<Object, Object> byText = cache.memo("sources");
        Map<Object, Object> byFile = cache.memo("source files");
        List<SourceDocument> documents = Parallel.map(contentFiles(contentFolder), found -> {
            Path file = found.getKey();
            Stamp stamp = found.getValue();
            if (byFile.get(file) instanceof Kept kept && kept.stamp().equals(stamp) && !since.mayHaveChanged(file)) {
                return kept.document();
            }
            String shown = source.relativize(file).toString().replace('\\', '/');
            SourceText text = SourceText.read(file, shown);
            SourceDocument document = (SourceDocument) byText.computeIfAbsent(text,
                    read -> SourceDocument.parse(text, SourceDocument.Markup.of(file.getFileName().toString())));
            byFile.put(file, new Kept(stamp, document));
            return document;
        }, threads);
        return new Sources(documents, data);
    }

    /** A document as read, and its file's size and time of change then. */
    private record Kept(Stamp stamp, SourceDocument document) {
    }

    /** A file's size and time of last change. */
    private record Stamp(long size, FileTime changed) {
    }

    /** The content files in path order, each with its stamp, from one look at each (a site has thousands). */
    private static List<Map.Entry<Path, Stamp>> contentFiles(Path folder) {
        Map<Path, Stamp> files = new TreeMap<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                    return directory.equals(folder) || !isHidden(directory.getFileName()) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && SourceDocument.Markup.of(file.getFileName().toString()) != null
                            && !isHidden(file.getFileName())) {
                        files.put(file, new Stamp(attributes.size(), attributes.lastModifiedTime()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new BuildFailure(Problem.inFile("content", "the content folder could not be read: " + e.getMessage(), "check its permissions"));
        }
        return List.copyOf(files.entrySet());
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
