package org.publicrecord.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
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

    /**
     * Where the versions a build replaced wait to be deleted: the next build deletes them while it
     * works ({@link #sweep}), since deleting a site of thousands of files takes seconds.
     */
    static Path removedFolderOf(Path output) {
        return output.resolveSibling(output.getFileName() + ".removed");
    }

    /**
     * Deleting, on a thread of its own, what earlier builds left to remove: the versions they
     * replaced, and the folder of a build that was killed before it could clean up.
     */
    static final class Sweep {

        private final Path removed;
        private final Thread thread;
        private volatile RuntimeException failure;

        private Sweep(Path removed) {
            this.removed = removed;
            this.thread = new Thread(this::delete, "sweep " + removed.getFileName());
            // A build that ends first leaves the rest for the next build to delete.
            thread.setDaemon(true);
        }

        private void delete() {
            try {
                deleteTree(removed);
            } catch (RuntimeException e) {
                failure = e;
            }
        }

        /** Waits until everything is deleted; throws if something could not be. */
        void finish() {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while deleting " + removed, e);
            }
            if (failure != null) {
                throw new BuildFailure(Problem.inFile(shown(removed), "older versions of the site could not be deleted: " + failure.getMessage(),
                        "check nothing else is using the output folder"));
            }
        }
    }

    /** Starts deleting what earlier builds left for this one; {@code partial}, if a killed build left it, goes first. */
    static Sweep sweep(Path partial, Path output) {
        Path removed = removedFolderOf(output);
        try {
            if (Files.exists(partial, LinkOption.NOFOLLOW_LINKS)) {
                moveInto(removed, partial);
            }
        } catch (IOException e) {
            throw new BuildFailure(Problem.inFile(shown(partial), "the folder of an earlier build could not be moved aside: " + e.getMessage(),
                    "check nothing else is using the output folder"));
        }
        Sweep sweep = new Sweep(removed);
        sweep.thread.start();
        return sweep;
    }

    /** Moves {@code partial} into {@code output}'s place and returns the number of files published; {@code sweep} is finished first. */
    int run(Path partial, Path output, Sweep sweep) {
        int files = countFiles(partial);
        sweep.finish();
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
     * the older versions are moved to the folder the next build deletes ({@link #removedFolderOf}). Where links cannot be made (Windows without the right), the
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
                    moveInto(removedFolderOf(output), earlier);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new BuildFailure(Problem.inFile(shown(output), "the finished site could not be moved into place: " + e.getMessage(),
                    "check nothing else is using the output folder"));
        }
    }

    /** Moves {@code folder} into {@code removed} under a name of its own: one rename, however many files it holds. */
    private static void moveInto(Path removed, Path folder) throws IOException {
        Files.createDirectories(removed);
        Files.move(folder, removed.resolve(folder.getFileName() + "-" + Long.toString(System.nanoTime(), 36)), StandardCopyOption.ATOMIC_MOVE);
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

    /**
     * Deletes a folder and everything in it, one file after another: on the disks measured, deleting
     * in parallel was no quicker, and the sweep leaves the processors to the build.
     */
    static void deleteTree(Path folder) {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException failed) throws IOException {
                    if (failed != null) {
                        throw failed;
                    }
                    Files.delete(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String shown(Path path) {
        Path here = Path.of("").toAbsolutePath();
        return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
    }
}
