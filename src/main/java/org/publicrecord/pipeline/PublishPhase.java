package org.publicrecord.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.publicrecord.build.PhaseLog;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;

/** Publish: puts the finished folder in the output's place, reached only when every phase before has passed. */
final class PublishPhase {

    private final PhaseLog log;

    PublishPhase(PhaseLog log) {
        this.log = log;
    }

    /** The folder a build is made in, beside the output. */
    static Path partialFolderOf(Path output) {
        return output.resolveSibling(output.getFileName() + ".partial");
    }

    /** Moves {@code partial} into {@code output}'s place and returns the number of files published. */
    int run(Path partial, Path output) {
        int files = countFiles(partial);
        publish(partial, output);
        log.phase("publish", PhaseLog.count(files, "files") + " to " + shown(output));
        return files;
    }

    private static int countFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return (int) files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts the finished folder in place in one step, so that at every instant the output is a whole
     * site, the old one or the new one. The folder becomes a version beside the output
     * ({@code site.versions/ID}) and the output is a symbolic link to it, replaced by one rename; then
     * the older versions are removed. Where links cannot be made (Windows without the right), the
     * old site is moved aside and the new one moved in: two renames.
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
        all.parallelStream().filter(Files::isRegularFile).forEach(PublishPhase::delete);
        all.stream().filter(Files::isDirectory).sorted(Comparator.reverseOrder()).forEach(PublishPhase::delete);
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
