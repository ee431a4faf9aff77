package org.publicrecord.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.publicrecord.testing.BuiltSite;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The components of {@code templates/components/}, each a folder with its macro ({@code <name>.peb})
 * and a file of its params and named examples ({@code <name>.yaml}), as GOV.UK Frontend keeps them.
 */
final class ComponentCatalogue {

    static final Path FOLDER = BuiltSite.EXAMPLE_SITE.resolve("templates/components");
    private static final Pattern MACRO = Pattern.compile("\\{%\\s*macro\\s+([a-z_]+)\\(([^)]*)\\)\\s*%}");

    /** One param of a component; {@code fromPage} when it is the page's own ({@code root}, {@code messages}...), not the caller's. */
    record Param(String name, String description, boolean required, boolean fromPage) {
    }

    /** A named example: the params a caller gives. */
    record Example(String name, Map<String, Object> params) {
    }

    /**
     * @param macro    the macro's name
     * @param args     the macro's arguments, in order, as its template declares them
     * @param examples the examples, none when the component takes the model's own objects
     * @param shownOn  where a component without examples is checked instead
     */
    record Component(String name, String macro, List<String> args, List<Param> params, List<Example> examples, String shownOn) {

        /** A page that renders {@code example} inside the site's layout: the page's own params by name, the caller's from {@code p}. */
        String pageOf(Example example) {
            List<String> values = new ArrayList<>();
            for (Param param : params) {
                values.add(param.fromPage() ? param.name() : "p." + param.name());
            }
            return "{% extends \"layouts/base.peb\" %}\n{% import \"components/" + name + "/" + name + ".peb\" %}\n"
                    + "{% block main %}<h1>" + name + ": " + example.name() + "</h1>\n{{ " + macro + "(" + String.join(", ", values) + ") }}\n{% endblock %}\n";
        }
    }

    private ComponentCatalogue() {
    }

    @SuppressWarnings("unchecked")
    static List<Component> all() {
        List<Component> components = new ArrayList<>();
        try (Stream<Path> folders = Files.list(FOLDER)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                String name = folder.getFileName().toString();
                String template = Files.readString(folder.resolve(name + ".peb"));
                Matcher macro = MACRO.matcher(template);
                String macroName = macro.find() ? macro.group(1) : null;
                List<String> args = macroName == null || macro.group(2).isBlank() ? List.of()
                        : Arrays.stream(macro.group(2).split(",")).map(String::strip).toList();
                Path description = folder.resolve(name + ".yaml");
                Map<String, Object> yaml = Files.isRegularFile(description)
                        ? new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(description)) : Map.of();
                List<Param> params = new ArrayList<>();
                for (Map<String, Object> param : (List<Map<String, Object>>) yaml.getOrDefault("params", List.of())) {
                    params.add(new Param(String.valueOf(param.get("name")), String.valueOf(param.get("description")),
                            Boolean.TRUE.equals(param.get("required")), "page".equals(param.get("from"))));
                }
                List<Example> examples = new ArrayList<>();
                for (Map<String, Object> example : (List<Map<String, Object>>) yaml.getOrDefault("examples", List.of())) {
                    examples.add(new Example(String.valueOf(example.get("name")),
                            (Map<String, Object>) example.getOrDefault("params", Map.of())));
                }
                components.add(new Component(name, macroName, args, params, examples, (String) yaml.get("examples_on")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return components;
    }
}
