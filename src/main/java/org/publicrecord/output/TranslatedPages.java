package org.publicrecord.output;

import java.util.Map;

import org.publicrecord.model.Translations;
import org.publicrecord.render.SiteRenderer;

/**
 * The pages in the site's other languages ({@code pl/about/}): each translation with its type's
 * layout, and each standing page not yet translated, showing its original with a notice in the
 * reader's language. The interface's words, dates and the page's {@code lang} and {@code dir} are
 * the language's own.
 */
public final class TranslatedPages extends SiteOutput {

    @Override
    protected int write(SiteRenderer renderer) {
        if (!(renderer.model().parts().get("translations") instanceof Translations translations)) {
            return 0;
        }
        int pages = 0;
        for (Translations.Version version : translations.translated()) {
            render(renderer, version);
            pages++;
        }
        for (Translations.Version version : translations.fallbacks()) {
            render(renderer, version);
            pages++;
        }
        return pages;
    }

    private static void render(SiteRenderer renderer, Translations.Version version) {
        renderer.page(renderer.templateFor(version.document().getType()), version.url(), valuesOf(version));
    }

    /** The page of {@code version} as text, written nowhere: the preview shows an edited translation before the rest is built. */
    public static String text(SiteRenderer renderer, Translations.Version version) {
        return renderer.text(renderer.templateFor(version.document().getType()), version.url(), valuesOf(version));
    }

    private static Map<String, Object> valuesOf(Translations.Version version) {
        return Map.of(
                "content", version.document(),
                "messages", version.messages().values(),
                "language", version.language(),
                "fallback", version.fallback());
    }
}
