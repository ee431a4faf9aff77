package org.publicrecord.output;

import java.nio.file.Path;
import java.util.Map;

import org.publicrecord.build.BuildFailure;
import org.publicrecord.build.Problem;
import org.publicrecord.content.DataFiles;
import org.publicrecord.render.SiteRenderer;

/**
 * The action log's interface words ({@code action:} in {@code templates/messages.yaml}) for the
 * files written without a template, so that a feed says "Done" in the same words as the pages.
 */
final class ActionWords {

    private static final String FILE = "messages.yaml";

    private final Object words;

    private ActionWords(Object words) {
        this.words = words;
    }

    static ActionWords of(SiteRenderer renderer) {
        Path folder = renderer.config().getTemplateFolder().toPath().toAbsolutePath();
        Path file = folder.resolve(FILE);
        Path source = renderer.options().source().toAbsolutePath();
        Object messages = file.toFile().isFile() ? DataFiles.readFile(file.startsWith(source) ? source : folder, file).value() : Map.of();
        return new ActionWords(messages instanceof Map<?, ?> map ? map.get("action") : null);
    }

    /** The words at {@code path} below {@code action:}, such as {@code get("statuses", "done")}. */
    String get(String... path) {
        Object value = words;
        for (String key : path) {
            value = value instanceof Map<?, ?> map ? map.get(key) : null;
        }
        if (value == null) {
            throw new BuildFailure(Problem.inFile("templates/" + FILE, "the message 'action." + String.join(".", path) + "' is missing",
                    "add it under 'action:' in templates/" + FILE));
        }
        return String.valueOf(value);
    }
}
