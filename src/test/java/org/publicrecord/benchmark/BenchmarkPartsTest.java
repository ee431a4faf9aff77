package org.publicrecord.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's parts measure what they claim: a process's memory and output, and a Hugo site of the same pages. */
class BenchmarkPartsTest {

    @Test
    void aRunKeepsWhatTheProcessPrintedAndItsPeakMemory() throws Exception {
        Measured.Result result = Measured.run(Path.of("").toAbsolutePath(), List.of("sh", "-c", "echo read 3 files; sleep 0.3"));
        assertEquals(List.of("read 3 files"), result.lines());
        assertEquals("read 3 files", result.phase("read"));
        assertTrue(result.peakMegabytes() >= 0 && result.seconds() >= 0.3, result.toString());
    }

    @Test
    void aFailedRunSaysWhatItPrinted() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> Measured.run(Path.of("").toAbsolutePath(), List.of("sh", "-c", "echo the reason; exit 3")));
        assertTrue(failure.getMessage().contains("exit 3") && failure.getMessage().contains("the reason"), failure.getMessage());
    }

    @Test
    void hugoBuildsAPageForEveryDocumentOfTheSyntheticSite(@TempDir Path folder) throws Exception {
        assumeTrue(Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(path -> Files.isExecutable(Path.of(path, "hugo"))), "hugo is not installed");
        Path source = folder.resolve("site");
        SyntheticSite.write(Path.of("").toAbsolutePath(), source, 3);
        Path hugo = folder.resolve("hugo");
        HugoSite.write(source, hugo);
        Measured.run(hugo, List.of("hugo", "--quiet", "--source", hugo.toString()));

        String meeting = Files.readString(hugo.resolve("public/meetings/2000/2000-01-04-peoples-partnership/index.html"));
        assertTrue(meeting.contains("The partnership agreed the plan for the winter.") && meeting.contains("<table>"), meeting);
        try (Stream<Path> actions = Files.list(source.resolve("content/actions"))) {
            for (Path action : actions.toList()) {
                String name = action.getFileName().toString().replace(".md", "");
                assertTrue(Files.exists(hugo.resolve("public/actions/" + name + "/index.html")), name);
            }
        }
        assertTrue(Files.exists(hugo.resolve("public/themes/workforce/index.html")), "the themes taxonomy");
    }

    @Test
    void aColdBuildStartsWithNoVersionLeftBesideTheOutput(@TempDir Path work) throws Exception {
        Path version = Files.createDirectories(work.resolve("out-300.versions/v1/pagefind"));
        Files.writeString(version.resolve("pagefind-entry.json"), "{}");
        Files.writeString(work.resolve("out-300.versions/v1.written"), "record");
        Files.createDirectories(work.resolve("out-300.partial/meetings"));
        Files.createDirectories(work.resolve("out-300.removed"));
        Files.createSymbolicLink(work.resolve("out-300"), Path.of("out-300.versions/v1"));
        Path otherSize = Files.createDirectories(work.resolve("out-3000.versions/v1"));

        Benchmark.deleteBuilt(work.resolve("out-300"));

        try (Stream<Path> left = Files.list(work)) {
            assertEquals(List.of("out-3000.versions"), left.map(path -> path.getFileName().toString()).toList());
        }
        assertTrue(Files.isDirectory(otherSize));
    }
}
