package org.publicrecord.types.action;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.jbake.model.DocumentModel;
import org.publicrecord.model.ModelPart;
import org.publicrecord.model.SiteIndex;

/**
 * The whole action log as it stands on one day: every published action with its computed state,
 * the groups the tracker shows (by status, owner, theme and committee), and the summary numbers.
 * Templates reach it as {@code action_log}; the tracker, open data and feed outputs
 * read the same object, so every page and file agrees.
 */
public final class ActionLog implements ModelPart {

    /** The ways the tracker groups actions, each a folder under {@link #FOLDER}. */
    public static final List<String> FACETS = List.of("status", "owner", "theme", "committee");
    /** The action log's folder on the site. */
    public static final String FOLDER = "actions/";
    /** The files the log is published as, by what they hold: {@code csv}, {@code json}, {@code schema}, {@code feed} and the {@code data} page documenting them. */
    public static final Map<String, String> FILES = Map.of(
            "csv", FOLDER + "actions.csv",
            "json", FOLDER + "actions.json",
            "schema", FOLDER + "actions.schema.json",
            "feed", FOLDER + "updates.xml",
            "data", FOLDER + "data/");
    /** The kind of the view of overdue actions, which is no status of its own. */
    public static final String OVERDUE = "overdue";

    private final LocalDate asOf;
    private final List<TrackedAction> all;
    private final Map<String, TrackedAction> byId = new LinkedHashMap<>();
    private final Map<String, List<TrackedAction>> related = new LinkedHashMap<>();
    private final SiteIndex index;
    private final ActionSummary summary;
    private final List<ActionFacet> facets;
    private final ActionView overdue;
    private ClosureFigures closure;

