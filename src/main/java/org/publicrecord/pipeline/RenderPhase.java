package org.publicrecord.pipeline;

import java.util.Set;
import java.util.function.BooleanSupplier;

import org.jbake.app.Asset;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.JBakeConfiguration;
import org.publicrecord.build.BuildCache;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.build.WrittenPages;
import org.publicrecord.model.SiteModel;
import org.publicrecord.output.SearchIndex;
import org.publicrecord.render.SiteRenderer;

/** Render: every page and every other output from the model, then the assets, through JBake's oven; then the search index over them. */
final class RenderPhase {

    private final PhaseLog log;
    /** The oven of this build's render, once it has started. */
    private SiteOven oven;

    RenderPhase(PhaseLog log) {
        this.log = log;
    }

    SiteRenderer run(SiteModel model, JBakeConfiguration config, BuildCache cache, Set<String> wanted, FirstPages first) {
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(model.store());
        utensils.setAsset(new Asset(config));
        oven = new SiteOven(utensils, model, log);
        oven.first(wanted, first);
        oven.bake();
        return oven.renderer();
    }

    /** What this build's render has written so far, or null when it has not started. */
    WrittenPages written() {
        return oven == null || oven.renderer() == null ? null : oven.renderer().written();
    }

    /** The search index, made from the finished pages so that it holds exactly what is published; it stops for a newer change. */
    void search(SiteModel model, JBakeConfiguration config, BuildCache cache, SiteRenderer rendered, BooleanSupplier newerChange) {
        log.phase("search", SearchIndex.build(config.getDestinationFolder().toPath(), config.getTemplateFolder().toPath(),
                model.options().source(), cache, rendered.written(), SearchIndex.pagesReadFor(model.options().output().toAbsolutePath().normalize()),
                newerChange));
    }
}
