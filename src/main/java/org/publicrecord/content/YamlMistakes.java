package org.publicrecord.content;

import java.util.Locale;

import org.publicrecord.problem.Problem;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.constructor.DuplicateKeyException;

/** Turns SnakeYAML's parser messages into sentences an editor can act on. */
final class YamlMistakes {

    private YamlMistakes() {
    }

    static Problem explain(MarkedYAMLException e, String file, int firstLine) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int line = mark == null ? firstLine : SafeYaml.line(mark, firstLine);
        int column = mark == null ? 1 : mark.getColumn() + 1;
        String problem = e.getProblem() == null ? "" : e.getProblem().toLowerCase(Locale.ROOT);

        if (e instanceof DuplicateKeyException) {
            String key = problem.replaceAll(".*found duplicate key ", "").trim();
            return Problem.at(file, line, column, "the field '" + key + "' appears twice",
                    "keep one of them and delete the other");
        }
        if (problem.contains("global tag is not allowed")) {
            String tag = e.getProblem().replaceAll(".*allowed: ", "").replace("tag:yaml.org,2002:", "!!").trim();
            return Problem.at(file, line, column, "the YAML tag '" + tag + "' is not allowed",
                    "remove the tag that starts with '!' and write the value as plain text");
        }
        if (problem.contains("'\\t'") || problem.contains("tab")) {
            return Problem.at(file, line, column, "this line is indented with a tab",
                    "indent with spaces instead of tabs, two spaces per level");
        }
        if (problem.contains("mapping values are not allowed")) {
            return Problem.at(file, line, column, "this value contains a colon followed by a space",
                    "put the whole value in double quotes, for example title: \"Agenda: item one\"");
        }
        if (problem.contains("could not find expected ':'") || problem.contains("expected <block end>")) {
            return Problem.at(file, line, column, "this line is not a 'field: value' pair, or its indentation does not match the lines above",
                    "check the colon after the field name and that lines at the same level start in the same column");
        }
        if (problem.contains("found unexpected end of stream") || problem.contains("found unexpected end")) {
            // The end of the text is where the parser gave up; the quote that was never closed is where to look.
            Mark opened = e.getContextMark() != null ? e.getContextMark() : mark;
            return Problem.at(file, opened == null ? line : SafeYaml.line(opened, firstLine), opened == null ? column : opened.getColumn() + 1,
                    "a quoted value is not closed",
                    "add the closing quote mark at the end of the value");
        }
        if (problem.contains("found character '@'") || problem.contains("found character '`'")) {
            return Problem.at(file, line, column, "a value starts with a character YAML reserves",
                    "put the whole value in double quotes");
        }
        return Problem.at(file, line, column, "the front matter is not valid YAML: " + e.getProblem(),
                "compare it with the file of the same type in content/_templates/");
    }
}
