package org.publicrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.publicrecord.validate.ValidationFixture.ACTION;
import static org.publicrecord.validate.ValidationFixture.EVENT;
import static org.publicrecord.validate.ValidationFixture.EVENT_ACTION;
import static org.publicrecord.validate.ValidationFixture.MEETING;
import static org.publicrecord.validate.ValidationFixture.NEWS;
import static org.publicrecord.validate.ValidationFixture.PAGE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.publicrecord.validate.ValidationFixture;

/**
 * Every kind of mistake an editor can make stops the build with one line naming the file, the
 * line and column, what is wrong and how to fix it: no stack trace, and the output folder exactly
 * as it was. Each case breaks one thing in an otherwise valid site, so that it is the only problem.
 */
class BadInputTest {

    private static final String FIXED = ValidationFixture.TODAY.toString();

    /**
     * One mistake and what the build must say about it.
     *
     * @param name     what the mistake is
     * @param mistake  changes the valid site to contain it
     * @param expected the problem's line without the fix: {@code file:LINE:COLUMN: message}
     */
    record Case(String name, Consumer<Path> mistake, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> mistakes() {
        return Stream.of(
                // The file itself and its front matter.
                new Case("empty file", site -> write(site, NEWS, ""),
                        NEWS + ":1:1: the file is empty"),
                new Case("invalid UTF-8 bytes", site -> write(site, NEWS, bytes("---\ntitle: Caf", new byte[] {(byte) 0xE9}, "\ntype: news\ndate: 2024-04-02\n---\nBody\n")),
                        NEWS + ":2:1: the file is not saved as UTF-8 text"),
                new Case("no front matter", site -> write(site, NEWS, "# Our new website\n\nBody.\n"),
                        NEWS + ":1:1: the file does not start with front matter"),
                new Case("unclosed front matter", site -> write(site, NEWS, "---\ntitle: Our new website\ntype: news\ndate: 2024-04-02\n\nBody.\n"),
                        NEWS + ":1:1: the front matter that starts on line 1 is never closed"),
                new Case("tab indentation", site -> write(site, MEETING, ValidationFixture.meeting().replace("  name: Deptford Lounge", "\tname: Deptford Lounge")),
                        MEETING + ":10:1: this line is indented with a tab"),
                new Case("unclosed quote", site -> write(site, NEWS, "---\ntitle: \"Our new website\ntype: news\ndate: 2024-04-02\n---\nBody\n"),
                        NEWS + ":2:8: a quoted value is not closed"),
                new Case("colon inside a value", site -> write(site, NEWS, "---\ntitle: Agenda: item one\ntype: news\ndate: 2024-04-02\n---\nBody\n"),
                        NEWS + ":2:14: this value contains a colon followed by a space"),
                new Case("duplicate field", site -> write(site, NEWS, "---\ntitle: Our new website\ntype: news\ndate: 2024-04-02\ntitle: Again\n---\nBody\n"),
                        NEWS + ":5:1: the field 'title' appears twice"),
                new Case("unsafe YAML tag", site -> write(site, NEWS, "---\ntitle: Our new website\ntype: news\ndate: 2024-04-02\nsummary: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://example.test/\"]]]]\n---\nBody\n"),
                        NEWS + ":5:10: the YAML tag '!!javax.script.ScriptEngineManager' is not allowed"),
                new Case("front matter is a list", site -> write(site, NEWS, "---\n- title: Our new website\n---\nBody\n"),
                        NEWS + ":2:1: the front matter should be a list of 'field: value' lines"),
                new Case("byte-order mark and an unknown field", site -> write(site, NEWS, bytes("\uFEFF---\ntitle: Our new website\ntype: news\ndate: 2024-04-02\nsumary: Hello\n---\nBody\n")),
                        NEWS + ":5:1: the field 'sumary' is not known"),
                new Case("CRLF line endings and an impossible date", site -> write(site, NEWS, "---\r\ntitle: Our new website\r\ntype: news\r\ndate: 2024-02-30\r\n---\r\nBody\r\n"),
                        NEWS + ":4:1: '2024-02-30' is not a real date"),

                // A rule of the meetings' type.
                new Case("meeting ends before it starts", site -> write(site, MEETING, ValidationFixture.meeting().replace("end: \"16:00\"", "end: \"12:00\"")),
                        MEETING + ":7:1: the meeting ends (12:00) before it starts (14:00)"),

                // A template's example left in: that one problem, not also the organisation that does not exist.
                new Case("template's example left in", site -> replace(site, ACTION, "owner: lewisham-council",
                                "owner: \"REPLACE with the owner's id from data/organisations.yaml, such as lewisham-council\""),
                        ACTION + ":9:1: 'owner' still holds the template's example \"REPLACE with the owner's id from data/organisations.yaml, "
                                + "such as lewisham-council\""),

                // Fields against the type's schema.
                new Case("missing type", site -> write(site, NEWS, "---\ntitle: Our new website\ndate: 2024-04-02\n---\nBody\n"),
                        NEWS + ":2:1: the required field 'type' is missing"),
                new Case("unknown type", site -> write(site, NEWS, "---\ntitle: Our new website\ntype: newz\ndate: 2024-04-02\n---\nBody\n"),
                        NEWS + ":3:1: 'newz' is not one of: page, news, meeting, event, action, easyread"),
                new Case("missing required field", site -> replace(site, MEETING, "meeting_status: held\n", ""),
                        MEETING + ":2:1: the required field 'meeting_status' is missing"),
                new Case("misspelt field", site -> replace(site, MEETING, "committee:", "comittee:"),
                        MEETING + ":5:1: the field 'comittee' is not known"),
                new Case("unknown field with nothing close", site -> replace(site, PAGE, "summary: Who we are.", "colour: blue"),
                        PAGE + ":4:1: the field 'colour' is not known"),
                new Case("misspelt nested field", site -> replace(site, MEETING, "  step_free: true", "  step_fre: true"),
                        MEETING + ":11:3: the field 'step_fre' is not known in 'venue'"),
                new Case("impossible date", site -> replace(site, MEETING, "date: 2024-03-12", "date: 2024-02-30"),
                        MEETING + ":4:1: '2024-02-30' is not a real date"),
                new Case("date in the wrong form", site -> replace(site, NEWS, "date: 2024-04-02", "date: 02/04/2024"),
                        NEWS + ":4:1: '02/04/2024' is not a date written as YYYY-MM-DD"),
                new Case("value not in the list", site -> replace(site, MEETING, "meeting_status: held", "meeting_status: hled"),
                        MEETING + ":8:1: 'hled' is not one of: scheduled, held, cancelled, postponed"),
                new Case("time not HH:MM", site -> replace(site, MEETING, "start: \"14:00\"", "start: 2pm"),
                        MEETING + ":6:1: '2pm' is not in the form 'start' needs"),
                new Case("text where a number goes", site -> replace(site, ACTION, "progress: 50", "progress: fifty"),
                        ACTION + ":12:1: the field 'progress' should be a whole number, not text"),
                new Case("number out of range", site -> replace(site, ACTION, "progress: 50", "progress: 150"),
                        ACTION + ":12:1: '150' is more than 100, the most 'progress' can be"),
                new Case("text where a list goes", site -> replace(site, ACTION, "themes:\n  - engagement", "themes: engagement"),
                        ACTION + ":14:1: the field 'themes' should be a list, not text"),
                new Case("yes where true or false goes", site -> replace(site, MEETING, "step_free: true", "step_free: yes"),
                        MEETING + ":11:3: the field 'step_free' in 'venue' should be true or false, not text"),
                new Case("empty title", site -> replace(site, NEWS, "title: Our new website", "title:"),
                        NEWS + ":2:1: the field 'title' is empty"),
                new Case("summary too long", site -> replace(site, NEWS, "summary: The record of our meetings is now online.", "summary: " + "Long. ".repeat(60).strip()),
                        NEWS + ":5:1: the field 'summary' is 359 characters long, more than the 300 allowed"),
                new Case("done without completed", site -> replace(site, ACTION, "action_status: in-progress", "action_status: done"),
                        ACTION + ":11:1: the field 'completed' is missing: it is needed when 'action_status' is 'done'"),
                new Case("not taken forward without a reason", site -> replace(site, ACTION, "action_status: in-progress", "action_status: not-taken-forward"),
                        ACTION + ":11:1: the field 'reason' is missing: it is needed when 'action_status' is 'not-taken-forward'"),
                new Case("postponed without a new date", site -> replace(site, MEETING, "meeting_status: held", "meeting_status: postponed"),
                        MEETING + ":8:1: the field 'postponed_to' is missing: it is needed when 'meeting_status' is 'postponed'"),
                new Case("source with a meeting and an event", site -> replace(site, ACTION, "  meeting: 2024-03-12-peoples-partnership", "  meeting: 2024-03-12-peoples-partnership\n  event: health-walks"),
                        ACTION + ":7:1: 'source' should have only one of: meeting, event"),

                // References between files.
                new Case("committee not in data", site -> replace(site, MEETING, "committee: peoples-partnership", "committee: peoples-partnershp"),
                        MEETING + ":5:1: the committee 'peoples-partnershp' is not in data/committees.yaml"),
                new Case("owner not in data", site -> replace(site, ACTION, "owner: lewisham-council", "owner: lewisham-councl"),
                        ACTION + ":9:1: the organisation 'lewisham-councl' is not in data/organisations.yaml"),
                new Case("attendee's organisation not in data", site -> replace(site, MEETING, "  - organisation: lewisham-council", "  - organisation: the-council"),
                        MEETING + ":21:5: the organisation 'the-council' is not in data/organisations.yaml"),
                new Case("source meeting that does not exist", site -> replace(site, ACTION, "  meeting: 2024-03-12-peoples-partnership", "  meeting: 2024-03-13-peoples-partnership"),
                        ACTION + ":8:3: there is no meeting '2024-03-13-peoples-partnership'"),
                new Case("heard item that does not exist", site -> replace(site, EVENT_ACTION, "item: more-benches", "item: more-bench"),
                        EVENT_ACTION + ":9:3: the event 'health-walks' has no item 'more-bench' in its 'heard' list"),
                new Case("theme not in data", site -> replace(site, ACTION, "  - engagement", "  - engagment"),
                        ACTION + ":15:5: the theme 'engagment' is not in data/themes.yaml"),
                new Case("related action that does not exist", site -> replace(site, ACTION, "  - LPP-2024-02", "  - LPP-2024-09"),
                        ACTION + ":17:5: there is no action with the id 'LPP-2024-09'"),
                new Case("minutes approved at a meeting that does not exist", site -> replace(site, MEETING, "minutes_approved_at: 2024-05-14-peoples-partnership", "minutes_approved_at: 2024-05-15-peoples-partnership"),
                        MEETING + ":19:1: there is no meeting '2024-05-15-peoples-partnership'"),
                new Case("link to a page that does not exist", site -> replace(site, ACTION, "url: meetings/2024/2024-03-12-peoples-partnership/", "url: meetings/2024/2024-03-21-peoples-partnership/"),
                        ACTION + ":23:9: there is no page at 'meetings/2024/2024-03-21-peoples-partnership/' on this site"),
                new Case("paper whose file is missing", site -> replace(site, MEETING, "file: assets/papers/2024-03-12-action-log.pdf", "file: assets/papers/2024-03-12-action-logs.pdf"),
                        MEETING + ":17:5: the paper 'assets/papers/2024-03-12-action-logs.pdf' does not exist"),
                new Case("duplicate action id", site -> write(site, "content/actions/lpp-2024-03.md", ValidationFixture.action()),
                        "content/actions/lpp-2024-03.md:5:1: the id 'LPP-2024-01' is also used by " + ACTION),
                new Case("duplicate file name in one type", site -> write(site, "content/news/2025/new-website.md", "---\ntitle: Another\ntype: news\ndate: 2025-01-02\n---\nBody\n"),
                        "content/news/2025/new-website.md: another news item has the same file name: " + NEWS),
                new Case("two files for one address", site -> write(site, "content/about.adoc", "---\ntitle: About\ntype: page\n---\nWho we are.\n"),
                        "content/about.md: another file would be published at the same address, about/: content/about.adoc"),
                new Case("file name with capitals and spaces", site -> write(site, "content/news/2024/Big News.md", "---\ntitle: Big news\ntype: news\ndate: 2024-04-02\n---\nBody\n"),
                        "content/news/2024/Big News.md: the file name 'Big News.md' should be lower case, with words joined by hyphens, because it becomes the page's address"),
                new Case("action file not named after its id", site -> {
                    move(site, EVENT_ACTION, "content/actions/benches.md");
                }, "content/actions/benches.md:5:1: the file name should be the id in lower case, lpp-2024-02"),
                new Case("meeting file not named after its date", site -> write(site, "content/meetings/2024/board.md",
                                "---\ntitle: Board meeting\ntype: meeting\ndate: 2024-07-09\ncommittee: peoples-partnership\nstart: \"14:00\"\n"
                                        + "meeting_status: scheduled\n---\nThe agenda will be published a week before.\n"),
                        "content/meetings/2024/board.md:4:1: a meeting's file name starts with its date, but 'board.md' does not start with 2024-07-09"),
                new Case("file name's date differs from the date", site -> replace(site, MEETING, "date: 2024-03-12", "date: 2024-03-19"),
                        MEETING + ":4:1: the file name starts with 2024-03-12 but the date is 2024-03-19"),

                // Data files.
                new Case("committee colour that is no CSS colour name", site -> replaceFirst(site, "data/committees.yaml", "colour: darkblue", "colour: dark-blue"),
                        "data/committees.yaml:33:3: 'dark-blue' is not one of the allowed values"),
                new Case("committee member's organisation not in data", site -> replaceFirst(site, "data/committees.yaml", "organisation: sel-ics", "organisation: sel-icb"),
                        "data/committees.yaml:8:7: the organisation 'sel-icb' is not in data/organisations.yaml"),
                new Case("duplicate id in a data file", site -> append(site, "data/themes.yaml", "- id: access\n  name: Access again\n"),
                        "data/themes.yaml:18:3: the id 'access' is used twice in this file (first in entry 7)"),
                new Case("site address without a final slash", site -> replace(site, "data/site.yaml", "url: https://example.github.io/lewisham-health-and-care/", "url: https://example.github.io/lewisham-health-and-care"),
                        "data/site.yaml:6:1: 'https://example.github.io/lewisham-health-and-care' is not in the form 'url' needs"),
                new Case("broken YAML in a data file", site -> append(site, "data/themes.yaml", "- id: extra\n\tname: Tabbed\n"),
                        "data/themes.yaml:19:1: this line is indented with a tab"),

                // Bodies.
                new Case("image without alt text", site -> append(site, NEWS, "\n![](../../../assets/images/walk.jpg)\n"),
                        NEWS + ":9:1: the image '../../../assets/images/walk.jpg' has no alt text"),
                new Case("HTML image without alt text", site -> append(site, NEWS, "\n<img src=\"walk.jpg\">\n"),
                        NEWS + ":9:1: an <img> tag has no alt text"),
                new Case("script tag", site -> append(site, NEWS, "\n<script>alert(1)</script>\n"),
                        NEWS + ":9:1: the body contains a <script> tag, which is not allowed on this site"),
                new Case("iframe", site -> append(site, PAGE, "\n<iframe src=\"https://example.org/\"></iframe>\n"),
                        PAGE + ":8:1: the body contains an <iframe> tag, which is not allowed on this site"),
                new Case("inline event handler", site -> append(site, PAGE, "\n<p onclick=\"steal()\">Hello</p>\n"),
                        PAGE + ":8:1: the body contains an inline event handler (an 'on...=' attribute), which could run code"),
                new Case("javascript: link", site -> append(site, NEWS, "\n[Click here](javascript:alert(1))\n"),
                        NEWS + ":9:1: the link 'javascript:alert(1)' could run code in a reader's browser"),
                new Case("javascript: link hidden by a character reference", site -> append(site, NEWS, "\n[Click here](jav&#x61;script:alert(1))\n"),
                        NEWS + ":9:1: the link 'jav&#x61;script:alert(1)' could run code in a reader's browser"),
                new Case("AsciiDoc image without alt text", site -> write(site, "content/news/2024/walks.adoc", "---\ntitle: Walks\ntype: news\ndate: 2024-05-01\n---\nWe walked.\n\nimage::walk.jpg[]\n"),
                        "content/news/2024/walks.adoc:8:1: the image 'walk.jpg' has no alt text"),
                new Case("AsciiDoc passthrough script", site -> write(site, "content/news/2024/walks.adoc", "---\ntitle: Walks\ntype: news\ndate: 2024-05-01\n---\n++++\n<script>alert(1)</script>\n++++\n"),
                        "content/news/2024/walks.adoc:7:1: the body contains a <script> tag, which is not allowed on this site"));
    }

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeIsOneProblemOnItsLineAndNothingIsPublished(Case mistake) throws IOException {
        Path site = ValidationFixture.write(work.resolve("site"));
        mistake.mistake().accept(site);
        Path output = work.resolve("output");
        Files.createDirectories(output);
        Files.writeString(output.resolve("previous.html"), "the site built before");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SiteCommand.run(new String[] {"build", "--source", site.toString(), "--output", output.toString(), "--today", FIXED},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());

        String errors = err.toString(StandardCharsets.UTF_8);
        String printed = out.toString(StandardCharsets.UTF_8) + errors;
        List<String> lines = errors.lines().toList();
        assertThat(status).as(printed).isEqualTo(SiteCommand.SOURCE_PROBLEMS);
        assertThat(lines).as(printed).first().isEqualTo("The build stopped: 1 problem needs fixing. Nothing was published.");
        assertThat(lines).as(printed).hasSize(2);
        String problem = lines.get(1);
        assertThat(problem).startsWith(mistake.expected() + " (");
        assertThat(problem).endsWith(")");
        assertThat(printed).doesNotContain("\tat ", "Exception", "Caused by");
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left.map(path -> path.getFileName().toString()).sorted().toList()).containsExactly("output", "site");
        }
        try (Stream<Path> files = Files.list(output)) {
            assertThat(files.map(path -> path.getFileName().toString()).toList()).containsExactly("previous.html");
        }
        assertThat(Files.readString(output.resolve("previous.html"))).isEqualTo("the site built before");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeIsShownInTheEditingGuide(Case mistake) throws IOException {
        String guide = Files.readString(Path.of("docs/editing.md"));
        assertThat(guide).as("docs/editing.md shows the message for: %s", mistake.name()).contains(mistake.expected() + " (");
    }

