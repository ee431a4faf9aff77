package org.publicrecord.build;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What one build is asked to do.
 *
 * @param source        the site folder (holding jbake.properties, content/, templates/, data/, assets/)
 * @param output        where the finished site goes; replaced only when the whole build succeeds
 * @param today         the date the site is built for: what is upcoming, overdue or not yet published
 * @param includeDrafts whether drafts are rendered (with a visible banner), for previews only
 * @param threads       how many documents are parsed and rendered at once
 */
public record BuildOptions(Path source, Path output, LocalDate today, boolean includeDrafts, int threads) {

    public static BuildOptions of(Path source, Path output, LocalDate today) {
        return new BuildOptions(source, output, today, false, Runtime.getRuntime().availableProcessors());
    }


    public BuildOptions withThreads(int count) {
        return new BuildOptions(source, output, today, includeDrafts, count);
    }
}
