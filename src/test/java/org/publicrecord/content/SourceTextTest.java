package org.publicrecord.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.publicrecord.problem.BuildFailure;

/** A source file's bytes become its text: UTF-8 only, without a byte-order mark, with one kind of line end. */
class SourceTextTest {

    private static final String NAME = "content/news/2024/website.md";

    @Test
    void textInUtf8IsReadWithItsLineEndsMadeOneAndItsByteOrderMarkDropped() {
        byte[] bytes = "\uFEFF---\r\ntitle: Caf\u00e9 \u2019round the corner\r\n---\rBody \u0639\u0631\u0628\u064a\n".getBytes(StandardCharsets.UTF_8);
        assertThat(SourceText.decode(bytes, NAME).text()).isEqualTo("---\ntitle: Caf\u00e9 \u2019round the corner\n---\nBody \u0639\u0631\u0628\u064a\n");
    }

    @Test
    void theReplacementCharacterWrittenOnPurposeIsText() {
        byte[] bytes = "---\ntitle: Unknown sign \uFFFD\n---\nBody\n".getBytes(StandardCharsets.UTF_8);
        assertThat(SourceText.decode(bytes, NAME).text()).contains("Unknown sign \uFFFD");
    }

    @Test
    void aByteThatIsNotUtf8IsAProblemAtItsLine() {
        byte[] start = "---\ntitle: ok \uFFFD\nplace: Caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[start.length + 2];
        System.arraycopy(start, 0, bytes, 0, start.length);
        bytes[start.length] = (byte) 0xE9;
        bytes[start.length + 1] = '\n';
        assertThatThrownBy(() -> SourceText.decode(bytes, NAME)).isInstanceOfSatisfying(BuildFailure.class,
                failure -> assertThat(failure.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.file()).isEqualTo(NAME);
                    assertThat(problem.line()).isEqualTo(3);
                    assertThat(problem.message()).isEqualTo("the file is not saved as UTF-8 text");
                }));
    }
}
