package org.publicrecord.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.build.BuildCache;
import org.publicrecord.build.WrittenPages;
import org.publicrecord.testing.BuiltSite;

/**
 * The pages as Pagefind reads them: the example site's pages cut down give the index the whole
 * pages give, file for file; a page is cut only where nothing Pagefind reads is left out; and the
 * kept folder is brought to exactly what the pages give, rewriting only what differs.
 */
class SearchPagesTest {

    private static final String HEAD = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Minutes</title>"
            + "<meta name=\"search-type\" data-pagefind-filter=\"type[content]\" content=\"Meeting\"></head>";
    private static final String MAIN = "<main id=\"main-content\" data-pagefind-body><h1>Minutes</h1><p>The board agreed.</p></main>";

    @Test
    void theExampleSitesPagesCutDownGiveTheIndexTheWholePagesGive(@TempDir Path folder) throws IOException {
        BuiltSite site = BuiltSite.build(BuiltSite.EXAMPLE_SITE, folder.resolve("site"), LocalDate.of(2026, 11, 22));
        Path node = NodePackages.executable("node", System.getenv("PATH")).orElseThrow();
        Path whole = folder.resolve("index-of-whole-pages");
        NodePackages.run(BuiltSite.EXAMPLE_SITE, List.of(node.toString(), SearchIndex.RUNNER, "--site", site.output().toString(),
                "--output-path", whole.toString(), "--silent"), "Pagefind failed", "");
        SearchIndex.UNUSED.forEach(unused -> whole.resolve(unused).toFile().delete());

        Map<String, String> fromCutPages = PagefindFilesTest.filesOf(site.file(SearchIndex.BUNDLE));
        assertThat(fromCutPages).containsKey("pagefind-entry.json").hasSizeGreaterThan(20);
        assertThat(fromCutPages).isEqualTo(PagefindFilesTest.filesOf(whole));
    }

    @Test
    void aPageIsCutToItsHeadAndMarkedMain() {
        String page = HEAD + "<body><header><a href=\"/\">Lewisham Health and Care Partnership</a></header>" + MAIN
                + "<footer><a href=\"/privacy/\">Privacy</a></footer></body></html>";

        assertThat(SearchPages.cut(page)).isEqualTo(HEAD + "<body>" + MAIN + "</body></html>\n");
    }

    @Test
    void aPageWithAnythingPagefindReadsOutsideItsMainIsGivenWhole() {
        for (String outside : List.of("<h1>Partnership</h1>", "<img src=\"/logo.png\" alt=\"\">", "<p data-pagefind-meta=\"author\">Comms</p>")) {
            String page = HEAD + "<body><header>" + outside + "</header>" + MAIN + "</body></html>";
            assertThat(SearchPages.cut(page)).as(outside).isEqualTo(page);
        }
    }

    @Test
    void aPageWhoseCutIsNotPlainIsGivenWhole() {
        List<String> pages = List.of(
                HEAD + "<body>" + MAIN + MAIN + "</body></html>",
                HEAD + "<body><div data-pagefind-body><p>Heard</p></div></body></html>",
                HEAD + "<body><main><p>Before</p></main>" + MAIN + "</body></html>",
                "<html><body>" + MAIN + "</body></html>");
        for (String page : pages) {
            assertThat(SearchPages.cut(page)).as(page).isEqualTo(page);
        }
    }

    @Test
    void aPageWithoutTheMarkIsLeftOutEvenWhereItsTextNamesTheMark() {
        assertThat(SearchPages.cut(HEAD + "<body><main><p>Lists are not indexed.</p></main></body></html>")).isNull();
        assertThat(SearchPages.cut(HEAD + "<body><main><p>Pages carry data-pagefind-body.</p></main></body></html>")).isNull();
    }

    @Test
    void theKeptFolderIsBroughtToWhatThePagesGiveRewritingOnlyWhatDiffers(@TempDir Path folder) throws IOException {
        Path site = folder.resolve("site");
        Path read = folder.resolve("read");
        page(site, "meetings/one/index.html", HEAD + "<body>" + MAIN + "</body></html>");
        page(site, "meetings/two/index.html", HEAD + "<body>" + MAIN.replace("agreed", "heard") + "</body></html>");
        page(site, "meetings/index.html", HEAD + "<body><main><p>Every meeting</p></main></body></html>");
        List<String> pages = List.of("meetings/one/index.html", "meetings/two/index.html", "meetings/index.html");

        assertThat(SearchPages.update(site, pages, read, WrittenPages.unknown(site))).isEqualTo(new SearchPages.Sync(2, 3, 2, 0));
        assertThat(read.resolve("meetings/index.html")).doesNotExist();
        FileTime longAgo = FileTime.fromMillis(0);
        Files.setLastModifiedTime(read.resolve("meetings/one/index.html"), longAgo);
        Files.writeString(read.resolve("meetings/two/index.html"), "changed by something else");
        page(read, "meetings/withdrawn/index.html", HEAD + "<body>" + MAIN + "</body></html>");

        assertThat(SearchPages.update(site, pages, read, WrittenPages.unknown(site))).isEqualTo(new SearchPages.Sync(2, 3, 1, 1));
        assertThat(Files.getLastModifiedTime(read.resolve("meetings/one/index.html"))).isEqualTo(longAgo);
        assertThat(read.resolve("meetings/two/index.html")).content(StandardCharsets.UTF_8).isEqualTo(
                SearchPages.cut(Files.readString(site.resolve("meetings/two/index.html"))));
        assertThat(read.resolve("meetings/withdrawn")).doesNotExist();
    }

