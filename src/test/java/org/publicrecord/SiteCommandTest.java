package org.publicrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit statuses, usage, and annotations on the pull request's lines in CI. */
class SiteCommandTest {

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void inGitHubActionsEachProblemIsAlsoAnAnnotationOnItsLine() throws IOException {
        Path site = brokenSite();
        int status = run(Map.of("GITHUB_ACTIONS", "true"), "build", "--source", site.toString(), "--output", work.resolve("out").toString(),
                "--today", "2024-06-01");
        assertThat(status).isEqualTo(SiteCommand.SOURCE_PROBLEMS);
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .contains("content/about.md:1:1: the front matter that starts on line 1 is never closed "
                        + "(add a line with three dashes (---) after the last field)")
                .contains("::error file=content/about.md,line=1,col=1::the front matter that starts on line 1 is never closed "
                        + "(add a line with three dashes (---) after the last field)");
    }

    @Test
    void elsewhereProblemsArePlainLinesOnly() throws IOException {
        Path site = brokenSite();
        run(Map.of(), "build", "--source", site.toString(), "--output", work.resolve("out").toString(), "--today", "2024-06-01");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("::error");
    }

    @Test
    void aWrongCommandLineSaysWhatIsWrongAndHowToUseIt() {
        assertThat(run(Map.of(), "build", "--today", "12/03/2024")).isEqualTo(SiteCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--today takes a date such as 2024-03-12, not '12/03/2024'")
                .contains("usage: build|preview");
        assertThat(run(Map.of(), "bake")).isEqualTo(SiteCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'bake'");
    }

    private Path brokenSite() throws IOException {
        Path site = work.resolve("site");
        Files.createDirectories(site);
        PathUtils.copyDirectory(Path.of("src/test/resources/sites/engine"), site);
        Files.delete(site.resolve("content/news/2024/third-report.adoc"));
        Files.writeString(site.resolve("content/about.md"), "---\ntitle: About\ntype: page\n");
        return site;
    }

    private int run(Map<String, String> environment, String... args) {
        return SiteCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment);
    }
}
