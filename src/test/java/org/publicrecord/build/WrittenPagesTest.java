package org.publicrecord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page's digest is taken once, as it is written, and trusted only while the file is still what was written. */
class WrittenPagesTest {

    @TempDir
    Path site;

    private WrittenPages written() {
        return WrittenPages.under(site, BuildCache.of(site.resolveSibling(site.getFileName() + "-source")));
    }

    private byte[] write(String path, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(site.resolve(path).getParent());
        Files.write(site.resolve(path), bytes);
        return bytes;
    }

    @Test
    void aPageAsWrittenIsKnownByItsDigestWithoutBeingRead() throws IOException {
        WrittenPages pages = written();
        byte[] bytes = write("meetings/index.html", "<p>Meetings</p>");
        pages.wrote("meetings/index.html", bytes);

        assertThat(pages.unchanged("meetings/index.html")).hasValueSatisfying(page -> {
            assertThat(page.digest()).isEqualTo(BuildCache.digest(bytes));
            assertThat(page.size()).isEqualTo(bytes.length);
        });
    }

    @Test
    void aPageChangedSinceItWasWrittenIsReadAgain() throws IOException {
        WrittenPages pages = written();
        pages.wrote("index.html", write("index.html", "<p>Home</p>"));
        FileTime then = Files.getLastModifiedTime(site.resolve("index.html"));

        // Same size, another time of change: something else wrote the file after the renderer.
        byte[] other = write("index.html", "<p>Gone</p>");
        Files.setLastModifiedTime(site.resolve("index.html"), FileTime.fromMillis(then.toMillis() + 5_000));

        assertThat(pages.unchanged("index.html")).isEmpty();
        assertThat(pages.digest("index.html")).isEqualTo(BuildCache.digest(other));
    }

    @Test
    void aBuildWithoutACacheKeepsNoDigestsAndSavesNothing() throws IOException {
        WrittenPages uncached = WrittenPages.under(site, BuildCache.none());
        uncached.wrote("index.html", write("index.html", "<p>Home</p>"));
        assertThat(uncached.unchanged("index.html")).isEmpty();
        uncached.save();
        assertThat(WrittenPages.manifestOf(site)).doesNotExist();
    }

    @Test
    void theNextBuildIntoTheSameFolderKnowsWhatEachFileHoldsUntilItIsChanged() throws IOException {
        WrittenPages first = written();
        byte[] feed = write("feed.xml", "<feed/>");
        first.wrote("feed.xml", feed);
        first.wrote("index.html", write("index.html", "<p>Home</p>"));
        first.wrote("news/index.html", write("news/index.html", "<p>News</p>"));
        first.save();
        assertThat(first.recycled()).isFalse();

        write("news/index.html", "<p>Changed by hand</p>");
        WrittenPages next = written();
        assertThat(next.recycled()).isTrue();
        assertThat(next.alreadyHolds("feed.xml", BuildCache.digest(feed))).isTrue();
        assertThat(next.unchanged("feed.xml")).as("a file left as it was counts as written").isPresent();
        assertThat(next.alreadyHolds("index.html", BuildCache.digest("<p>Other</p>"))).isFalse();
        assertThat(next.alreadyHolds("news/index.html", BuildCache.digest("<p>News</p>"))).as("changed since it was written").isFalse();
        assertThat(next.alreadyHolds("about/index.html", BuildCache.digest("<p>News</p>"))).isFalse();
    }

    @Test
    void aRecordCutShortIsNothingKnown() throws IOException {
        WrittenPages first = written();
        byte[] home = write("index.html", "<p>Home</p>");
        first.wrote("index.html", home);
        first.save();
        byte[] record = Files.readAllBytes(WrittenPages.manifestOf(site));
        Files.write(WrittenPages.manifestOf(site), java.util.Arrays.copyOf(record, record.length - 4));

        WrittenPages next = written();
        assertThat(next.recycled()).isTrue();
        assertThat(next.alreadyHolds("index.html", BuildCache.digest(home))).isFalse();
    }

    @Test
    void theDigestOfAllPagesIsTheSameWhetherDigestsWereKeptOrReadAndInAnyOrder() throws IOException {
        WrittenPages pages = written();
        pages.wrote("a/index.html", write("a/index.html", "<p>A</p>"));
        pages.wrote("b/index.html", write("b/index.html", "<p>B</p>"));
        WrittenPages read = WrittenPages.unknown(site);

        String kept = pages.digestOfAll(List.of("a/index.html", "b/index.html"));
        assertThat(read.digestOfAll(List.of("b/index.html", "a/index.html"))).isEqualTo(kept);

        write("b/index.html", "<p>C</p>");
        assertThat(WrittenPages.unknown(site).digestOfAll(List.of("a/index.html", "b/index.html"))).isNotEqualTo(kept);
    }
}
