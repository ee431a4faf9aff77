package org.publicrecord.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.SiteCommand;
import org.publicrecord.build.BuildOptions;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.pipeline.SiteBuild;
import org.publicrecord.testing.BuiltSite;

/**
 * Two builds of the same sources with the same {@code SOURCE_DATE_EPOCH} write the same bytes:
 * one in this JVM on one thread, one through the command line in a fresh JVM on four, so that
 * neither hash order, thread timing nor the clock can leak into the output.
 */
class ReproducibleBuildIT {

    static final String EPOCH = String.valueOf(Instant.parse("2026-11-22T09:30:00Z").getEpochSecond());

    @TempDir
    Path folder;

    @Test
    void twoBuildsWithTheSameSourceDateEpochAreByteForByteTheSame() {
        Path inProcess = folder.resolve("one");
        Path fromCommandLine = folder.resolve("two");
        Instant moment = SiteCommand.buildMoment(Map.of("SOURCE_DATE_EPOCH", EPOCH));
        new SiteBuild(new BuildOptions(BuiltSite.EXAMPLE_SITE, inProcess, null, false, 1, moment), PhaseLog.silent()).run();

        Command second = Command.run(BuiltSite.EXAMPLE_SITE, Map.of("SOURCE_DATE_EPOCH", EPOCH),
                Command.siteCommand("build", "--output", fromCommandLine.toString(), "--threads", "4"), 5);

        assertThat(second.exitCode()).as(second.output()).isZero();
        SortedMap<String, String> first = SiteFolders.digests(inProcess);
        assertThat(first).hasSizeGreaterThan(20).containsKeys("index.html", "feed.xml", "sitemap.xml", "_headers");
        assertThat(SiteFolders.digests(fromCommandLine)).isEqualTo(first);
    }
}
