package org.publicrecord.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.build.FileChanges;
import org.publicrecord.problem.Problem;

/**
 * The watched check: once the site is found clean, a link, a second name or an unsafe SVG the
 * watcher names is refused as a whole check refuses it, and anything it missed has the whole site
 * checked again.
 */
class SiteFilesTest {

    @TempDir
    Path site;
    @TempDir
    Path elsewhere;
    private final FileChanges changes = new FileChanges();
    private final Map<Object, Object> memo = new ConcurrentHashMap<>();

    @BeforeEach
    void writeSite() throws IOException {
        write("content/news/2024/one.md", "---\ntitle: One\n---\n");
        write("assets/images/plan.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>");
        write("templates/page.peb", "{{ content.body }}");
        Files.createDirectories(site.resolve("data"));
        changes.watched();
        assertThat(check()).isEmpty();
    }

    @Test
    void aLinkTheWatcherNamesIsRefusedAsAWholeCheckRefusesIt() throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("secret.md"), "not the site's");
        Files.createSymbolicLink(site.resolve("content/news/2024/two.md"), secret);
        changes.changed(site.resolve("content/news/2024/two.md"));

        List<Problem> found = check();

        assertThat(found).extracting(Problem::file).containsExactly("content/news/2024/two.md");
        assertThat(found).isEqualTo(SiteFiles.check(site));
    }

    @Test
    void aHardLinkAndAnUnsafePictureInAFolderTheWatcherNamesAreRefused() throws IOException {
        Path folder = Files.createDirectories(site.resolve("assets/new"));
        Files.createLink(folder.resolve("copy.md"), site.resolve("content/news/2024/one.md"));
        Files.writeString(folder.resolve("map.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        changes.changedUnder(folder);

        // The original has a second name now too: the whole check that follows the finding names both.
        assertThat(check()).extracting(Problem::file)
                .containsExactly("content/news/2024/one.md", "assets/new/copy.md", "assets/new/map.svg");
    }

    @Test
    void aFolderReplacedByALinkIsRefused() throws IOException {
        PathUtils.deleteDirectory(site.resolve("templates"));
        Files.createSymbolicLink(site.resolve("templates"), elsewhere);
        changes.changedUnder(site.resolve("templates"));

        assertThat(check()).extracting(Problem::file).containsExactly("templates/");
    }

    @Test
    void whatTheWatcherMissedIsFoundOnceItLostTrack() throws IOException {
        Files.createSymbolicLink(site.resolve("data/site.yaml"), Files.writeString(elsewhere.resolve("site.yaml"), "x: 1"));
        changes.lostTrack();

        assertThat(check()).extracting(Problem::file).containsExactly("data/site.yaml");
    }

    @Test
    void aFixedSiteIsCleanAgainAndDeletedFilesAreNoProblem() throws IOException {
        Path link = Files.createSymbolicLink(site.resolve("content/two.md"), site.resolve("content/news/2024/one.md"));
        changes.changed(link);
        assertThat(check()).hasSize(1);

        Files.delete(link);
        changes.changed(link);
        Files.delete(site.resolve("assets/images/plan.svg"));
        changes.changed(site.resolve("assets/images/plan.svg"));
        assertThat(check()).isEmpty();
        changes.changed(site.resolve("content/news/2024/one.md"));
        assertThat(check()).isEmpty();
    }

    private List<Problem> check() {
        return SiteFiles.check(site, changes.take(), memo);
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
