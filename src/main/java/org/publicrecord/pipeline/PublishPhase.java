package org.publicrecord.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

    /** Swaps the finished folder into place: the old site is moved aside first, then removed. */
    private static void publish(Path partial, Path output) {
        Path previous = output.resolveSibling(output.getFileName() + ".previous");
        try {
            deleteTree(previous);
            if (Files.exists(output)) {
                Files.move(output, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(partial, output, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(previous);
        } catch (IOException e) {
            throw new BuildFailure(Problem.inFile(shown(output), "the finished site could not be moved into place: " + e.getMessage(),
                    "check nothing else is using the output folder"));
        }
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
