package org.publicrecord.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.SiteCommand;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.testing.BuiltSite;

/**
 * A build that fails its checks leaves the previously built site exactly as it was and exits
 * with a failure status, which is what stops CI before the deploy job (it {@code needs} the
 * build) and Maven before {@code scm-publish} (see GhPagesPublishIT).
 */
class FailedBuildIT {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String BROKEN = "content/news/2024/broken.md";

    @TempDir
    Path folder;

    Path source;
    Path output;
    SortedMap<String, String> before;
    SortedMap<String, FileTime> touchedBefore;

    @BeforeEach
    void buildAGoodSiteThenBreakASource() throws IOException {
        source = SiteFolders.exampleSite(folder.resolve("source"), Map.of());
        output = folder.resolve("site");
        BuiltSite.build(source, output, TODAY);
        before = SiteFolders.digests(output);
        touchedBefore = modified(output);
        SiteFolders.write(source, BROKEN, "---\ntitle: Broken\ntype: news\ndate: 2024-02-30\n---\n\nNo such day.\n");
    }

    @Test
    void theBuildStopsAndThePreviousSiteIsUntouched() throws IOException {
        BuildFailure failure = BuiltSite.failure(source, output, TODAY);

        assertThat(failure.problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(BROKEN);
            assertThat(problem.line()).isEqualTo(4);
        });
        assertThat(SiteFolders.digests(output)).isEqualTo(before);
        assertThat(modified(output)).isEqualTo(touchedBefore);
        try (Stream<Path> beside = Files.list(folder)) {
            // What the last good build kept for the next (its version before, the pages as search reads them), and nothing half made.
            assertThat(beside.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("source", "site", "site.versions", "site.search");
        }
    }

    @Test
    void theCommandLineFailsWithAnAnnotationOnTheLineAtFault() {
        Command result = Command.run(BuiltSite.EXAMPLE_SITE, Map.of("GITHUB_ACTIONS", "true"), Command.siteCommand(
                "build", "--source", source.toString(), "--output", output.toString(), "--today", TODAY.toString()), 5);

        assertThat(result.exitCode()).as(result.output()).isEqualTo(SiteCommand.SOURCE_PROBLEMS);
        assertThat(result.output()).contains("Nothing was published.")
                .containsPattern("(?m)^::error file=" + BROKEN + ",line=4,col=\\d+::");
        assertThat(SiteFolders.digests(output)).isEqualTo(before);
    }

    private static SortedMap<String, FileTime> modified(Path output) throws IOException {
        Path folder = output.toRealPath();
        SortedMap<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.toList()) {
                times.put(folder.relativize(path).toString(), Files.getLastModifiedTime(path));
            }
        }
        return times;
    }
}
