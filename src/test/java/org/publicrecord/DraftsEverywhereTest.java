package org.publicrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.testing.BuiltSite;

/**
 * {@code --drafts} (the preview's way of showing work in progress) builds the example site with a
 * draft of every type, each shown on its own page, however the others refer to it.
 */
class DraftsEverywhereTest {

    /** One document of each type, made a draft; with the address its page gets. */
    private static final Map<String, String> DRAFTS = Map.of(
            "content/meetings/2026/2026-03-17-peoples-partnership.md", "meetings/2026/2026-03-17-peoples-partnership/index.html",
            "content/actions/lpp-2026-05.md", "actions/lpp-2026-05/index.html",
            "content/news/2026/next-peoples-partnership-meeting.md", "news/2026/next-peoples-partnership-meeting/index.html",
            "content/events/2018/working-together-for-a-healthier-lewisham.md", "events/2018/working-together-for-a-healthier-lewisham/index.html",
            "content/partners.md", "partners/index.html");

    @TempDir
    Path work;

    @Test
    void theExampleSiteBuildsWithADraftOfEachType() throws IOException {
        Path site = Files.createDirectories(work.resolve("site"));
        for (String folder : List.of("content", "data", "assets", "templates")) {
            Files.createDirectories(site.resolve(folder));
            PathUtils.copyDirectory(BuiltSite.EXAMPLE_SITE.resolve(folder), site.resolve(folder));
        }
        Files.copy(BuiltSite.EXAMPLE_SITE.resolve("jbake.properties"), site.resolve("jbake.properties"));
        for (String file : DRAFTS.keySet()) {
            Path path = site.resolve(file);
            String text = Files.readString(path);
            assertThat(text).as(file).startsWith("---\n").doesNotContain("\nstatus:");
            Files.writeString(path, "---\nstatus: draft\n" + text.substring(4));
        }
        Path output = work.resolve("output");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SiteCommand.run(new String[] {"build", "--drafts", "--source", site.toString(), "--output", output.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());

        assertThat(status).as(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).isZero();
        for (String page : DRAFTS.values()) {
            assertThat(output.resolve(page)).as(page).isRegularFile();
            assertThat(Files.readString(output.resolve(page))).as(page).contains("banner--draft");
        }
    }
}
