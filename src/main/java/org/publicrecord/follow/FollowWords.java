package org.publicrecord.follow;

import org.publicrecord.render.SiteRenderer;
import org.publicrecord.site.Messages;

/**
 * The follow pages' words ({@code follow:} in {@code templates/messages/ (the site language's file)}) for the files
 * written without a template (feeds, calendars), so that they say the same as the pages.
 */
final class FollowWords {

    private final Messages messages;

    private FollowWords(Messages messages) {
        this.messages = messages;
    }

    static FollowWords of(SiteRenderer renderer) {
        return new FollowWords(renderer.messages());
    }

    /** The words at {@code path} below {@code follow:}; a missing word stops the build naming it. */
    String get(String... path) {
        return messages.word("follow." + String.join(".", path));
    }
}
