package org.publicrecord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mitchellbosecke.pebble.PebbleEngine;
import com.mitchellbosecke.pebble.loader.DelegatingLoader;
import com.mitchellbosecke.pebble.loader.FileLoader;
import com.mitchellbosecke.pebble.loader.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.content.DataFiles;
import org.publicrecord.output.Paging;
import org.publicrecord.output.Stylesheet;
import org.publicrecord.render.SiteExtension;
import org.publicrecord.site.Messages;
import org.publicrecord.testing.ExampleWords;
import org.publicrecord.types.ContentTypes;
import org.publicrecord.types.event.EventType;
import org.publicrecord.testing.BuiltSite;

/**
 * Renders every shared component's named examples ({@code src/test/resources/components/examples/examples.peb})
 * inside the real page layout and stylesheet, then checks the page as the site's pages are checked:
 * valid HTML, no axe violations at phone and desktop widths in light and dark mode, no sideways
 * scrolling. Screenshots go to {@code target/screenshots/components-*.png}.
 */
class ComponentExamplesIT {

    private static final Path TEMPLATES = BuiltSite.EXAMPLE_SITE.resolve("templates");
    private static final Path EXAMPLES = BuiltSite.EXAMPLE_SITE.resolve("src/test/resources/components");

    @TempDir
    Path site;

    @Test
    void everyComponentExampleIsValidAccessibleAndFitsAPhone() throws Exception {
        Map<String, Object> globals = new HashMap<>(DataFiles.read(BuiltSite.EXAMPLE_SITE, BuiltSite.EXAMPLE_SITE.resolve("data")).values());
        Messages messages = ExampleWords.messages();
        globals.put("messages", messages.values());
        globals.put("content_types", ContentTypes.installed().names());
        // The page is in the site's own language, without translations.
        org.publicrecord.site.Language english = new org.publicrecord.site.Language(messages.language(), "English", false);
        globals.put("translations", org.publicrecord.model.Translations.none(List.of(english), List.of(messages)));
        globals.put("language", english);
        globals.put("fallback", false);
        PebbleEngine engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(List.<Loader<?>>of(folder(TEMPLATES), folder(EXAMPLES))))
                .extension(new SiteExtension(globals, LocalDate.of(2026, 11, 22), messages, new EventType().filters()))
                .autoEscaping(true)
                .strictVariables(true)
                .newLineTrimming(true)
                .build();

        DataFiles.DataFile siteYaml = DataFiles.readFile(BuiltSite.EXAMPLE_SITE, BuiltSite.EXAMPLE_SITE.resolve("data/site.yaml"));
        List<Map<String, String>> properties = new ArrayList<>();
        Stylesheet.properties(siteYaml).forEach((name, value) -> properties.add(Map.of("name", name, "value", value)));
        write(engine, Stylesheet.TEMPLATE, Map.of("properties", properties, "root", "", "page_url", "css/site.css"), "css/site.css");

        Map<String, Object> content = new LinkedHashMap<>();
        content.put("title", "Component examples");
        content.put("summary", null);
        content.put("status", "published");
        content.put("type", "examples");
        content.put("example", false);
        content.put("previousContent", Map.of("url", "#tag", "title", "Board meeting, 3 December 2026"));
        content.put("nextContent", Map.of("url", "#table", "title", "People's Partnership meeting, 19 January 2027"));
        Paging<Integer> seventhOfTen = Paging.of(java.util.stream.IntStream.rangeClosed(1, 10 * Paging.PAGE_SIZE).boxed().toList(), "examples/").get(6);
        write(engine, "examples.peb", Map.of("content", content, "root", "", "page_url", "examples/", "list_paging", seventhOfTen), "index.html");

