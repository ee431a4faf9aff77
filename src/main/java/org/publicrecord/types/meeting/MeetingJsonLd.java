package org.publicrecord.types.meeting;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jbake.model.DocumentModel;

/**
 * A meeting as a schema.org {@code Event} in JSON-LD, so that search engines can show when and
 * where it is, whether it is cancelled, and how to attend.
 *
 * <p>A postponed meeting is {@code EventRescheduled}: schema.org keeps {@code EventPostponed} for
 * an event with no new date yet, and a postponed meeting here always has one ({@code postponed_to}).
 * Its {@code startDate} is the new date (at the times of the committee's meeting that day, when the
 * site has it) and {@code previousStartDate} the date it was planned for.
 */
final class MeetingJsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA = "https://schema.org/";

    private MeetingJsonLd() {
    }

    static String of(Meetings meetings, DocumentModel meeting) {
        MeetingTime time = meetings.time(meeting);
        ObjectNode event = JSON.createObjectNode();
        event.put("@context", "https://schema.org");
        event.put("@type", "Event");
        event.put("name", meeting.getTitle());
        if (meeting.get("summary") != null) {
            event.put("description", String.valueOf(meeting.get("summary")));
        }
        event.put("url", meetings.absoluteUrl(meeting.getNoExtensionUri()));
        String status = String.valueOf(meeting.get("meeting_status"));
        if ("postponed".equals(status) && meeting.get("postponed_to") != null) {
            DocumentModel moved = meetings.movedTo(meeting);
            MeetingTime newTime = moved != null ? meetings.time(moved)
                    : MeetingTime.of(LocalDate.parse(String.valueOf(meeting.get("postponed_to"))),
                            time.start().toLocalTime(), time.end() == null ? null : time.end().toLocalTime(), meetings.zone(), time.formats());
            dates(event, newTime);
            event.put("previousStartDate", time.startIso());
            event.put("eventStatus", SCHEMA + "EventRescheduled");
        } else {
            dates(event, time);
            event.put("eventStatus", SCHEMA + ("cancelled".equals(status) ? "EventCancelled" : "EventScheduled"));
        }
        String mode = meetings.attendanceMode(meeting);
        if (mode != null) {
            event.put("eventAttendanceMode", SCHEMA + switch (mode) {
                case "mixed" -> "MixedEventAttendanceMode";
                case "online" -> "OnlineEventAttendanceMode";
                default -> "OfflineEventAttendanceMode";
            });
            location(event, meeting);
        }
        Map<String, Object> committee = meetings.committee(String.valueOf(meeting.get("committee")));
        if (committee != null) {
            ObjectNode organizer = event.putObject("organizer");
            organizer.put("@type", "Organization");
            organizer.put("name", String.valueOf(committee.get("name")));
            organizer.put("url", meetings.absoluteUrl(meetings.committeeUrl(String.valueOf(committee.get("id")))));
            if (committee.get("contact") != null) {
                organizer.put("email", String.valueOf(committee.get("contact")));
            }
        }
        try {
            return scriptSafe(JSON.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a meeting could not be written as JSON", e);
        }
    }

    private static void dates(ObjectNode event, MeetingTime time) {
        event.put("startDate", time.startIso());
        if (time.end() != null) {
            event.put("endDate", time.endIso());
        }
    }

    /** A place, a virtual location, or both; a join address is given only when it is a web page. */
    private static void location(ObjectNode event, DocumentModel meeting) {
        ArrayNode locations = JSON.createArrayNode();
        if (meeting.get("venue") instanceof Map<?, ?> venue) {
            ObjectNode place = locations.addObject();
            place.put("@type", "Place");
            place.put("name", String.valueOf(venue.get("name")));
            if (venue.get("address") != null) {
                place.put("address", String.valueOf(venue.get("address")));
            }
        }
        if (meeting.get("online") instanceof Map<?, ?> online) {
            ObjectNode virtual = locations.addObject();
            virtual.put("@type", "VirtualLocation");
            Object url = online.get("url");
            if (url != null && String.valueOf(url).startsWith("https://")) {
                virtual.put("url", String.valueOf(url));
            }
            virtual.put("description", String.valueOf(online.get("instructions")));
        }
        event.set("location", locations.size() == 1 ? locations.get(0) : locations);
    }

    /**
     * Escapes the characters that could end the {@code <script>} element or open a comment in it
     * ({@code </script>} in a title). JSON lets any character in a string be written as a
     * backslash-u escape, and these characters only ever occur inside strings, so the data reads the same.
     */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
