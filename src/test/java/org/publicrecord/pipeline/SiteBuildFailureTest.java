package org.publicrecord.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.testing.BuiltSite;

/**
 * Each way a build can go wrong stops it with the file and line at fault, and leaves the site
 * built before it exactly as it was.
 */
class SiteBuildFailureTest {

    @TempDir
    Path work;
    Path source;
    Path output;
    Map<String, String> before;

    @BeforeEach
    void buildOnceSuccessfully() throws IOException {
        source = work.resolve("source");
        PathUtils.copyDirectory(SiteBuildTest.FIXTURE, source);
        // AsciiDoc costs a Ruby start-up per build; these tests are about the other files.
        Files.delete(source.resolve("content/news/2024/third-report.adoc"));
        output = work.resolve("output");
        BuiltSite.build(source, output, SiteBuildTest.TODAY);
        before = SiteBuildTest.snapshot(output);
    }

    @Test
    void unsafeYamlTagIsAnErrorNeverAnObject() throws IOException {
        write("content/news/2024/first-report.md", """
                ---
                title: First report
                type: news
                date: 2024-01-10
                summary: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://example.test/"]]]]
                ---
                Body.
                """);
        Problem problem = onlyProblem();
        assertThat(problem.file()).isEqualTo("content/news/2024/first-report.md");
        assertThat(problem.line()).isEqualTo(5);
        assertThat(problem.message()).isEqualTo("the YAML tag '!!javax.script.ScriptEngineManager' is not allowed");
        assertUntouched();
    }

    @Test
    void brokenYamlHeaderNamesTheLine() throws IOException {
        write("content/news/2024/first-report.md", """
                ---
                title: First report
                type: news
                date: 2024-01-10
                summary: "an unclosed quote
                ---
                Body.
                """);
        Problem problem = onlyProblem();
        assertThat(problem.file()).isEqualTo("content/news/2024/first-report.md");
        assertThat(problem.line()).isBetween(5, 7);
        assertThat(problem.message()).contains("quoted value is not closed");
        assertUntouched();
    }

    @Test
    void mistypedTemplateVariableNamesTemplateAndLine() throws IOException {
        Path template = source.resolve("templates/layouts/news.peb");
        Files.writeString(template, Files.readString(template).replace("{{ content.title }}", "{{ content.titel }}"));
        Problem problem = onlyProblem();
        assertThat(problem.file()).isEqualTo("templates/layouts/news.peb");
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).isEqualTo("the template uses a field 'titel' that this value does not have");
        assertUntouched();
    }

    @Test
    void mistypedRootVariableNamesTemplateAndLine() throws IOException {
        Path template = source.resolve("templates/layouts/list.peb");
        Files.writeString(template, Files.readString(template).replace("items", "itemz"));
        Problem problem = onlyProblem();
        assertThat(problem.file()).isEqualTo("templates/layouts/list.peb");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).isEqualTo("the template uses a variable 'itemz' that does not exist");
        assertUntouched();
    }

    @Test
    void missingTemplateStopsTheBuild() throws IOException {
        Files.delete(source.resolve("templates/layouts/page.peb"));
        Problem problem = onlyProblem();
        assertThat(problem.file()).isEqualTo("templates/layouts/page.peb");
        assertThat(problem.message()).isEqualTo("the template does not exist");
        assertUntouched();
    }

    @Test
    void aTypesLayoutsComeFromTheRegistryNotJbakeProperties() throws IOException {
        assertThat(Files.readString(source.resolve("jbake.properties"))).doesNotContain("template.news");
        BuiltSite.build(source, output, SiteBuildTest.TODAY);
        assertThat(output.resolve("news/index.html")).exists();
        assertThat(Files.readString(output.resolve("news/index.html"))).contains("<ul");
    }

    @Test
    void templateThatRendersNothingNeverWritesAnEmptyPage() throws IOException {
        Files.writeString(source.resolve("templates/layouts/page.peb"), "{# nothing #}");
        Problem problem = onlyProblem();
        assertThat(problem.file()).isEqualTo("templates/layouts/page.peb");
        assertThat(problem.message()).isEqualTo("it produced an empty about/index.html");
        assertUntouched();
    }

    private Problem onlyProblem() {
        BuildFailure failure = BuiltSite.failure(source, output, SiteBuildTest.TODAY);
        assertThat(failure.problems()).hasSize(1);
        return failure.problems().get(0);
    }

    private void write(String path, String text) throws IOException {
        Files.writeString(source.resolve(path), text);
    }

    private void assertUntouched() throws IOException {
        assertThat(SiteBuildTest.snapshot(output)).isEqualTo(before);
        assertThat(Files.exists(work.resolve("output.partial"))).isFalse();
    }
}