        assertThat(new HtmlValidator().validate(site.resolve("index.html"))).isEmpty();
        try (AxeCheck browser = new AxeCheck(site)) {
            List<AxeCheck.Violation> violations = new ArrayList<>();
            for (String scheme : List.of("light", "dark")) {
                browser.emulateMedia("", Map.of("prefers-color-scheme", scheme));
                violations.addAll(browser.scan(List.of("/"), AxeCheck.DESKTOP));
                violations.addAll(browser.scan(List.of("/"), AxeCheck.MOBILE));
                for (int width : List.of(AxeCheck.MOBILE, AxeCheck.DESKTOP)) {
                    browser.screenshot("/", width, Path.of("target/screenshots/components-" + scheme + "-" + width + ".png"));
                }
            }
            browser.emulateMedia("", Map.of());
            assertThat(violations).isEmpty();
            assertThat(browser.reflowProblems("/", AxeCheck.MOBILE)).isEmpty();
            assertThat(browser.skipLinkProblems("/", AxeCheck.MOBILE)).isEmpty();
        }
    }

    /**
     * Each component's own named examples ({@code templates/components/<name>/<name>.yaml}), each
     * rendered alone inside the page layout: valid HTML and no axe violations, so adding an example
     * to a component's file adds it to the checks.
     */
    @Test
    void eachComponentsOwnExamplesAreValidAndAccessible() throws Exception {
        Path generated = site.resolve("generated");
        Map<String, Object> globals = new HashMap<>(DataFiles.read(BuiltSite.EXAMPLE_SITE, BuiltSite.EXAMPLE_SITE.resolve("data")).values());
        Messages messages = ExampleWords.messages();
        globals.put("messages", messages.values());
        globals.put("content_types", ContentTypes.installed().names());
        org.publicrecord.site.Language english = new org.publicrecord.site.Language(messages.language(), "English", false);
        globals.put("translations", org.publicrecord.model.Translations.none(List.of(english), List.of(messages)));
        globals.put("language", english);
        globals.put("fallback", false);
        PebbleEngine engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(List.<Loader<?>>of(folder(TEMPLATES), folder(generated))))
                .extension(new SiteExtension(globals, LocalDate.of(2026, 11, 22), messages, new EventType().filters()))
                .autoEscaping(true).strictVariables(true).newLineTrimming(true)
                .build();
        writeStylesheet(engine);
        List<String> pages = new ArrayList<>();
        for (ComponentCatalogue.Component component : ComponentCatalogue.all()) {
            for (ComponentCatalogue.Example example : component.examples()) {
                String page = component.name() + "-" + example.name().replaceAll("[^a-z0-9]+", "-");
                Files.createDirectories(generated);
                Files.writeString(generated.resolve(page + ".peb"), component.pageOf(example));
                Map<String, Object> content = new LinkedHashMap<>(Map.of("title", component.name() + ": " + example.name(),
                        "status", "published", "type", "examples", "example", false));
                content.put("summary", null);
                content.put("previousContent", null);
                content.put("nextContent", null);
                Map<String, Object> model = new HashMap<>(Map.of("content", content, "root", "../", "page_url", page + "/", "p", example.params()));
                write(engine, page + ".peb", model, page + "/index.html");
                assertThat(new HtmlValidator().validate(site.resolve(page + "/index.html"))).as(page).isEmpty();
                pages.add("/" + page + "/");
            }
        }
        assertThat(pages).as("examples rendered").hasSizeGreaterThanOrEqualTo(15);
        try (AxeCheck browser = new AxeCheck(site)) {
            List<AxeCheck.Violation> violations = new ArrayList<>(browser.scan(pages, AxeCheck.MOBILE));
            violations.addAll(browser.scan(pages, AxeCheck.DESKTOP));
            assertThat(violations).isEmpty();
        }
    }

    private void writeStylesheet(PebbleEngine engine) throws Exception {
        DataFiles.DataFile siteYaml = DataFiles.readFile(BuiltSite.EXAMPLE_SITE, BuiltSite.EXAMPLE_SITE.resolve("data/site.yaml"));
        List<Map<String, String>> properties = new ArrayList<>();
        Stylesheet.properties(siteYaml).forEach((name, value) -> properties.add(Map.of("name", name, "value", value)));
        write(engine, Stylesheet.TEMPLATE, Map.of("properties", properties, "root", "", "page_url", "css/site.css"), "css/site.css");
    }

    private static FileLoader folder(Path path) {
        FileLoader loader = new FileLoader();
        loader.setPrefix(path.toAbsolutePath().toString());
        return loader;
    }

    private void write(PebbleEngine engine, String template, Map<String, Object> model, String file) throws Exception {
        StringWriter text = new StringWriter();
        engine.getTemplate(template).evaluate(text, model);
        Path target = site.resolve(file);
        Files.createDirectories(target.getParent());
        Files.writeString(target, text.toString());
    }
}
