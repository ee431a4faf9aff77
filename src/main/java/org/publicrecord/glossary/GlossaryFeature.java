package org.publicrecord.glossary;

import org.publicrecord.build.BuildCache;
import java.util.List;
import java.util.Map;

import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.publicrecord.content.DataFiles;
import org.publicrecord.model.Feature;
import org.publicrecord.model.SiteModel;
import org.publicrecord.render.SiteRenderer;

/**
 * The glossary across every content type: reads {@code data/glossary.yaml}, marks the first use
 * of each word in every document's body (at build time, once per document), adds {@code glossary}
 * to the model and writes the glossary page. A site without the file has neither.
 */
public final class GlossaryFeature implements Feature {

    /** The data file, by name. */
    public static final String DATA = "glossary";

    @Override
    public Map<String, Object> parts(SiteModel model) {
        DataFiles.DataFile file = model.data().files().get(DATA);
        if (file == null) {
            return Map.of();
        }
        Glossary glossary = Glossary.of(file.value());
        String terms = termsDigest(file);
        for (DocumentModel document : model.store().documents()) {
            mark(model, glossary, terms, document);
        }
        return Map.of("glossary", glossary);
    }

    @Override
    public void prepare(SiteModel model, DocumentModel document) {
        DataFiles.DataFile file = model.data().files().get(DATA);
        if (file != null) {
            mark(model, Glossary.of(file.value()), termsDigest(file), document);
        }
    }

    /** What marked bodies depend on besides themselves: the terms, and the code that marks them. */
    private static String termsDigest(DataFiles.DataFile file) {
        return BuildCache.digest(BuildCache.CODE, file.value());
    }

    /** Marks the glossary's terms in the document's body, as found again from the cache when the body and terms are the same. */
    private static void mark(SiteModel model, Glossary glossary, String terms, DocumentModel document) {
        Object url = document.get("url");
        if (document.getBody() != null && url != null) {
            String body = document.getBody();
            String root = SiteRenderer.rootOf(String.valueOf(url));
            document.setBody(model.cache().same("glossary", String.valueOf(url), body, terms + root,
                    () -> model.cache().shelf("glossary").text(BuildCache.digest(terms, root, body), () -> glossary.mark(body, root))));
        }
    }

    @Override
    public List<RenderingTool> outputs() {
        return List.of(new GlossaryPage());
    }
}
