package org.publicrecord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.problem.Problem;

class LinkCheckTest {

    private static final String SITE_URL = "https://example.test/partnership/";

    @TempDir
    Path site;

    private void write(String path, String body) throws Exception {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>" + body + "</body></html>");
    }

    private List<Problem> problems() {
        BuiltPages pages = BuiltPages.read(site, Map.of("meetings/2024/budget/index.html", "content/meetings/2024/budget.md"), "/partnership/", 2);
        return new LinkCheck(pages, SITE_URL).problems();
    }

    private void goodSite() throws Exception {
        write("index.html", "<h2 id=\"news\">News</h2><a href=\"meetings/\">Meetings</a> <a href=\"#news\">News</a> <a href=\"#top\">Top</a> <a href=\"#\">Here</a>");
        write("meetings/index.html", "<a href=\"../\">Home</a> <a href=\"2024/budget/#decisions\">Budget decisions</a> <a href=\"2024/budget\">no slash</a>");
        write("meetings/2024/budget/index.html", "<h2 id=\"decisions\">Decisions</h2>"
                + "<a href=\"../../../meetings/\">Meetings</a> <a href=\"/partnership/meetings/\">from the root</a>"
                + " <a href=\"https://example.test/partnership/meetings/#\">in full</a> <a href=\"../../../papers/a%20b.pdf#page=2\">paper</a>"
                + " <a href=\"mailto:team@example.test\">mail</a> <a href=\"tel:+442000000000\">phone</a> <a href=\"https://www.nhs.uk/\">NHS</a>"
                + " <img src=\"../../../images/x-320.jpg\" srcset=\"../../../images/x-320.jpg 320w, ../../../images/x-640.jpg 640w\" alt=\"x\">");
        Files.createDirectories(site.resolve("papers"));
        Files.writeString(site.resolve("papers/a b.pdf"), "%PDF");
        Files.createDirectories(site.resolve("images"));
        Files.writeString(site.resolve("images/x-320.jpg"), "jpeg");
        Files.writeString(site.resolve("images/x-640.jpg"), "jpeg");
    }

    @Test
    void aSiteWhoseLinksAllResolveHasNoProblems() throws Exception {
        goodSite();
        assertThat(problems()).isEmpty();
    }

    @Test
    void aLinkToAPageThatWasNotBuiltIsReportedAtItsSourceFile() throws Exception {
        goodSite();
        write("meetings/2024/budget/index.html", "<h2 id=\"decisions\">Decisions</h2><a href=\"../../2023/\">last year</a>");
        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("content/meetings/2024/budget.md");
            assertThat(problem.message()).contains("the page meetings/2024/budget/", "'../../2023/'", "meetings/2023/index.html");
        });
    }

    @Test
    void aFragmentThatIsNotOnItsPageIsReportedWithTheIdsThatAre() throws Exception {
        goodSite();
        write("meetings/index.html", "<a href=\"2024/budget/#decision\">Budget</a>");
        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("meetings/index.html");
            assertThat(problem.message()).contains("'#decision'", "meetings/2024/budget/");
            assertThat(problem.fix()).contains("decisions");
        });
    }

    @Test
    void aMissingImageCopyInASrcsetIsReported() throws Exception {
        goodSite();
        Files.delete(site.resolve("images/x-640.jpg"));
        assertThat(problems()).singleElement().extracting(Problem::message).asString().contains("images/x-640.jpg");
    }

    @Test
    void anAddressClimbingOutOfTheSiteIsReported() throws Exception {
        goodSite();
        write("about/index.html", "<a href=\"../../elsewhere/\">out</a> <a href=\"/other-site/\">root of the host</a>");
        assertThat(problems()).extracting(Problem::message)
                .anySatisfy(message -> assertThat(message).contains("'../../elsewhere/'", "outside the site"))
                .anySatisfy(message -> assertThat(message).contains("'/other-site/'", "outside the site"));
    }

    @Test
    void aPictureOrStylesheetFromAnotherWebsiteIsAThirdPartyRequest() throws Exception {
        goodSite();
        write("about/index.html", "<link rel=\"stylesheet\" href=\"https://fonts.example.com/font.css\">"
                + "<img src=\"//cdn.example.com/logo.png\" alt=\"logo\"> <a href=\"https://fonts.example.com/\">a plain link is fine</a>");
        assertThat(problems()).extracting(Problem::message)
                .anySatisfy(message -> assertThat(message).contains("<link>", "fonts.example.com/font.css", "another website"))
                .anySatisfy(message -> assertThat(message).contains("<img>", "cdn.example.com"))
                .hasSize(2);
    }

    @Test
    void oneBrokenLinkOnEveryPageIsOneProblemThatCountsThePages() throws Exception {
        goodSite();
        for (String page : List.of("a", "b", "c", "d/e")) {
            write(page + "/index.html", "<a href=\"" + (page.contains("/") ? "../../" : "../") + "feed.xml\">feed</a>");
        }
        write("index.html", "<a href=\"feed.xml\">feed</a>");
        assertThat(problems()).singleElement().extracting(Problem::message).asString()
                .contains("the page a/", "'../feed.xml'", "also on 4 other pages: b/, c/, d/e/, ...");
    }
}
