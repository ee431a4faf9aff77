package org.publicrecord.types.event;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A write-up's body cut at its level-two headings, so that an event page can put what residents
 * said, and the actions that answer each item, under the write-up's own "What we heard" heading
 * instead of after the whole text. Markdown's headings are siblings of the text; AsciiDoc wraps
 * each section in {@code div.sect1}: both are read.
 */
public record WriteUp(List<Section> sections) {

    /**
     * One part of the body: what comes before the first heading (with an empty title), or a
     * heading and everything up to the next.
     */
    public record Section(String title, String html) {

        /** The section without its own heading, for a page that puts the heading elsewhere. */
        public String withoutHeading() {
            if (title.isEmpty()) {
                return html;
            }
            Document document = Jsoup.parseBodyFragment(html);
            document.outputSettings().prettyPrint(false);
            Element heading = document.body().selectFirst("h2");
            if (heading != null) {
                heading.remove();
            }
            return document.body().html();
        }
    }

    public static WriteUp of(String html) {
        Document document = Jsoup.parseBodyFragment(html == null ? "" : html);
        document.outputSettings().prettyPrint(false);
        List<Section> sections = new ArrayList<>();
        String title = "";
        StringBuilder part = new StringBuilder();
        for (Node node : document.body().childNodes()) {
            String heading = headingOf(node);
            if (heading != null) {
                add(sections, title, part);
                title = heading;
                part = new StringBuilder();
            }
            part.append(node.outerHtml());
        }
        add(sections, title, part);
        return new WriteUp(List.copyOf(sections));
    }

    /** Whether the body has a section headed {@code title}. */
    public boolean has(String title) {
        return sections.stream().anyMatch(section -> section.title().equals(title));
    }

    private static String headingOf(Node node) {
        if (!(node instanceof Element element)) {
            return null;
        }
        if (element.normalName().equals("h2")) {
            return element.text();
        }
        if (element.hasClass("sect1") && element.selectFirst("> h2") != null) {
            return element.selectFirst("> h2").text();
        }
        return null;
    }

    private static void add(List<Section> sections, String title, StringBuilder part) {
        if (!part.toString().isBlank()) {
            sections.add(new Section(title, part.toString()));
        }
    }
}
