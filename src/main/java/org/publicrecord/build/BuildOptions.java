package org.publicrecord.build;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What one build is asked to do.
 *
 * @param source        the site folder (holding jbake.properties, content/, templates/, data/, assets/)
 * @param output        where the finished site goes; replaced only when the whole build succeeds
 * @param today         the date the site is built for (what is upcoming, overdue or not yet
 *                      published), or null for the site's date at {@code now} in its own time zone
 * @param includeDrafts whether drafts are rendered (with a visible banner), for previews only
 * @param threads       how many documents are parsed and rendered at once
 * @param now           the moment the build is made at, when {@code today} is not given
 */
public record BuildOptions(Path source, Path output, LocalDate today, boolean includeDrafts, int threads, Instant now) {

    /** A build for a fixed date. */
    public BuildOptions(Path source, Path output, LocalDate today, boolean includeDrafts, int threads) {
        this(source, output, today, includeDrafts, threads, null);
    }

    public static BuildOptions of(Path source, Path output, LocalDate today) {
        return new BuildOptions(source, output, today, false, Runtime.getRuntime().availableProcessors());
    }

    public BuildOptions withThreads(int count) {
        return new BuildOptions(source, output, today, includeDrafts, count, now);
    }

    /** The same build, written to {@code folder}. */
    public BuildOptions withOutput(Path folder) {
        return new BuildOptions(source, folder, today, includeDrafts, threads, now);
    }
}
