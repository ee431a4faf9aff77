package org.publicrecord.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.build.BuildCache;
import org.publicrecord.problem.BuildFailure;

/**
 * Reading again in one process: a file the watcher vouches for is the very document read before;
 * a file it saw change, one under a folder it saw come or go, and every file once it lost track,
 * is read anew; while it keeps track, the content folder is listed again only where it named.
 */
class SourcesTest {

    @TempDir
    Path site;
    private BuildCache cache;

    @BeforeEach
    void writeSite() throws IOException {
        write("content/news/2024/one.md", "First text.");
        write("content/news/2024/two.md", "Second text.");
        Files.createDirectories(site.resolve("data"));
        cache = BuildCache.of(site);
        cache.changes().watched();
    }

    @Test
    void aFileNobodyChangedIsTheDocumentReadBefore() {
        List<SourceDocument> first = read();
        List<SourceDocument> again = read();

        assertThat(again.get(0)).isSameAs(first.get(0));
        assertThat(again.get(1)).isSameAs(first.get(1));
    }

    @Test
    void aFileTheWatcherSawChangeIsReadAnewEvenWithTheSameSizeAndTime() throws IOException {
        List<SourceDocument> first = read();
        rewriteKeepingStamp("content/news/2024/one.md", "Fixed text.");
        cache.changes().changed(site.resolve("content/news/2024/one.md"));

        List<SourceDocument> again = read();

        assertThat(again.get(0).body()).contains("Fixed text.");
        assertThat(again.get(1)).isSameAs(first.get(1));
    }

    @Test
    void aChangeIsReadOnceTheWatcherTellsIt() throws IOException {
        List<SourceDocument> first = read();
        write("content/news/2024/two.md", "Second text, made longer.");

        // The watcher tells every change, and the build its telling starts reads it: until then the build trusts what it read.
        assertThat(read().get(1)).isSameAs(first.get(1));
        cache.changes().changed(site.resolve("content/news/2024/two.md"));
        assertThat(read().get(1).body()).contains("made longer");
    }

    @Test
    void filesAddedAndDeletedAreFoundWhereTheWatcherNamedThem() throws IOException {
        read();
        write("content/news/2024/three.md", "Third text.");
        cache.changes().changed(site.resolve("content/news/2024/three.md"));
        write("content/news/2025/later/four.md", "Fourth text.");
        cache.changes().changedUnder(site.resolve("content/news/2025"));
        write("content/news/2025/_drafts/hidden.md", "Never a page.");
        Files.delete(site.resolve("content/news/2024/one.md"));
        cache.changes().changed(site.resolve("content/news/2024/one.md"));

        assertThat(read()).extracting(SourceDocument::name).containsExactly(
                "content/news/2024/three.md", "content/news/2024/two.md", "content/news/2025/later/four.md");

        PathUtils.deleteDirectory(site.resolve("content/news/2025"));
        cache.changes().changedUnder(site.resolve("content/news/2025"));
        assertThat(read()).extracting(SourceDocument::name).containsExactly("content/news/2024/three.md", "content/news/2024/two.md");
    }

    @Test
    void theWholeFolderIsListedAgainOnceTheWatcherLostTrack() throws IOException {
        read();
        write("content/news/2024/three.md", "Third text.");
        cache.changes().lostTrack();

        assertThat(read()).extracting(SourceDocument::name).contains("content/news/2024/three.md");
    }

    @Test
    void filesUnderAFolderThatCameOrWentAreReadAnew() throws IOException {
        read();
        rewriteKeepingStamp("content/news/2024/two.md", "Second, new.");
        cache.changes().changedUnder(site.resolve("content/news"));

        assertThat(read().get(1).body()).contains("Second, new.");
    }

    @Test
    void everyFileIsReadAnewOnceTheWatcherLostTrack() throws IOException {
        read();
        rewriteKeepingStamp("content/news/2024/one.md", "Fixed text.");
        cache.changes().lostTrack();

        assertThat(read().get(0).body()).contains("Fixed text.");
    }

    @Test
    void aReadThatFailsLeavesItsChangesForTheNextRead() throws IOException {
        read();
        rewriteKeepingStamp("content/news/2024/one.md", "Fixed text.");
        cache.changes().changed(site.resolve("content/news/2024/one.md"));
        var since = cache.changes().take();
        since.readAgainLater();

        assertThat(read().get(0).body()).contains("Fixed text.");
    }

    @Test
    void withoutAWatcherEveryFileIsReadFromDisk() throws IOException {
        BuildCache unwatched = BuildCache.of(site);
        Sources.read(site, site.resolve("content"), site.resolve("data"), 1, unwatched, unwatched.changes().take());
        rewriteKeepingStamp("content/news/2024/one.md", "Fixed text.");

        List<SourceDocument> again = Sources.read(site, site.resolve("content"), site.resolve("data"), 1, unwatched,
                unwatched.changes().take()).documents();

        assertThat(again.get(0).body()).contains("Fixed text.");
    }

