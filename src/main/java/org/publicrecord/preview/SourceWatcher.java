package org.publicrecord.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.publicrecord.build.FileChanges;

/**
 * Watches the site's sources (content, templates, assets, data and jbake.properties), tells
 * {@link FileChanges} each file that changed, and calls back once per burst of changes: an
 * editor's save often touches a file several times.
 */
final class SourceWatcher implements Runnable, AutoCloseable {

    static final List<String> FOLDERS = List.of("content", "templates", "assets", "data");
    /**
     * How long a burst of changes may pause and still be one: a save writes its events within a few
     * milliseconds. Every millisecond of it is waited after each save, before the page is rebuilt; a
     * burst that pauses for longer is built twice, the first build stopped by the second.
     */
    private static final long QUIET_MILLIS = 20;

    private final Path source;
    private final FileChanges changes;
    private final Runnable onChange;
    private final WatchService service;
    /**
     * The folder each key watches, as it is named now: a key keeps the name its folder had when
     * first registered, and a folder renamed keeps its key, so registering it under its new name
     * puts that name here.
     */
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();

    SourceWatcher(Path source, FileChanges changes, Runnable onChange) throws IOException {
        this.source = source;
        this.changes = changes;
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        folders.put(source.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), source);
        for (String folder : FOLDERS) {
            registerTree(source.resolve(folder));
        }
        changes.watched();
    }

    private void registerTree(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path each : tree.filter(Files::isDirectory).toList()) {
                folders.put(each.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), each);
            }
        }
    }

    @Override
    public void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = handle(key);
                // Gather the rest of the burst before rebuilding once.
                for (WatchKey more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); more != null;
                     more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                    relevant |= handle(more);
                }
                if (relevant) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** Registers new folders; true when the change can affect the site. */
    private boolean handle(WatchKey key) {
        Path folder = folders.getOrDefault(key, (Path) key.watchable());
        boolean relevant = false;
        for (var event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) {
                // Too many changes at once for the system to list.
                changes.lostTrack();
                relevant = true;
                continue;
            }
            Path changed = folder.resolve(name);
            if (folder.equals(source)) {
                String top = name.toString();
                if (top.equals("jbake.properties")) {
                    changes.changed(changed);
                    relevant = true;
                } else if (FOLDERS.contains(top) && event.kind() != ENTRY_MODIFY) {
                    changes.changedUnder(changed);
                    if (event.kind() == ENTRY_CREATE) {
                        register(changed);
                    }
                    relevant = true;
                }
                continue;
            }
            changes.changed(changed);
            // A folder that came or went (a deleted path may have been one) may hold files whose changes were never told.
            if (event.kind() == ENTRY_DELETE || (event.kind() == ENTRY_CREATE && Files.isDirectory(changed))) {
                changes.changedUnder(changed);
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                register(changed);
            }
            relevant = true;
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return relevant;
    }

    private void register(Path folder) {
        try {
            registerTree(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
