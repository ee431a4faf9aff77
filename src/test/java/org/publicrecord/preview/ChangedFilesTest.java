package org.publicrecord.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.build.BuildCache;
import org.publicrecord.build.WrittenPages;

/**
 * What the preview says a build changed: the files of the new version that are new or hold other
 * bytes, and those it no longer has, whether the render wrote them (compared by the digests it
 * took) or not (compared by their bytes).
 */
class ChangedFilesTest {

    @TempDir
    Path folder;

    @Test
    void namesTheFilesAddedChangedAndRemovedBetweenTwoVersions() throws IOException {
        Path before = version("one", "index.html", "<p>Home</p>", "about/index.html", "<p>About</p>", "old/index.html", "<p>Old</p>");
        copy(before, "css/site.css", "body { color: black }");
        copy(before, "js/search.js", "search()");
        Path after = version("two", "index.html", "<p>Home</p>", "about/index.html", "<p>About us</p>", "new/index.html", "<p>New</p>");
        copy(after, "css/site.css", "body { color: navy }");
        copy(after, "js/search.js", "search()");

        ChangedFiles changes = ChangedFiles.between(before, after);

        assertThat(changes.written()).containsExactly("about/index.html", "css/site.css", "new/index.html");
        assertThat(changes.deleted()).containsExactly("old/index.html");
    }

    @Test
    void aRenderedFileChangedSinceItsDigestWasTakenIsComparedByItsBytes() throws IOException {
        Path before = version("one", "index.html", "<p>Home</p>");
        Path after = version("two", "index.html", "<p>Home</p>");
        // Something other than the render wrote the file after it: the digest it took no longer tells.
        Files.writeString(after.resolve("index.html"), "<p>Hame</p>");

        assertThat(ChangedFiles.between(before, after).written()).containsExactly("index.html");
    }

    @Test
    void everyFileIsNewWhenThereWasNoSiteBefore() throws IOException {
        Path after = version("two", "index.html", "<p>Home</p>", "about/index.html", "<p>About</p>");

        assertThat(ChangedFiles.between(null, after).written()).containsExactly("about/index.html", "index.html");
        assertThat(ChangedFiles.between(folder.resolve("moved-away"), after).written()).hasSize(2);
        assertThat(ChangedFiles.between(after, after).isEmpty()).isTrue();
    }

    /** A built folder whose files (path, text, ...) the render wrote, with its record of them saved beside it. */
    private Path version(String name, String... files) throws IOException {
        Path root = folder.resolve(name);
        WrittenPages written = WrittenPages.under(root, BuildCache.of(folder.resolve("source-" + name)));
        for (int i = 0; i < files.length; i += 2) {
            byte[] bytes = files[i + 1].getBytes(StandardCharsets.UTF_8);
            Path file = root.resolve(files[i]);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            written.wrote(files[i], bytes);
        }
        written.save();
        return root;
    }

    /** A file in the folder that the render did not write (an asset). */
    private static void copy(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