    public ActionLog(SiteIndex index, LocalDate asOf) {
        this.index = index;
        this.asOf = asOf;
        List<TrackedAction> actions = new ArrayList<>();
        for (DocumentModel document : index.actions()) {
            TrackedAction action = TrackedAction.of(document, index, asOf);
            actions.add(action);
            byId.put(action.id(), action);
        }
        actions.sort(Comparator.comparing(TrackedAction::agreed, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(TrackedAction::id, Comparator.nullsLast(Comparator.naturalOrder())));
        this.all = List.copyOf(actions);
        linkRelated();
        this.summary = ActionSummary.of(all);
        this.facets = List.of(
                facet("status", ActionStatus.ALL.stream().map(status -> group("status", status, null,
                        all.stream().filter(action -> status.equals(action.status())).toList())).toList()),
                facet("owner", groups("owner", action -> List.of(action.ownerId()), id -> nameOf(index.organisation(id), id))),
                facet("theme", groups("theme", TrackedAction::themeIds, id -> nameOf(index.theme(id), id))),
                facet("committee", groups("committee",
                        action -> action.committee() == null ? List.of() : List.of(action.source().committee()),
                        id -> nameOf(index.committee(id), id))));
        this.overdue = new ActionView(OVERDUE, OVERDUE, null, FOLDER + OVERDUE + "/",
                all.stream().filter(TrackedAction::overdue).toList());
    }

    /** {@link #FILES}, for templates. */
    public Map<String, String> files() {
        return FILES;
    }

    /** The day the statuses are worked out for: the build's date. */
    public LocalDate asOf() {
        return asOf;
    }

    /** Every published action, the most recently agreed first. */
    public List<TrackedAction> all() {
        return all;
    }

    /** The action with {@code id}, or null. */
    public TrackedAction action(String id) {
        return byId.get(id);
    }

    /** The {@code count} actions whose last update (by the log's date) is the latest, newest first. */
    public List<TrackedAction> recentlyUpdated(Number count) {
        return all.stream().sorted(java.util.Comparator.comparing(TrackedAction::lastUpdated).reversed()).limit(count.longValue()).toList();
    }

    /** How far what residents said led to changes, for the partnership, each committee and each event. */
    public synchronized ClosureFigures closure() {
        if (closure == null) {
            closure = new ClosureFigures(this, index.events(), id -> nameOf(index.committee(id), id), null);
        }
        return closure;
    }

    /** The themes of the actions with these ids, each once, in the order first met. */
    public List<Map<String, Object>> themesOf(List<?> ids) {
        Map<Object, Map<String, Object>> themes = new java.util.LinkedHashMap<>();
        byIds(ids).forEach(action -> action.themes().forEach(theme -> themes.putIfAbsent(theme.get("id"), theme)));
        return List.copyOf(themes.values());
    }

    /** The published actions with these ids, in the order given; ids of no published action are left out. */
    public List<TrackedAction> byIds(List<?> ids) {
        return ids == null ? List.of() : ids.stream().map(id -> byId.get(String.valueOf(id))).filter(java.util.Objects::nonNull).toList();
    }

    /** The action a page model is about (templates pass {@code content}), or null when it is no published action. */
    public TrackedAction of(DocumentModel document) {
        if (document == null) {
            return null;
        }
        TrackedAction published = byId.get(String.valueOf(document.get("id")));
        // A draft shown by the preview is in no list, but its own page still needs its status.
        return published != null ? published : TrackedAction.of(document, index, asOf);
    }

    /** The actions raised at a meeting, oldest first. */
    public List<TrackedAction> fromMeeting(String slug) {
        return tracked(index.actionsFromMeeting(slug));
    }

    /** The actions answering any item heard at an event, oldest first. */
    public List<TrackedAction> fromEvent(String slug) {
        return tracked(index.actionsFromEvent(slug));
    }

    /** The actions answering an event as a whole rather than one item heard there, oldest first. */
    public List<TrackedAction> fromEventAsAWhole(String slug) {
        return fromEvent(slug).stream().filter(action -> action.source().item() == null).toList();
    }

    /** The actions answering one item heard at an event ("you said", then "we did"), oldest first. */
    public List<TrackedAction> fromEventItem(String slug, String item) {
        return tracked(index.actionsFromEventItem(slug, item));
    }

    /** Wraps documents from the site index (such as {@code index.actionsFromMeeting(slug)}) in their state. */
    public List<TrackedAction> tracked(List<DocumentModel> documents) {
        return documents.stream().map(this::of).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The actions related to {@code action}: those it lists and those that list it, since an
     * editor who links one action to another means the link both ways.
     */
    public List<TrackedAction> related(TrackedAction action) {
        return related.getOrDefault(action.id(), List.of());
    }

    public ActionSummary summary() {
        return summary;
    }

    public List<ActionFacet> facets() {
        return facets;
    }

    public ActionFacet facet(String kind) {
        return facets.stream().filter(facet -> facet.kind().equals(kind)).findFirst().orElse(null);
    }

    /** The group of {@code kind} with {@code key} (a status, or an organisation's, theme's or committee's id), or null. */
    public ActionView view(String kind, String key) {
        if (OVERDUE.equals(kind)) {
            return overdue;
        }
        ActionFacet facet = facet(kind);
        return facet == null ? null : facet.views().stream().filter(view -> view.key().equals(key)).findFirst().orElse(null);
    }

    /** Unfinished actions past their due date, the most recently agreed first. */
    public ActionView overdue() {
        return overdue;
    }

    /** Every page of groups: the views of every facet and the overdue view. */
    public List<ActionView> views() {
        List<ActionView> views = new ArrayList<>();
        facets.forEach(facet -> views.addAll(facet.views()));
        views.add(overdue);
        return List.copyOf(views);
    }

    private void linkRelated() {
        Map<String, Set<TrackedAction>> links = new LinkedHashMap<>();
        for (TrackedAction action : all) {
            for (String id : action.relatedIds()) {
                TrackedAction other = byId.get(id);
                if (other != null && other != action) {
                    links.computeIfAbsent(action.id(), key -> new LinkedHashSet<>()).add(other);
                    links.computeIfAbsent(other.id(), key -> new LinkedHashSet<>()).add(action);
                }
            }
        }
        links.forEach((id, others) -> related.put(id, List.copyOf(others)));
    }

    private static ActionFacet facet(String kind, List<ActionView> views) {
        return new ActionFacet(kind, FOLDER + kind + "/", views);
    }

    private static ActionView group(String kind, String key, String name, List<TrackedAction> actions) {
        return new ActionView(kind, key, name, FOLDER + kind + "/" + key + "/", actions);
    }

    /** One group per key the actions have, by name; each action in every group it belongs to. */
    private List<ActionView> groups(String kind, Function<TrackedAction, List<String>> keys, Function<String, String> nameOfKey) {
        Map<String, List<TrackedAction>> byKey = new LinkedHashMap<>();
        for (TrackedAction action : all) {
            for (String key : keys.apply(action)) {
                if (key != null) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(action);
                }
            }
        }
        Map<String, ActionView> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byKey.forEach((key, actions) -> {
            String name = nameOfKey.apply(key);
            byName.put(name + "\u0000" + key, group(kind, key, name, List.copyOf(actions)));
        });
        return List.copyOf(byName.values());
    }

    private static String nameOf(Map<String, Object> entry, String id) {
        return entry == null || entry.get("name") == null ? id : String.valueOf(entry.get("name"));
    }
}
