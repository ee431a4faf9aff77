package org.publicrecord.output;

import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.publicrecord.render.SiteRenderer;

/**
 * {@code sitemap.xml} (sitemaps.org protocol): the address of every page written from a template
 * before it, for search engines. It runs after every output that writes pages, and leaves out the
 * page for missing addresses.
 */
public final class Sitemap extends SiteOutput {

    static final String FILE = "sitemap.xml";

    @Override
    public Stage stage() {
        return Stage.AFTER_RENDER;
    }

    @Override
    protected int write(SiteRenderer renderer) {
        List<String> pages = renderer.pages().stream()
                .filter(url -> !url.equals(NotFoundPage.FILE))
                .filter(url -> !url.equals(FeedStylesheet.FILE))
                .sorted()
                .toList();
        renderer.write(FILE, XmlOutput.of(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            for (String page : pages) {
                url(xml, renderer.absoluteUrl(page));
            }
            xml.writeEndElement();
        }), getClass().getSimpleName());
        return 1;
    }

    private static void url(XMLStreamWriter xml, String location) throws XMLStreamException {
        xml.writeStartElement("url");
        XmlOutput.element(xml, "loc", location);
        xml.writeEndElement();
    }
}
