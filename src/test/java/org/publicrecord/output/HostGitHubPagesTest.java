package org.publicrecord.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.build.BuildFailure;
import org.publicrecord.build.Problem;
import org.publicrecord.publish.FixtureSite;
import org.publicrecord.testing.BuiltSite;

class HostGitHubPagesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    /** The fixture with its site.yaml's url line replaced and, when given, a domain line added after it. */
    Path siteWith(String url, String domainLine) throws IOException {
        Path source = FixtureSite.create(folder.resolve("source"));
        Path siteYaml = source.resolve("data/site.yaml");
        String text = Files.readString(siteYaml).replaceFirst("(?m)^url: .*$", "url: " + url + (domainLine == null ? "" : "\n" + domainLine));
        Files.writeString(siteYaml, text);
        return source;
    }

    static int lineOf(Path source, String start) throws IOException {
        return Files.readAllLines(source.resolve("data/site.yaml")).stream().takeWhile(line -> !line.startsWith(start)).toList().size() + 1;
    }

    @Test
    void withoutADomainThereIsNoCnameButJekyllIsStillTurnedOff() throws IOException {
        BuiltSite site = BuiltSite.build(siteWith("https://example.github.io/lhcp/", null), folder.resolve("out"), TODAY);

        assertThat(site.exists("CNAME")).isFalse();
        assertThat(site.exists(".nojekyll")).isTrue();
    }

    @Test
    void aCustomDomainIsWrittenToCname() throws IOException {
        BuiltSite site = BuiltSite.build(siteWith("https://www.lewishamhcp.org.uk/", "domain: www.lewishamhcp.org.uk"),
                folder.resolve("out"), TODAY);

        assertThat(site.text("CNAME")).isEqualTo("www.lewishamhcp.org.uk\n");
    }

    @Test
    void aDomainThatIsNotTheHostOfTheUrlStopsTheBuildAtItsLine() throws IOException {
        Path source = siteWith("https://example.github.io/lhcp/", "domain: www.lewishamhcp.org.uk");

        BuildFailure failure = BuiltSite.failure(source, folder.resolve("out"), TODAY);

        assertThat(failure.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("data/site.yaml");
            assertThat(problem.line()).isEqualTo(lineOf(source, "domain:"));
            assertThat(problem.message()).contains("www.lewishamhcp.org.uk", "https://example.github.io/lhcp/");
            assertThat(problem.fix()).contains("https://www.lewishamhcp.org.uk/");
        });
        assertThat(folder.resolve("out")).doesNotExist();
    }

    @Test
    void aDomainWrittenAsAnAddressIsRefused() throws IOException {
        Path source = siteWith("https://www.lewishamhcp.org.uk/", "domain: https://www.lewishamhcp.org.uk/");

        Problem problem = BuiltSite.failure(source, folder.resolve("out"), TODAY).problems().get(0);

        // The site schema may catch it before this output does; either way it is reported at the line.
        assertThat(problem.file()).isEqualTo("data/site.yaml");
        assertThat(problem.line()).isEqualTo(lineOf(source, "domain:"));
    }
}
