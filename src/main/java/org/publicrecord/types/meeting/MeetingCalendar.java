package org.publicrecord.types.meeting;

import java.net.URI;
import java.time.Period;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Feature;
import net.fortuna.ical4j.model.parameter.Label;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Color;
import net.fortuna.ical4j.model.property.Conference;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Source;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationResult;
import org.jbake.model.DocumentModel;

/**
 * An iCalendar file (RFC 5545) of meetings, written and validated by ical4j, for people to
 * subscribe to or to add one meeting to their calendar.
 *
 * <p>Lines are folded at 75 octets of UTF-8 by {@link ContentLines}, never inside a character.
 *
 * <p>Two builds from the same sources write the same bytes: the UID comes from the meeting's file
 * name and the site's address, DTSTAMP is the build date at midnight UTC, and events are in date
 * order. Times carry the site's time zone (TZID) with its VTIMEZONE, so a meeting at 18:00 in
 * London stays at 18:00 London time on either side of a change to or from summer time.
 *
 * <p>A cancelled meeting keeps its UID and gets STATUS:CANCELLED with SEQUENCE 1, so a calendar
 * that already holds it marks it cancelled. A postponed meeting is treated the same way: it will not
 * take place at its time, and the meeting on the new date has its own file and its own event, so
 * moving this event to the new date would show that meeting twice. Its description says the new date.
 */
public final class MeetingCalendar {

    /** Who wrote the file (RFC 5545 PRODID): this software, not the site, which is in NAME. */
    static final String PRODUCT = "-//Public record site//Meetings calendar//EN";
    /** How often a subscribed calendar app should look for changes. */
    private static final Period REFRESH = Period.ofDays(1);

    /** The site's time zone cut to the years a calendar covers, by zone and years; time zone rules never change during a run. */
    private static final Map<String, VTimeZone> TIME_ZONES = new ConcurrentHashMap<>();
    /** The same, as the lines of a calendar. */
    private static final Map<String, String> TIME_ZONE_TEXTS = new ConcurrentHashMap<>();

    private MeetingCalendar() {
    }

