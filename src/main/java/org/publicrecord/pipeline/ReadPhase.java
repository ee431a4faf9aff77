package org.publicrecord.pipeline;

import org.jbake.app.configuration.JBakeConfiguration;
import org.publicrecord.build.BuildOptions;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.content.Sources;

/** Read: every content and data file once, front matter and body, keeping line numbers. */
final class ReadPhase {

    private final PhaseLog log;

    ReadPhase(PhaseLog log) {
        this.log = log;
    }

    Sources run(BuildOptions options, JBakeConfiguration config) {
        Sources sources = Sources.read(options.source(), config.getContentFolder().toPath(), config.getDataFolder().toPath(),
                options.threads());
        log.phase("read", PhaseLog.count(sources.documents().size(), "files") + ", " + PhaseLog.count(sources.data().files().size(), "data files"));
        return sources;
    }
}
