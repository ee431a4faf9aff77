package org.publicrecord.types.action;

import org.publicrecord.render.SiteRenderer;
import org.publicrecord.site.Messages;

/**
 * The action log's interface words ({@code action:} in {@code templates/messages/ (the site language's file)}) for the
 * files written without a template, so that a feed says "Done" in the same words as the pages.
 */
public final class ActionWords {

    private final Messages messages;

    private ActionWords(Messages messages) {
        this.messages = messages;
    }

    public static ActionWords of(SiteRenderer renderer) {
        return new ActionWords(renderer.messages());
    }

    /** The words at {@code path} below {@code action:}, such as {@code get("statuses", "done")}; a missing word stops the build. */
    public String get(String... path) {
        return messages.word("action." + String.join(".", path));
    }
}
