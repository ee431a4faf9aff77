package org.publicrecord.output;

import java.util.List;

import org.jbake.model.DocumentModel;
import org.publicrecord.build.Parallel;
import org.publicrecord.render.SiteRenderer;

/** A page for every published document, rendered in parallel with its type's template. */
public final class DocumentPages extends SiteOutput {

    @Override
    protected int write(SiteRenderer renderer) {
        List<DocumentModel> documents = renderer.store().documents();
        Parallel.map(documents, document -> {
            renderer.render(document);
            return document;
        }, renderer.options().threads());
        return documents.size();
    }
}
