package org.publicrecord.pipeline;

import java.util.List;

import org.publicrecord.build.BuildCache;
import org.publicrecord.build.BuildOptions;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.trust.Publication;
import org.publicrecord.types.ContentTypes;
import org.publicrecord.validate.PlainWords;
import org.publicrecord.validate.SiteValidator;

/**
 * Validate: every document and data file against its schema and the site's references, and no
 * published document referring to one this build leaves out; every problem at once.
 */
final class ValidatePhase {

    private final PhaseLog log;

    ValidatePhase(PhaseLog log) {
        this.log = log;
    }

    void run(Read read, ContentTypes types, BuildOptions options, BuildCache cache) {
        List<Problem> problems = new SiteValidator(types.schemas(), options.source(), types.rules())
                .publishing(new Publication(read.today(), options.includeDrafts()))
                .keeping(cache.memo("problems"))
                .keepingClean(cache.shelf(SiteValidator.CLEAN), read.sources()::keyOf)
                .validate(read.sources().documents(), read.sources().data());
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        log.phase("validate", PhaseLog.count(read.sources().documents().size(), "documents") + ", no problems");
        plainWords(read, options.threads(), cache);
    }

    /** The plain-words check: its warnings, then one summary line; they stop the build only where data/site.yaml asks. */
    private void plainWords(Read read, int threads, BuildCache cache) {
        PlainWords check = PlainWords.of(read.site().values(), read.site().locale());
        PlainWords.Report report = check.check(read.sources().documents(), threads, cache);
        if (check.fails() && !report.warnings().isEmpty()) {
            throw new BuildFailure(report.warnings());
        }
        if (check.lists()) {
            report.warnings().forEach(warning -> log.line("warning: " + warning));
        }
        log.phase("plain", report.summary() + (check.lists() || report.warnings().isEmpty() ? "" : "; 'list: true' under plain_words shows each"));
    }
}
