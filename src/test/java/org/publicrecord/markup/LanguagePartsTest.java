package org.publicrecord.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.commons.io.file.PathUtils;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.testing.BuiltSite;

/** A passage marked with its language gets lang and dir on its element, written the same way in Markdown and AsciiDoc. */
class LanguagePartsTest {

    @TempDir
    Path work;

    @Test
    void markdownAndAsciidocPassagesCarryTheirLanguageAndDirection() throws IOException {
        Path source = fixture();
        Files.writeString(source.resolve("content/about.md"), """
                ---
                title: About this site
                type: page
                ---
                A resident said [نريد أن نسمع منكم]{lang=ar} and another [dziękuję]{lang=pl}.

                > أريد أن يعرف طبيبي ما قاله لي المستشفى.
                > {lang=ar}

                A plain paragraph, with a [link](https://example.test/) and `{lang=ar}` in code.
                """);
        Files.writeString(source.resolve("content/news/2024/third-report.adoc"), """
                = Third report
                :jbake-type: news
                :jbake-date: 2024-03-20

                == Written in AsciiDoc

                A resident said [نريد أن نسمع منكم]{lang=ar} at the event.

                Dziękujemy za wszystkie uwagi.
                {lang=pl}
                """);
        BuiltSite site = BuiltSite.build(source, work.resolve("output"), LocalDate.of(2024, 3, 25));
        Document about = site.page("about/");
        assertThat(about.select("main span[lang]").eachAttr("lang")).containsExactly("ar", "pl");
        assertThat(about.selectFirst("span[lang=ar]").attr("dir")).isEqualTo("rtl");
        assertThat(about.selectFirst("span[lang=ar]").text()).isEqualTo("نريد أن نسمع منكم");
        assertThat(about.selectFirst("span[lang=pl]").attr("dir")).isEqualTo("ltr");
        assertThat(about.selectFirst("blockquote p").attr("lang")).isEqualTo("ar");
        assertThat(about.selectFirst("blockquote p").attr("dir")).isEqualTo("rtl");
        assertThat(about.selectFirst("blockquote p").text()).isEqualTo("أريد أن يعرف طبيبي ما قاله لي المستشفى.");
        assertThat(about.select("main").text()).doesNotContain("[نريد").contains("`{lang=ar}`".replace("`", ""));
        Document adoc = site.page("news/2024/third-report/");
        assertThat(adoc.selectFirst("main span[lang=ar]").attr("dir")).isEqualTo("rtl");
        assertThat(adoc.select("main p[lang=pl]").text()).isEqualTo("Dziękujemy za wszystkie uwagi.");
        assertThat(adoc.select("main").text()).doesNotContain("{lang=");
    }

    @Test
    void aMalformedLanguageStopsTheBuildAtItsLine() throws IOException {
        Path source = fixture();
        Files.delete(source.resolve("content/news/2024/third-report.adoc"));
        Files.writeString(source.resolve("content/about.md"), "---\ntitle: About\ntype: page\n---\nFirst line.\n\nSaid [merci]{lang=french!}.\n");
        BuildFailure failure = BuiltSite.failure(source, work.resolve("output"), LocalDate.of(2024, 3, 25));
        assertThat(failure.problems()).extracting(Problem::toString).containsExactly("content/about.md:7:13: 'french!' is not a language tag "
                + "(write the language as a tag such as {lang=ar} (Arabic), {lang=pl} (Polish) or {lang=cy} (Welsh))");
    }

    private Path fixture() throws IOException {
        Path source = work.resolve("source");
        PathUtils.copyDirectory(Path.of("src/test/resources/sites/engine").toAbsolutePath(), source);
        return source;
    }
}
