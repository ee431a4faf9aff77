package org.publicrecord.types.action;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jbake.model.DocumentModel;

/**
 * How far "you said" led to "we did", as no tracker shows it: for the whole partnership, each
 * committee and each event, how many things residents said led to a change made, the median days
 * from their saying it to the change being done, and how many of the actions answering them are
 * overdue, on the action log's date.
 * <p>
 * A thing said is an item of an event's {@code heard} list (answered by every action naming that
 * item), or an action's own {@code said} when the action answers a meeting or an event as a whole.
 * It led to a change when at least one action answering it is done. Days to done count from the day
 * it was said (the meeting's or event's date) to the action's {@code completed} date, one figure per
 * done action.
 */
public final class ClosureFigures {

    /** The newest events whose figures the tracker shows beside the partnership's and the committees'. */
    public static final int EVENTS_SHOWN = 5;

    /**
     * One group's figures.
     *
     * @param kind       {@code partnership}, {@code committee} or {@code event}
     * @param said       things residents said
     * @param changed    of those, how many led to a change made (an action answering it is done)
     * @param percent    changed as a whole per cent of said, or null when nothing was said
     * @param medianDays the median days from saying to done, or null when nothing is done yet
     * @param overdue    actions answering them that are overdue
     */
    public record Figures(String kind, String key, String name, String url, int said, int changed, Integer percent,
                          Long medianDays, int done, int overdue) {

        /** The bar's length in a chart 300 units wide. */
        public int width() {
            return percent == null ? 0 : percent * 3;
        }
    }

    /** One thing said and the actions answering it. */
    private record Said(String committee, String event, List<TrackedAction> answers) {
    }

    private final Figures partnership;
    private final List<Figures> committees;
    private final List<Figures> events;

    /**
     * @param log            the action log on its date
     * @param eventsNewestFirst the published events
     * @param committeeName  a committee's id to its name
     */
    public ClosureFigures(ActionLog log, List<DocumentModel> eventsNewestFirst, java.util.function.Function<String, String> committeeName,
                          String partnershipName) {
        List<Said> said = new ArrayList<>();
        Map<String, DocumentModel> events = new LinkedHashMap<>();
        for (DocumentModel event : eventsNewestFirst) {
            String slug = String.valueOf(event.get("slug"));
            events.put(slug, event);
            if (event.get("heard") instanceof List<?> heard) {
                for (Object entry : heard) {
                    if (entry instanceof Map<?, ?> item && item.get("id") != null) {
                        said.add(new Said(null, slug, log.fromEventItem(slug, String.valueOf(item.get("id")))));
                    }
                }
            }
        }
        for (TrackedAction action : log.all()) {
            ActionSource source = action.source();
            if (source == null || source.item() == null || !events.containsKey(source.slug())) {
                boolean event = source != null && ActionSource.EVENT.equals(source.kind());
                said.add(new Said(source == null ? null : source.committee(), event ? source.slug() : null, List.of(action)));
            }
        }
        this.partnership = figures("partnership", null, partnershipName, null, said);
        Map<String, List<Said>> byCommittee = new java.util.TreeMap<>();
        Map<String, List<Said>> byEvent = new LinkedHashMap<>();
        events.keySet().forEach(slug -> byEvent.put(slug, new ArrayList<>()));
        for (Said one : said) {
            if (one.committee() != null) {
                byCommittee.computeIfAbsent(one.committee(), id -> new ArrayList<>()).add(one);
            }
            if (one.event() != null && byEvent.containsKey(one.event())) {
                byEvent.get(one.event()).add(one);
            }
        }
        this.committees = byCommittee.entrySet().stream()
                .map(entry -> figures("committee", entry.getKey(), committeeName.apply(entry.getKey()),
                        "committees/" + entry.getKey() + "/", entry.getValue()))
                .toList();
        this.events = byEvent.entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> figures("event", entry.getKey(), events.get(entry.getKey()).getTitle(),
                        String.valueOf(events.get(entry.getKey()).get("url")), entry.getValue()))
                .toList();
    }

    public Figures partnership() {
        return partnership;
    }

    /** One per committee whose meetings raised actions, by id. */
    public List<Figures> committees() {
        return committees;
    }

    /** One per event with anything heard or answered, newest first. */
    public List<Figures> events() {
        return events;
    }

    /** The event's figures, or null. */
    public Figures event(String slug) {
        return events.stream().filter(figures -> figures.key().equals(slug)).findFirst().orElse(null);
    }

    /** The committee's figures, or null. */
    public Figures committee(String id) {
        return committees.stream().filter(figures -> figures.key().equals(id)).findFirst().orElse(null);
    }

    /**
     * What the tracker shows: the partnership, every committee and the {@value #EVENTS_SHOWN} newest
     * events, so that its page stays one round trip however many events a partnership holds; every
     * event's own page shows its figures.
     */
    public List<Figures> shown() {
        List<Figures> shown = new ArrayList<>();
        shown.add(partnership);
        shown.addAll(committees);
        shown.addAll(events.subList(0, Math.min(EVENTS_SHOWN, events.size())));
        return List.copyOf(shown);
    }

    /** How many events {@link #events()} holds beyond those {@link #shown()}. */
    public int eventsNotShown() {
        return Math.max(0, events.size() - EVENTS_SHOWN);
    }

    /** Every group: the partnership, then committees, then events. */
    public List<Figures> all() {
        List<Figures> all = new ArrayList<>();
        all.add(partnership);
        all.addAll(committees);
        all.addAll(events);
        return List.copyOf(all);
    }

    private static Figures figures(String kind, String key, String name, String url, List<Said> said) {
        int changed = 0;
        int overdue = 0;
        List<Long> days = new ArrayList<>();
        java.util.Set<String> counted = new java.util.HashSet<>();
        for (Said one : said) {
            boolean done = false;
            for (TrackedAction action : one.answers()) {
                if (ActionStatus.DONE.equals(action.status())) {
                    done = true;
                }
                // An action answering several things is counted once for its days and its lateness.
                if (!counted.add(action.id())) {
                    continue;
                }
                if (action.overdue()) {
                    overdue++;
                }
                LocalDate from = action.source() != null && action.source().day() != null ? action.source().day() : action.agreed();
                if (ActionStatus.DONE.equals(action.status()) && action.completed() != null && from != null) {
                    days.add(ChronoUnit.DAYS.between(from, action.completed()));
                }
            }
            if (done) {
                changed++;
            }
        }
        Integer percent = said.isEmpty() ? null : (int) Math.round(100.0 * changed / said.size());
        return new Figures(kind, key, name, url, said.size(), changed, percent, median(days), days.size(), overdue);
    }

    /** The middle value, or the mean of the two middle values rounded down; null for none. */
    static Long median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
