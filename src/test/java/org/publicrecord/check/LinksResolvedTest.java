package org.publicrecord.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.build.BuildCache;
import org.publicrecord.build.WrittenPages;
import org.publicrecord.problem.BuildFailure;

/** Checks with a cache follow again only the links of pages that changed, and everything when a change could break a link elsewhere. */
class LinksResolvedTest {

    private static final String SITE_URL = "https://example.test/partnership/";
    private static final Map<String, String> SOURCES = Map.of("meetings/index.html", "content/meetings.md");

    @TempDir
    Path folder;

    private Path built;

    @BeforeEach
    void aSiteWhoseLinksResolve() throws Exception {
        built = folder.resolve("site");
        write("index.html", "<a href=\"meetings/\">Meetings</a> <a href=\"about/\">About</a>");
        write("about/index.html", "<a href=\"../\">Home</a> <a href=\"../old.html#part\">an old page</a>");
        write("old.html/index.html", "<h2 id=\"part\">A part</h2>");
        write("meetings/index.html", "<a href=\"2024/budget/#decisions\">Budget decisions</a> <a href=\"../about/\">About</a>");
        write("meetings/2024/budget/index.html", "<h2 id=\"decisions\">Decisions</h2><a href=\"../../\">Meetings</a>");
        assertThat(check()).doesNotContain("followed");
    }

    private void write(String path, String body) throws Exception {
        Path file = built.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>" + body + "</body></html>");
    }

    /** One build's check, in a process of its own: the cache is read afresh and saved after. */
    private String check() {
        BuildCache cache = BuildCache.of(folder);
        try {
            return SiteChecks.run(built, SOURCES, SITE_URL, 2, cache, WrittenPages.unknown(built), () -> { });
        } finally {
            cache.save();
        }
    }

    @Test
    void withNothingChangedNoLinkIsFollowedAgainAndWithOnePageChangedOnlyItsAre() throws Exception {
        assertThat(check()).contains("5 pages, 7 links resolve (no page changed since they last did)");
        // A check that followed nothing writes nothing, and the record it found stays for the next.
        assertThat(check()).contains("5 pages, 7 links resolve (no page changed since they last did)");
        write("meetings/2024/budget/index.html", "<h2 id=\"decisions\">Decisions</h2><p>Agreed.</p><a href=\"../../\">Meetings</a>");
        assertThat(check()).contains("5 pages, 7 links resolve (those on 1 changed page followed, the rest as they last resolved)");
        write("contact/index.html", "<a href=\"../about/\">About</a>");
        assertThat(check()).contains("6 pages, 8 links resolve (those on 1 changed page followed");
    }

    @Test
    void aChangedPageWithABrokenLinkStopsTheCheck() throws Exception {
        write("meetings/2024/budget/index.html", "<h2 id=\"decisions\">Decisions</h2><a href=\"../../2023/\">Last year</a>");
        assertThatThrownBy(this::check).isInstanceOf(BuildFailure.class).hasMessageContaining("'../../2023/'");
    }

    @Test
    void aBrokenPageStaysBrokenForTheNextBuildThoughItDidNotChangeSince() throws Exception {
        write("meetings/2024/budget/index.html", "<h2 id=\"decisions\">Decisions</h2><a href=\"../../2023/\">Last year</a>");
        assertThatThrownBy(this::check).isInstanceOf(BuildFailure.class);
        assertThatThrownBy(this::check).isInstanceOf(BuildFailure.class).hasMessageContaining("'../../2023/'");
    }

    @Test
    void aPageGoneThatAnUnchangedPageLinksToIsFound() throws Exception {
        Files.delete(built.resolve("meetings/2024/budget/index.html"));
        assertThatThrownBy(this::check).isInstanceOfSatisfying(BuildFailure.class, failure -> assertThat(failure.problems())
                .singleElement().satisfies(problem -> {
                    assertThat(problem.file()).isEqualTo("content/meetings.md");
                    assertThat(problem.message()).contains("'2024/budget/#decisions'", "leads to no page");
                }));
    }

    @Test
    void anIdGoneThatAnUnchangedPageLinksToIsFound() throws Exception {
        write("meetings/2024/budget/index.html", "<h2 id=\"decided\">Decisions</h2><a href=\"../../\">Meetings</a>");
        assertThatThrownBy(this::check).isInstanceOfSatisfying(BuildFailure.class, failure -> assertThat(failure.problems())
                .singleElement().satisfies(problem -> {
                    assertThat(problem.file()).isEqualTo("content/meetings.md");
                    assertThat(problem.message()).contains("'2024/budget/#decisions'", "points at '#decisions'");
                    assertThat(problem.fix()).contains("decided");
                }));
    }

    @Test
    void aFileGoneThatNoLinkLedToFollowsNoMoreThanTheChangedPages() throws Exception {
        Files.writeString(built.resolve("unlinked.txt"), "nobody links here");
        assertThat(check()).contains("(no page changed since they last did)");
        Files.delete(built.resolve("unlinked.txt"));
        assertThat(check()).contains("(no page changed since they last did)");
    }

    @Test
    void aFolderPageGoneThatALinkWithoutItsSlashLedToIsFound() throws Exception {
        // '../old.html#part' was led on to old.html/index.html, which has gone; a page named old.html takes the address.
        Files.delete(built.resolve("old.html/index.html"));
        Files.delete(built.resolve("old.html"));
        write("old.html", "<p>No parts here.</p>");
        assertThatThrownBy(this::check).isInstanceOf(BuildFailure.class).hasMessageContaining("'#part'");
    }

    @Test
    void anotherSiteAddressFollowsEveryLinkAgain() throws Exception {
        BuildCache cache = BuildCache.of(folder);
        assertThat(SiteChecks.run(built, SOURCES, "https://elsewhere.test/partnership/", 2, cache, WrittenPages.unknown(built), () -> { }))
                .doesNotContain("followed");
    }
}
