package org.publicrecord.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.testing.BuiltSite;
import org.publicrecord.validate.ValidationFixture;

/**
 * The output is a whole site at every instant: builds of the same sources are killed at moments
 * spread over a whole build, publishing included, while a reader looks at the output without
 * pause; every look finds exactly the files of the site, never a missing folder or half of one.
 */
class AtomicPublishIT {

    private static final int KILLS = 10;

    @TempDir
    Path work;

    @Test
    void killingBuildsAtAnyMomentNeverLeavesAPartSite() throws Exception {
        Path source = ValidationFixture.write(work.resolve("source"));
        Path output = work.resolve("site");
        List<String> build = Command.siteCommand("build", "--source", source.toString(), "--output", output.toString(),
                "--today", ValidationFixture.TODAY.toString());

        long start = System.nanoTime();
        // Run from the repository, whose package.json pins the search indexer the build runs.
        Command first = Command.run(BuiltSite.EXAMPLE_SITE, java.util.Map.of(), build, 5);
        long buildMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(first.exitCode()).as(first.output()).isZero();
        Set<String> expected = files(output);
        assertThat(expected).contains("index.html", "sitemap.xml", "404.html");

        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicInteger looks = new AtomicInteger();
        List<String> wrong = new ArrayList<>();
        Thread reader = new Thread(() -> {
            while (reading.get()) {
                Set<String> seen = files(output);
                looks.incrementAndGet();
                if (!seen.equals(expected)) {
                    synchronized (wrong) {
                        wrong.add(seen.size() + " files instead of " + expected.size());
                    }
                }
            }
        });
        reader.start();
        int finished = 0;
        try {
            for (int kill = 0; kill < KILLS; kill++) {
                // From the middle of a build to well past its end (a busy machine is slower), so that some kills land while it publishes.
                long delay = buildMillis * (6 + 14 * kill / (KILLS - 1)) / 10;
                Process process = new ProcessBuilder(build).directory(BuiltSite.EXAMPLE_SITE.toFile()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (process.waitFor(delay, TimeUnit.MILLISECONDS)) {
                    finished++;
                } else {
                    process.destroyForcibly().waitFor();
                }
            }
            Command last = Command.run(BuiltSite.EXAMPLE_SITE, java.util.Map.of(), build, 5);
            assertThat(last.exitCode()).as(last.output()).isZero();
        } finally {
            reading.set(false);
            reader.join();
        }
        System.out.println("atomic publish: " + KILLS + " builds killed or finished (" + finished + " finished), "
                + looks.get() + " looks at the output, build " + buildMillis + " ms");
        assertThat(looks.get()).isGreaterThan(KILLS);
        assertThat(finished).as("some builds ran to the end").isPositive().isLessThan(KILLS);
        assertThat(wrong).isEmpty();
        assertThat(files(output)).isEqualTo(expected);
        try (Stream<Path> versions = Files.list(work.resolve("site.versions"))) {
            List<Path> kept = versions.filter(Files::isDirectory).toList();
            assertThat(kept).as("older versions are removed once a newer one is in place; the one before the current one stays, "
                    + "for the next build to bring up to date").hasSizeBetween(1, 2).contains(output.toRealPath());
        }
    }

    /** The files of the site the output shows now, by path; "(no site)" when there is none at all. */
    private static Set<String> files(Path output) {
        Path root;
        try {
            root = output.toRealPath();
        } catch (IOException none) {
            return Set.of("(no site)");
        }
        Set<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(path -> files.add(root.relativize(path).toString()));
        } catch (IOException | UncheckedIOException removed) {
            // The version this look started on was removed once a newer one was in place: look again at the output.
            return files(output);
        }
        return files;
    }
}
