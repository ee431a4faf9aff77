package org.publicrecord.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.build.BuildCache;
import org.publicrecord.build.BuildOptions;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.build.Superseded;
import org.publicrecord.build.WrittenPages;

/**
 * A build with a cache brings the version before the current one up to date instead of writing
 * every file into an empty folder: what it would write the same is left untouched, and what it no
 * longer makes, or what anything else put there, is gone.
 */
class RecycledFolderTest {

    @TempDir
    Path work;

    @Test
    void aRecycledFolderEndsExactlyAsACleanBuildAndKeepsTheFilesItWouldWriteTheSame() throws IOException {
        Path site = fixtureCopy();
        Path output = work.resolve("out");
        build(site, output, BuildCache.of(site));
        FileTime untouched = Files.getLastModifiedTime(output.resolve("about/index.html"));
        build(site, output, BuildCache.of(site));

        Path spare = spareOf(output);
        assertThat(WrittenPages.manifestOf(spare)).exists();
        // Things no build of these sources makes: a stray page and a folder where a file goes, and a page changed by hand.
        Files.createDirectories(spare.resolve("stray"));
        Files.writeString(spare.resolve("stray/index.html"), "<p>Left over</p>");
        Files.createDirectories(spare.resolve("stray/deeper/still"));
        Files.writeString(spare.resolve("stray/deeper/still/index.html"), "<p>Left over too</p>");
        Files.writeString(spare.resolve("about/old.html"), "<p>Beside a page still made</p>");
        Files.delete(spare.resolve("feed.xml"));
        Files.createDirectories(spare.resolve("feed.xml"));
        Files.writeString(spare.resolve("feed.xml/inside.txt"), "in the way");
        Files.writeString(spare.resolve("index.html"), "<p>Changed by hand</p>");
        Path first = site.resolve("content/news/2024/first-report.md");
        Files.writeString(first, Files.readString(first).replace("title: First report", "title: First report, revised"));

        build(site, output, BuildCache.of(site));
        assertThat(Files.getLastModifiedTime(output.resolve("about/index.html"))).as("a page written the same is left as it was").isEqualTo(untouched);
        assertThat(Files.readString(output.resolve("index.html"))).doesNotContain("Changed by hand");
        assertThat(output.resolve("stray")).doesNotExist();
        assertThat(output.resolve("about/old.html")).doesNotExist();
        assertThat(output.resolve("about/index.html")).exists();
        try (java.util.stream.Stream<Path> folders = Files.walk(output)) {
            assertThat(folders.filter(Files::isDirectory).filter(RecycledFolderTest::isEmptyFolder)).as("no folder is left empty").isEmpty();
        }
        assertThat(Files.readString(output.resolve("news/2024/first-report/index.html"))).contains("First report, revised");

        build(site, work.resolve("clean"), BuildCache.none());
        assertThat(files(output)).isEqualTo(files(work.resolve("clean")));
    }

    @Test
    void aBuildThatStopsPartWaySetsItsFolderAsideForTheNextToBringUpToDate() throws IOException {
        Path site = fixtureCopy();
        Path output = work.resolve("out");
        // One build: the next has no earlier version to bring up to date, and starts from an empty folder.
        build(site, output, BuildCache.of(site));
        Path first = site.resolve("content/news/2024/first-report.md");
        Files.writeString(first, Files.readString(first).replace("title: First report", "title: First report, revised"));

        // A newer change comes once a dozen files are written: the build stops in the middle of its render.
        AtomicInteger asked = new AtomicInteger();
        // Asked before each file the render writes, and between documents, parts and stages before that: only the render's count.
        FirstPages stopping = new Overtaking(asker -> asker.equals(org.publicrecord.render.SiteRenderer.class.getName())
                && asked.incrementAndGet() > 12);
        assertThatThrownBy(() -> new SiteBuild(new BuildOptions(site, output, SiteBuildTest.TODAY, false, 2),
                PhaseLog.silent(), BuildCache.of(site)).run(stopping)).isInstanceOf(Superseded.class);
        Path setAside = spareOf(output);
        assertThat(WrittenPages.manifestOf(setAside)).as("the stopped build's folder waits, with what its files held").exists();
        assertThat(Files.readString(output.resolve("news/2024/first-report/index.html"))).doesNotContain("revised");

        Map<String, FileTime> writtenBeforeTheStop = times(setAside);
        assertThat(writtenBeforeTheStop).isNotEmpty();

        build(site, output, BuildCache.of(site));
        Map<String, FileTime> now = times(output.toRealPath());
        assertThat(writtenBeforeTheStop).as("the next build leaves the files the stopped one wrote as they are")
                .allSatisfy((file, time) -> assertThat(now.get(file)).as(file).isEqualTo(time));
        assertThat(Files.readString(output.resolve("news/2024/first-report/index.html"))).contains("First report, revised");
        build(site, work.resolve("clean"), BuildCache.none());
        assertThat(files(output)).isEqualTo(files(work.resolve("clean")));
    }

    /** A copy of the fixture site, to build and edit. */
    private Path fixtureCopy() throws IOException {
        Path site = work.resolve("site");
        PathUtils.copyDirectory(SiteBuildTest.FIXTURE, site);
        return site;
    }

    private static boolean isEmptyFolder(Path folder) {
        try (java.util.stream.Stream<Path> inside = Files.list(folder)) {
            return inside.findAny().isEmpty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void build(Path site, Path output, BuildCache cache) {
        new SiteBuild(new BuildOptions(site, output, SiteBuildTest.TODAY, false, 2), PhaseLog.silent(), cache).run();
    }

    /** The version beside {@code output} that it does not show. */
    private static Path spareOf(Path output) throws IOException {
        Path current = output.toRealPath();
        try (Stream<Path> versions = Files.list(output.resolveSibling(output.getFileName() + ".versions"))) {
            return versions.filter(Files::isDirectory).filter(version -> !version.toAbsolutePath().normalize().equals(current))
                    .findFirst().orElseThrow();
        }
    }

    /** Every HTML page under {@code folder}, by path, with when it was last written. */
    private static Map<String, FileTime> times(Path folder) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(path -> path.toString().endsWith(".html")).toList()) {
                times.put(folder.relativize(path).toString(), Files.getLastModifiedTime(path));
            }
        }
        return times;
    }

    /** Every file under {@code output}, by path, with its text. */
    private static Map<String, String> files(Path output) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path root = output.toRealPath();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString(), new String(Files.readAllBytes(path), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
