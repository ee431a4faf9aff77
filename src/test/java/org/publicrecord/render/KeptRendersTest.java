package org.publicrecord.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.build.BuildCache;
import org.publicrecord.build.BuildOptions;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.check.FixtureSite;
import org.publicrecord.pipeline.SiteBuild;

/**
 * A build with a cache takes each output and page an earlier build made from the same inputs as it
 * is, and makes again exactly those whose inputs changed: a body edit renders the pages that show
 * that body, and the pages that show what was worked out from it; any other change of a document,
 * a template or the code renders everything. Every result equals a clean build's.
 */
class KeptRendersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Pattern KEPT = Pattern.compile("render +([0-9,]+) files .*?(?:, ([0-9,]+) files as the last build made them)?\\s+[0-9.]+ s");

    @TempDir
    Path work;
    private Path site;
    private Path output;
    private Path minutes;
    /** The first build of the example site, with an empty cache. */
    private Rendered first;

    @BeforeEach
    void buildOnce() {
        site = FixtureSite.create(work.resolve("site"), Map.of());
        output = work.resolve("out");
        minutes = site.resolve("content/meetings/2025/2025-01-21-peoples-partnership.md");
        first = build(site, output, BuildCache.of(site));
    }

    @Test
    void aBuildWithNothingChangedTakesEveryOutputAsItWasAndEqualsACleanBuild() throws IOException {
        assertThat(first.kept()).isZero();
        Rendered again = build(site, output, BuildCache.of(site));
        // Made again by every build: the pictures' copies (written before the pages, from their own cache), what reads
        // the finished folder (the sitemap, the redirects, the headers) and the editor's page (its script is the CMS's).
        assertThat(again.kept()).isGreaterThan(again.files() / 2);
        assertThat(build(site, output, BuildCache.of(site)).kept()).isEqualTo(again.kept());
        assertThat(digests(output)).isEqualTo(digests(clean()));
    }

    @Test
    void minutesThatNameAnActionRenderTheirPageAndTheActionsPageAndNothingElse() throws IOException {
        Rendered unchanged = build(site, output, BuildCache.of(site));
        assertThat(Files.readString(output.resolve("actions/lhcp-2018-01/index.html"))).doesNotContain("action-reviewed");

        Files.writeString(minutes, Files.readString(minutes) + "\nThe partnership looked again at LHCP-2018-01.\n");
        Rendered edited = build(site, output, BuildCache.of(site));
        assertThat(Files.readString(output.resolve("actions/lhcp-2018-01/index.html"))).as("matters arising, worked out from the minutes")
                .contains("action-reviewed").contains("2025-01-21-peoples-partnership");
        assertThat(Files.readString(output.resolve("meetings/2025/2025-01-21-peoples-partnership/index.html")))
                .contains("looked again at LHCP-2018-01");
        assertThat(digests(output)).isEqualTo(digests(clean()));
        assertThat(edited.kept()).as("what a changed part of the model makes is made again").isLessThan(unchanged.kept());

        // A sentence that changes nothing but the minutes themselves.
        Files.writeString(minutes, Files.readString(minutes) + "\nA sentence added after the meeting.\n");
        Rendered sentence = build(site, output, BuildCache.of(site));
        assertThat(Files.readString(output.resolve("meetings/2025/2025-01-21-peoples-partnership/index.html"))).contains("A sentence added after the meeting.");
        assertThat(unchanged.kept() - sentence.kept()).as("files made again for one body").isBetween(1, 12);
        assertThat(digests(output)).isEqualTo(digests(clean()));
    }

    @Test
    void anyOtherChangeOfADocumentOrATemplateMakesEverythingAgain() throws IOException {
        Files.writeString(minutes, Files.readString(minutes).replaceFirst("(?m)^title: (.*)$", "title: $1, revised"));
        assertThat(build(site, output, BuildCache.of(site)).kept()).as("a title shows in lists, neighbours and feeds").isZero();
        assertThat(digests(output)).isEqualTo(digests(clean()));

        Path base = site.resolve("templates/layouts/base.peb");
        Files.writeString(base, Files.readString(base) + "\n<!-- changed -->\n");
        assertThat(build(site, output, BuildCache.of(site)).kept()).isZero();
        assertThat(digests(output)).isEqualTo(digests(clean()));
    }

    /** What the render line of a build said: files written in all, and how many of them were taken as the last build made them. */
    private record Rendered(int files, int kept) {
    }

    private static Rendered build(Path site, Path output, BuildCache cache) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        new SiteBuild(BuildOptions.of(site, output, TODAY).withThreads(2), new PhaseLog(new PrintStream(printed, true, StandardCharsets.UTF_8)), cache).run();
        Matcher line = KEPT.matcher(printed.toString(StandardCharsets.UTF_8));
        assertThat(line.find()).as(printed.toString(StandardCharsets.UTF_8)).isTrue();
        return new Rendered(number(line.group(1)), line.group(2) == null ? 0 : number(line.group(2)));
    }

    private Path clean() {
        Path output = work.resolve("clean-" + System.nanoTime());
        new SiteBuild(BuildOptions.of(site, output, TODAY).withThreads(2), PhaseLog.silent(), BuildCache.none()).run();
        return output;
    }

    private static int number(String counted) {
        return Integer.parseInt(counted.replace(",", ""));
    }

    private static SortedMap<String, String> digests(Path output) throws IOException {
        SortedMap<String, String> digests = new TreeMap<>();
        Path root = output.toRealPath();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                digests.put(root.relativize(file).toString(), BuildCache.digest(Files.readAllBytes(file)));
            }
        }
        return digests;
    }
}
