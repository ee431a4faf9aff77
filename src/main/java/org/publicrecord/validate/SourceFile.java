package org.publicrecord.validate;

import java.util.Map;

import org.publicrecord.problem.Problem;
import org.publicrecord.content.DataFiles;
import org.publicrecord.content.Fields;
import org.publicrecord.content.Position;
import org.publicrecord.content.SourceDocument;

/**
 * A file being checked, as its problems need it: its path as editors see it, where each value is
 * written, and what to compare it with when in doubt.
 *
 * @param path   the path relative to the site folder
 * @param fields the values' positions (by JSON Pointer) and where the fields start
 * @param model  where an editor finds a correct file of the same kind
 */
public record SourceFile(String path, Fields fields, String model) {

    static SourceFile of(SourceDocument document, String type) {
        String model = type == null ? "the files in content/_templates/" : "content/_templates/" + type + ".md";
        return new SourceFile(document.name(), document.fields(), model);
    }

    static SourceFile of(DataFiles.DataFile file) {
        return new SourceFile(file.path(), new Fields(Map.of(), file.positions(), Position.START), "the data file reference in docs/editing.md");
    }

    /** Where the value at {@code pointer} is written; the start of the fields for the whole. */
    Position at(String pointer) {
        return pointer.isEmpty() ? fields.start() : fields.positionOf(pointer);
    }

    public Problem problem(String pointer, String message, String fix) {
        return problemAt(at(pointer), message, fix);
    }

    Problem problemAt(Position position, String message, String fix) {
        return Problem.at(path, position.line(), position.column(), message, fix);
    }
}
