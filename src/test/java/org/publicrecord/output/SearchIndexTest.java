package org.publicrecord.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.testing.BuiltSite;

/**
 * The search index step: it indexes exactly the pages marked for it (published documents and
 * committee pages, never lists, the home page or the search page), leaves out Pagefind's unused
 * interfaces, installs Pagefind itself where {@code node_modules} is missing, and stops with one
 * plain line where Node.js is missing.
 */
class SearchIndexTest {

    @TempDir
    static Path folder;

    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(BuiltSite.EXAMPLE_SITE, folder.resolve("site"), LocalDate.of(2026, 11, 22));
    }

    @Test
    void theIndexHoldsEveryPageMarkedForItAndNoOther() {
        List<String> marked = site.htmlFiles().stream().filter(file -> site.page(file).selectFirst("main[data-pagefind-body]") != null).toList();

        assertThat(SearchIndex.pages(site.file(SearchIndex.BUNDLE))).isEqualTo(marked.size());
        assertThat(marked).contains("actions/lpp-2025-03/index.html", "meetings/2025/2025-03-18-peoples-partnership/index.html",
                "news/2026/action-log-now-online/index.html", "about/index.html", "committees/peoples-partnership/index.html");
        assertThat(marked).doesNotContain("index.html", "search/index.html", "404.html", "actions/index.html", "meetings/index.html",
                "meetings/2025/index.html", "news/index.html", "committees/index.html");
    }

    @Test
    void eachIndexedPageCarriesItsFiltersAndDate() {
        Document action = site.page("actions/lpp-2025-03/");
        assertThat(action.select("meta[data-pagefind-filter='type[content]']").eachAttr("content")).containsExactly("Action");
        assertThat(action.select("meta[data-pagefind-filter='theme[content]']").eachAttr("content"))
                .containsExactly("Having your say", "Finding services and advice");
        assertThat(action.select("meta[data-pagefind-filter='status[content]']").eachAttr("content")).containsExactly("In progress");
        assertThat(action.select("meta[data-pagefind-filter='year[content]']").eachAttr("content")).containsExactly("2025");
        assertThat(action.select("meta[data-pagefind-sort='date[content]']").eachAttr("content")).containsExactly("2025-05-20");
        assertThat(action.select("meta[data-pagefind-meta='title[content]']").eachAttr("content"))
                .containsExactly("LPP-2025-03: Easy read and translated summaries of Board decisions");

        Document meeting = site.page("meetings/2025/2025-03-18-peoples-partnership/");
        assertThat(meeting.select("meta[data-pagefind-filter='committee[content]']").eachAttr("content")).containsExactly("Lewisham People's Partnership");
        assertThat(meeting.select("meta[data-pagefind-filter='status[content]']").eachAttr("content")).containsExactly("Held");
        // The header, navigation and footer are outside the one element the index reads.
        assertThat(meeting.select("[data-pagefind-body]")).singleElement().matches(element -> element.tagName().equals("main"));
    }

    @Test
    void pagefindsOwnInterfacesAreNotPublished() {
        assertThat(site.exists(SearchIndex.BUNDLE + "/pagefind.js")).isTrue();
        for (String unused : SearchIndex.UNUSED) {
            assertThat(site.exists(SearchIndex.BUNDLE + "/" + unused)).as(unused).isFalse();
        }
    }

    @Test
    void withoutNodeTheBuildStopsWithOnePlainLine() {
        assertThatThrownBy(() -> SearchIndex.build(site.output(), BuiltSite.EXAMPLE_SITE.resolve("templates"), BuiltSite.EXAMPLE_SITE, ""))
                .isInstanceOf(BuildFailure.class)
                .hasMessage("package.json: Node.js is needed to build the search index and was not found (apt-get install nodejs npm)");
    }

    @Test
    void whereNodeModulesIsMissingPagefindIsInstalledFirst(@TempDir Path fresh) throws IOException {
        Path tools = Files.createDirectories(fresh.resolve("clone"));
        Files.copy(BuiltSite.EXAMPLE_SITE.resolve("package.json"), tools.resolve("package.json"));
        Files.copy(BuiltSite.EXAMPLE_SITE.resolve("package-lock.json"), tools.resolve("package-lock.json"));
        Path templates = Files.createDirectories(fresh.resolve("templates/layouts"));
        Files.writeString(templates.resolve("search.peb"), "");
        Path built = Files.createDirectories(fresh.resolve("site/about"));
        Files.writeString(built.resolve("index.html"), """
                <!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>About</title></head>
                <body><main data-pagefind-body><h1>About</h1><p>Who we are.</p></main></body></html>
                """);

        String line = SearchIndex.build(fresh.resolve("site"), fresh.resolve("templates"), tools, System.getenv("PATH"));

        assertThat(line).startsWith("1 page indexed, ").endsWith(", installed first");
        assertThat(tools.resolve(SearchIndex.RUNNER)).isRegularFile();
        assertThat(fresh.resolve("site/pagefind/pagefind-entry.json")).isRegularFile();
    }
}
