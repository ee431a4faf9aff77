package org.publicrecord.types.easyread;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.commons.io.file.PathUtils;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.testing.BuiltSite;

/** The example site's Easy Read versions: a picture with alt text beside each point, linked from the standard page and back. */
class EasyReadTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    static Path work;
    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(BuiltSite.EXAMPLE_SITE, work.resolve("site"), TODAY);
    }

    @Test
    void aMeetingAndAnEventsWhatWeHeardHaveEasyReadVersionsLinkedBothWays() {
        for (String[] pair : new String[][] {
                {"meetings/2025/2025-11-18-peoples-partnership/", "easy-read/peoples-partnership-18-november-2025/"},
                {"events/2018/working-together-for-a-healthier-lewisham/", "easy-read/what-we-heard-october-2018/"}}) {
            Document standard = site.page(pair[0]);
            Element link = standard.selectFirst("main p.easy-read-link a");
            assertThat(link.text()).isEqualTo("Easy Read version of this page");
            assertThat(link.attr("abs:href")).isEqualTo("https://example.test/" + pair[1]);
            Document easy = site.page(pair[1]);
            assertThat(easy.select(".easy-read__of a").attr("abs:href")).isEqualTo("https://example.test/" + pair[0]);
            assertThat(easy.select(".easy-read__of a").text()).isEqualTo(standard.select("h1").text());
            for (Element point : easy.select(".easy-read__points li")) {
                Element picture = point.selectFirst("img");
                assertThat(picture.attr("alt")).as(pair[1]).isNotBlank();
                assertThat(site.exists(picture.attr("abs:src").substring("https://example.test/".length()))).isTrue();
                assertThat(point.select("p").text()).isNotBlank();
            }
            assertThat(easy.select(".easy-read__points li")).hasSizeGreaterThanOrEqualTo(5);
        }
        assertThat(site.page("meetings/2025/2025-09-16-peoples-partnership/").select(".easy-read-link")).isEmpty();
        assertThat(site.page("easy-read/").select("main a").eachText()).contains("Easy Read: People's Partnership meeting, 18 November 2025");
    }

    @Test
    void aPointWithoutAltTextOrAVersionOfNothingStopsTheBuild(@TempDir Path other) throws IOException {
        Path source = Files.createDirectories(other.resolve("source"));
        PathUtils.copyDirectory(BuiltSite.EXAMPLE_SITE.resolve("content"), source.resolve("content"));
        for (String part : new String[] {"data", "templates", "assets"}) {
            PathUtils.copyDirectory(BuiltSite.EXAMPLE_SITE.resolve(part), source.resolve(part));
        }
        Files.copy(BuiltSite.EXAMPLE_SITE.resolve("jbake.properties"), source.resolve("jbake.properties"));
        Files.writeString(source.resolve("content/easy-read/what-we-heard-october-2018.md"), """
                ---
                title: "Easy Read: what we heard"
                type: easyread
                of: events/2018/working-together-for-a-healthier-lewisham
                points:
                  - text: People met.
                    picture: images/easy-read/people.svg
                ---
                """);
        BuildFailure missingAlt = BuiltSite.failure(source, other.resolve("output"), TODAY);
        assertThat(missingAlt.problems()).extracting(Problem::file, Problem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("content/easy-read/what-we-heard-october-2018.md", 6));
        assertThat(missingAlt.problems().get(0).message()).contains("alt");
        Files.writeString(source.resolve("content/easy-read/what-we-heard-october-2018.md"), """
                ---
                title: "Easy Read: what we heard"
                type: easyread
                of: events/2018/no-such-event
                points:
                  - text: People met.
                    picture: images/easy-read/people.svg
                    alt: Two people
                ---
                """);
        BuildFailure nothing = BuiltSite.failure(source, other.resolve("output"), TODAY);
        assertThat(nothing.problems()).extracting(Problem::toString).containsExactly("content/easy-read/what-we-heard-october-2018.md: "
                + "'of: events/2018/no-such-event' is not a published page (write the address of the standard page, such as "
                + "'of: meetings/2025/2025-11-18-peoples-partnership')");
        assertThat(other.resolve("output")).doesNotExist();
    }
}
