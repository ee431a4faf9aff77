package org.publicrecord.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.stream.Stream;

import org.publicrecord.build.Folders;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.build.WrittenPages;
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
                Folders.deleteTree(removed);
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

    /**
     * Starts deleting what earlier builds left for this one; {@code partial}, if a killed build left
     * it, goes first. When {@code recycle}, the version before the current one, if its files are
     * known ({@link WrittenPages#manifestOf}), becomes {@code partial}, for this build to bring up
     * to date rather than write every file again.
     */
    static Sweep sweep(Path partial, Path output, boolean recycle) {
        Path removed = removedFolderOf(output);
        try {
            discard(partial, output);
            if (recycle) {
                Path spare = spareOf(output);
                if (spare != null) {
                    Files.move(spare, partial, StandardCopyOption.ATOMIC_MOVE);
                    Files.move(WrittenPages.manifestOf(spare), WrittenPages.manifestOf(partial), StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new BuildFailure(Problem.inFile(shown(partial), "the folder of an earlier build could not be moved aside: " + e.getMessage(),
                    "check nothing else is using the output folder"));
        }
        Sweep sweep = new Sweep(removed);
        sweep.thread.start();
        return sweep;
    }

    /** Moves the folder of a build that did not finish where the next build deletes it: one rename, however many files it holds. */
    static void discard(Path partial, Path output) {
        try {
            Files.deleteIfExists(WrittenPages.manifestOf(partial));
            if (Files.exists(partial, LinkOption.NOFOLLOW_LINKS)) {
                moveInto(removedFolderOf(output), partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not move " + partial + " aside: " + e.getMessage(), e);
        }
    }

    /**
     * Puts the folder of a build that did not finish back among the versions, as the one for the
     * next build to bring up to date, when what its files held is known: the manifest of the version
     * it was made from. A file the build changed no longer matches that manifest and is written
     * again; the rest is left as it is. Without this, the build after a stopped one (in the preview,
     * a save while the site rebuilds) had no version to bring up to date and created every file anew:
     * 22,000 files at 9,129 documents, seconds of the disk's time under every later save.
     */
    static void setAside(Path partial, Path output) {
        Path manifest = WrittenPages.manifestOf(partial);
        Path versions = versionsOf(output);
        if (!Files.isDirectory(partial, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(manifest) || !Files.isDirectory(versions)) {
            discard(partial, output);
            return;
        }
        try {
            Path version = versions.resolve(newVersionName());
            Files.move(partial, version, StandardCopyOption.ATOMIC_MOVE);
            Files.move(manifest, WrittenPages.manifestOf(version), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not set " + partial + " aside: " + e.getMessage(), e);
        }
    }

    private static String newVersionName() {
        return Long.toString(System.currentTimeMillis(), 36) + "-" + Long.toString(System.nanoTime() & 0xffffff, 36);
    }

    /** The version before the one {@code output} shows, if its files are known; null when there is none. */
    private static Path spareOf(Path output) throws IOException {
        Path versions = versionsOf(output);
        if (!Files.isDirectory(versions)) {
            return null;
        }
        Path current = currentVersion(output);
        try (Stream<Path> kept = Files.list(versions)) {
            return kept.filter(version -> Files.isDirectory(version, LinkOption.NOFOLLOW_LINKS) && !version.equals(current)
                    && Files.isRegularFile(WrittenPages.manifestOf(version))).findFirst().orElse(null);
        }
    }

    /** The version folder {@code output} links to, or null when it is no link. */
    private static Path currentVersion(Path output) throws IOException {
        return Files.isSymbolicLink(output) ? output.getParent().resolve(Files.readSymbolicLink(output)).normalize() : null;
    }

    private static Path versionsOf(Path output) {
        return output.resolveSibling(output.getFileName() + ".versions");
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
        try (Stream<Path> files = Files.find(folder, Integer.MAX_VALUE, (file, attributes) -> attributes.isRegularFile())) {
            return (int) files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Puts the finished folder in place in one step, so that at every instant the output is a whole
     * site, the old one or the new one. The folder becomes a version beside the output
     * ({@code site.versions/ID}, with what its files were when written beside it) and the output is
     * a symbolic link to it, replaced by one rename. The version it replaces stays, for the next
     * build to bring up to date ({@link #sweep}); older ones are moved to the folder the next build
     * deletes ({@link #removedFolderOf}). Where links cannot be made (Windows without the right),
     * the old site is moved aside and the new one moved in: two renames.
     */
    static void publish(Path partial, Path output) {
        Path versions = versionsOf(output);
        Path next = output.resolveSibling(output.getFileName() + ".next");
        try {
            Files.createDirectories(versions);
            Path replaced = currentVersion(output);
            Path version = versions.resolve(newVersionName());
            Files.move(partial, version, StandardCopyOption.ATOMIC_MOVE);
            Path manifest = WrittenPages.manifestOf(partial);
            if (Files.exists(manifest)) {
                Files.move(manifest, WrittenPages.manifestOf(version), StandardCopyOption.ATOMIC_MOVE);
            }
            Files.deleteIfExists(next);
            try {
                Files.createSymbolicLink(next, output.getParent().relativize(version));
            } catch (UnsupportedOperationException | IOException noLinks) {
                Files.deleteIfExists(WrittenPages.manifestOf(version));
                Files.move(version, partial, StandardCopyOption.ATOMIC_MOVE);
                Folders.deleteTree(versions);
                swapFolders(partial, output);
                return;
            }
            if (Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
                // A site built before versions were kept: it becomes a version too (the one moment without a site, once).
                Files.move(output, versions.resolve("earlier"), StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(next, output, StandardCopyOption.ATOMIC_MOVE);
            Set<Path> kept = replaced == null || !Files.isRegularFile(WrittenPages.manifestOf(replaced))
                    ? Set.of(version, WrittenPages.manifestOf(version))
                    : Set.of(version, WrittenPages.manifestOf(version), replaced, WrittenPages.manifestOf(replaced));
            try (Stream<Path> old = Files.list(versions)) {
                for (Path earlier : old.filter(path -> !kept.contains(path)).toList()) {
                    if (Files.isDirectory(earlier, LinkOption.NOFOLLOW_LINKS)) {
                        moveInto(removedFolderOf(output), earlier);
                    } else {
                        Files.delete(earlier);
                    }
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
        Folders.deleteTree(previous);
        if (Files.exists(output)) {
            Files.move(output, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(partial, output, StandardCopyOption.ATOMIC_MOVE);
        Folders.deleteTree(previous);
    }

    private static String shown(Path path) {
        Path here = Path.of("").toAbsolutePath();
        return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
    }
}
