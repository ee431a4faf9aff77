package org.publicrecord.render;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mitchellbosecke.pebble.error.AttributeNotFoundException;
import com.mitchellbosecke.pebble.error.PebbleException;
import com.mitchellbosecke.pebble.error.RootAttributeNotFoundException;
import org.publicrecord.problem.Problem;

/** Turns Pebble's exceptions into a problem at the template's file and line. */
final class TemplateMistakes {

    private static final Pattern ATTRIBUTE = Pattern.compile("[Aa]ttribute \\[([^\\]]+)\\]");

    private TemplateMistakes() {
    }

    static Problem explain(PebbleException e, String templateName, Path templateFolder) {
        PebbleException cause = innermost(e);
        String file = "templates/" + relative(cause.getFileName() != null ? cause.getFileName() : templateName, templateFolder);
        int line = cause.getLineNumber() == null ? 0 : cause.getLineNumber();
        Matcher attribute = ATTRIBUTE.matcher(String.valueOf(cause.getPebbleMessage()));
        String name = attribute.find() ? attribute.group(1) : "?";
        if (cause instanceof RootAttributeNotFoundException) {
            return Problem.at(file, line, 1, "the template uses a variable '" + name + "' that does not exist",
                    "check its spelling; the variables a page has are listed in docs/architecture.md");
        }
        if (cause instanceof AttributeNotFoundException) {
            return Problem.at(file, line, 1, "the template uses a field '" + name + "' that this value does not have",
                    "check its spelling against the content type's schema in src/main/resources/schemas/");
        }
        return Problem.at(file, line, 1, "the template could not be rendered: " + cause.getPebbleMessage(),
                "correct the template at this line");
    }

    private static PebbleException innermost(PebbleException e) {
        PebbleException deepest = e;
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof PebbleException pebble) {
                deepest = pebble;
            }
        }
        return deepest;
    }

    private static String relative(String fileName, Path templateFolder) {
        Path path = Path.of(fileName);
        Path folder = templateFolder.toAbsolutePath();
        String shown = path.isAbsolute() && path.startsWith(folder) ? folder.relativize(path).toString() : fileName;
        return shown.replace('\\', '/');
    }
}
