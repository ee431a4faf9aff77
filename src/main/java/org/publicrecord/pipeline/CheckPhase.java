package org.publicrecord.pipeline;

import org.publicrecord.build.BuildCache;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.check.SiteChecks;
import org.publicrecord.render.SiteRenderer;

/** Check: links and page weight over what was rendered. */
final class CheckPhase {

    private final PhaseLog log;

    CheckPhase(PhaseLog log) {
        this.log = log;
    }

    void run(SiteRenderer rendered, BuildCache cache) {
        log.phase("check", SiteChecks.run(rendered, cache));
    }
}
