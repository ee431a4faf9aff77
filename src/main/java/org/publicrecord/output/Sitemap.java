package org.publicrecord.output;

import java.util.List;

import org.jbake.model.DocumentModel;
import org.publicrecord.content.MemoryContentStore;
import org.publicrecord.render.SiteRenderer;

/** {@code sitemap.xml} (sitemaps.org protocol): the address of every published page, for search engines. */
public final class Sitemap extends SiteOutput {

    static final String FILE = "sitemap.xml";

    @Override
    public String name() {
        return "sitemap";
    }

    @Override
    protected int write(SiteRenderer renderer) {
        List<DocumentModel> documents = renderer.store().documents().stream()
                .filter(MemoryContentStore::isPublished)
                .sorted(java.util.Comparator.comparing(DocumentModel::getNoExtensionUri))
                .toList();
        renderer.write(FILE, XmlOutput.of(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            url(xml, renderer.siteUrl());
            for (String section : Sections.of(renderer.store()).keySet()) {
                url(xml, renderer.absoluteUrl(section + "/"));
            }
            for (DocumentModel document : documents) {
                url(xml, renderer.absoluteUrl(document.getNoExtensionUri()));
            }
            xml.writeEndElement();
        }), getClass().getSimpleName());
        return 1;
    }

    private static void url(javax.xml.stream.XMLStreamWriter xml, String location) throws javax.xml.stream.XMLStreamException {
        xml.writeStartElement("url");
        XmlOutput.element(xml, "loc", location);
        xml.writeEndElement();
    }
}
