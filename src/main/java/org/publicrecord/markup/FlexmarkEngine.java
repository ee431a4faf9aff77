package org.publicrecord.markup;

import java.util.List;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

/**
 * Markdown for JBake through one Flexmark parser and renderer shared by every document.
 *
 * <p>JBake's own engine builds a new parser and renderer for each file; both are immutable and
 * thread-safe, so building them once saves that work and lets bodies be rendered in parallel.
 * Extensions: tables, footnotes, definition lists, strikethrough, autolinks, and an id on every
 * heading so that a section can be linked to.
 */
public final class FlexmarkEngine extends MarkupEngine {

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(
                    TablesExtension.create(),
                    FootnoteExtension.create(),
                    DefinitionExtension.create(),
                    StrikethroughExtension.create(),
                    AutolinkExtension.create()))
            .set(HtmlRenderer.GENERATE_HEADER_ID, true)
            .set(HtmlRenderer.RENDER_HEADER_ID, true)
            .set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true)
            .set(TablesExtension.COLUMN_SPANS, false)
            .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
            .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
            .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
            .set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-back")
            .toImmutable();

    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    /** Parses Markdown into Flexmark's tree, which {@link MarkdownChecks} inspects before rendering. */
    public Document parse(String markdown) {
        return PARSER.parse(markdown);
    }

    public String render(Document document) {
        return RENDERER.render(document);
    }

    @Override
    public void processBody(ParserContext context) {
        context.setBody(render(parse(context.getBody())));
    }
}
