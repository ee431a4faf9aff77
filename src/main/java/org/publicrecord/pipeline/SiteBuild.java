package org.publicrecord.pipeline;

import java.nio.file.Path;
import java.util.Set;

import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.publicrecord.build.BuildOptions;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.build.BuildCache;
import org.publicrecord.build.Superseded;
import org.publicrecord.build.WrittenPages;
import org.publicrecord.model.SiteModel;
import org.publicrecord.render.SiteRenderer;
import org.publicrecord.types.ContentTypes;

/**
 * One complete build of the site, phase by phase, in the order of the diagram in
 * docs/architecture.md: read, validate, model, render, check, publish. Each phase hands the next
 * what it made; a problem in any phase stops the build before publish, so a failed build leaves
 * the previous site exactly as it was.
 */
public final class SiteBuild {

    private final BuildOptions options;
    private final PhaseLog log;
    private final BuildCache cache;
    private final ContentTypes types;

    public SiteBuild(BuildOptions options, PhaseLog log) {
        this(options, log, BuildCache.none());
    }

    /** A build that reuses what earlier builds worked out and kept in {@code cache}, and keeps what it works out. */
    public SiteBuild(BuildOptions options, PhaseLog log, BuildCache cache) {
        this(options, log, cache, ContentTypes.installed());
    }

    /** A build of a site with its own list of content types. */
    public SiteBuild(BuildOptions options, PhaseLog log, BuildCache cache, ContentTypes types) {
        this.options = options;
        this.log = log;
        this.cache = cache;
        this.types = types;
    }

    /** Runs the build; returns the number of files published, or throws {@link org.publicrecord.problem.BuildFailure}. */
    public int run() {
        return run(FirstPages.NONE);
    }

    /** As {@link #run()}, handing {@code first} the pages it wants as soon as they are rendered. */
    public int run(FirstPages first) {
        Path output = options.output().toAbsolutePath().normalize();
        Path partial = PublishPhase.partialFolderOf(output);
        PublishPhase.Sweep sweep = PublishPhase.sweep(partial, output, cache.keeps());
        boolean published = false;
        boolean superseded = false;
        RenderPhase renderPhase = new RenderPhase(log);
        try {
            DefaultJBakeConfiguration config = Configuration.of(options, partial, types);
            Read read = new ReadPhase(log).run(options, config, cache);
            first.read(read);
            new ValidatePhase(log).run(read, types, options, cache);
            // A preview with a newer change to build stops at the steps that leave it able to show that change's pages at once.
            first.carryOn();
            Set<String> wanted = first.wanted(read.sources().documents());
            boolean shown = first.renderFromLast(read, wanted);
            ModelPhase modelPhase = new ModelPhase(log);
            SiteModel model = modelPhase.run(read, types, options, config, cache, first::newerChange);
            first.carryOn();
            SiteRenderer rendered = renderPhase.run(model, config, cache, shown ? Set.of() : wanted, first);
            first.keep(read, model, rendered, modelPhase.crawler());
            first.carryOn();
            renderPhase.search(model, config, cache, rendered, first::newerChange);
            new CheckPhase(log).run(rendered, cache);
            first.carryOn();
            rendered.written().save();
            int files = new PublishPhase(log).run(partial, output, sweep);
            published = true;
            return files;
        } catch (RuntimeException stopped) {
            superseded = stopped instanceof Superseded;
            // What stopped the build is what the editor needs to read, even if the clean-up fails too.
            try {
                sweep.finish();
                WrittenPages written = renderPhase.written();
                if (written != null) {
                    written.saveAsStopped();
                }
                PublishPhase.setAside(partial, output);
            } catch (RuntimeException cleanUp) {
                stopped.addSuppressed(cleanUp);
            }
            throw stopped;
        } finally {
            // What was worked out is right whatever stopped the build, and the next build after a fix needs most of it;
            // a build stopped for a newer change leaves it in memory for that change's build, which starts at once and saves it.
            if (!superseded) {
                cache.save(published);
            }
        }
    }
}
