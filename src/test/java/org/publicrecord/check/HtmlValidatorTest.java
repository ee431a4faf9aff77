package org.publicrecord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.check.HtmlValidator.HtmlError;

class HtmlValidatorTest {

    private static HtmlValidator validator;

    @BeforeAll
    static void loadSchema() {
        validator = new HtmlValidator();
    }

    static final String VALID = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Decisions</title>
            </head>
            <body>
            <a href="#main-content">Skip to main content</a>
            <main id="main-content">
            <h1>Decisions</h1>
            <ul>
            <li><a href="/decisions/2024-01/">January budget</a></li>
            </ul>
            <p>Last updated <time datetime="2024-01-31">31 January 2024</time>.</p>
            </main>
            </body>
            </html>
            """;

    @Test
    void validPageHasNoErrors() {
        assertThat(validator.validate(VALID)).isEmpty();
    }

    @Test
    void divInsideParagraphIsAnErrorOnTheClosingParagraphLine() {
        String html = """
                <!DOCTYPE html>
                <html lang="en">
                <head><title>t</title></head>
                <body>
                <p>
                <div>x</div>
                </p>
                </body>
                </html>
                """;
        List<HtmlError> errors = validator.validate(html);
        // The div implicitly closes the p, so the stray </p> on line 7 is what the parser rejects.
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(7);
            assertThat(e.message()).contains("No “p” element in scope but a “p” end tag seen");
        });
    }

    @Test
    void divAsChildOfListIsAnErrorOnTheDivLine() {
        String html = """
                <!DOCTYPE html>
                <html lang="en">
                <head><title>t</title></head>
                <body>
                <ul>
                  <li>one</li>
                  <div>two</div>
                </ul>
                </body>
                </html>
                """;
        List<HtmlError> errors = validator.validate(html);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(7);
            assertThat(e.column()).isEqualTo(7);
            assertThat(e.message()).contains("Element “div” not allowed as child of element “ul”");
        });
    }

    @Test
    void warningsAndInfoAreNotErrors() {
        // A trailing slash on a void element and a redundant type on a script are info/warnings only.
        String html = VALID.replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\" />")
                .replace("</body>", "<script type=\"text/javascript\">let x = 1;</script>\n</body>");
        assertThat(validator.validate(html)).isEmpty();
    }

    @Test
    void validatesFilesAndNamesThemInErrors(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.html"), VALID);
        Path bad = Files.writeString(dir.resolve("bad.html"), VALID.replace("<title>Decisions</title>", ""));
        assertThat(validator.validate(good)).isEmpty();
        assertThat(validator.validate(bad)).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(bad.toString());
            assertThat(e.message()).contains("“title”");
        });
    }
}
