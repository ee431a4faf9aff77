package org.publicrecord.pipeline;

import org.jbake.app.Asset;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.JBakeConfiguration;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.model.SiteModel;
import org.publicrecord.render.SiteRenderer;

/** Render: every page and every other output from the model, then the assets, through JBake's oven. */
final class RenderPhase {

    private final PhaseLog log;

    RenderPhase(PhaseLog log) {
        this.log = log;
    }

    SiteRenderer run(SiteModel model, JBakeConfiguration config) {
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(model.store());
        utensils.setAsset(new Asset(config));
        SiteOven oven = new SiteOven(utensils, model, log);
        oven.bake();
        return oven.renderer();
    }
}
