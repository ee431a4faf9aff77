package org.publicrecord.search;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.publicrecord.types.action.ActionFacet;
import org.publicrecord.types.action.ActionLog;
import org.publicrecord.types.meeting.CommitteePages;
import org.publicrecord.types.meeting.MeetingLists;
import org.publicrecord.types.meeting.Meetings;
import org.publicrecord.output.SearchIndex;
import org.publicrecord.output.Sections;
import org.publicrecord.output.SiteOutput;
import org.publicrecord.render.SiteRenderer;

/**
 * {@code search/}, the search page, from {@code template.search.page.file}: the form the header's
 * search box submits to, the results the search script finds in the index ({@link SearchIndex}),
 * and, for readers without JavaScript, every way to browse: meetings by year, the action tracker's
 * views, and committees and themes from A to Z.
 */
public final class SearchPage extends SiteOutput {

    static final String URL = "search/";

    /** A link in one of the page's lists of ways to browse. */
    public record Link(String name, String url) {
    }

    @Override
    protected int write(SiteRenderer renderer) {
        String template = renderer.config().getTemplateByDocType("search.page");
        if (template == null) {
            return 0;
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("content", Sections.listPage("search", null, "search"));
        model.put("search_page", true);
        Meetings meetings = renderer.model().part(Meetings.class);
        String folder = Sections.of(renderer.store()).entrySet().stream()
                .filter(section -> section.getValue().equals("meeting")).map(Map.Entry::getKey).findFirst().orElse("meetings");
        model.put("meetings_url", renderer.store().published("meeting").isEmpty() ? "" : folder + "/");
        model.put("years", renderer.store().published("meeting").isEmpty() ? List.of() : MeetingLists.years(meetings.all(), folder + "/"));
        Comparator<Link> byName = Comparator.comparing(Link::name, Collator.getInstance(renderer.site().locale()));
        model.put("committees", CommitteePages.committees(renderer).stream()
                .map(committee -> new Link(String.valueOf(committee.get("name")), meetings.committeeUrl(String.valueOf(committee.get("id")))))
                .sorted(byName).toList());
        boolean actions = !renderer.store().published("action").isEmpty();
        ActionLog log = actions ? renderer.model().part(ActionLog.class) : null;
        ActionFacet themes = log == null ? null : log.facet("theme");
        model.put("themes", themes == null ? List.of() : themes.views().stream().map(view -> new Link(view.name(), view.url())).sorted(byName).toList());
        model.put("tracker", log == null ? List.of() : log.facets());
        model.put("actions_url", actions ? ActionLog.FOLDER : "");
        model.put("overdue_url", log == null ? "" : log.overdue().url());
        renderer.page(template, URL, model);
        return 1;
    }
}
