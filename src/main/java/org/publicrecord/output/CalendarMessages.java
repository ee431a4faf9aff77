package org.publicrecord.output;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.publicrecord.content.DataFiles;
import org.publicrecord.render.SiteRenderer;

/**
 * The words calendar files use (event names for cancelled meetings, "details at"), read from the
 * {@code meeting} group of templates/messages.yaml like every other word of the interface: a
 * calendar is written by Java, not by a template, so it reads the file itself.
 */
final class CalendarMessages {

    private CalendarMessages() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> meetingWords(SiteRenderer renderer) {
        Path messages = renderer.config().getTemplateFolder().toPath().resolve("messages.yaml");
        if (Files.isRegularFile(messages)
                && DataFiles.readFile(renderer.options().source(), messages).value() instanceof Map<?, ?> all
                && all.get("meeting") instanceof Map<?, ?> meeting) {
            return (Map<String, Object>) meeting;
        }
        return Map.of();
    }

    /** The site's name from data/site.yaml, for the name of the calendar of all meetings. */
    static String siteName(SiteRenderer renderer) {
        return String.valueOf(AtomFeed.siteField(renderer, "name"));
    }
}