    @Test
    void aNewProcessTakesAFileWhoseTextIsUnchangedAsReadAndParsesAChangedOne() throws IOException {
        BuildCache first = BuildCache.of(site);
        List<SourceDocument> before = Sources.read(site, site.resolve("content"), site.resolve("data"), 1, first, first.changes().take()).documents();
        first.save();
        write("content/news/2024/two.md", "Second text, changed.");

        BuildCache next = BuildCache.of(site);
        List<SourceDocument> after = Sources.read(site, site.resolve("content"), site.resolve("data"), 1, next, next.changes().take()).documents();

        assertThat(after.get(0)).isEqualTo(before.get(0));
        assertThat(after.get(1).body()).contains("Second text, changed.");
        String unchanged = Files.readString(site.resolve("content/news/2024/one.md"));
        assertThat(next.shelf(Sources.SHELF).find(BuildCache.digest(BuildCache.CODE, "content/news/2024/one.md", SourceDocument.Markup.MARKDOWN,
                unchanged))).isNotNull();
    }

    @Test
    void aFileThePreviewFoundInItsMemoStaysOnTheShelfForTheNextProcess() throws IOException {
        read();
        cache.save();
        // Another file changes, so the shelf is written again: with what this build used.
        write("content/news/2024/two.md", "Second text, changed.");
        cache.changes().changed(site.resolve("content/news/2024/two.md"));
        read();
        cache.save();

        String text = Files.readString(site.resolve("content/news/2024/one.md"));
        assertThat(BuildCache.of(site).shelf(Sources.SHELF).find(BuildCache.digest(BuildCache.CODE, "content/news/2024/one.md",
                SourceDocument.Markup.MARKDOWN, text))).isNotNull();
    }

    @Test
    void eachDocumentsKeyIsItsKeyOnTheShelfAndChangesWithItsText() throws IOException {
        Sources first = Sources.read(site, site.resolve("content"), site.resolve("data"), 1, cache, cache.changes().take());
        write("content/news/2024/two.md", "Second text, changed.");
        cache.changes().changed(site.resolve("content/news/2024/two.md"));
        Sources second = Sources.read(site, site.resolve("content"), site.resolve("data"), 1, cache, cache.changes().take());

        String text = Files.readString(site.resolve("content/news/2024/one.md"));
        assertThat(first.keyOf(first.documents().get(0)))
                .isEqualTo(BuildCache.digest(BuildCache.CODE, "content/news/2024/one.md", SourceDocument.Markup.MARKDOWN, text))
                .isEqualTo(second.keyOf(second.documents().get(0)));
        assertThat(second.keyOf(second.documents().get(1))).isNotNull().isNotEqualTo(first.keyOf(first.documents().get(1)));
        assertThat(Sources.read(site, site.resolve("content"), site.resolve("data"), 1).keyOf(first.documents().get(0))).isNull();
    }

    @Test
    void aContentFolderThatIsGoneIsToldNotTakenForAnEmptySite() throws IOException {
        read();
        PathUtils.deleteDirectory(site.resolve("content"));
        cache.changes().changedUnder(site.resolve("content"));

        assertThatThrownBy(this::read).isInstanceOf(BuildFailure.class).hasMessageContaining("the content folder could not be read");
    }

    @Test
    void aFileToldChangedAgainAndAgainByTheSamePathIsReadAnewEachTime() throws IOException {
        Path one = site.resolve("content/news/2024/one.md");
        read();
        for (String text : List.of("Second version.", "Third version.", "Fourth version.")) {
            write("content/news/2024/one.md", text);
            cache.changes().changed(one);
            assertThat(read().get(0).body()).contains(text);
        }
    }

    @Test
    void theDataFilesAreReadAgainOnlyOnceTheWatcherSawOneOfThemChange() throws IOException {
        Path data = Files.writeString(site.resolve("data/site.yaml"), "name: First name\n");
        DataFiles first = Sources.read(site, site.resolve("content"), site.resolve("data"), 2, cache, cache.changes().take()).data();
        cache.changes().changed(site.resolve("content/news/2024/one.md"));
        DataFiles afterAnEdit = Sources.read(site, site.resolve("content"), site.resolve("data"), 2, cache, cache.changes().take()).data();
        assertThat(afterAnEdit).isSameAs(first);

        Files.writeString(data, "name: Second name\n");
        cache.changes().changed(data);
        DataFiles changed = Sources.read(site, site.resolve("content"), site.resolve("data"), 2, cache, cache.changes().take()).data();
        assertThat(changed.values()).containsEntry("site", java.util.Map.of("name", "Second name"));

        // A read without a watcher reads them, whatever the memo holds.
        Files.writeString(data, "name: Third name\n");
        BuildCache unwatched = BuildCache.of(site);
        DataFiles once = Sources.read(site, site.resolve("content"), site.resolve("data"), 2, unwatched, unwatched.changes().take()).data();
        assertThat(once.values()).containsEntry("site", java.util.Map.of("name", "Third name"));
    }

    private List<SourceDocument> read() {
        return Sources.read(site, site.resolve("content"), site.resolve("data"), 2, cache, cache.changes().take()).documents();
    }

    private void write(String path, String body) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: A story\ntype: news\ndate: 2024-03-12\n---\n\n" + body + "\n");
    }

    /** Writes a body of the same length and puts the file's time of change back, as a coarse clock would show it. */
    private void rewriteKeepingStamp(String path, String body) throws IOException {
        Path file = site.resolve(path);
        FileTime before = Files.getLastModifiedTime(file);
        long size = Files.size(file);
        write(path, body);
        assertThat(Files.size(file)).isEqualTo(size);
        Files.setLastModifiedTime(file, before);
    }
}