    // Ways of breaking a site.

    private static void write(Path site, String path, String text) {
        ValidationFixture.write(site, path, text);
    }

    private static void write(Path site, String path, byte[] bytes) {
        ValidationFixture.write(site, path, bytes);
    }

    private static void replace(Path site, String path, String from, String to) {
        try {
            String text = Files.readString(site.resolve(path));
            if (!text.contains(from)) {
                throw new IllegalArgumentException(path + " does not contain " + from);
            }
            Files.writeString(site.resolve(path), text.replace(from, to));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void replaceFirst(Path site, String path, String from, String to) {
        try {
            String text = Files.readString(site.resolve(path));
            int at = text.indexOf(from);
            if (at < 0) {
                throw new IllegalArgumentException(path + " does not contain " + from);
            }
            Files.writeString(site.resolve(path), text.substring(0, at) + to + text.substring(at + from.length()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void append(Path site, String path, String text) {
        try {
            Files.writeString(site.resolve(path), Files.readString(site.resolve(path)) + text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void move(Path site, String from, String to) {
        try {
            Files.move(site.resolve(from), site.resolve(to));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (Object part : parts) {
            byte[] more = part instanceof byte[] raw ? raw : part.toString().getBytes(StandardCharsets.UTF_8);
            bytes.writeBytes(more);
        }
        return bytes.toByteArray();
    }
}
