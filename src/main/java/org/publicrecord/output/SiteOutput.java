package org.publicrecord.output;

import java.io.File;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.publicrecord.render.SiteRenderer;

/**
 * One thing the build produces (pages, a feed, a sitemap...), as a JBake rendering tool. The
 * build runs every output listed in {@code META-INF/services/org.jbake.render.RenderingTool}, stage
 * by stage (see {@link Stage}).
 */
public abstract class SiteOutput implements RenderingTool {

    /** Writes this output and returns how many files it wrote. */
    protected abstract int write(SiteRenderer renderer);

    /**
     * When an output runs. Outputs of one stage run at the same time, each stage after the one
     * before has finished.
     */
    public enum Stage {
        /** Changes documents that later outputs render (responsive images in bodies). */
        PREPARE,
        /** Reads the model and writes its own files; most outputs. */
        RENDER,
        /**
         * Reads what the outputs before it wrote (the sitemap lists every page; redirects check their
         * targets); these run one after another, in the order listed.
         */
        AFTER_RENDER
    }

    public Stage stage() {
        return Stage.RENDER;
    }

    /**
     * For a {@link Stage#PREPARE} output: whether it would change this document, so that its page
     * rendered without this output would differ (the preview then renders it from the new model).
     */
    public boolean changes(DocumentModel document) {
        return false;
    }

    /**
     * The content type this output is made from, or null when it does not depend on one. A site
     * with no published document of that type (a fork without an action log) gets no such output.
     */
    protected String contentType() {
        return null;
    }

    /**
     * Whether this output reads files besides the model and the templates (a tool's script): it then
     * runs in every build. An output made from the model alone is taken as an earlier build made it
     * when nothing it read has changed ({@link SiteRenderer#output}).
     */
    protected boolean readsFiles() {
        return false;
    }

    @Override
    public final int render(Renderer renderer, ContentStore db, JBakeConfiguration config) {
        SiteRenderer site = (SiteRenderer) renderer;
        if (contentType() != null && site.store().published(contentType()).isEmpty()) {
            return 0;
        }
        return site.output(getClass().getName(), stage() == Stage.RENDER && !readsFiles(), () -> write(site));
    }

    @Override
    @Deprecated
    public final int render(Renderer renderer, ContentStore db, File destination, File templatesPath, CompositeConfiguration config) {
        throw new UnsupportedOperationException("this build passes its configuration as a JBakeConfiguration");
    }
}
