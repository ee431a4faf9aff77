package org.publicrecord.follow;

import java.util.List;

import org.jbake.model.DocumentModel;
import org.publicrecord.types.action.TrackedAction;

/**
 * One thing to follow: a committee or a theme, with the addresses of its page, feed and calendar.
 *
 * @param kind     {@link #COMMITTEE} or {@link #THEME}
 * @param id       its id in data/committees.yaml or data/themes.yaml
 * @param name     its name, as the site shows it
 * @param colour   the CSS colour name calendar apps show it in, or null
 * @param page     its page's address within the site, or null when it has none (a theme no action is filed under)
 * @param feed     its Atom feed's address within the site
 * @param calendar its calendar's address within the site, or null when it has no meetings
 * @param meetings its meetings, newest first
 * @param actions  its actions, the most recently agreed first
 */
public record Subject(String kind, String id, String name, String colour, String page, String feed, String calendar,
                      List<DocumentModel> meetings, List<TrackedAction> actions) {

    public static final String COMMITTEE = "committee";
    public static final String THEME = "theme";

    /** The anchor of its row on the follow page, such as {@code committee-lhcp-board}. */
    public String anchor() {
        return kind + "-" + id;
    }
}
