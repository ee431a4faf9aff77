package org.publicrecord.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.build.BuildOptions;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.pipeline.SiteBuild;
import org.publicrecord.testing.BuiltSite;

/**
 * A draft, and a document whose publish date is still to come, appear in no output at all:
 * no page, no list, no feed, no sitemap, no data export, no calendar. The preview asked for
 * drafts shows a draft with its banner, and still holds back what is embargoed.
 */
class DraftsAndFutureTest {

    /** Words that appear only in the held-back documents, so that any output leaking them is found. */
    private static final String DRAFT_WORD = "Quillwort";
    private static final String EMBARGOED_WORD = "Bladderwrack";

    @TempDir
    Path work;
    Path site;

    @BeforeEach
    void writeSite() {
        site = ValidationFixture.write(work.resolve("site"));
        ValidationFixture.write(site, "content/news/2024/draft-story.md", """
                ---
                title: Quillwort draft story
                type: news
                status: draft
                date: 2024-05-01
                summary: Quillwort summary.
                ---
                Quillwort body.
                """);
        ValidationFixture.write(site, "content/news/2026/embargoed-story.md", """
                ---
                title: Bladderwrack embargoed story
                type: news
                date: 2026-11-01
                publish_date: 2026-12-01
                summary: Bladderwrack summary.
                ---
                Bladderwrack body.
                """);
        ValidationFixture.write(site, "content/meetings/2024/2024-07-09-peoples-partnership.md", """
                ---
                title: Quillwort meeting
                type: meeting
                status: draft
                date: 2024-07-09
                committee: peoples-partnership
                start: "14:00"
                meeting_status: scheduled
                ---
                Quillwort agenda.
                """);
        ValidationFixture.write(site, "content/actions/lpp-2024-03.md", """
                ---
                title: Quillwort action
                type: action
                status: draft
                date: 2024-03-12
                id: LPP-2024-03
                said: Quillwort said.
                source:
                  meeting: 2024-03-12-peoples-partnership
                owner: lewisham-council
                lead_role: Quillwort Lead
                action_status: open
                ---
                Quillwort action body.
                """);
        ValidationFixture.write(site, "content/events/2026/embargoed-event.md", """
                ---
                title: Bladderwrack event
                type: event
                date: 2026-11-20
                publish_date: 2027-01-01
                ---
                Bladderwrack event body.
                """);
    }

    @Test
    void heldBackDocumentsAreInNoOutput() throws IOException {
        BuiltSite built = ValidationFixture.build(site, work.resolve("output"), ValidationFixture.TODAY);

        assertThat(textFilesContaining(built.output(), DRAFT_WORD)).isEmpty();
        assertThat(textFilesContaining(built.output(), EMBARGOED_WORD)).isEmpty();
        assertThat(built.exists("news/2024/draft-story/index.html")).isFalse();
        assertThat(built.exists("news/2026/embargoed-story/index.html")).isFalse();
        assertThat(built.exists("meetings/2024/2024-07-09-peoples-partnership/index.html")).isFalse();
        assertThat(built.exists("actions/lpp-2024-03/index.html")).isFalse();
        assertThat(built.exists("events/2026/embargoed-event/index.html")).isFalse();
        // The published documents beside them are there, so the checks above are not vacuous.
        assertThat(built.exists("news/2024/new-website/index.html")).isTrue();
        assertThat(built.text("sitemap.xml")).contains("news/2024/new-website/").doesNotContain("draft-story", "embargoed");
        assertThat(built.text("feed.xml")).contains("Our new website").doesNotContain("draft-story", "embargoed");
        assertThat(built.page("news/").text()).contains("Our new website");
    }

    @Test
    void embargoedDocumentIsPublishedOnItsDay() {
        BuiltSite built = ValidationFixture.build(site, work.resolve("output"), java.time.LocalDate.of(2026, 12, 1));

        assertThat(built.exists("news/2026/embargoed-story/index.html")).isTrue();
        assertThat(built.text("sitemap.xml")).contains("news/2026/embargoed-story/");
        assertThat(built.exists("news/2024/draft-story/index.html")).isFalse();
    }

    @Test
    void previewWithDraftsShowsThemWithABanner() throws IOException {
        Path output = work.resolve("preview");
        new SiteBuild(new BuildOptions(site, output, ValidationFixture.TODAY, true, 2), PhaseLog.silent()).run();
        BuiltSite preview = new BuiltSite(output);

        assertThat(preview.page("news/2024/draft-story/").select(".banner--draft").text()).startsWith("Draft");
        assertThat(preview.page("news/2024/new-website/").select(".banner--draft")).isEmpty();
        assertThat(textFilesContaining(output, EMBARGOED_WORD)).isEmpty();
    }

    /** Every file under {@code folder} that is text (UTF-8) and contains {@code word}. */
    static List<String> textFilesContaining(Path folder, String word) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                try {
                    String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
                    if (text.contains(word)) {
                        found.add(folder.relativize(file).toString());
                    }
                } catch (CharacterCodingException binary) {
                    // Images and PDFs cannot hold a document's words.
                }
            }
        }
        return found;
    }
}
