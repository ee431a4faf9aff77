package org.publicrecord.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.io.file.PathUtils;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.content.DataFiles;
import org.publicrecord.content.SourceDocument;
import org.publicrecord.content.SourceText;
import org.publicrecord.schema.Schemas;
import org.publicrecord.testing.BuiltSite;
import org.publicrecord.types.ContentTypes;
import org.yaml.snakeyaml.Yaml;

/**
 * A small, valid site for checking what editors get wrong: the repository's templates and data
 * files, plus two meetings, an event, two actions, a news item and a page that refer to each
 * other the way real content does. A test breaks one file and looks at what the build says.
 */
public final class ValidationFixture {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    public static final String MEETING = "content/meetings/2024/2024-03-12-peoples-partnership.md";
    public static final String NEXT_MEETING = "content/meetings/2024/2024-05-14-peoples-partnership.md";
    public static final String EVENT = "content/events/2024/health-walks.md";
    public static final String ACTION = "content/actions/lpp-2024-01.md";
    public static final String EVENT_ACTION = "content/actions/lpp-2024-02.md";
    public static final String NEWS = "content/news/2024/new-website.md";
    public static final String PAGE = "content/about.md";

    /** Addresses the build writes itself, so the fixture writes no page for the links to them. */
    private static final List<String> SECTIONS = List.of("meetings/", "events/", "news/", "actions/", "about/", "follow/");

    private ValidationFixture() {
    }

    /** Writes the valid site into {@code folder} and returns it. */
    public static Path write(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.copy(BuiltSite.EXAMPLE_SITE.resolve("jbake.properties"), folder.resolve("jbake.properties"));
            PathUtils.copyDirectory(BuiltSite.EXAMPLE_SITE.resolve("templates"), folder.resolve("templates"));
            Files.createDirectories(folder.resolve("data"));
            for (String data : List.of("site", "organisations", "committees", "themes")) {
                Files.copy(BuiltSite.EXAMPLE_SITE.resolve("data/" + data + ".yaml"), folder.resolve("data/" + data + ".yaml"));
            }
            // Scripts and styles the templates link to live in assets/.
            PathUtils.copyDirectory(BuiltSite.EXAMPLE_SITE.resolve("assets"), folder.resolve("assets"));
            write(folder, "assets/papers/2024-03-12-action-log.pdf", "%PDF-1.4\n");
            writeLinkedPages(folder);
            write(folder, MEETING, meeting());
            write(folder, NEXT_MEETING, """
                    ---
                    title: People's Partnership meeting, 14 May 2024
                    type: meeting
                    date: 2024-05-14
                    committee: peoples-partnership
                    start: "14:00"
                    meeting_status: scheduled
                    ---
                    The agenda will be published a week before.
                    """);
            write(folder, EVENT, event());
            write(folder, ACTION, action());
            write(folder, EVENT_ACTION, """
                    ---
                    title: More benches in parks
                    type: action
                    date: 2024-06-15
                    id: LPP-2024-02
                    said: Older people would walk more if there were more benches.
                    source:
                      event: health-walks
                      item: more-benches
                    owner: lewisham-council
                    lead_role: Parks Manager
                    action_status: open
                    ---
                    We will look at where benches are needed.
                    """);
            write(folder, NEWS, """
                    ---
                    title: Our new website
                    type: news
                    date: 2024-04-02
                    summary: The record of our meetings is now online.
                    ---
                    Read the [minutes of March](../../../meetings/2024/2024-03-12-peoples-partnership/).
                    """);
            write(folder, PAGE, """
                    ---
                    title: About us
                    type: page
                    summary: Who we are.
                    ---
                    Who we are.
                    """);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A short page for each page the navigation and footer of data/site.yaml link to, so that no link is broken. */
    @SuppressWarnings("unchecked")
    private static void writeLinkedPages(Path folder) throws IOException {
        Map<String, Object> site = new Yaml().load(Files.readString(folder.resolve("data/site.yaml")));
        for (String list : List.of("navigation", "footer_links")) {
            for (Map<String, Object> link : (List<Map<String, Object>>) site.getOrDefault(list, List.of())) {
                String url = String.valueOf(link.get("url"));
                if (url.matches("[a-z0-9-]+/") && !SECTIONS.contains(url)) {
                    String name = url.substring(0, url.length() - 1);
                    write(folder, "content/" + name + ".md", "---\ntitle: " + link.get("title") + "\ntype: page\n---\nA page.\n");
                }
            }
        }
    }

    public static String meeting() {
        return """
                ---
                title: People's Partnership meeting, 12 March 2024
                type: meeting
                date: 2024-03-12
                committee: peoples-partnership
                start: "14:00"
                end: "16:00"
                meeting_status: held
                venue:
                  name: Deptford Lounge
                  step_free: true
                agenda:
                  - title: Welcome and apologies
                    lead: Co-chair (community member)
                papers:
                  - title: Action log
                    file: assets/papers/2024-03-12-action-log.pdf
                minutes_status: approved
                minutes_approved_at: 2024-05-14-peoples-partnership
                attendees:
                  - organisation: lewisham-council
                    role: Community Development Lead
                decisions:
                  - text: Publish the action log.
                ---
                ## Welcome

                The co-chairs welcomed everyone.
                """;
    }

    public static String event() {
        return """
                ---
                title: Health walks
                type: event
                date: 2024-06-15
                start: "10:00"
                heard:
                  - id: more-benches
                    text: Older people would walk more if there were more benches.
                ---
                We walked in the park.
                """;
    }

    public static String action() {
        return """
                ---
                title: Publish the action log
                type: action
                date: 2024-03-12
                id: LPP-2024-01
                said: Everyone should see what was done.
                source:
                  meeting: 2024-03-12-peoples-partnership
                owner: lewisham-council
                lead_role: Communications Manager
                action_status: in-progress
                progress: 50
                due: 2024-12-31
                themes:
                  - engagement
                related:
                  - LPP-2024-02
                updates:
                  - date: 2024-05-14
                    text: The first pages are online.
                    evidence:
                      - title: The March meeting
                        url: meetings/2024/2024-03-12-peoples-partnership/
                ---
                We will publish the action log online.
                """;
    }

    /** Runs only the validator over {@code site}'s content and data, as the build does before rendering. */
    public static List<Problem> validate(Path site) {
        List<SourceDocument> documents = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(site.resolve("content"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = site.relativize(file).toString().replace('\\', '/');
                SourceDocument.Markup markup = SourceDocument.Markup.of(file.getFileName().toString());
                if (markup != null && !name.contains("/_") && !name.contains("/.")) {
                    documents.add(SourceDocument.parse(SourceText.read(file, name), markup));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SiteValidator(ContentTypes.installed().schemas(), site, ContentTypes.installed().rules()).validate(documents, DataFiles.read(site, site.resolve("data")));
    }

    /** Builds {@code site}, failing the test with every problem listed when the build stops. */
    public static BuiltSite build(Path site, Path output, LocalDate today) {
        try {
            return BuiltSite.build(site, output, today);
        } catch (BuildFailure failure) {
            throw new AssertionError("the build stopped:\n" + String.join("\n",
                    failure.problems().stream().map(Object::toString).toList()), failure);
        }
    }

    public static void write(Path folder, String path, String text) {
        write(folder, path, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path folder, String path, byte[] bytes) {
        try {
            Path file = folder.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
