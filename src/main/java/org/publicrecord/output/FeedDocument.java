package org.publicrecord.output;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.publicrecord.render.SiteRenderer;

/**
 * The start every Atom feed of the site shares: the stylesheet that shows the feed as a page
 * when someone opens it in a browser ({@link FeedStylesheet#FILE}, served from the site, so
 * the page stays within the site's security policy), the feed's language ({@code xml:lang}, from
 * data/site.yaml), its id, title, date, links and author.
 */
public final class FeedDocument {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    private FeedDocument() {
    }

    /**
     * Writes the stylesheet instruction and opens {@code <feed>}, which the caller closes.
     *
     * @param path      the feed's address within the site, such as {@code committees/lhcp-board/feed.xml}
     * @param alternate the full address of the page the feed follows
     * @param updated   the day of its newest entry
     */
    public static void start(XMLStreamWriter xml, SiteRenderer renderer, String path, String title, String alternate, LocalDate updated)
            throws XMLStreamException {
        String stylesheet = SiteRenderer.rootOf(path) + FeedStylesheet.FILE;
        xml.writeProcessingInstruction("xml-stylesheet", "href=\"" + stylesheet + "\" type=\"text/xsl\"");
        xml.writeCharacters("\n");
        String feedUrl = renderer.absoluteUrl(path);
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml:lang", renderer.site().locale().toLanguageTag());
        XmlOutput.element(xml, "id", feedUrl);
        XmlOutput.element(xml, "title", title);
        XmlOutput.element(xml, "updated", timestamp(updated));
        link(xml, "self", feedUrl);
        link(xml, "alternate", alternate);
        author(xml, renderer.site().name());
    }

    public static void author(XMLStreamWriter xml, String name) throws XMLStreamException {
        xml.writeStartElement("author");
        XmlOutput.element(xml, "name", name);
        xml.writeEndElement();
    }

    public static void link(XMLStreamWriter xml, String relation, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", relation);
        xml.writeAttribute("href", href);
    }

    /** A day as an Atom date: midnight UTC, the same in every build. */
    public static String timestamp(LocalDate day) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(day.atStartOfDay().atOffset(ZoneOffset.UTC));
    }
}
