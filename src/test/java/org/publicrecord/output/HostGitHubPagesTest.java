package org.publicrecord.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.check.FixtureSite;
import org.publicrecord.content.DataFiles;
import org.publicrecord.testing.BuiltSite;

class HostGitHubPagesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    /** A copy of the example site whose site.yaml has {@code url} replaced and, when given, a domain line after it. */
    Path siteWith(String url, String domainLine) throws IOException {
        Path source = FixtureSite.create(folder.resolve("source"), Map.of());
        Path siteYaml = source.resolve("data/site.yaml");
        Files.writeString(siteYaml, Files.readString(siteYaml)
                .replaceFirst("(?m)^url: .*$", "url: " + url + (domainLine == null ? "" : "\n" + domainLine)));
        return source;
    }

    static int lineOf(Path source, String start) throws IOException {
        return Files.readAllLines(source.resolve("data/site.yaml")).stream().takeWhile(line -> !line.startsWith(start)).toList().size() + 1;
    }

    @Test
    void withoutADomainThereIsNoCnameButJekyllIsStillTurnedOff() {
        BuiltSite site = BuiltSite.build(BuiltSite.EXAMPLE_SITE, folder.resolve("out"), TODAY);

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
    void aDomainThatIsNotTheHostOfTheUrlIsReportedAtItsLine() throws IOException {
        Files.createDirectories(folder.resolve("data"));
        Path siteYaml = Files.writeString(folder.resolve("data/site.yaml"), """
                name: A partnership
                url: https://example.github.io/lhcp/
                domain: www.lewishamhcp.org.uk
                """);
        DataFiles.DataFile site = DataFiles.readFile(folder, siteYaml);

        BuildFailure failure = catchThrowableOfType(BuildFailure.class,
                () -> HostGitHubPages.domain(site, "https://example.github.io/lhcp/"));

        assertThat(failure.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("data/site.yaml");
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("www.lewishamhcp.org.uk", "https://example.github.io/lhcp/");
            assertThat(problem.fix()).contains("https://www.lewishamhcp.org.uk/");
        });
    }

    @Test
    void aDomainWrittenAsAnAddressStopsTheBuildAtItsLine() throws IOException {
        Path source = siteWith("https://www.lewishamhcp.org.uk/", "domain: https://www.lewishamhcp.org.uk/");

        Problem problem = BuiltSite.failure(source, folder.resolve("out"), TODAY).problems().get(0);

        assertThat(problem.file()).isEqualTo("data/site.yaml");
        assertThat(problem.line()).isEqualTo(lineOf(source, "domain:"));
        assertThat(folder.resolve("out")).doesNotExist();
    }
}
