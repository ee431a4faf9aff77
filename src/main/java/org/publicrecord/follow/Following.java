package org.publicrecord.follow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jbake.model.DocumentModel;
import org.publicrecord.model.ModelPart;
import org.publicrecord.model.SiteIndex;
import org.publicrecord.model.SiteModel;
import org.publicrecord.types.action.ActionLog;
import org.publicrecord.types.action.ActionSource;
import org.publicrecord.types.action.ActionView;
import org.publicrecord.types.action.TrackedAction;
import org.publicrecord.types.meeting.Meetings;

/**
 * What a resident can follow, on one build date: each committee of data/committees.yaml and each
 * theme of data/themes.yaml, with its feed, its calendar (when it has meetings) and what they hold.
 * Templates reach it as {@code following} for the follow sections and the
 * {@code follow/} page; the feed and calendar outputs read the same object.
 *
 * <p>A theme's meetings are the meetings at which an action filed under it was raised: meetings
 * have no themes of their own, and an action says where it was raised. A theme whose actions all
 * came from events has no calendar.
 */
public final class Following implements ModelPart {

    /** The page listing every feed and calendar. */
    public static final String PAGE = "follow/";
    /** Each subject's feed, in its folder. */
    public static final String FEED = "feed.xml";
    /** Each theme's calendar, in its folder (a committee's is {@link Meetings#committeeCalendar}). */
    public static final String CALENDAR = "meetings.ics";

    private final List<Subject> committees;
    private final List<Subject> themes;
    private final Map<String, Subject> byKey = new LinkedHashMap<>();

    /** The committees and themes of {@code model}'s data, with its meetings and its action log as it stands on the build's date. */
    public Following(SiteModel model) {
        this(model.index(), model.part(Meetings.class), model.part(ActionLog.class), model.index().entries("committees"),
                model.index().entries("themes"));
    }

    Following(SiteIndex index, Meetings meetings, ActionLog log, List<Map<String, Object>> committeeEntries,
              List<Map<String, Object>> themeEntries) {
        List<Subject> ofCommittees = new ArrayList<>();
        for (Map<String, Object> committee : committeeEntries) {
            String id = String.valueOf(committee.get("id"));
            List<DocumentModel> held = meetings.of(id);
            String folder = meetings.committeeUrl(id);
            List<TrackedAction> actions = log.all().stream()
                    .filter(action -> action.source() != null && id.equals(action.source().committee())).toList();
            ofCommittees.add(new Subject(Subject.COMMITTEE, id, String.valueOf(committee.get("name")), text(committee.get("colour")),
                    folder, folder + FEED, held.isEmpty() ? null : meetings.committeeCalendar(id), held, actions));
        }
        List<Subject> ofThemes = new ArrayList<>();
        for (Map<String, Object> theme : themeEntries) {
            String id = String.valueOf(theme.get("id"));
            ActionView view = log.view("theme", id);
            String folder = ActionLog.FOLDER + "theme/" + id + "/";
            List<TrackedAction> actions = view == null ? List.of() : view.actions();
            List<DocumentModel> touched = touched(actions, index);
            ofThemes.add(new Subject(Subject.THEME, id, String.valueOf(theme.get("name")), null,
                    view == null ? null : view.url(), folder + FEED, touched.isEmpty() ? null : folder + CALENDAR, touched, actions));
        }
        this.committees = List.copyOf(ofCommittees);
        this.themes = List.copyOf(ofThemes);
        committees.forEach(subject -> byKey.put(subject.kind() + ":" + subject.id(), subject));
        themes.forEach(subject -> byKey.put(subject.kind() + ":" + subject.id(), subject));
    }

    /** The published meetings at which any of {@code actions} was raised, newest first, each once. */
    private static List<DocumentModel> touched(List<TrackedAction> actions, SiteIndex index) {
        Map<String, DocumentModel> meetings = new LinkedHashMap<>();
        for (TrackedAction action : actions) {
            ActionSource source = action.source();
            if (source != null && ActionSource.MEETING.equals(source.kind())) {
                DocumentModel meeting = index.document("meeting", source.slug());
                if (meeting != null) {
                    meetings.putIfAbsent(source.slug(), meeting);
                }
            }
        }
        return meetings.values().stream()
                .sorted(java.util.Comparator.comparing((DocumentModel meeting) -> (LocalDate) meeting.get("day")).reversed()
                        .thenComparing(DocumentModel::getNoExtensionUri))
                .toList();
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    /** Every committee, in the order of data/committees.yaml. */
    public List<Subject> committees() {
        return committees;
    }

    /** Every theme, in the order of data/themes.yaml. */
    public List<Subject> themes() {
        return themes;
    }

    /** Every subject: the committees, then the themes. */
    public List<Subject> all() {
        return List.copyOf(byKey.values());
    }

    /** The committee with this id, or null. */
    public Subject committee(String id) {
        return byKey.get(Subject.COMMITTEE + ":" + id);
    }

    /** The theme with this id, or null. */
    public Subject theme(String id) {
        return byKey.get(Subject.THEME + ":" + id);
    }
}