    @Test
    void whereNoPageIsMarkedEveryPageIsGivenWhole(@TempDir Path folder) throws IOException {
        Path site = folder.resolve("site");
        String page = HEAD + "<body><main><p>Every meeting</p></main></body></html>";
        page(site, "index.html", page);

        assertThat(SearchPages.update(site, List.of("index.html"), folder.resolve("read"), WrittenPages.unknown(site))).isEqualTo(new SearchPages.Sync(1, 1, 1, 0));
        assertThat(folder.resolve("read/index.html")).content(StandardCharsets.UTF_8).isEqualTo(page);
    }

    @Test
    void aPageTheRecordVouchesForIsNotReadAgainAndAnyOtherIs(@TempDir Path folder) throws IOException {
        Path site = folder.resolve("site");
        Path read = folder.resolve("read");
        BuildCache cache = BuildCache.of(folder);
        WrittenPages first = WrittenPages.under(site, cache);
        written(first, "meetings/one/index.html", HEAD + "<body>" + MAIN + "</body></html>");
        written(first, "meetings/two/index.html", HEAD + "<body>" + MAIN.replace("agreed", "heard") + "</body></html>");
        written(first, "meetings/index.html", HEAD + "<body><main><p>Every meeting</p></main></body></html>");
        first.save();
        List<String> pages = List.of("meetings/one/index.html", "meetings/two/index.html", "meetings/index.html");
        assertThat(SearchPages.update(site, pages, read, first)).isEqualTo(new SearchPages.Sync(2, 3, 2, 0));

        assertThat(SearchPages.update(site, pages, read, nextBuild(site, cache, pages))).isEqualTo(new SearchPages.Sync(2, 0, 0, 0));

        // A page changed since it was written, and a file changed since it was cut, are read and written again.
        page(site, "meetings/one/index.html", HEAD + "<body>" + MAIN.replace("agreed", "deferred") + "</body></html>");
        Files.writeString(read.resolve("meetings/two/index.html"), "changed by something else");
        assertThat(SearchPages.update(site, pages, read, nextBuild(site, cache, pages))).isEqualTo(new SearchPages.Sync(2, 2, 2, 0));
        for (String page : List.of("meetings/one/index.html", "meetings/two/index.html")) {
            assertThat(read.resolve(page)).content(StandardCharsets.UTF_8).isEqualTo(SearchPages.cut(Files.readString(site.resolve(page))));
        }
    }

    @Test
    void aLinkPlantedInTheFolderIsRemovedAndNothingIsWrittenThroughIt(@TempDir Path folder) throws IOException {
        Path site = folder.resolve("site");
        Path read = folder.resolve("read");
        Path outside = Files.createDirectories(folder.resolve("outside"));
        Files.writeString(outside.resolve("index.html"), "not the site's");
        page(site, "meetings/one/index.html", HEAD + "<body>" + MAIN + "</body></html>");
        Files.createDirectories(read);
        Files.createSymbolicLink(read.resolve("meetings"), outside);

        assertThat(SearchPages.update(site, List.of("meetings/one/index.html"), read, WrittenPages.unknown(site)))
                .isEqualTo(new SearchPages.Sync(1, 1, 1, 1));
        assertThat(read.resolve("meetings")).isDirectory().isNotEqualTo(outside);
        assertThat(Files.isSymbolicLink(read.resolve("meetings"))).isFalse();
        assertThat(outside).isDirectoryContaining(path -> path.getFileName().toString().equals("index.html"));
        assertThat(outside.resolve("index.html")).content().isEqualTo("not the site's");
        assertThat(outside.resolve("one")).doesNotExist();
    }

    /** Writes a page and notes it as written, as the render does. */
    private static void written(WrittenPages written, String path, String html) throws IOException {
        Files.createDirectories(written.fileOf(path).getParent());
        Files.writeString(written.fileOf(path), html);
        written.wrote(path, html.getBytes(StandardCharsets.UTF_8));
    }

    /** The pages of the folder as the next build finds them, each counted as written where it still holds what the record says. */
    private static WrittenPages nextBuild(Path site, BuildCache cache, List<String> pages) {
        WrittenPages written = WrittenPages.under(site, cache);
        pages.stream().filter(page -> written.digestAsWritten(page) != null).forEach(written::asWrittenBefore);
        return written;
    }

    private static void page(Path site, String path, String html) throws IOException {
        Files.createDirectories(site.resolve(path).getParent());
        Files.writeString(site.resolve(path), html);
    }
}
