package org.publicrecord.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.content.DataFiles;
import org.publicrecord.content.Position;
import org.publicrecord.render.SiteRenderer;

/**
 * {@code css/site.css}: the site's stylesheet, rendered from {@code templates/css/site.css.peb}
 * with the colours and spacing of {@code data/site.yaml} as CSS custom properties, so that a
 * fork restyles the site by changing data. A colour that is not a colour code, or one the
 * stylesheet needs but the data leaves out, stops the build at the data file's line.
 */
public final class Stylesheet extends SiteOutput {

    public static final String TEMPLATE = "css/site.css.peb";
    static final String FILE = "css/site.css";
    private static final String DATA_FILE = "data/site.yaml";

    private static final Pattern COLOUR = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final Pattern LENGTH = Pattern.compile("0|\\d{1,3}(?:\\.\\d{1,4})?(?:rem|em|px)|\\.\\d{1,4}(?:rem|em)");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Pattern USED = Pattern.compile("var\\(--([a-z0-9-]+)");
    private static final Pattern DECLARED = Pattern.compile("--([a-z0-9-]+)\\s*:");

    /** Which block of site.yaml becomes which custom properties, and what its values must look like. */
    private enum Group {
        COLOURS("colours", "colour-", COLOUR, "a colour code such as \"#005eb8\"", "write the colour as # and six hexadecimal digits, in quotes"),
        SPACING("spacing", "space-", LENGTH, "a length such as \"0.625rem\"", "write a number followed by rem, em or px, in quotes");

        final String key;
        final String prefix;
        final Pattern valid;
        final String example;
        final String fix;

        Group(String key, String prefix, Pattern valid, String example, String fix) {
            this.key = key;
            this.prefix = prefix;
            this.valid = valid;
            this.example = example;
            this.fix = fix;
        }
    }

    @Override
    protected int write(SiteRenderer renderer) {
        // A site that ships its own stylesheet as an asset has no template, and nothing to render here.
        if (!Files.isRegularFile(renderer.config().getTemplateFolder().toPath().resolve(TEMPLATE))) {
            return 0;
        }
        DataFiles.DataFile site = renderer.data().files().get("site");
        Map<String, String> properties = properties(site);
        List<Map<String, String>> model = new ArrayList<>();
        properties.forEach((name, value) -> model.add(Map.of("name", name, "value", value)));
        renderer.page(TEMPLATE, FILE, Map.of("properties", model));
        Path written = renderer.config().getDestinationFolder().toPath().resolve(FILE);
        try {
            checkEveryPropertyIsDeclared(Files.readString(written, StandardCharsets.UTF_8), site);
        } catch (IOException e) {
            throw new BuildFailure(Problem.inFile(FILE, "could not be read back: " + e.getMessage(), "check the output folder is readable"));
        }
        return 1;
    }

    /** The custom properties {@code data/site.yaml} defines, such as {@code colour-brand} to {@code #005eb8}. */
    public static Map<String, String> properties(DataFiles.DataFile site) {
        Map<String, String> properties = new LinkedHashMap<>();
        if (site == null || !(site.value() instanceof Map<?, ?> fields)) {
            return properties;
        }
        List<Problem> problems = new ArrayList<>();
        for (Group group : Group.values()) {
            Object block = fields.get(group.key);
            if (block == null) {
                continue;
            }
            if (!(block instanceof Map<?, ?> entries)) {
                problems.add(at(site, "/" + group.key, "'" + group.key + "' should be a list of names and values",
                        "write one 'name: value' per line under '" + group.key + ":', indented"));
                continue;
            }
            entries.forEach((key, value) -> {
                String name = String.valueOf(key);
                String text = value == null ? "" : String.valueOf(value).strip();
                String pointer = "/" + group.key + "/" + name;
                if (!NAME.matcher(name).matches()) {
                    problems.add(at(site, pointer, "the name '" + name + "' in " + group.key + " cannot be used in the stylesheet",
                            "use lower-case letters, digits and underscores, such as brand_dark"));
                } else if (!group.valid.matcher(text).matches()) {
                    problems.add(at(site, pointer, "the value of '" + name + "' in " + group.key + " is '" + text + "', not " + group.example,
                            group.fix));
                } else {
                    properties.put(group.prefix + name.replace('_', '-'), text.toLowerCase(Locale.ROOT));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        return properties;
    }

    /** Every {@code var(--x)} in the stylesheet must be declared, or that rule silently loses its colour. */
    static void checkEveryPropertyIsDeclared(String css, DataFiles.DataFile site) {
        Set<String> declared = new LinkedHashSet<>();
        Matcher declaration = DECLARED.matcher(css);
        while (declaration.find()) {
            declared.add(declaration.group(1));
        }
        Set<String> missing = new LinkedHashSet<>();
        Matcher use = USED.matcher(css);
        while (use.find()) {
            if (!declared.contains(use.group(1))) {
                missing.add(use.group(1));
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (String property : missing) {
            Group group = property.startsWith(Group.COLOURS.prefix) ? Group.COLOURS : property.startsWith(Group.SPACING.prefix) ? Group.SPACING : null;
            if (group == null) {
                problems.add(Problem.inFile("templates/" + TEMPLATE, "the stylesheet uses --" + property + ", which nothing declares",
                        "declare it in the :root rule at the top of the template"));
            } else {
                String name = property.substring(group.prefix.length()).replace('-', '_');
                problems.add(at(site, "/" + group.key, "the stylesheet needs the " + (group == Group.COLOURS ? "colour" : "spacing")
                        + " '" + name + "', which " + DATA_FILE + " does not give under '" + group.key + ":'",
                        "add a line '" + name + ": ' with " + group.example));
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
    }

    private static Problem at(DataFiles.DataFile site, String pointer, String message, String fix) {
        String file = site == null ? DATA_FILE : site.path();
        Position position = site == null ? null : site.positions().get(pointer);
        if (position == null && site != null) {
            position = site.positions().get(pointer.substring(0, Math.max(0, pointer.lastIndexOf('/'))));
        }
        return position == null ? Problem.inFile(file, message, fix) : Problem.at(file, position.line(), position.column(), message, fix);
    }
}
