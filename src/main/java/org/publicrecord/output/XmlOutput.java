package org.publicrecord.output;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes XML outputs through the JDK's streaming writer, so every title and address is escaped by it. */
public final class XmlOutput {

    /** One XML document being written. */
    public interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private XmlOutput() {
    }

    public static String of(Body body) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("XML output failed", e);
        }
        return text.append('\n').toString();
    }

    public static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
