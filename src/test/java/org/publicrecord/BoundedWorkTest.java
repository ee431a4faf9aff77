package org.publicrecord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.publicrecord.validate.ValidationFixture;

/**
 * Bounded work: no single file can make a build take minutes or end in a stack overflow. Each
 * pathological body either builds in seconds or is refused with its file named, never with a
 * stack trace. (Before these limits, the first case took 349 s and the nested ones overflowed.)
 */
class BoundedWorkTest {

    /** A build of the small fixture site takes about a second; a few times that is the bound, with room for a busy machine. */
    private static final long BOUND_MILLIS = 30_000;
    private static final String FILE = "content/news/2024/deep.md";
    private static final String HEAD = "---\ntitle: Deep\ntype: news\ndate: 2024-05-01\n---\n";

    record Case(String name, String body) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> bodies() {
        return Stream.of(
                new Case("a 100 KB line of '<' inside a div", "<div>\n" + "<".repeat(100_000) + "\n</div>\n"),
                new Case("50,000 nested quotes", ">".repeat(50_000) + " hello\n"),
                new Case("a 3,000-level list", nestedList(3_000)),
                new Case("20,000 nested divs", "<div>".repeat(20_000) + "x" + "</div>".repeat(20_000) + "\n"),
                new Case("100 KB of emphasis markers", "*_".repeat(50_000) + "\n"),
                new Case("100 KB of link brackets", "[".repeat(50_000) + "](".repeat(25_000) + "\n"),
                new Case("a 2 MB file", ("Words of the minutes. ".repeat(40) + "\n\n").repeat(2_500)));
    }

    private static String nestedList(int levels) {
        StringBuilder list = new StringBuilder();
        for (int level = 0; level < levels; level++) {
            list.append("  ".repeat(level)).append("- item\n");
        }
        return list.toString();
    }

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void eachBodyBuildsInSecondsOrIsRefusedNamingItsFile(Case input) throws IOException {
        Path site = ValidationFixture.write(work.resolve("site"));
        ValidationFixture.write(site, FILE, HEAD + input.body());
        Path output = work.resolve("output");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long start = System.nanoTime();
        int status = SiteCommand.run(new String[] {"build", "--source", site.toString(), "--output", output.toString(),
                        "--today", ValidationFixture.TODAY.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        long millis = (System.nanoTime() - start) / 1_000_000;
        String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        System.out.println(input.name() + ": " + (status == 0 ? "built" : "refused") + " in " + millis + " ms");

        assertThat(millis).as(printed).isLessThan(BOUND_MILLIS);
        assertThat(printed).doesNotContain("\tat ", "Exception", "StackOverflow");
        if (status != 0) {
            assertThat(status).as(printed).isEqualTo(SiteCommand.SOURCE_PROBLEMS);
            assertThat(err.toString(StandardCharsets.UTF_8).lines()).as(printed).anyMatch(line -> line.startsWith(FILE + ":"));
        }
    }
}
