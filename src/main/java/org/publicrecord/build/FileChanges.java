package org.publicrecord.build;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Which of the site's files may have changed since the last build of this process read them, as
 * a watcher of the site's folders saw it (the preview has one; a one-off build has none). While
 * nothing watches, every file may have changed. A file the watcher saw change, every file in a
 * folder it saw come or go, and every file once it lost track (too many changes at once) is read
 * again. While it keeps track, the site's folders are not listed again either: a change the
 * watcher has not told yet is read by the build its telling starts.
 */
public final class FileChanges {

    private boolean watched;
    private boolean lostTrack = true;
    private final Set<Path> files = new HashSet<>();
    private final Set<Path> folders = new HashSet<>();

    /** From now on a watcher reports every change; until the next read, every file counts as changed. */
    public synchronized void watched() {
        watched = true;
        lostTrack = true;
    }

    /** The file was written, created or deleted. */
    public synchronized void changed(Path file) {
        files.add(normal(file));
    }

    /** A folder was created, deleted or renamed: whatever is under it may be new. */
    public synchronized void changedUnder(Path folder) {
        folders.add(normal(folder));
    }

    /** The watcher missed changes: every file may have changed. */
    public synchronized void lostTrack() {
        lostTrack = true;
    }

    /**
     * The changes seen until now, for a read that is about to start; the changes seen from now on
     * are kept for the next read. A read that fails hands them back with {@link Since#readAgainLater()}.
     */
    public synchronized Since take() {
        Since since = new Since(!watched || lostTrack, Set.copyOf(files), Set.copyOf(folders));
        files.clear();
        folders.clear();
        lostTrack = false;
        return since;
    }

    private synchronized void giveBack(Since since) {
        lostTrack |= since.everything;
        files.addAll(since.files);
        folders.addAll(since.folders);
    }

    private static Path normal(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /** The changes a read takes into account. */
    public final class Since {

        private final boolean everything;
        private final Set<Path> files;
        private final Set<Path> folders;

        private Since(boolean everything, Set<Path> files, Set<Path> folders) {
            this.everything = everything;
            this.files = files;
            this.folders = folders;
        }

        /** Whether the file may differ from when the last read read it. */
        public boolean mayHaveChanged(Path file) {
            if (everything) {
                return true;
            }
            Path normal = normal(file);
            return files.contains(normal) || folders.stream().anyMatch(normal::startsWith);
        }

        /** Whether a watcher told every change since the last read: only then can what was not told be trusted. */
        public boolean toldEveryChange() {
            return !everything;
        }

        /** The files the watcher saw written, created or deleted (absolute and normal). */
        public Set<Path> files() {
            return files;
        }

        /** The folders the watcher saw come, go or be renamed (absolute and normal): anything under them may be new. */
        public Set<Path> folders() {
            return folders;
        }

        /** Whether the watcher saw a file or folder change at or under {@code folder}, or one that holds it come or go. */
        public boolean anyAtOrUnder(Path folder) {
            Path normal = normal(folder);
            return files.stream().anyMatch(file -> file.startsWith(normal))
                    || folders.stream().anyMatch(changed -> changed.startsWith(normal) || normal.startsWith(changed));
        }

        /** Whether the watcher saw nothing change but files under {@code folder}. */
        public boolean onlyUnder(Path folder) {
            Path normal = normal(folder);
            return !everything && files.stream().allMatch(file -> file.startsWith(normal))
                    && folders.stream().allMatch(changed -> changed.startsWith(normal));
        }

        /** The read did not finish: what it was told is told again to the next one. */
        public void readAgainLater() {
            giveBack(this);
        }
    }
}
