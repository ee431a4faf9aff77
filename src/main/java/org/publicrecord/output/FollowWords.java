package org.publicrecord.output;

import java.nio.file.Path;
import java.util.Map;

import org.publicrecord.build.BuildFailure;
import org.publicrecord.build.Problem;
import org.publicrecord.content.DataFiles;
import org.publicrecord.render.SiteRenderer;

/**
 * The follow pages' words ({@code follow:} in {@code templates/messages.yaml}) for the
 * files written without a template, so that a feed of a committee says what changed in the same words as the pages.
 */
final class FollowWords {

    private static final String FILE = "messages.yaml";

    private final Object words;

    private FollowWords(Object words) {
        this.words = words;
    }

    static FollowWords of(SiteRenderer renderer) {
        Path folder = renderer.config().getTemplateFolder().toPath().toAbsolutePath();
        Path file = folder.resolve(FILE);
        Path source = renderer.options().source().toAbsolutePath();
        Object messages = file.toFile().isFile() ? DataFiles.readFile(file.startsWith(source) ? source : folder, file).value() : Map.of();
        return new FollowWords(messages instanceof Map<?, ?> map ? map.get("follow") : null);
    }

    /** The words at {@code path} below {@code action:}, such as {@code get("statuses", "done")}. */
    String get(String... path) {
        Object value = words;
        for (String key : path) {
            value = value instanceof Map<?, ?> map ? map.get(key) : null;
        }
        if (value == null) {
            throw new BuildFailure(Problem.inFile("templates/" + FILE, "the message 'follow." + String.join(".", path) + "' is missing",
                    "add it under 'follow:' in templates/" + FILE));
        }
        return String.valueOf(value);
    }
}
