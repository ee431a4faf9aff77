package org.publicrecord.types.notice;

import java.util.stream.Collectors;

import org.jbake.model.DocumentModel;
import org.publicrecord.output.SiteOutput;
import org.publicrecord.render.SiteRenderer;

/** A toy output of the whole site, added by following docs/architecture.md's recipe: the title of every published document. */
public final class DocumentTitles extends SiteOutput {

    static final String FILE = "titles.txt";

    @Override
    protected int write(SiteRenderer renderer) {
        renderer.write(FILE, renderer.store().documents().stream().map(DocumentModel::getTitle).sorted()
                .collect(Collectors.joining("\n", "", "\n")), getClass().getSimpleName());
        return 1;
    }
}
