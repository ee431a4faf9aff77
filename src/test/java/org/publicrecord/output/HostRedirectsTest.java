package org.publicrecord.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.publicrecord.build.Problem;
import org.publicrecord.publish.FixtureSite;
import org.publicrecord.testing.BuiltSite;

class HostRedirectsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    Path fixture(String redirectsYaml) throws IOException {
        Path source = FixtureSite.create(folder.resolve("source"));
        Files.writeString(source.resolve("data/redirects.yaml"), redirectsYaml);
        // A project site lives under a path; every rule must carry it.
        Path siteYaml = source.resolve("data/site.yaml");
        Files.writeString(siteYaml, Files.readString(siteYaml).replaceFirst("(?m)^url: .*$", "url: https://example.github.io/lhcp/"));
        return source;
    }

    @Test
    void theExampleRedirectOfTheRepositoryBuilds() {
        BuiltSite site = BuiltSite.build(FixtureSite.create(folder.resolve("source")), folder.resolve("out"), TODAY);

        assertThat(site.text("_redirects").lines().filter(line -> !line.startsWith("#")))
                .containsExactly("/lewisham-health-and-care/about-us/ /lewisham-health-and-care/about/ 301");
        assertThat(site.exists("about-us/index.html")).isTrue();
    }

    @Test
    void hostRulesCarryTheSitesPathAndGoInFileOrder() throws IOException {
        BuiltSite site = BuiltSite.build(fixture("""
                - from: about-us/
                  to: about/
                - from: papers/old-annual-report.pdf
                  to: https://www.example.org.uk/annual-report.pdf
                - from: news/2024/first.html
                  to: news/2024/first-report/#summary
                """), folder.resolve("out"), TODAY);

        assertThat(site.text("_redirects").lines().filter(line -> !line.startsWith("#"))).containsExactly(
                "/lhcp/about-us/ /lhcp/about/ 301",
                "/lhcp/papers/old-annual-report.pdf https://www.example.org.uk/annual-report.pdf 301",
                "/lhcp/news/2024/first.html /lhcp/news/2024/first-report/#summary 301");
    }

    @Test
    void anOldPageAddressForwardsWithoutJavaScript() throws IOException {
        BuiltSite site = BuiltSite.build(fixture("""
                - from: who-we-are/old/
                  to: about/
                """), folder.resolve("out"), TODAY);

        Document page = site.page("who-we-are/old/");
        assertThat(page.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=../../about/");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://example.github.io/lhcp/about/");
        assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.selectFirst("h1").text()).isEqualTo("This page has moved");
        // The link names the page by its title, for anyone whose browser does not follow the refresh.
        assertThat(page.selectFirst("main a[href=../../about/]").text()).isEqualTo("About the partnership");
    }

    @Test
    void aRedirectToAnotherSiteLinksToItsFullAddress() throws IOException {
        BuiltSite site = BuiltSite.build(fixture("""
                - from: partners-old.html
                  to: https://www.example.org.uk/partners/
                """), folder.resolve("out"), TODAY);

        Document page = site.page("partners-old.html");
        assertThat(page.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=https://www.example.org.uk/partners/");
        assertThat(page.selectFirst("main a").text()).isEqualTo("https://www.example.org.uk/partners/");
    }

    @Test
    void anOldFileThatIsNotAPageGetsOnlyAHostRule() throws IOException {
        BuiltSite site = BuiltSite.build(fixture("""
                - from: papers/old-report.pdf
                  to: about/
                """), folder.resolve("out"), TODAY);

        assertThat(site.exists("papers/old-report.pdf")).isFalse();
        assertThat(site.text("_redirects")).contains("/lhcp/papers/old-report.pdf /lhcp/about/ 301");
    }

    @Test
    void noRedirectsMeansNoRedirectsFile() throws IOException {
        BuiltSite site = BuiltSite.build(fixture("# Nothing has moved yet.\n[]\n"), folder.resolve("out"), TODAY);

        assertThat(site.exists("_redirects")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            old address still has a page  | "- from: about/\\n  to: contact/\\n"                              | 1 | a page is still published at about/
            new address holds nothing     | "- from: about-us/\\n  to: abuot/\\n"                             | 2 | nothing is published at abuot/
            redirect to itself            | "- from: about-us/\\n  to: about-us/\\n"                          | 2 | redirect to itself
            redirect leads to a redirect  | "- from: a/\\n  to: b/\\n- from: b/\\n  to: about/\\n"             | 2 | b/ has moved too (line 3)
            same old address twice        | "- from: a/\\n  to: about/\\n- from: a/\\n  to: contact/\\n"       | 3 | already redirected on line 1
            leading slash                 | "- from: /about-us/\\n  to: about/\\n"                            | 1 | is not an address on this site
            folder without final slash    | "- from: about-us\\n  to: about/\\n"                              | 1 | names neither a page nor a file
            climbs out of the site        | "- from: ../about-us/\\n  to: about/\\n"                          | 1 | is not an address on this site
            plain http address            | "- from: about-us/\\n  to: http://example.org/\\n"                | 2 | neither an address on this site nor a full https:// address
            address with a space          | "- from: about-us/\\n  to: about us/\\n"                          | 2 | neither an address on this site nor a full https:// address
            missing new address           | "- from: about-us/\\n"                                            | 1 | has no 'to' address
            unknown field                 | "- from: about-us/\\n  to: about/\\n  status: 302\\n"             | 3 | 'status' is not a field of a moved page
            not a list                    | "from: about-us/\\nto: about/\\n"                                 | 1 | should be a list of moved pages
            """)
    void aMistakeStopsTheBuildAtItsLine(String name, String yaml, int line, String message) throws IOException {
        Path source = fixture(yaml.replace("\\n", "\n"));

        Problem problem = BuiltSite.failure(source, folder.resolve("out"), TODAY).problems().get(0);

        assertThat(problem.file()).isEqualTo("data/redirects.yaml");
        assertThat(problem.line()).isEqualTo(line);
        assertThat(problem.message()).contains(message);
        assertThat(problem.fix()).isNotBlank();
    }
}
