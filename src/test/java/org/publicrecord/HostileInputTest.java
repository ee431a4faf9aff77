package org.publicrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicrecord.validate.ValidationFixture.ACTION;
import static org.publicrecord.validate.ValidationFixture.PAGE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.publicrecord.trust.OutputScan;
import org.publicrecord.validate.ValidationFixture;

/**
 * What a hostile contributor could put in a pull request, tried against a whole build. Each input
 * is either refused, with the file and the line to change and nothing published, or neutralised:
 * the build passes and no file it wrote ({@link OutputScan}: pages, feeds, calendars, open data,
 * copied assets) holds a script, an event handler, a {@code javascript:} or {@code data:} address,
 * or the text of a file from outside the site.
 */
class HostileInputTest {

    /** The text of a file beside the site, which no output may ever contain. */
    static final String SECRET = "SECRET-OUTSIDE-THE-SITE-3f9c1a";
    private static final String ADOC = "content/news/2024/walks.adoc";
    private static final String ADOC_HEAD = "---\ntitle: Walks\ntype: news\ndate: 2024-05-01\n---\n";
    /** Appended to {@link ValidationFixture#PAGE} after a blank line, a snippet starts on this line. */
    private static final int PAGE_LINE = 8;

    private static final List<String> counts = new ArrayList<>();

    /**
     * One hostile input.
     *
     * @param name     what it tries
     * @param attack   changes the valid site to contain it; given the site and the folder outside it
     * @param refusal  the start of the problem the build must print ({@code file:line:}), or null when
     *                 the build may pass because the input is neutralised
     */
    record Case(String name, BiConsumer<Path, Path> attack, String refusal) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case page(String name, String html, int lineInSnippet) {
        return new Case(name, (site, outside) -> append(site, PAGE, "\n" + html + "\n"), PAGE + ":" + (PAGE_LINE + lineInSnippet) + ":");
    }

    private static Case pageNeutralised(String name, String html) {
        return new Case(name, (site, outside) -> append(site, PAGE, "\n" + html + "\n"), null);
    }

    private static Case asciidoc(String name, String body, int line) {
        return new Case(name, (site, outside) -> write(site, ADOC, ADOC_HEAD + body.replace("OUTSIDE", outside.toString())),
                line == 0 ? null : ADOC + ":" + line + ":");
    }

