package org.publicrecord.glossary;

import java.util.Map;

import org.publicrecord.output.Sections;
import org.publicrecord.output.SiteOutput;
import org.publicrecord.render.SiteRenderer;

/** {@code glossary/}: every word of the glossary, its expansion and its plain explanation, each with its own fragment. */
public final class GlossaryPage extends SiteOutput {

    @Override
    protected int write(SiteRenderer renderer) {
        if (!renderer.model().parts().containsKey("glossary") || renderer.config().getTemplateByDocType(GlossaryFeature.DATA) == null) {
            return 0;
        }
        renderer.page(renderer.templateFor(GlossaryFeature.DATA), Glossary.PAGE, Map.of(
                "content", Sections.listPage(renderer.messages().word("glossary.title"), renderer.messages().word("glossary.intro"), "glossary"),
                "glossary", renderer.model().part(Glossary.class)));
        return 1;
    }
}
