package org.publicrecord.output;

import java.nio.file.Path;
import java.util.List;

import org.jbake.model.DocumentModel;
import org.publicrecord.build.Parallel;
import org.publicrecord.images.ImageVariants;
import org.publicrecord.images.ResponsiveImages;
import org.publicrecord.model.SiteCrawler;
import org.publicrecord.render.SiteRenderer;

/**
 * The pictures in documents' bodies, made responsive ({@link ResponsiveImages}): writes their
 * smaller copies into the site and rewrites each body to offer them. It runs before the pages
 * and the feed are rendered, so both show the rewritten body.
 */
public final class BodyImages extends SiteOutput {

    @Override
    public Stage stage() {
        return Stage.PREPARE;
    }

    @Override
    public boolean changes(DocumentModel document) {
        return ResponsiveImages.hasPictures(document.getBody());
    }

    @Override
    protected int write(SiteRenderer renderer) {
        Path source = renderer.options().source();
        ImageVariants variants = new ImageVariants(source, renderer::write, renderer.model().cache().shelf("images"));
        ResponsiveImages images = new ResponsiveImages(variants);
        List<DocumentModel> documents = renderer.store().documents();
        Parallel.map(documents, document -> {
            document.setBody(images.rewrite(document.getBody(), document.getNoExtensionUri(), String.valueOf(document.get(SiteCrawler.SOURCE_FILE))));
            return document;
        }, renderer.options().threads());
        return variants.files();
    }
}
