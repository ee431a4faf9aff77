package org.publicrecord.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.publicrecord.content.Position;
import org.publicrecord.testing.BuiltSite;

class StylesheetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path folder;

    private Path site() {
        return FixtureSite.create(folder.resolve("source"), Map.of());
    }

    private static DataFiles.DataFile siteYaml(Path source) {
        return DataFiles.readFile(source, source.resolve("data/site.yaml"));
    }

    @Test
    void everyColourInSiteYamlBecomesACustomPropertyOfTheStylesheet() {
        BuiltSite built = BuiltSite.build(site(), folder.resolve("out"), TODAY);
        String css = built.text(Stylesheet.FILE);
        assertThat(css).contains("--colour-brand:#005eb8;", "--colour-brand-dark:#003087;", "--colour-focus:#ffdd00;")
                .contains("@media (prefers-color-scheme:dark)", "@media (forced-colors:active)", "@media (prefers-reduced-motion:reduce)", "@media print")
                // Explanations are template comments: none of them is sent to readers.
                .doesNotContain("{#", "/*");
        assertThat(built.page("about/").select("link[rel=stylesheet]").attr("href")).isEqualTo("../css/site.css");
    }

    @Test
    void coloursAndSpacingBecomePropertiesNamedByTheirBlock() {
        DataFiles.DataFile site = new DataFiles.DataFile("site", "data/site.yaml",
                Map.of("colours", Map.of("brand_dark", "#003087"), "spacing", Map.of(3, "1rem")), Map.of());
        assertThat(Stylesheet.properties(site)).containsOnly(Map.entry("colour-brand-dark", "#003087"), Map.entry("space-3", "1rem"));
    }

    @Test
    void valuesThatCouldBreakOutOfTheStylesheetAreRefusedAtTheirLine() {
        DataFiles.DataFile site = new DataFiles.DataFile("site", "data/site.yaml",
                Map.of("colours", Map.of("brand", "red}body{display:none")), Map.of("/colours/brand", new Position(7, 3)));
        assertThatThrownBy(() -> Stylesheet.properties(site)).isInstanceOfSatisfying(BuildFailure.class, failure ->
                assertThat(failure.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.toString()).startsWith("data/site.yaml:7:3:");
                    assertThat(problem.message()).contains("'brand'", "not a colour code");
                }));
    }

    @Test
    void aColourThatIsNotAColourCodeStopsTheBuildAtItsLine() throws Exception {
        Path source = site();
        Path yaml = source.resolve("data/site.yaml");
        String text = Files.readString(yaml);
        Files.writeString(yaml, text.replaceFirst("brand: \"#005eb8\"", "brand: \"blue; background: url(x)\""));
        int line = (int) text.substring(0, text.indexOf("brand: \"#005eb8\"")).chars().filter(c -> c == '\n').count() + 1;
        BuildFailure failure = BuiltSite.failure(source, folder.resolve("out"), TODAY);
        assertThat(failure.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("data/site.yaml");
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.message()).contains("brand");
        });
    }

    @Test
    void aColourTheStylesheetNeedsButSiteYamlLacksStopsTheBuild() throws Exception {
        Path source = site();
        Path yaml = source.resolve("data/site.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?m)^  focus: .*\\n", ""));
        BuildFailure failure = BuiltSite.failure(source, folder.resolve("out"), TODAY);
        assertThat(failure.problems()).extracting(Problem::message).singleElement().asString()
                .contains("needs the colour 'focus'", "colours:");
    }

    @Test
    void aPropertyNoOneDeclaresIsAMistakeInTheTemplate() {
        assertThatThrownBy(() -> Stylesheet.checkEveryPropertyIsDeclared(":root{--a:1px}p{margin:var(--a);color:var(--shade)}", null))
                .isInstanceOfSatisfying(BuildFailure.class, failure -> assertThat(failure.problems()).singleElement()
                        .satisfies(problem -> assertThat(problem.toString()).contains("templates/css/site.css.peb", "--shade")));
    }
}
