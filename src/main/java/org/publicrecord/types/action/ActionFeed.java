package org.publicrecord.types.action;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jsoup.nodes.Element;
import org.publicrecord.output.AtomFeed;
import org.publicrecord.output.FeedDocument;
import org.publicrecord.output.SiteOutput;
import org.publicrecord.output.XmlOutput;
import org.publicrecord.types.action.ActionLog;
import org.publicrecord.types.action.Evidence;
import org.publicrecord.types.action.TimelineEntry;
import org.publicrecord.types.action.TrackedAction;
import org.publicrecord.render.SiteRenderer;

/**
 * {@code actions/updates.xml}: an Atom feed with an entry for every step of every action (agreed,
 * updated, status changed, done), newest first, so a resident can follow what changes. Each entry
 * links to the step on the action's page.
 */
public final class ActionFeed extends SiteOutput {

    static final String FILE = ActionLog.FILES.get("feed");

    /** One step of one action, as an entry. */
    public record Step(TrackedAction action, TimelineEntry entry) {
    }

    @Override
    protected String contentType() {
        return "action";
    }

    @Override
    protected int write(SiteRenderer renderer) {
        LocalDate today = renderer.today();
        ActionLog log = renderer.model().part(ActionLog.class);
        ActionWords words = ActionWords.of(renderer);
        List<Step> steps = new ArrayList<>();
        for (TrackedAction action : log.all()) {
            for (TimelineEntry entry : action.steps()) {
                if (entry.date() != null && !entry.date().isAfter(today)) {
                    steps.add(new Step(action, entry));
                }
            }
        }
        steps.sort(Comparator.comparing((Step step) -> step.entry().date()).reversed()
                .thenComparing(step -> step.action().id()));
        LocalDate updated = steps.isEmpty() ? today : steps.get(0).entry().date();
        renderer.write(FILE, XmlOutput.of(xml -> {
            FeedDocument.start(xml, renderer, FILE, words.get("feed", "title") + " – " + renderer.site().name(),
                    renderer.absoluteUrl(ActionLog.FOLDER), updated);
            for (Step step : steps) {
                entry(xml, renderer, words, step);
            }
            xml.writeEndElement();
        }), getClass().getSimpleName());
        return 1;
    }

    public static void entry(XMLStreamWriter xml, SiteRenderer renderer, ActionWords words, Step step) throws XMLStreamException {
        TrackedAction action = step.action();
        TimelineEntry entry = step.entry();
        String url = renderer.absoluteUrl(action.url()) + "#" + entry.anchor();
        xml.writeStartElement("entry");
        XmlOutput.element(xml, "id", url);
        XmlOutput.element(xml, "title", action.id() + " " + label(words, entry) + ": " + action.title());
        XmlOutput.element(xml, "updated", timestamp(entry.date()));
        link(xml, "alternate", url);
        // The owner reports each step, so the owner is its author.
        FeedDocument.author(xml, action.ownerName());
        XmlOutput.element(xml, "summary", entry.text() != null ? entry.text() : action.said());
        xml.writeStartElement("content");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(html(renderer, words, action, entry));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** What happened in this step, in the words the action's page uses. */
    private static String label(ActionWords words, TimelineEntry entry) {
        if (TimelineEntry.AGREED.equals(entry.kind())) {
            return words.get("timeline", "agreed");
        }
        if (entry.statusChanged()) {
            return words.get("timeline", "status_changed") + " " + words.get("statuses", entry.status());
        }
        return words.get("timeline", "update");
    }

    private static String html(SiteRenderer renderer, ActionWords words, TrackedAction action, TimelineEntry entry) {
        Element body = new Element("div");
        if (TimelineEntry.AGREED.equals(entry.kind())) {
            body.appendElement("p").text(words.get("said") + ": " + action.said());
        }
        if (entry.text() != null) {
            body.appendElement("p").text(entry.text());
        }
        body.appendElement("p").text(words.get("status") + ": " + words.get("statuses", entry.status()));
        if (!entry.evidence().isEmpty()) {
            Element list = body.appendElement("ul");
            for (Evidence evidence : entry.evidence()) {
                list.appendElement("li").appendElement("a")
                        .attr("href", evidence.external() ? evidence.url() : renderer.absoluteUrl(evidence.url()))
                        .text(evidence.title());
            }
        }
        return body.html();
    }

    private static void link(XMLStreamWriter xml, String relation, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", relation);
        xml.writeAttribute("href", href);
    }

    private static String timestamp(LocalDate day) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(day.atStartOfDay().atOffset(ZoneOffset.UTC));
    }
}
