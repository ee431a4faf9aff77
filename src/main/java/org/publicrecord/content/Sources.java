package org.publicrecord.content;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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
        return read(source, contentFolder, dataFolder, threads, new ConcurrentHashMap<>());
    }

    /**
     * As {@link #read(Path, Path, Path, int)}, taking each file whose name and text are the same
     * as when an earlier build of this process read them from {@code known} instead of splitting it
     * again (a document is never changed once read), and keeping each new one there.
     */
    public static Sources read(Path source, Path contentFolder, Path dataFolder, int threads, Map<Object, Object> known) {
        DataFiles data = DataFiles.read(source, dataFolder);
        List<SourceDocument> documents = Parallel.map(contentFiles(contentFolder), file -> {
            String shown = source.relativize(file).toString().replace('\\', '/');
            SourceText text = SourceText.read(file, shown);
            return (SourceDocument) known.computeIfAbsent(text,
                    read -> SourceDocument.parse(text, SourceDocument.Markup.of(file.getFileName().toString())));
        }, threads);
        return new Sources(documents, data);
    }

    private static List<Path> contentFiles(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> SourceDocument.Markup.of(path.getFileName().toString()) != null)
                    .filter(path -> !isHidden(folder.relativize(path)))
                    .sorted()
                    .toList();
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
