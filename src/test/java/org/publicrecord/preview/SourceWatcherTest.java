package org.publicrecord.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.build.FileChanges;

/**
 * The watcher names every change by the path it has now, since a rebuild looks only where it
 * names: a file in a new folder, and a file in a folder renamed since it was first watched.
 */
@Timeout(30)
class SourceWatcherTest {

    @TempDir
    Path site;
    private final FileChanges changes = new FileChanges();
    private final Semaphore rebuilds = new Semaphore(0);
    private SourceWatcher watcher;
    private Thread watching;

    @BeforeEach
    void watch() throws IOException {
        Files.createDirectories(site.resolve("content/news/2024"));
        Files.writeString(site.resolve("content/news/2024/one.md"), "one");
        watcher = new SourceWatcher(site, changes, rebuilds::release);
        watching = new Thread(watcher);
        watching.start();
        changes.take();
    }

    @AfterEach
    void stop() throws InterruptedException {
        watcher.close();
        watching.join(Duration.ofSeconds(5).toMillis());
    }

    @Test
    void aFileInAFolderRenamedSinceIsNamedByItsNewPath() throws Exception {
        Files.move(site.resolve("content/news/2024"), site.resolve("content/news/archive"));
        FileChanges.Since renamed = nextChanges();
        assertThat(renamed.folders()).contains(site.resolve("content/news/2024").toAbsolutePath(),
                site.resolve("content/news/archive").toAbsolutePath());

        Files.writeString(site.resolve("content/news/archive/one.md"), "one, edited");

        assertThat(nextChanges().files()).contains(site.resolve("content/news/archive/one.md").toAbsolutePath());
    }

    @Test
    void aFileInANewFolderIsNamedOrItsFolderIs() throws Exception {
        Files.createDirectories(site.resolve("content/news/2025/spring"));
        Files.writeString(site.resolve("content/news/2025/spring/two.md"), "two");

        FileChanges.Since since = nextChanges();

        assertThat(since.mayHaveChanged(site.resolve("content/news/2025/spring/two.md"))).isTrue();
        assertThat(since.mayHaveChanged(site.resolve("content/news/2024/one.md"))).isFalse();
    }

    /** The changes of the next burst the watcher calls back for (a burst may need a moment to settle into one). */
    private FileChanges.Since nextChanges() throws InterruptedException {
        assertThat(rebuilds.tryAcquire(10, TimeUnit.SECONDS)).as("the watcher called back").isTrue();
        Thread.sleep(300);
        rebuilds.drainPermits();
        return changes.take();
    }
}
