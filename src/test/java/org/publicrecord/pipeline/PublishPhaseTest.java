package org.publicrecord.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.build.PhaseLog;

/** Publishing a finished folder, and the versions it replaces deleted by the next build while it works. */
class PublishPhaseTest {

    @TempDir
    Path work;

    @Test
    void theReplacedVersionWaitsBesideTheOutputUntilTheNextBuildDeletesIt() throws IOException {
        Path output = work.resolve("site");
        build(output, "first");
        assertThat(Files.readString(output.resolve("index.html"))).isEqualTo("first");
        assertThat(Files.exists(PublishPhase.removedFolderOf(output))).as("nothing was replaced").isFalse();

        build(output, "second");
        assertThat(Files.readString(output.resolve("index.html"))).isEqualTo("second");
        assertThat(names(work.resolve("site.versions"))).hasSize(1);
        assertThat(contents(PublishPhase.removedFolderOf(output))).containsExactly("first");

        build(output, "third");
        assertThat(Files.readString(output.resolve("index.html"))).isEqualTo("third");
        assertThat(names(work.resolve("site.versions"))).hasSize(1);
        assertThat(contents(PublishPhase.removedFolderOf(output))).as("the first is gone, the second waits").containsExactly("second");
    }

    @Test
    void aKilledBuildsFolderIsMovedAsideAndDeletedWhileTheNextBuildWorks() throws IOException {
        Path output = work.resolve("site");
        Path partial = PublishPhase.partialFolderOf(output);
        Files.createDirectories(partial.resolve("meetings/2024"));
        Files.writeString(partial.resolve("meetings/2024/index.html"), "half a site");

        PublishPhase.Sweep sweep = PublishPhase.sweep(partial, output);
        assertThat(Files.exists(partial)).as("the new build starts from an empty folder at once").isFalse();
        sweep.finish();
        assertThat(Files.exists(PublishPhase.removedFolderOf(output))).isFalse();
    }

    /** One build as {@link SiteBuild} runs it: the sweep starts, the site is made, then published. */
    private void build(Path output, String home) throws IOException {
        Path partial = PublishPhase.partialFolderOf(output);
        PublishPhase.Sweep sweep = PublishPhase.sweep(partial, output);
        Files.createDirectories(partial);
        Files.writeString(partial.resolve("index.html"), home);
        new PublishPhase(PhaseLog.silent()).run(partial, output, sweep);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(path -> path.getFileName().toString()).toList();
        }
    }

    /** The home page of each version in {@code folder}. */
    private static List<String> contents(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(version -> {
                try {
                    return Files.readString(version.resolve("index.html"));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
