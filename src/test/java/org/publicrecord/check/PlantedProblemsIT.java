package org.publicrecord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.testing.BuiltSite;

/**
 * Proves the browser and HTML checks of {@code SiteQualityIT} catch mistakes in a real build: the
 * example site with a colour too faint to read planted in data/site.yaml, and a page whose raw
 * HTML nests a div straight inside a list.
 */
class PlantedProblemsIT {

    @TempDir
    Path folder;

    @Test
    void aFaintColourInSiteYamlAndInvalidNestingInAPageAreCaught() throws Exception {
        Path source = FixtureSite.create(folder.resolve("source"), Map.of("planted.md",
                FixtureSite.page("Planted", "Before the list.\n\n<ul><div>Not a list item</div></ul>\n\nAfter the list.")));
        Path yaml = source.resolve("data/site.yaml");
        // #b1b4b6 on white is 2.1:1, far below the 4.5:1 text needs; dates and summaries use it.
        Files.writeString(yaml, Files.readString(yaml).replaceFirst("secondary_text: \"#[0-9a-fA-F]{6}\"", "secondary_text: \"#b1b4b6\""));
        BuiltSite site = BuiltSite.build(source, folder.resolve("site"), LocalDate.of(2026, 11, 22));

        assertThat(new HtmlValidator().validate(site.file("planted/index.html")))
                .anySatisfy(error -> assertThat(error.message()).contains("“div” not allowed as child of element “ul”"));

        try (AxeCheck browser = new AxeCheck(site.output())) {
            List<AxeCheck.Violation> violations = browser.scan(List.of("/news/"), AxeCheck.DESKTOP);
            assertThat(violations).extracting(AxeCheck.Violation::rule).contains("color-contrast");
        }
    }
}
