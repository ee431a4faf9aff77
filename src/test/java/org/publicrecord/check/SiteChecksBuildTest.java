package org.publicrecord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.testing.BuiltSite;

/** The link and budget checks inside a real build: a planted mistake stops it, naming the source file. */
class SiteChecksBuildTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    private Path site(Map<String, String> content) {
        return FixtureSite.create(folder.resolve("source"), content);
    }

    private static String page(String title, String body) {
        return FixtureSite.page(title, body);
    }

    private static String news(String title, String body) {
        return FixtureSite.news(title, body);
    }

    private BuildFailure failure(Map<String, String> content) {
        return BuiltSite.failure(site(content), folder.resolve("out"), TODAY);
    }

    @Test
    void aSiteWhoseLinksResolveAndPagesAreLightIsPublished() {
        BuiltSite built = BuiltSite.build(site(Map.of(
                "fixture-page.md", page("Fixture", "## Who we are\n\nSee [our news](../news/) and [who we are](#who-we-are)."),
                "news/2024/first.md", news("First", "Read [the fixture page](../../../fixture-page/)."))), folder.resolve("out"), TODAY);
        assertThat(built.exists("fixture-page/index.html")).isTrue();
    }

    @Test
    void aLinkToAPageThatDoesNotExistStopsTheBuildAtItsSourceFile() {
        BuildFailure failure = failure(Map.of("fixture-page.md", page("Fixture", "See [the minutes](../meetings/2099/).")));
        assertThat(failure.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("content/fixture-page.md");
            assertThat(problem.message()).contains("the page fixture-page/", "'../meetings/2099/'", "leads to no page");
        });
    }

    @Test
    void aLinkToAHeadingThatDoesNotExistStopsTheBuild() {
        BuildFailure failure = failure(Map.of("fixture-page.md", page("Fixture", "## Who we are\n\nSee [who we are](#who-we-were).")));
        // The page is also shown, untranslated, under pl/ and ar/, which repeat the mistake on their copies.
        assertThat(failure.problems()).extracting(Problem::file).containsExactly("ar/fixture-page/index.html", "content/fixture-page.md",
                "pl/fixture-page/index.html");
        assertThat(failure.problems()).filteredOn(problem -> problem.file().startsWith("content/")).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("content/fixture-page.md");
            assertThat(problem.message()).contains("'#who-we-were'");
            assertThat(problem.fix()).contains("who-we-are");
        });
    }

    @Test
    void aPageOverTheWeightBudgetStopsTheBuildAtItsSourceFile() {
        BuildFailure failure = failure(Map.of("news/2024/long.md", news("Long", PageWeightTest.incompressible(30_000))));
        assertThat(failure.problems()).extracting(Problem::file).containsExactly("content/news/2024/long.md");
        assertThat(failure.problems().get(0).message()).contains("news/2024/long/index.html", "over the budget of 14.0 KB");
    }
}
