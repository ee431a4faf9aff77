package org.publicrecord.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.publicrecord.testing.BuiltSite;

/** A document kept as bytes comes back equal to the one parsed, whatever its header held. */
class DocumentBytesTest {

    private static SourceDocument keptAndBack(SourceDocument document) {
        return DocumentBytes.from(DocumentBytes.of(document));
    }

    @Test
    void everyFileOfTheExampleSiteComesBackAsParsed() throws IOException {
        Path content = BuiltSite.EXAMPLE_SITE.resolve("content");
        List<Path> files;
        try (Stream<Path> found = Files.walk(content)) {
            files = found.filter(file -> SourceDocument.Markup.of(file.getFileName().toString()) != null).toList();
        }
        assertThat(files).hasSizeGreaterThan(40);
        for (Path file : files) {
            SourceText text = SourceText.read(file, content.relativize(file).toString());
            SourceDocument parsed = SourceDocument.parse(text, SourceDocument.Markup.of(file.getFileName().toString()));
            assertThat(keptAndBack(parsed)).as(file.toString()).isEqualTo(parsed);
        }
    }

    @Test
    void everyKindOfValueKeepsItsKindAndOrder() {
        String yaml = String.join("\n", "---", "title: \"Quoted: text\"", "count: 12", "big: 12345678901", "share: 0.25", "held: true",
                "nothing: ~", "themes:", "  - Housing", "  - Care", "venue:", "  name: Civic Suite", "  rooms: [1, 2]", "---", "",
                "Body with é and ✓ in it.", "");
        SourceDocument parsed = SourceDocument.parse(new SourceText("content/news/x.md", yaml), SourceDocument.Markup.MARKDOWN);
        SourceDocument back = keptAndBack(parsed);

        assertThat(back).isEqualTo(parsed);
        Map<String, Object> values = back.fields().values();
        assertThat(values.keySet()).containsExactly("title", "count", "big", "share", "held", "nothing", "themes", "venue");
        assertThat(values.get("count")).isInstanceOf(Integer.class);
        assertThat(values.get("big")).isInstanceOf(Long.class);
        assertThat(values.get("share")).isInstanceOf(Double.class);
        assertThat(values.get("held")).isEqualTo(true);
        assertThat(values).containsEntry("nothing", null);
        assertThat(back.fields().positionOf("/venue/rooms/1")).isEqualTo(parsed.fields().positionOf("/venue/rooms/1"));
        assertThat(back.bodyFirstLine()).isEqualTo(parsed.bodyFirstLine());
    }

    @Test
    void aBodyLongerThanSixtyFourKilobytesComesBackWhole() {
        String body = "A long paragraph of minutes. ".repeat(5_000);
        SourceDocument parsed = SourceDocument.parse(new SourceText("content/news/long.md", "---\ntitle: Long\n---\n" + body),
                SourceDocument.Markup.MARKDOWN);

        assertThat(keptAndBack(parsed).body()).isEqualTo(parsed.body()).hasSizeGreaterThan(140_000);
    }

    @Test
    void aValueNoHeaderMakesIsRefusedRatherThanKeptWrong() {
        Fields fields = Fields.empty(Position.START);
        fields.values().put("when", java.time.LocalDate.of(2024, 3, 12));
        SourceDocument odd = new SourceDocument("content/news/x.md", SourceDocument.Markup.MARKDOWN, fields, "", 1);

        assertThatThrownBy(() -> DocumentBytes.of(odd)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LocalDate");
    }
}
