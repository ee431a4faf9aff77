package org.publicrecord.output;

import java.util.Map;

import org.publicrecord.render.SiteRenderer;

/** The home page, from JBake's {@code template.masterindex.file}: the latest news, the next meetings, the newest actions. */
public final class HomePage extends SiteOutput {

    /** How many items each list on the home page shows. */
    static final int LATEST = 5;

    @Override
    protected int write(SiteRenderer renderer) {
        var store = renderer.store();
        var today = renderer.today();
        renderer.page(renderer.templateFor("masterindex"), "", Map.of(
                "content", Sections.listPage("home", null, "home"),
                "latest_news", store.published("news").stream().limit(LATEST).toList(),
                "upcoming_meetings", store.published("meeting").stream()
                        .filter(meeting -> !AtomFeed.dayOf(meeting).isBefore(today))
                        .sorted(java.util.Comparator.comparing(AtomFeed::dayOf))
                        .limit(LATEST).toList(),
                "latest_actions", store.published("action").stream().limit(LATEST).toList()));
        return 1;
    }
}