    /**
     * A calendar to subscribe to, such as every meeting or one committee's: its text, with CRLF
     * line endings and long lines folded as RFC 5545 asks.
     *
     * @param name     the calendar's name, shown by calendar apps
     * @param address  the site-relative path the file is published at
     * @param meetings the meetings in it; at least one (RFC 5545 has no empty calendar)
     * @param facts    the site's meetings, for times, addresses and UIDs
     * @param words    the {@code meeting} group of the messages
     * @param built    the build date, the DTSTAMP of every event
     * @param validate whether ical4j validates the calendar as it writes it: the calendar of all
     *                 meetings is; a committee's, whose events are the same ones, need not be again
     * @param page     the site-relative address of the page the calendar belongs to (RFC 7986 URL),
     *                 such as the committee's, or null
     * @param colour   a CSS colour name for calendar apps to show it in (RFC 7986 COLOR), or null
     */
    public static String subscription(String name, String address, String page, String colour, List<DocumentModel> meetings,
                                      Meetings facts, Map<String, Object> words, LocalDate built, boolean validate) {
        List<Property> properties = new ArrayList<>(List.of(
                new Name(name),
                new XProperty("X-WR-CALNAME", name),
                new XProperty("X-WR-TIMEZONE", facts.zone().getId()),
                new Source(new ParameterList(List.of(Value.URI)), facts.absoluteUrl(address)),
                new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH),
                new XProperty("X-PUBLISHED-TTL", REFRESH.toString())));
        if (page != null) {
            properties.add(new Url(new ParameterList(List.of(Value.URI)), URI.create(facts.absoluteUrl(page))));
        }
        if (colour != null) {
            properties.add(new Color(new ParameterList(), colour));
        }
        return write(properties, address, meetings, facts, words, built, validate);
    }

    /**
     * One meeting's "add to calendar" file. It has no name and no refresh interval: those would
     * make some calendar apps open it as a new calendar instead of adding the event to one.
     *
     * <p>It is not validated again: its event is the same as in the calendar of all meetings, which
     * is validated, and validating costs more than writing (a site of 1,500 meetings has 1,500 files).
     */
    public static String single(DocumentModel meeting, Meetings facts, Map<String, Object> words, LocalDate built) {
        return write(List.of(), facts.calendarOf(meeting), List.of(meeting), facts, words, built, false);
    }

    private static String write(List<Property> extra, String address, List<DocumentModel> meetings, Meetings facts,
                                Map<String, Object> words, LocalDate built, boolean validate) {
        if (meetings.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs at least one event: " + address);
        }
        List<DocumentModel> inOrder = meetings.stream().sorted(Meetings.SOONEST_FIRST).toList();
        List<Property> properties = new ArrayList<>(List.of(
                new ProdId(PRODUCT),
                ImmutableVersion.VERSION_2_0,
                ImmutableCalScale.GREGORIAN));
        // RFC 5546's PUBLISH asks every event for an ORGANIZER; without an address for one, the file is a plain calendar.
        if (inOrder.stream().allMatch(meeting -> organizer(meeting, facts) != null)) {
            properties.add(new Method(Method.VALUE_PUBLISH));
        }
        properties.addAll(extra);
        int firstYear = Meetings.dayOf(inOrder.get(0)).getYear();
        int lastYear = Meetings.dayOf(inOrder.get(inOrder.size() - 1)).getYear();
        DtStamp stamp = new DtStamp(built.atStartOfDay(ZoneOffset.UTC).toInstant());
        if (validate) {
            List<CalendarComponent> components = new ArrayList<>();
            // A copy: calendars are written on several threads, and ical4j's components are not made to be shared.
            components.add(timeZone(facts.zone(), firstYear, lastYear).copy());
            for (DocumentModel meeting : inOrder) {
                VEvent event = event(meeting, facts, words, stamp);
                components.add(event);
                // The text below is this event's: made from it, the event is not made twice.
                facts.calendarEvent(EventKey.of(meeting, built, words), () -> lines(event.toString()));
            }
            ValidationResult result = new Calendar(new PropertyList(properties), new ComponentList<>(components)).validate();
            if (result.hasErrors()) {
                throw new IllegalStateException("the calendar " + address + " is not valid iCalendar: " + result.getEntries());
            }
        }
        // What ical4j's CalendarOutputter writes, part by part: the calendar's lines, its time zone's and each event's, the
        // events made once per build however many calendars hold them. ical4j folds by characters, and folds a line of
        // exactly 75 before its line break, leaving an empty continuation line: each part is unfolded and folded again by octets.
        StringBuilder text = new StringBuilder(1024 + 1024 * inOrder.size()).append("BEGIN:VCALENDAR\r\n");
        text.append(lines(new PropertyList(properties).toString()));
        text.append(TIME_ZONE_TEXTS.computeIfAbsent(zoneKey(facts.zone(), firstYear, lastYear),
                key -> lines(timeZone(facts.zone(), firstYear, lastYear).toString())));
        for (DocumentModel meeting : inOrder) {
            text.append(facts.calendarEvent(EventKey.of(meeting, built, words),
                    () -> lines(event(meeting, facts, words, stamp).toString())));
        }
        return text.append("END:VCALENDAR\r\n").toString();
    }

    /** What a meeting's event is made from besides the meeting: the build date (its DTSTAMP) and the words. */
    record EventKey(String meeting, LocalDate built, Map<String, Object> words) {

        static EventKey of(DocumentModel meeting, LocalDate built, Map<String, Object> words) {
            return new EventKey(meeting.getNoExtensionUri(), built, words);
        }
    }

    private static String lines(String written) {
        return ContentLines.fold(ContentLines.unfold(written));
    }

    private static VEvent event(DocumentModel meeting, Meetings facts, Map<String, Object> words, DtStamp stamp) {
        MeetingTime time = facts.time(meeting);
        boolean calledOff = facts.isCalledOff(meeting);
        boolean postponed = "postponed".equals(meeting.get("meeting_status"));
        String title = meeting.getTitle();
        String summary = calledOff ? MeetingWords.word(words, postponed ? "calendar_postponed" : "calendar_cancelled").replace("{title}", title) : title;
        VEvent event = time.end() == null ? new VEvent(time.start(), summary) : new VEvent(time.start(), time.end(), summary);
        event.replace(stamp);
        event.add(new Uid(facts.uid(meeting)));
        // Calendar apps apply an update only when its SEQUENCE is higher than the copy they hold.
        event.add(new Sequence(calledOff ? 1 : 0));
        event.add(new Status(calledOff ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        String location = location(meeting, words);
        if (location != null) {
            event.add(new Location(location));
        }
        String page = facts.absoluteUrl(meeting.getNoExtensionUri());
        event.add(new Url(URI.create(page)));
        event.add(new Description(description(meeting, facts, words, page)));
        if (!calledOff && meeting.get("online") instanceof Map<?, ?> online && String.valueOf(online.get("url")).startsWith("https://")) {
            // RFC 7986: the link to join, which calendar apps show as a "join" button.
            event.add(new Conference(new ParameterList(List.of(Value.URI, new Feature("VIDEO"),
                    new Label(MeetingWords.word(words, "calendar_join")))), String.valueOf(online.get("url"))));
        }
        Map<String, Object> committee = facts.committee(String.valueOf(meeting.get("committee")));
        if (committee != null && committee.get("colour") != null) {
            event.add(new Color(new ParameterList(), String.valueOf(committee.get("colour"))));
        }
        Organizer organizer = organizer(meeting, facts);
        if (organizer != null) {
            event.add(organizer);
        }
        return event;
    }

    /**
     * Who organises the meeting, as RFC 5546 asks of a published event: the committee at its contact
     * address, or else the site at its own; null when neither has an email address.
     */
    private static Organizer organizer(DocumentModel meeting, Meetings facts) {
        Map<String, Object> committee = facts.committee(String.valueOf(meeting.get("committee")));
        if (committee != null && isEmailAddress(committee.get("contact"))) {
            return new Organizer(new ParameterList(List.of(new Cn(String.valueOf(committee.get("name"))))),
                    URI.create("mailto:" + committee.get("contact")));
        }
        Object email = facts.site().field("contact") instanceof Map<?, ?> contact ? contact.get("email") : null;
        if (isEmailAddress(email)) {
            return new Organizer(new ParameterList(List.of(new Cn(facts.site().name()))), URI.create("mailto:" + email));
        }
        return null;
    }

    private static String location(DocumentModel meeting, Map<String, Object> words) {
        if (meeting.get("venue") instanceof Map<?, ?> venue) {
            return venue.get("address") == null ? String.valueOf(venue.get("name")) : venue.get("name") + ", " + venue.get("address");
        }
        return meeting.get("online") != null ? MeetingWords.word(words, "calendar_online") : null;
    }

    /** What a calendar app shows under the event: why it is off, what it is about, how to join, where to read more. */
    private static String description(DocumentModel meeting, Meetings facts, Map<String, Object> words, String page) {
        List<String> paragraphs = new ArrayList<>();
        if ("postponed".equals(meeting.get("meeting_status")) && meeting.get("postponed_to") != null) {
            paragraphs.add(MeetingWords.word(words, "calendar_postponed_to").replace("{day}", facts.dayInWords(meeting.get("postponed_to"))));
        }
        if (meeting.get("summary") != null) {
            paragraphs.add(String.valueOf(meeting.get("summary")));
        }
        if (!facts.isCalledOff(meeting) && meeting.get("online") instanceof Map<?, ?> online) {
            paragraphs.add(online.get("url") == null ? String.valueOf(online.get("instructions"))
                    : online.get("instructions") + " " + online.get("url"));
        }
        paragraphs.add(MeetingWords.word(words, "calendar_details").replace("{url}", page));
        return String.join("\n\n", paragraphs);
    }

    private static boolean isEmailAddress(Object contact) {
        return contact != null && String.valueOf(contact).matches("[^@\\s]+@[^@\\s]+");
    }

    /**
     * The zone's VTIMEZONE from ical4j's copy of the time zone database, keeping only the rules in
     * force from the first year to the last: London's full history since 1847 is thirty rules, where
     * a calendar of meetings since 2018 needs two (summer time and winter time).
     */
    static VTimeZone timeZone(ZoneId zone, int firstYear, int lastYear) {
        return TIME_ZONES.computeIfAbsent(zoneKey(zone, firstYear, lastYear), key -> {
            VTimeZone full = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(zone.getId()).getVTimeZone();
            ZonedDateTime from = ZonedDateTime.of(firstYear, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
            ZonedDateTime to = ZonedDateTime.of(lastYear + 1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
            Observance inForceAtStart = full.getApplicableObservance(from);
            List<Observance> kept = full.getObservances().stream()
                    .filter(observance -> observance == inForceAtStart || startsWithin(observance, from, to))
                    .toList();
            return new VTimeZone(new PropertyList(List.of(new TzId(zone.getId()))), new ComponentList<>(kept));
        });
    }

    private static String zoneKey(ZoneId zone, int firstYear, int lastYear) {
        return zone.getId() + "/" + firstYear + "/" + lastYear;
    }

    private static boolean startsWithin(Observance observance, ZonedDateTime from, ZonedDateTime to) {
        var latest = observance.getLatestOnset(to);
        return latest != null && latest.toInstant().isAfter(from.toInstant());
    }
}