    static Stream<Case> inputs() {
        return Stream.of(
                // Raw HTML in Markdown.
                page("script element", "<script>alert(1)</script>", 0),
                page("script from elsewhere, upper case", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>", 0),
                page("handler on a continuation line", "<img src=\"walk.jpg\" alt=\"A walk\"\nonerror=\"alert(1)\">", 0),
                // Markdown does not read this as a tag, so it is shown as text.
                pageNeutralised("handler after a slash", "<img src=\"walk.jpg\" alt=\"A walk\"/onerror=alert(1)>"),
                page("handler after a slash in a block", "<p>\n<img src=\"walk.jpg\" alt=\"A walk\"/onerror=alert(1)>\n</p>", 1),
                page("handler in upper case", "<p ONMOUSEOVER=alert(1)>Hover</p>", 0),
                page("handler on details", "<details open ontoggle=alert(1)><summary>More</summary></details>", 0),
                page("handler on a made-up element", "<x-widget onclick=alert(1)>Click</x-widget>", 0),
                page("data:text/html link", "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">Open</a>", 0),
                page("javascript link split by a tab reference", "<a href=\"jav&#x09;ascript:alert(1)\">Open</a>", 0),
                page("javascript link as decimal references", "<a href=\"&#106;&#97;vascript:alert(1)\">Open</a>", 0),
                page("javascript link with spaces and capitals", "<a href=\"  JaVaScRiPt:alert(1)\">Open</a>", 0),
                page("vbscript link", "<a href=\"vbscript:msgbox(1)\">Open</a>", 0),
                page("file link", "<a href=\"file:///etc/passwd\">Open</a>", 0),
                page("iframe", "<iframe src=\"https://evil.example/\"></iframe>", 0),
                page("object", "<object data=\"https://evil.example/x.swf\"></object>", 0),
                page("embed", "<embed src=\"https://evil.example/x.swf\">", 0),
                page("form", "<form action=\"https://evil.example/\"><button>Send</button></form>", 0),
                page("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">", 0),
                page("base element", "<base href=\"https://evil.example/\">", 0),
                page("style element", "<style>body{background:url(https://evil.example/t.gif)}</style>", 0),
                page("link element", "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">", 0),
                page("style attribute with a url", "<div style=\"background:url(javascript:alert(1))\">Text</div>", 0),
                page("inline svg with a script", "<svg><script>alert(1)</script></svg>", 0),
                page("math mutation", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", 0),
                page("tag split around a script", "<p><scr<script>ipt>alert(1)</script></p>", 0),
                page("template holding a script", "<template><script>alert(1)</script></template>", 0),
                page("input with autofocus handler", "<input onfocus=alert(1) autofocus>", 0),
                page("third-party picture", "<img src=\"https://tracker.example/pixel.gif\" alt=\"A pixel\">", 0),
                page("picture as a data address", "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\" alt=\"A picture\">", 0),
                page("link that replaces the page", "<a href=\"https://example.org/\" target=\"_top\">Open</a>", 0),
                page("script in a comment", "<!-- <script>alert(1)</script> -->", 0),
                pageNeutralised("comment", "<!-- a note for editors -->"),
                pageNeutralised("hostile text shown as text", "Type &lt;script&gt;alert(1)&lt;/script&gt; and javascript&#58; in the box."),
                pageNeutralised("unclosed div", "<div class=\"note\">\n\nUnclosed"),
                // Markdown's own links and pictures.
                page("markdown javascript link", "[Open](javascript:alert(1))", 0),
                page("markdown data link", "[Open](data:text/html,<script>alert(1)</script>)", 0),
                page("markdown reference link", "[Open][evil]\n\n[evil]: javascript:alert(1)", 2),
                page("markdown javascript picture", "![A picture](javascript:alert(1))", 0),
                page("markdown autolink", "<javascript:alert(1)>", 0),
                // A backslash cannot be part of a scheme: a relative address, which leads nowhere on this site.
                new Case("markdown escaped javascript link", (site, outside) -> append(site, PAGE, "\n[Open](java\\script:alert(1))\n"), PAGE + ": on the page about/"),
                // AsciiDoc.
                asciidoc("include of /etc/passwd", "We walked.\n\ninclude::/etc/passwd[]\n", 8),
                asciidoc("include of the process environment", "include::/proc/self/environ[]\n", 6),
                asciidoc("include of a data file", "include::../../../data/site.yaml[]\n", 6),
                asciidoc("include of a file outside the site", "include::OUTSIDE/secret.txt[]\n", 6),
                asciidoc("data-uri picture of a file", ":data-uri:\n\nimage::/etc/hostname[A host]\n", 6),
                asciidoc("allow-uri-read", ":allow-uri-read:\n\nWe walked.\n", 6),
                asciidoc("docinfo", ":docinfo: shared\n\nWe walked.\n", 6),
                asciidoc("passthrough block with a handler", "++++\n<img src=x onerror=alert(1)>\n++++\n", 7),
                asciidoc("split passthroughs", "pass:[<scr]pass:[ipt>alert(1)</script>]\n", 6),
                asciidoc("attribute-built script", ":t: script\n\npass:a[<{t}>alert(1)</{t}>]\n", 6),
                asciidoc("attribute-built javascript link", ":j: javascript\n\nlink:{j}:alert(1)[Open]\n", 6),
                asciidoc("attribute-built meta refresh", ":m: meta\n\npass:a[<{m} http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">]\n", 6),
                asciidoc("javascript link macro", "link:javascript:alert(1)[Open]\n", 6),
                asciidoc("video macro", "video::dQw4w9WgXcQ[youtube]\n", 6),
                asciidoc("third-party picture", "image::https://tracker.example/pixel.gif[A pixel]\n", 6),
                asciidoc("escaped include stays text", "\\include::/etc/passwd[]\n", 0),
                // Fields that become addresses.
                new Case("evidence javascript address", (site, outside) -> replace(site, ACTION, "url: meetings/2024/2024-03-12-peoples-partnership/", "url: javascript:alert(1)"),
                        ACTION + ":23:"),
                new Case("evidence data address", (site, outside) -> replace(site, ACTION, "url: meetings/2024/2024-03-12-peoples-partnership/", "url: data:text/html,hello"),
                        ACTION + ":23:"),
                new Case("hostile title", (site, outside) -> replace(site, ACTION, "title: Publish the action log", "title: \"<script>alert(1)</script><img src=x onerror=alert(1)>\""),
                        null),
                new Case("hostile summary", (site, outside) -> replace(site, ValidationFixture.NEWS, "summary: The record of our meetings is now online.", "summary: \"Under <5s & over 65s: \\\"free\\\" 'walks'\""),
                        null),
                // Files from outside the site.
                new Case("symbolic link to /etc in assets", (site, outside) -> link(site.resolve("assets/etc"), Path.of("/etc")), "assets/etc:"),
                new Case("symbolic link to a file outside as content", (site, outside) -> link(site.resolve("content/news/2024/secret.md"), outside.resolve("secret.md")),
                        "content/news/2024/secret.md:"),
                new Case("symbolic link in data", (site, outside) -> link(site.resolve("data/extra.yaml"), outside.resolve("secret.txt")), "data/extra.yaml:"),
                new Case("symbolic link in templates", (site, outside) -> link(site.resolve("templates/secret.peb"), outside.resolve("secret.txt")), "templates/secret.peb:"),
                new Case("hard link to a file outside", (site, outside) -> hardLink(site.resolve("assets/papers/secret.txt"), outside.resolve("secret.txt")),
                        "assets/papers/secret.txt:"),
                new Case("SVG with a script", (site, outside) -> write(site, "assets/images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<script>alert(1)</script>\n</svg>\n"),
                        "assets/images/logo.svg:2:"),
                new Case("SVG with a handler", (site, outside) -> write(site, "assets/images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>\n"),
                        "assets/images/logo.svg:1:"),
                new Case("SVG with an entity", (site, outside) -> write(site, "assets/images/logo.svg", "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>\n"),
                        "assets/images/logo.svg:2:"),
                new Case("SVG linking elsewhere", (site, outside) -> write(site, "assets/images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n<image xlink:href=\"https://tracker.example/p.png\"/>\n</svg>\n"),
                        "assets/images/logo.svg:2:"),
                // Unpublished documents.
                new Case("source meeting is a draft", (site, outside) -> replace(site, ValidationFixture.MEETING, "type: meeting", "type: meeting\nstatus: draft"),
                        ACTION + ":8:"),
                new Case("related action is a draft", (site, outside) -> replace(site, ValidationFixture.EVENT_ACTION, "type: action", "type: action\nstatus: draft"),
                        ACTION + ":17:"),
                new Case("related action is embargoed", (site, outside) -> replace(site, ValidationFixture.EVENT_ACTION, "type: action", "type: action\npublish_date: 2099-01-01"),
                        ACTION + ":17:"),
                new Case("evidence links to a draft meeting", (site, outside) -> {
                    replace(site, ValidationFixture.MEETING, "type: meeting", "type: meeting\nstatus: draft");
                    replace(site, ACTION, "  meeting: 2024-03-12-peoples-partnership", "  meeting: 2024-05-14-peoples-partnership");
                }, ACTION + ":23:"));
    }

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void eachHostileInputIsRefusedOnItsLineOrNeutralised(Case input) throws IOException {
        Path outside = work.resolve("outside");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("secret.txt"), SECRET + "\n");
        Files.writeString(outside.resolve("secret.md"), "---\ntitle: Secret\ntype: news\ndate: 2024-04-02\n---\n" + SECRET + "\n");
        Path site = ValidationFixture.write(work.resolve("site"));
        input.attack().accept(site, outside);
        Path output = work.resolve("output");
        Files.createDirectories(output);
        Files.writeString(output.resolve("previous.html"), "the site built before");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long start = System.nanoTime();
        int status = SiteCommand.run(new String[] {"build", "--source", site.toString(), "--output", output.toString(),
                        "--today", ValidationFixture.TODAY.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        long millis = (System.nanoTime() - start) / 1_000_000;
        String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertThat(printed).doesNotContain("\tat ", "Exception", SECRET);

        if (status == 0) {
            assertThat(input.refusal()).as("the build passed, but should have refused: %s", printed).isNull();
            assertThat(OutputScan.problems(output, secrets())).as("neutralised in every output").isEmpty();
            counts.add("neutralised " + millis);
        } else {
            assertThat(status).as(printed).isEqualTo(SiteCommand.SOURCE_PROBLEMS);
            assertThat(input.refusal()).as("refused, but expected to be neutralised: %s", printed).isNotNull();
            assertThat(err.toString(StandardCharsets.UTF_8).lines()).as(printed).anyMatch(line -> line.startsWith(input.refusal()));
            try (Stream<Path> files = Files.list(output)) {
                assertThat(files.map(path -> path.getFileName().toString()).toList()).containsExactly("previous.html");
            }
            counts.add("refused " + millis);
            System.out.println("REFUSAL " + input.name() + " => " + err.toString(StandardCharsets.UTF_8).lines().skip(1).findFirst().orElse(""));
        }
    }

    @AfterAll
    static void report() {
        long refused = counts.stream().filter(line -> line.startsWith("refused")).count();
        long longest = counts.stream().mapToLong(line -> Long.parseLong(line.substring(line.indexOf(' ') + 1))).max().orElse(0);
        System.out.println("hostile inputs: " + counts.size() + " tried, " + refused + " refused, " + (counts.size() - refused)
                + " neutralised; longest build " + longest + " ms");
    }

    private static List<String> secrets() {
        List<String> secrets = new ArrayList<>(List.of(SECRET));
        try {
            String passwd = Files.readString(Path.of("/etc/passwd"));
            secrets.add(passwd.lines().findFirst().orElse(SECRET));
        } catch (IOException e) {
            // No such file on this system: nothing to leak.
        }
        return secrets;
    }

    // Ways of attacking a site.

    static void write(Path site, String path, String text) {
        ValidationFixture.write(site, path, text);
    }

    static void append(Path site, String path, String text) {
        try {
            Files.writeString(site.resolve(path), Files.readString(site.resolve(path)) + text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void replace(Path site, String path, String from, String to) {
        try {
            String text = Files.readString(site.resolve(path));
            if (!text.contains(from)) {
                throw new IllegalArgumentException(path + " does not contain " + from);
            }
            Files.writeString(site.resolve(path), text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void link(Path link, Path target) {
        try {
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void hardLink(Path link, Path target) {
        try {
            Files.createDirectories(link.getParent());
            Files.createLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
