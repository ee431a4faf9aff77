package org.publicrecord.pipeline;

import java.util.List;

import org.publicrecord.build.BuildOptions;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.content.DataFiles;
import org.publicrecord.content.Sources;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.site.Site;
import org.publicrecord.types.ContentTypes;
import org.publicrecord.validate.PlainWords;
import org.publicrecord.validate.SiteValidator;

/** Validate: every document and data file against its schema and the site's references; every problem at once. */
final class ValidatePhase {

    private final PhaseLog log;

    ValidatePhase(PhaseLog log) {
        this.log = log;
    }

    void run(Sources sources, ContentTypes types, BuildOptions options) {
        List<Problem> problems = new SiteValidator(types.schemas(), options.source()).validate(sources.documents(), sources.data());
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        log.phase("validate", PhaseLog.count(sources.documents().size(), "documents") + ", no problems");
        plainWords(sources);
    }

    /** The plain-words check: its warnings, then one summary line; they stop the build only where data/site.yaml asks. */
    private void plainWords(Sources sources) {
        DataFiles.DataFile site = sources.data().files().get("site");
        PlainWords check = PlainWords.of(site != null && site.value() instanceof java.util.Map<?, ?> map ? map : java.util.Map.of(),
                Site.of(sources.data()).locale());
        PlainWords.Report report = check.check(sources.documents());
        if (check.fails() && !report.warnings().isEmpty()) {
            throw new BuildFailure(report.warnings());
        }
        if (check.lists()) {
            report.warnings().forEach(warning -> log.line("warning: " + warning));
        }
        log.phase("plain", report.summary() + (check.lists() || report.warnings().isEmpty() ? "" : "; 'list: true' under plain_words shows each"));
    }
}
