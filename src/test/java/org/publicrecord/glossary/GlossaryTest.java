package org.publicrecord.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.commons.io.file.PathUtils;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.testing.BuiltSite;

/** The first use of a glossary word on a page links to its explanation; nothing inside links, headings or code is touched. */
class GlossaryTest {

    private static final Glossary GLOSSARY = Glossary.of(List.of(
            Map.of("term", "ICS", "expansion", "Integrated care system", "explanation", "Health and care planned together.", "also", List.of("ICSs")),
            Map.of("term", "integrated care board", "explanation", "The NHS body that plans an area's money."),
            Map.of("term", "care", "explanation", "A shorter word, matched only where no longer one is.")));

    @TempDir
    Path work;

    @Test
    void marksTheFirstIcsOnlyOutsideLinksHeadingsAndCode() {
        String html = "<h2>The ICS</h2><p>See <a href=\"x/\">our ICS</a> and <code>ICS</code>.</p>"
                + "<p>The ICS met. The ICS agreed; other ICSs and PICS did not.</p>";
        String marked = GLOSSARY.mark(html, "../../");
        assertThat(marked).isEqualTo("<h2>The ICS</h2><p>See <a href=\"x/\">our ICS</a> and <code>ICS</code>.</p>"
                + "<p>The <a href=\"../../glossary/#term-ics\" class=\"glossary-term\"><abbr title=\"Integrated care system\">ICS</abbr></a> met."
                + " The ICS agreed; other ICSs and PICS did not.</p>");
    }

    @Test
    void theLongestWordWinsAndWholeWordsOnly() {
        String marked = GLOSSARY.mark("<p>Our integrated care board cares about care.</p>", "");
        assertThat(marked).isEqualTo("<p>Our <a href=\"glossary/#term-integrated-care-board\" class=\"glossary-term\">integrated care board</a>"
                + " cares about <a href=\"glossary/#term-care\" class=\"glossary-term\">care</a>.</p>");
    }

    @Test
    void aBodyWithoutAWordOfTheGlossaryIsLeftAsItWas() {
        String html = "<p>Nothing <br>to see &amp; no change.</p>";
        assertThat(GLOSSARY.mark(html, "")).isSameAs(html);
    }

    @Test
    void aBuiltSiteMarksTheFirstIcsOfEachPageAndListsEveryWord() throws IOException {
        Path source = fixture("""
                - term: ICS
                  expansion: Integrated care system
                  explanation: "The NHS and councils of an area, planning together."
                - term: GP
                  expansion: General practitioner
                  explanation: A family doctor.
                """);
        BuiltSite site = BuiltSite.build(source, work.resolve("output"), LocalDate.of(2024, 3, 12));
        Document about = site.page("about/");
        List<Element> marked = about.select("a.glossary-term");
        assertThat(marked).hasSize(1);
        assertThat(marked.get(0).attr("href")).isEqualTo("../glossary/#term-ics");
        assertThat(marked.get(0).selectFirst("abbr").attr("title")).isEqualTo("Integrated care system");
        assertThat(about.select("h2").text()).isEqualTo("What the ICS is");
        assertThat(about.select("main p").first().html()).startsWith("The <a href=\"../glossary/#term-ics\"");
        Document glossary = site.page("glossary/");
        assertThat(glossary.select("dt").eachAttr("id")).containsExactly("term-gp", "term-ics");
        assertThat(glossary.select("dt#term-ics").text()).isEqualTo("ICS (Integrated care system)");
        assertThat(glossary.select("dd").eachText()).contains("The NHS and councils of an area, planning together.");
    }

    @Test
    void aGlossaryWordWithoutAnExplanationStopsTheBuild() throws IOException {
        Path source = fixture("- term: ICS\n  expansion: Integrated care system\n");
        BuildFailure failure = BuiltSite.failure(source, work.resolve("output"), LocalDate.of(2024, 3, 12));
        assertThat(failure.problems()).extracting(Problem::file).containsOnly("data/glossary.yaml");
        assertThat(failure.problems().get(0).line()).isEqualTo(1);
    }

    private Path fixture(String glossary) throws IOException {
        Path source = work.resolve("source");
        PathUtils.copyDirectory(Path.of("src/test/resources/sites/engine").toAbsolutePath(), source);
        Files.delete(source.resolve("content/news/2024/third-report.adoc"));
        Files.writeString(source.resolve("data/glossary.yaml"), glossary);
        Files.writeString(source.resolve("content/about.md"), """
                ---
                title: About this site
                type: page
                ---
                The ICS plans care. The ICS meets monthly.

                ## What the ICS is

                Ask your [ICS](https://example.test/) or your `ICS` team.
                """);
        Files.copy(Path.of("templates/layouts/glossary.peb"), source.resolve("templates/layouts/glossary.peb"));
        Files.createDirectories(source.resolve("templates/components/breadcrumbs"));
        Files.copy(Path.of("templates/components/breadcrumbs/breadcrumbs.peb"), source.resolve("templates/components/breadcrumbs/breadcrumbs.peb"));
        Files.writeString(source.resolve("jbake.properties"), Files.readString(source.resolve("jbake.properties"))
                + "\ntemplate.glossary.file=layouts/glossary.peb\n");
        Files.writeString(source.resolve("templates/messages/en-GB.yaml"), Files.readString(source.resolve("templates/messages/en-GB.yaml"))
                + "glossary:\n  title: Glossary\n  intro: Words we use.\n");
        return source;
    }
}
