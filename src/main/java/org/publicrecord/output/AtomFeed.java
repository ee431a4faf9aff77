package org.publicrecord.output;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jbake.model.DocumentModel;
import org.publicrecord.render.SiteRenderer;

/**
 * {@code feed.xml}: an Atom feed of what the site has published: news, event write-ups and
 * meetings that have taken place, newest first. Actions have their own feed of updates.
 */
public final class AtomFeed extends SiteOutput {

    static final String FILE = "feed.xml";
    private static final Set<String> TYPES = Set.of("news", "event", "meeting");
    private static final int ENTRIES = 50;

    @Override
    protected int write(SiteRenderer renderer) {
        LocalDate today = renderer.today();
        List<DocumentModel> entries = TYPES.stream()
                .flatMap(type -> renderer.store().published(type).stream())
                .filter(document -> !dayOf(document).isAfter(today))
                .sorted(Comparator.comparing(AtomFeed::dayOf).reversed().thenComparing(DocumentModel::getSourceuri))
                .limit(ENTRIES)
                .toList();
        String siteName = renderer.site().name();
        LocalDate updated = entries.isEmpty() ? today : dayOf(entries.get(0));
        renderer.write(FILE, XmlOutput.of(xml -> {
            FeedDocument.start(xml, renderer, FILE, siteName, renderer.siteUrl(), updated);
            for (DocumentModel entry : entries) {
                entry(xml, renderer, entry);
            }
            xml.writeEndElement();
        }), getClass().getSimpleName());
        return 1;
    }

    private static void entry(XMLStreamWriter xml, SiteRenderer renderer, DocumentModel document) throws XMLStreamException {
        String url = renderer.absoluteUrl(document.getNoExtensionUri());
        xml.writeStartElement("entry");
        XmlOutput.element(xml, "id", url);
        XmlOutput.element(xml, "title", document.getTitle());
        XmlOutput.element(xml, "updated", timestamp(dayOf(document)));
        link(xml, "alternate", url);
        Object summary = document.get("summary");
        if (summary != null) {
            XmlOutput.element(xml, "summary", String.valueOf(summary));
        }
        xml.writeStartElement("content");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(document.getBody());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String relation, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", relation);
        xml.writeAttribute("href", href);
    }

    static LocalDate dayOf(DocumentModel document) {
        return Objects.requireNonNull((LocalDate) document.get("day"), document.getSourceuri());
    }

    private static String timestamp(LocalDate day) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(day.atStartOfDay().atOffset(ZoneOffset.UTC));
    }
}
