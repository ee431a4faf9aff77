package org.publicrecord.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.check.FixtureSite;
import org.publicrecord.content.DataFiles;
import org.publicrecord.testing.BuiltSite;

class HostRedirectsTest {

    /** Added to the repository's own redirects (about-us/ to about/) in the built fixture. */
    static final String MORE_REDIRECTS = """
            - from: who-we-are/old/
              to: about/
            - from: partners-old.html
              to: https://www.example.org.uk/partners/
            - from: papers/old-annual-report.pdf
              to: about/#who-we-are
            """;

    @TempDir
    static Path folder;

    static BuiltSite site;

    @BeforeAll
    static void buildASiteUnderAPathWithSeveralRedirects() throws IOException {
        Path source = FixtureSite.create(folder.resolve("source"), Map.of());
        Path redirects = source.resolve("data/redirects.yaml");
        Files.writeString(redirects, Files.readString(redirects) + MORE_REDIRECTS);
        // A project site lives under a path; every host rule must carry it.
        Path siteYaml = source.resolve("data/site.yaml");
        Files.writeString(siteYaml, Files.readString(siteYaml).replaceFirst("(?m)^url: .*$", "url: https://example.github.io/lhcp/"));
        site = BuiltSite.build(source, folder.resolve("out"), LocalDate.of(2026, 11, 22));
    }

    @Test
    void hostRulesCarryTheSitesPathAndKeepTheFilesOrder() {
        assertThat(site.text("_redirects").lines().filter(line -> !line.startsWith("#"))).containsExactly(
                "/lhcp/about-us/ /lhcp/about/ 301",
                "/lhcp/who-we-are/old/ /lhcp/about/ 301",
                "/lhcp/partners-old.html https://www.example.org.uk/partners/ 301",
                "/lhcp/papers/old-annual-report.pdf /lhcp/about/#who-we-are 301");
    }

    @Test
    void anOldPageAddressForwardsWithoutJavaScript() {
        Document page = site.page("who-we-are/old/");

        assertThat(page.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=../../about/");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://example.github.io/lhcp/about/");
        assertThat(page.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("script")).isEmpty();
        assertThat(page.selectFirst("h1").text()).isEqualTo("This page has moved");
        // The link names the page by its title, for anyone whose browser does not follow the refresh.
        assertThat(page.selectFirst("main a[href=../../about/]").text()).isEqualTo(site.page("about/").selectFirst("h1").text());
    }

    @Test
    void aRedirectToAnotherSiteLinksToItsFullAddress() {
        Document page = site.page("partners-old.html");

        assertThat(page.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=https://www.example.org.uk/partners/");
        assertThat(page.selectFirst("main a[href=https://www.example.org.uk/partners/]").text()).isEqualTo("https://www.example.org.uk/partners/");
    }

    @Test
    void anOldFileThatIsNotAPageGetsOnlyAHostRule() {
        assertThat(site.exists("papers/old-annual-report.pdf")).isFalse();
    }

    /** Reads {@code yaml} as data/redirects.yaml and checks it against a site publishing about/, contact/ and papers/report.pdf. */
    static void readAndCheck(Path root, String yaml) throws IOException {
        Path file = root.resolve("data/redirects.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        Path output = root.resolve("out");
        for (String page : List.of("about/index.html", "contact/index.html")) {
            Files.createDirectories(output.resolve(page).getParent());
            Files.writeString(output.resolve(page), "<!DOCTYPE html><title>x</title>");
        }
        Path assets = Files.createDirectories(root.resolve("assets/papers"));
        Files.writeString(assets.resolve("report.pdf"), "%PDF-1.7");
        List<HostRedirects.Redirect> redirects = HostRedirects.read(DataFiles.readFile(root, file));
        HostRedirects.check(redirects, "data/redirects.yaml", output, root.resolve("assets"));
    }

    @Test
    void anEmptyListMeansNoRedirects(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("data"));
        Path file = Files.writeString(root.resolve("data/redirects.yaml"), "# Nothing has moved yet.\n[]\n");

        assertThat(HostRedirects.read(DataFiles.readFile(root, file))).isEmpty();
    }

    @Test
    void goodRedirectsPassTheChecks(@TempDir Path root) throws IOException {
        readAndCheck(root, "- from: about-us/\n  to: about/#partners\n- from: old.pdf\n  to: papers/report.pdf\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            old address still has a page  | "- from: about/\\n  to: contact/\\n"                              | 1 | a page is still published at about/
            old address is still an asset | "- from: papers/report.pdf\\n  to: about/\\n"                     | 1 | a page is still published at papers/report.pdf
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
    void aMistakeIsReportedAtItsLine(String name, String yaml, int line, String message, @TempDir Path root) {
        BuildFailure failure = catchThrowableOfType(BuildFailure.class, () -> readAndCheck(root, yaml.replace("\\n", "\n")));

        assertThat(failure).as("a build failure").isNotNull();
        Problem problem = failure.problems().get(0);
        assertThat(problem.file()).isEqualTo("data/redirects.yaml");
        assertThat(problem.line()).isEqualTo(line);
        assertThat(problem.message()).contains(message);
        assertThat(problem.fix()).isNotBlank();
    }

    @Test
    void aMistakeInTheRealBuildStopsItBeforeAnythingIsPublished(@TempDir Path root) throws IOException {
        Path source = FixtureSite.create(root.resolve("source"), Map.of());
        Files.writeString(source.resolve("data/redirects.yaml"), "- from: about-us/\n  to: abuot/\n");

        Problem problem = BuiltSite.failure(source, root.resolve("out"), LocalDate.of(2026, 11, 22)).problems().get(0);

        assertThat(problem).hasToString("data/redirects.yaml:2:3: nothing is published at abuot/"
                + " (copy the page's address from the site, such as about/ or meetings/2024/2024-03-12-board/)");
        assertThat(root.resolve("out")).doesNotExist();
    }
}
