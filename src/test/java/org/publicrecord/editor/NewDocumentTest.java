package org.publicrecord.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.problem.Problem;
import org.publicrecord.testing.BuiltSite;
import org.publicrecord.validate.ValidationFixture;

/**
 * {@code new TYPE "TITLE"} makes a document from the type's template, dated today, under the
 * file name the content model asks for; the document passes the validator as it is, and an
 * existing file is never overwritten.
 */
class NewDocumentTest {

    @TempDir
    Path work;
    Path site;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void site() throws IOException {
        site = ValidationFixture.write(work.resolve("site"));
        PathUtils.copyDirectory(BuiltSite.EXAMPLE_SITE.resolve("content/_templates"), site.resolve("content/_templates"));
    }

    @Test
    void meetingIsDatedTodayAndNamedAfterItsTitle() throws IOException {
        assertThat(run("meeting", "People's Partnership meeting")).isEqualTo(NewDocument.CREATED);

        Path file = site.resolve("content/meetings/2026/2026-11-22-peoples-partnership-meeting.md");
        String text = Files.readString(file);
        assertThat(text).contains("\ntitle: People's Partnership meeting\n", "\ndate: 2026-11-22\n", "\nstatus: draft\n");
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Created content/meetings/2026/2026-11-22-peoples-partnership-meeting.md");
    }

    @Test
    void everyTypeMakesADocumentThatPassesTheValidator() throws IOException {
        // The templates refer to this site's committees, organisations and meetings, as real documents do.
        site = work.resolve("example");
        for (String part : List.of("content", "data", "assets")) {
            Files.createDirectories(site.resolve(part));
            PathUtils.copyDirectory(BuiltSite.EXAMPLE_SITE.resolve(part), site.resolve(part));
        }
        run("meeting", "Board meeting");
        run("event", "Health walks in Ladywell Fields");
        run("news", "Crème brûlée: a \"taste\" of Łódź");
        run("page", "Get involved again");
        String actionId = NewDocument.nextActionId(site, "LPP", 2026);
        run("action", "Add the dates to the council's calendar");

        assertThat(Files.exists(site.resolve("content/meetings/2026/2026-11-22-board-meeting.md"))).isTrue();
        assertThat(Files.exists(site.resolve("content/events/2026/health-walks-in-ladywell-fields.md"))).isTrue();
        assertThat(Files.exists(site.resolve("content/news/2026/creme-brulee-a-taste-of-odz.md"))).isTrue();
        assertThat(Files.exists(site.resolve("content/get-involved-again.md"))).isTrue();
        assertThat(Files.exists(site.resolve("content/actions/" + actionId.toLowerCase(java.util.Locale.ROOT) + ".md"))).isTrue();
        List<Problem> problems = ValidationFixture.validate(site);
        assertThat(problems).as(problems.toString()).isEmpty();
    }

    @Test
    void actionTakesTheNextFreeIdOrTheOneGiven() throws IOException {
        run("action", "First");
        run("action", "Second");
        run("action", "Chosen", "--id", "LPP-2026-09");

        assertThat(Files.readString(site.resolve("content/actions/lpp-2026-01.md"))).contains("\nid: LPP-2026-01\n", "\ntitle: First\n");
        assertThat(Files.readString(site.resolve("content/actions/lpp-2026-02.md"))).contains("\nid: LPP-2026-02\n");
        assertThat(Files.readString(site.resolve("content/actions/lpp-2026-09.md"))).contains("\nid: LPP-2026-09\n");
    }

    @Test
    void neverOverwritesAFile() throws IOException {
        run("news", "Our news");
        Path file = site.resolve("content/news/2026/our-news.md");
        Files.writeString(file, "edited by hand");

        assertThat(run("news", "Our news")).isEqualTo(NewDocument.NOT_CREATED);
        assertThat(Files.readString(file)).isEqualTo("edited by hand");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("content/news/2026/our-news.md already exists, and was left as it is");
    }

    @Test
    void unknownTypeSuggestsTheNearestOne() {
        assertThat(run("meetng", "A meeting")).isEqualTo(NewDocument.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("'meetng' is not a type of document (did you mean 'meeting'?)");
    }

    @Test
    void titleIsRequired() {
        assertThat(run("news")).isEqualTo(NewDocument.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("give the news's title after its type, in quotes");
    }

    @Test
    void titlesAreWrittenSoYamlReadsThemBack() {
        assertThat(NewDocument.yamlText("People's Partnership meeting")).isEqualTo("People's Partnership meeting");
        assertThat(NewDocument.yamlText("Agenda: item one")).isEqualTo("\"Agenda: item one\"");
        assertThat(NewDocument.yamlText("2024")).isEqualTo("\"2024\"");
        assertThat(NewDocument.yamlText("\"Quoted\" words")).isEqualTo("\"\\\"Quoted\\\" words\"");
        assertThat(NewDocument.slug("İlkay’s Café — 2024!")).isEqualTo("ilkays-cafe-2024");
    }

    private int run(String... words) {
        List<String> all = new java.util.ArrayList<>(List.of(words));
        all.addAll(List.of("--source", site.toString(), "--today", "2026-11-22"));
        return NewDocument.run(new ArrayDeque<>(all), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
