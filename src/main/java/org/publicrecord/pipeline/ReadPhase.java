package org.publicrecord.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jbake.app.configuration.JBakeConfiguration;
import org.publicrecord.build.BuildCache;
import org.publicrecord.build.BuildOptions;
import org.publicrecord.build.FileChanges;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.content.Sources;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.site.Site;
import org.publicrecord.trust.SiteFiles;

/**
 * Read: every content and data file once, front matter and body, keeping line numbers; the site's
 * facts; the build's date. Nothing from outside the site is read: a link out of its folders stops
 * the build before any file is opened.
 */
final class ReadPhase {

    private final PhaseLog log;

    ReadPhase(PhaseLog log) {
        this.log = log;
    }

    Read run(BuildOptions options, JBakeConfiguration config, BuildCache cache) {
        // What changed since the last read is taken first: a change saved while this read runs is for the next one.
        FileChanges.Since since = cache.changes().take();
        try {
            List<Problem> outside = SiteFiles.check(options.source(), since, cache.memo("site files"));
            if (!outside.isEmpty()) {
                throw new BuildFailure(outside);
            }
            Path content = config.getContentFolder().toPath();
            Sources sources = Sources.read(options.source(), content, config.getDataFolder().toPath(), options.threads(), cache, since);
            Site site = Site.of(sources.data());
            LocalDate today = options.today() != null ? options.today() : site.dayAt(options.now() != null ? options.now() : Instant.now());
            log.phase("read", PhaseLog.count(sources.documents().size(), "files") + ", " + PhaseLog.count(sources.data().files().size(), "data files"));
            return new Read(sources, site, today, since.onlyUnder(content));
        } catch (RuntimeException failed) {
            since.readAgainLater();
            throw failed;
        }
    }
}
