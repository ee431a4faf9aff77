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
import java.util.Map;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.problem.Problem;
import org.publicrecord.testing.BuiltSite;
import org.publicrecord.validate.ValidationFixture;

/**
 * {@code new TYPE "TITLE"} makes a document from the type's template, dated today or the day
 * {@code --date} gives, under the file name the content model asks for; the document fails the
 * validator only for the template's examples still to replace, and passes once they are
 * replaced; an existing file is never overwritten.
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
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Fill it in, then preview it with: ./mvnw -q compile exec:java -Dsite.args=\"preview --drafts\"");
    }

    @Test
    void everyTypeMakesADocumentThatFailsOnlyForItsExamplesUntilTheyAreReplaced() throws IOException {
        List<Path> made = List.of(
                created("meeting", "Board meeting", "content/meetings/2026/2026-11-22-board-meeting.md"),
                created("event", "Health walks in Ladywell Fields", "content/events/2026/health-walks-in-ladywell-fields.md"),
                created("news", "Crème brûlée: a \"taste\" of Łódź", "content/news/2026/creme-brulee-a-taste-of-odz.md"),
                created("page", "Get involved again", "content/get-involved-again.md"),
                created("easyread", "Easy Read: the March meeting", "content/easy-read/easy-read-the-march-meeting.md"),
                created("action", "Add the dates to the council's calendar", "content/actions/lpp-2026-01.md"));

        List<Problem> problems = ValidationFixture.validate(site);
        assertOnlyExamples(problems);
        for (Path file : made) {
            assertThat(problems).as("%s has examples to replace", file).anyMatch(problem -> site.resolve(problem.file()).equals(file));
        }

        fillIn(problems);
        List<Problem> after = ValidationFixture.validate(site);
        assertThat(after).as(after.toString()).isEmpty();
    }

    @Test
    void actionDatedInAnEarlierYearTakesTheNextFreeIdOfThatYear() throws IOException {
        for (int number = 1; number <= 3; number++) {
            ValidationFixture.write(site, "content/actions/lpp-2025-0" + number + ".md", ValidationFixture.action()
                    .replace("id: LPP-2024-01", "id: LPP-2025-0" + number).replace("date: 2024-03-12", "date: 2025-01-21")
                    .replace("  - LPP-2024-02\n", "  - LPP-2024-01\n"));
        }
        assertThat(ValidationFixture.validate(site)).isEmpty();

        assertThat(run("action", "Print the meeting dates", "--date", "2025-06-10")).isEqualTo(NewDocument.CREATED);

        Path file = site.resolve("content/actions/lpp-2025-04.md");
        assertThat(Files.readString(file)).contains("\nid: LPP-2025-04\n", "\ndate: 2025-06-10\n", "\ntitle: Print the meeting dates\n");
        List<Problem> problems = ValidationFixture.validate(site);
        assertOnlyExamples(problems);
        assertThat(problems).allMatch(problem -> problem.file().equals("content/actions/lpp-2025-04.md"));
        assertThat(problems).extracting(Problem::message).anyMatch(message -> message.startsWith("'said' still holds the template's example"));
        fillIn(problems);
        assertThat(ValidationFixture.validate(site)).isEmpty();
    }

    @Test
    void meetingOnAnotherDayIsNamedAndDatedAfterThatDay() throws IOException {
        assertThat(run("meeting", "People's Partnership meeting", "--date", "2024-03-26")).isEqualTo(NewDocument.CREATED);

        Path file = site.resolve("content/meetings/2024/2024-03-26-peoples-partnership-meeting.md");
        assertThat(Files.readString(file)).contains("\ndate: 2024-03-26\n", "\nmeeting_status: scheduled\n");
        List<Problem> problems = ValidationFixture.validate(site);
        assertOnlyExamples(problems);
        assertThat(problems).allMatch(problem -> problem.file().equals("content/meetings/2024/2024-03-26-peoples-partnership-meeting.md"));
        assertThat(problems).extracting(Problem::message).anyMatch(message -> message.startsWith("'name' in 'venue' still holds"));
        fillIn(problems);
        assertThat(ValidationFixture.validate(site)).isEmpty();
    }

    @Test
    void dateMustBeADay() {
        assertThat(run("news", "Our news", "--date", "12/03/2024")).isEqualTo(NewDocument.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--date", "usage: new TYPE \"TITLE\" [--date YYYY-MM-DD]");
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

    private Path created(String type, String title, String path) {
        assertThat(run(type, title)).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(NewDocument.CREATED);
        Path file = site.resolve(path);
        assertThat(file).exists();
        return file;
    }

    /** Every problem is a template's example left in, told on its own line, which holds it. */
    private void assertOnlyExamples(List<Problem> problems) throws IOException {
        assertThat(problems).isNotEmpty();
        for (Problem problem : problems) {
            assertThat(problem.message()).as(problem.toString()).contains(" still holds the template's example \"REPLACE ");
            assertThat(problem.fix()).as(problem.toString()).startsWith("replace this example");
            String line = Files.readAllLines(site.resolve(problem.file())).get(problem.line() - 1);
            assertThat(line).as(problem.toString()).contains("\"REPLACE ");
        }
    }

    /** What an editor writes in place of each example, by the field the problem names. */
    private static final Map<String, String> REAL = Map.ofEntries(
            Map.entry("'summary'", "Where things stand."),
            Map.entry("'said'", "People do not know when meetings are."),
            Map.entry("'meeting' in 'source'", "2024-03-12-peoples-partnership"),
            Map.entry("'owner'", "lewisham-council"),
            Map.entry("'lead_role'", "Communications Manager"),
            Map.entry("'due'", "2027-03-31"),
            Map.entry("item 1 of 'themes'", "engagement"),
            Map.entry("'committee'", "peoples-partnership"),
            Map.entry("'start'", "\"10:00\""),
            Map.entry("'end'", "\"12:00\""),
            Map.entry("'name' in 'venue'", "Deptford Lounge"),
            Map.entry("'address' in 'venue'", "Giffin Street, London SE8 4RJ"),
            Map.entry("'step_free' in 'venue'", "true"),
            Map.entry("'hearing_loop' in 'venue'", "false"),
            Map.entry("'transport' in 'venue'", "Deptford station is a short walk away."),
            Map.entry("'access_notes' in 'venue'", "The room is on the ground floor."),
            Map.entry("'url' in 'online'", "\"mailto:team@example.org\""),
            Map.entry("'instructions' in 'online'", "Email us and we will send you a link."),
            Map.entry("'title' in item 1 of 'workshops'", "Keeping well"),
            Map.entry("'summary' in item 1 of 'workshops'", "How to stay well."),
            Map.entry("'id' in item 1 of 'heard'", "more-seats"),
            Map.entry("'text' in item 1 of 'heard'", "There should be more seats."),
            Map.entry("'of'", "meetings/2024/2024-03-12-peoples-partnership"),
            Map.entry("'text' in item 1 of 'points'", "The group met in March."),
            Map.entry("'picture' in item 1 of 'points'", "images/easy-read/meeting.svg"),
            Map.entry("'alt' in item 1 of 'points'", "People sitting around a table"));

    /** Replaces each example a problem names with a real value, on the problem's line. */
    private void fillIn(List<Problem> problems) throws IOException {
        for (Problem problem : problems) {
            String field = problem.message().substring(0, problem.message().indexOf(" still holds"));
            assertThat(REAL).as("a real value for %s", field).containsKey(field);
            Path file = site.resolve(problem.file());
            List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
            String line = lines.get(problem.line() - 1);
            lines.set(problem.line() - 1, line.substring(0, line.indexOf("\"REPLACE ")) + REAL.get(field));
            Files.write(file, lines);
        }
    }

    private int run(String... words) {
        List<String> all = new java.util.ArrayList<>(List.of(words));
        all.addAll(List.of("--source", site.toString(), "--today", "2026-11-22"));
        return NewDocument.run(new ArrayDeque<>(all), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
