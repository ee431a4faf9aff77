package org.publicrecord.content;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of a front matter or data file, with where each one was written. Positions are keyed
 * by JSON Pointer ({@code /venue/name}, {@code /decisions/0/text}) so that a schema error, which
 * names a pointer, can be shown on the editor's line.
 */
public record Fields(Map<String, Object> values, Map<String, Position> positions, Position start) {

    public static Fields empty(Position start) {
        return new Fields(new LinkedHashMap<>(), new LinkedHashMap<>(), start);
    }

    /** The place of the value at {@code pointer}, or of its nearest enclosing value, or the start. */
    public Position positionOf(String pointer) {
        String path = pointer;
        while (!path.isEmpty()) {
            Position found = positions.get(path);
            if (found != null) {
                return found;
            }
            path = path.substring(0, Math.max(0, path.lastIndexOf('/')));
        }
        return start;
    }
}
