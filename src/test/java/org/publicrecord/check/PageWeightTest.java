package org.publicrecord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.build.BuildCache;
import org.publicrecord.build.WrittenPages;
import org.publicrecord.problem.Problem;

class PageWeightTest {

    @TempDir
    Path site;

    /** Text that gzip cannot shrink much: random letters, so a length in characters is close to a weight. */
    static String incompressible(int characters) {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder(characters);
        for (int i = 0; i < characters; i++) {
            text.append((char) ('a' + random.nextInt(26)));
            if (i % 9 == 8) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    private void write(String path, String text) throws Exception {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String page(String head, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>t</title>" + head + "</head><body>" + body + "</body></html>";
    }

    private PageWeight weigh() {
        return new PageWeight(BuiltPages.read(site, Map.of("news/2024/long/index.html", "content/news/2024/long.md"), "/", 1));
    }

    @Test
    void aPageIsWeighedWithTheStylesheetsItLoadsOnce() throws Exception {
        write("css/site.css", "body{color:#000}".repeat(10));
        write("index.html", page("<link rel=\"stylesheet\" href=\"css/site.css\"><link rel=\"stylesheet\" href=\"./css/site.css\">", "<p>Hello</p>"));
        List<PageWeight.Weight> weights = weigh().weights();
        assertThat(weights).singleElement().satisfies(weight -> {
            assertThat(weight.kind()).isEqualTo("home");
            assertThat(weight.html()).isBetween(50L, 200L);
            assertThat(weight.css()).isBetween(20L, 80L);
            assertThat(weight.total()).isEqualTo(weight.html() + weight.css());
        });
    }

    @Test
    void aPageOverFourteenKilobytesGzippedFailsTheBudgetAtItsSourceFile() throws Exception {
        write("news/index.html", page("", "<p>List</p>"));
        write("news/2024/long/index.html", page("", "<p>" + incompressible(30_000) + "</p>"));
        PageWeight budget = weigh();
        List<Problem> problems = budget.problems();
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("content/news/2024/long.md");
            assertThat(problem.message()).contains("news/2024/long/index.html", "gzipped", "14.0 KB");
        });
    }

    @Test
    void heavyStylesheetsCountAgainstEveryPageThatLoadsThem() throws Exception {
        write("css/heavy.css", "/*" + incompressible(30_000) + "*/");
        write("about/index.html", page("<link rel=\"stylesheet\" href=\"../css/heavy.css\">", "<p>Small page</p>"));
        PageWeight budget = weigh();
        assertThat(budget.problems()).singleElement().extracting(Problem::file).isEqualTo("about/index.html");
    }

    @Test
    void allJavaScriptTogetherMustFitTenKilobytesGzipped() throws Exception {
        write("index.html", page("", "<p>Hello</p>"));
        write("js/a.js", "// " + incompressible(9_000));
        assertThat(weigh().problems()).isEmpty();
        write("js/b.js", "// " + incompressible(9_000).toUpperCase());
        assertThat(weigh().problems()).singleElement().extracting(Problem::message).asString()
                .contains("JavaScript", "10.0 KB");
    }

    @Test
    void kindsOfPageComeFromWhereThePageIs() {
        Set<String> sections = Set.of("meetings", "news");
        assertThat(PageWeight.kind("index.html", sections)).isEqualTo("home");
        assertThat(PageWeight.kind("404.html", sections)).isEqualTo("404");
        assertThat(PageWeight.kind("meetings/index.html", sections)).isEqualTo("meetings (list)");
        assertThat(PageWeight.kind("meetings/2024/x/index.html", sections)).isEqualTo("meetings");
        assertThat(PageWeight.kind("about/index.html", sections)).isEqualTo("page");
    }

    @Test
    void theReportHasOneLinePerKindWithItsHeaviestPage() throws Exception {
        write("index.html", page("", "<p>Home</p>"));
        write("news/index.html", page("", "<p>News</p>"));
        write("news/2024/a/index.html", page("", "<p>A</p>"));
        write("news/2024/b/index.html", page("", "<p>" + "B is longer. ".repeat(50) + "</p>"));
        List<String> report = PageWeight.report(weigh().weights());
        assertThat(report).hasSize(4);
        assertThat(report.get(0)).contains("page kind", "heaviest");
        assertThat(report).anySatisfy(line -> assertThat(line).startsWith("news ").contains("    2 ", "news/2024/b/index.html"));
    }

    @Test
    void aPageIsGzippedOnceWhileItsBytesStayTheSame(@TempDir Path cacheFolder) throws Exception {
        String heavy = page("", "<p>" + incompressible(30_000) + "</p>");
        write("news/2024/long/index.html", heavy);
        BuildCache first = BuildCache.of(cacheFolder);
        assertThat(weighWith(first)).singleElement().extracting(Problem::file).isEqualTo("content/news/2024/long.md");
        first.save();

        // A new process finds the weight kept under the page's digest, and only there.
        String key = BuildCache.digest(BuildCache.CODE, BuildCache.digest(heavy.getBytes(StandardCharsets.UTF_8)));
        BuildCache second = BuildCache.of(cacheFolder);
        assertThat(second.shelf(PageWeight.SHELF).find(key)).isNotNull();
        assertThat(weighWith(second)).singleElement().extracting(Problem::file).isEqualTo("content/news/2024/long.md");

        // The same page made light is weighed again, not taken from what was kept.
        write("news/2024/long/index.html", page("", "<p>" + "Short and light. ".repeat(900) + "</p>"));
        assertThat(weighWith(BuildCache.of(cacheFolder))).isEmpty();
    }

    private List<Problem> weighWith(BuildCache cache) {
        BuiltPages pages = BuiltPages.read(site, Map.of("news/2024/long/index.html", "content/news/2024/long.md"), "/", 1, cache.shelf("links"),
                WrittenPages.unknown(site));
        return new PageWeight(pages, cache.shelf(PageWeight.SHELF)).problems();
    }
}
