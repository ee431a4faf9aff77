package org.publicrecord.follow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jbake.model.DocumentModel;
import org.jsoup.nodes.Element;
import org.publicrecord.output.AtomFeed;
import org.publicrecord.output.FeedDocument;
import org.publicrecord.output.SiteOutput;
import org.publicrecord.output.XmlOutput;
import org.publicrecord.types.action.ActionFeed;
import org.publicrecord.types.action.ActionWords;
import org.publicrecord.types.action.TimelineEntry;
import org.publicrecord.types.action.TrackedAction;
import org.publicrecord.build.Parallel;
import org.publicrecord.types.meeting.Meetings;
import org.publicrecord.render.SiteRenderer;

/**
 * {@code committees/<id>/feed.xml} and {@code actions/theme/<id>/feed.xml}: an Atom feed of
 * everything about one committee or one theme. A meeting is one entry that changes as the meeting
 * does (arranged, then held with its decisions and minutes, or cancelled or postponed); each step
 * of each of its actions is an entry, the same entry as in the action log's feed.
 *
 * <p>Entries are dated from the content ({@link MeetingNews}), never from the build, so an entry's
 * {@code updated} moves only when the entry does, and two builds write the same bytes.
 */
public final class FollowFeeds extends SiteOutput {

    /** The newest entries a feed keeps, so that no feed grows with the archive. */
    static final int ENTRIES = 50;

    /** One entry: a meeting or an action's step, with its day for sorting. */
    private record Entry(LocalDate updated, String id, DocumentModel meeting, ActionFeed.Step step) {
    }

    @Override
    protected int write(SiteRenderer renderer) {
        Following following = renderer.model().part(Following.class);
        FollowWords words = FollowWords.of(renderer);
        ActionWords actionWords = ActionWords.of(renderer);
        Parallel.map(following.all(), subject -> {
            renderer.write(subject.feed(), feed(renderer, subject, words, actionWords), getClass().getSimpleName());
            return subject;
        }, renderer.options().threads());
        return following.all().size();
    }

    static String feed(SiteRenderer renderer, Subject subject, FollowWords words, ActionWords actionWords) {
        LocalDate today = renderer.today();
        Meetings meetings = renderer.model().part(Meetings.class);
        List<Entry> entries = new ArrayList<>();
        for (DocumentModel meeting : subject.meetings()) {
            entries.add(new Entry(MeetingNews.updated(meeting, meetings, renderer.index(), today),
                    renderer.absoluteUrl(meeting.getNoExtensionUri()), meeting, null));
        }
        for (TrackedAction action : subject.actions()) {
            for (TimelineEntry step : action.steps()) {
                if (step.date() != null && !step.date().isAfter(today)) {
                    entries.add(new Entry(step.date(), renderer.absoluteUrl(action.url()) + "#" + step.anchor(), null,
                            new ActionFeed.Step(action, step)));
                }
            }
        }
        List<Entry> newest = entries.stream()
                .sorted(Comparator.comparing(Entry::updated).reversed().thenComparing(Entry::id))
                .limit(ENTRIES)
                .toList();
        String title = words.get("feed_title_" + subject.kind()).replace("{name}", subject.name());
        String alternate = renderer.absoluteUrl(subject.page() != null ? subject.page() : Following.PAGE);
        // An empty feed is dated by the build: it has nothing that could change.
        LocalDate updated = newest.isEmpty() ? today : newest.get(0).updated();
        Map<String, Object> meetingWords = renderer.messages().group("meeting");
        return XmlOutput.of(xml -> {
            FeedDocument.start(xml, renderer, subject.feed(), title, alternate, updated);
            for (Entry entry : newest) {
                if (entry.meeting() != null) {
                    meeting(xml, renderer, words, meetingWords, entry);
                } else {
                    ActionFeed.entry(xml, renderer, actionWords, entry.step());
                }
            }
            xml.writeEndElement();
        });
    }

    private static void meeting(XMLStreamWriter xml, SiteRenderer renderer, FollowWords words, Map<String, Object> meetingWords, Entry entry) throws XMLStreamException {
        DocumentModel meeting = entry.meeting();
        Meetings facts = renderer.model().part(Meetings.class);
        String state = MeetingNews.state(meeting);
        String postponedTo = meeting.get("postponed_to") == null ? "" : facts.dayInWords(meeting.get("postponed_to"));
        xml.writeStartElement("entry");
        XmlOutput.element(xml, "id", entry.id());
        XmlOutput.element(xml, "title", words.get("entry_" + state).replace("{title}", meeting.getTitle()).replace("{day}", postponedTo));
        XmlOutput.element(xml, "published", FeedDocument.timestamp(MeetingNews.announced(meeting, facts)));
        XmlOutput.element(xml, "updated", FeedDocument.timestamp(entry.updated()));
        FeedDocument.link(xml, "alternate", entry.id());
        Map<String, Object> committee = facts.committee(String.valueOf(meeting.get("committee")));
        FeedDocument.author(xml, committee == null ? renderer.site().name() : String.valueOf(committee.get("name")));
        String when = facts.time(meeting).inWords(meetingWords);
        XmlOutput.element(xml, "summary", meeting.get("summary") == null ? when : String.valueOf(meeting.get("summary")));
        xml.writeStartElement("content");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(html(words, meeting, state, when, postponedTo, entry.id()));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** What the entry says: when, where, what happened, the decisions and where to read the rest. */
    private static String html(FollowWords words, DocumentModel meeting, String state, String when, String postponedTo, String page) {
        Element body = new Element("div");
        body.appendElement("p").text(words.get("when") + ": " + when);
        if (meeting.get("venue") instanceof Map<?, ?> venue) {
            body.appendElement("p").text(words.get("where") + ": " + venue.get("name") + (venue.get("address") == null ? "" : ", " + venue.get("address")));
        }
        body.appendElement("p").text(words.get("state_" + state).replace("{day}", postponedTo));
        if (meeting.get("summary") != null) {
            body.appendElement("p").text(String.valueOf(meeting.get("summary")));
        }
        if (meeting.get("decisions") instanceof List<?> decisions && !decisions.isEmpty()) {
            body.appendElement("h2").text(words.get("decisions"));
            Element list = body.appendElement("ol");
            for (Object decision : decisions) {
                if (decision instanceof Map<?, ?> map) {
                    list.appendElement("li").text(String.valueOf(map.get("text")));
                }
            }
        }
        body.appendElement("p").appendElement("a").attr("href", page).text(words.get("read_more"));
        return body.html();
    }
}
