package org.publicrecord.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.build.BuildCache;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.build.WrittenPages;

/**
 * Publishing a finished folder; the version it replaces kept for the next build to bring up to date
 * when its files are known, and otherwise deleted by the next build while it works.
 */
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
    void theVersionBeforeTheCurrentOneIsBroughtUpToDateByTheNextBuildWhenItsFilesAreKnown() throws IOException {
        Path output = work.resolve("site");
        Path partial = PublishPhase.partialFolderOf(output);
        recordedBuild(output, "first");
        recordedBuild(output, "second");
        assertThat(names(work.resolve("site.versions"))).as("the current version and the one before, each with its files' record").hasSize(4);
        assertThat(Files.exists(PublishPhase.removedFolderOf(output))).isFalse();

        PublishPhase.Sweep sweep = PublishPhase.sweep(partial, output, true);
        assertThat(Files.readString(partial.resolve("index.html"))).as("the build starts from the first version").isEqualTo("first");
        assertThat(WrittenPages.manifestOf(partial)).exists();
        assertThat(Files.readString(output.resolve("index.html"))).as("the site stays as it was meanwhile").isEqualTo("second");
        write(partial, "third");
        new PublishPhase(PhaseLog.silent()).run(partial, output, sweep);

        assertThat(Files.readString(output.resolve("index.html"))).isEqualTo("third");
        assertThat(names(work.resolve("site.versions"))).hasSize(4);
        assertThat(contents(work.resolve("site.versions"))).containsExactlyInAnyOrder("second", "third");
        assertThat(Files.exists(PublishPhase.removedFolderOf(output))).as("nothing to delete").isFalse();
    }

    @Test
    void aBuildWithoutACacheStartsFromAnEmptyFolderEvenWhenAVersionIsThere() throws IOException {
        Path output = work.resolve("site");
        Path partial = PublishPhase.partialFolderOf(output);
        recordedBuild(output, "first");
        recordedBuild(output, "second");

        PublishPhase.Sweep sweep = PublishPhase.sweep(partial, output, false);
        assertThat(Files.exists(partial)).isFalse();
        write(partial, "third");
        new PublishPhase(PhaseLog.silent()).run(partial, output, sweep);
        assertThat(contents(work.resolve("site.versions"))).as("the second is kept with its record, the first is removed")
                .containsExactlyInAnyOrder("second", "third");
    }

    @Test
    void aKilledBuildsFolderIsMovedAsideAndDeletedWhileTheNextBuildWorks() throws IOException {
        Path output = work.resolve("site");
        Path partial = PublishPhase.partialFolderOf(output);
        Files.createDirectories(partial.resolve("meetings/2024"));
        Files.writeString(partial.resolve("meetings/2024/index.html"), "half a site");
        Files.writeString(WrittenPages.manifestOf(partial), "a record of the half site");

        PublishPhase.Sweep sweep = PublishPhase.sweep(partial, output, true);
        assertThat(Files.exists(partial)).as("the new build starts from an empty folder at once").isFalse();
        assertThat(WrittenPages.manifestOf(partial)).doesNotExist();
        sweep.finish();
        assertThat(Files.exists(PublishPhase.removedFolderOf(output))).isFalse();
    }

    /** One build as {@link SiteBuild} runs it without a cache: the sweep starts, the site is made, then published. */
    private void build(Path output, String home) throws IOException {
        Path partial = PublishPhase.partialFolderOf(output);
        PublishPhase.Sweep sweep = PublishPhase.sweep(partial, output, false);
        write(partial, home);
        new PublishPhase(PhaseLog.silent()).run(partial, output, sweep);
    }

    /** One build as {@link SiteBuild} runs it with a cache, which records the files it wrote. */
    private void recordedBuild(Path output, String home) throws IOException {
        Path partial = PublishPhase.partialFolderOf(output);
        PublishPhase.Sweep sweep = PublishPhase.sweep(partial, output, true);
        WrittenPages written = WrittenPages.under(partial, BuildCache.of(work.resolve("source")));
        written.wrote("index.html", write(partial, home));
        written.save();
        new PublishPhase(PhaseLog.silent()).run(partial, output, sweep);
    }

    private static byte[] write(Path folder, String home) throws IOException {
        Files.createDirectories(folder);
        byte[] bytes = home.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(folder.resolve("index.html"), bytes);
        return bytes;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(path -> path.getFileName().toString()).toList();
        }
    }

    /** The home page of each version in {@code folder}. */
    private static List<String> contents(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory).map(version -> {
                try {
                    return Files.readString(version.resolve("index.html"));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
