package org.publicrecord.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.build.Superseded;
import org.publicrecord.problem.BuildFailure;

/** A program the build runs says what went wrong when it fails, and is stopped at once for a newer change. */
class NodePackagesTest {

    @TempDir
    Path folder;

    @Test
    void aProgramThatFailsIsToldWithWhatItSaid() {
        assertThatThrownBy(() -> NodePackages.run(folder, List.of("sh", "-c", "echo broken pipe; echo second line; exit 3"),
                "the search index could not be built", "run npm install"))
                .isInstanceOf(BuildFailure.class)
                .hasMessageContaining("the search index could not be built (exit 3): broken pipe / second line");
    }

    @Test
    void aProgramIsStoppedAtOnceWhenANewerChangeComes() throws Exception {
        AtomicBoolean newer = new AtomicBoolean();
        Thread later = new Thread(() -> {
            sleep(200);
            newer.set(true);
        });
        later.start();
        long start = System.nanoTime();

        assertThatThrownBy(() -> NodePackages.run(folder, List.of("sleep", "30"), "the search index could not be built", "fix", newer::get))
                .isInstanceOf(Superseded.class);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        later.join();
    }

    @Test
    void theProgramAWrapperStartedIsStoppedWithIt() throws Exception {
        // As npm's wrappers do: the program that does the work is the wrapper's child.
        Path childPid = folder.resolve("child.pid");
        AtomicBoolean newer = new AtomicBoolean();
        Thread later = new Thread(() -> {
            while (!Files.exists(childPid)) {
                sleep(10);
            }
            newer.set(true);
        });
        later.start();

        assertThatThrownBy(() -> NodePackages.run(folder, List.of("sh", "-c", "sleep 30 & echo $! > child.pid.part; mv child.pid.part child.pid; wait"),
                "the search index could not be built", "fix", newer::get))
                .isInstanceOf(Superseded.class);

        later.join();
        long pid = Long.parseLong(Files.readString(childPid).strip());
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).as("the wrapper's child, pid " + pid).isNotEqualTo(Optional.of(true));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
