package org.publicrecord.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Makes the served folder equal to a freshly built one by touching only what differs: changed
 * files are rewritten, new ones added, removed ones deleted. The preview's open pages and the
 * browser's cache see only the pages a change affected.
 */
final class OutputSync {

    /** What one sync changed. */
    record Changes(List<String> written, List<String> deleted) {
        boolean isEmpty() {
            return written.isEmpty() && deleted.isEmpty();
        }
    }

    private OutputSync() {
    }

    static Changes sync(Path fresh, Path served) {
        try {
            Set<String> freshFiles = files(fresh);
            Set<String> servedFiles = Files.exists(served) ? files(served) : Set.of();
            List<String> written = new java.util.ArrayList<>();
            for (String file : freshFiles.stream().sorted().toList()) {
                Path from = fresh.resolve(file);
                Path to = served.resolve(file);
                if (!Files.exists(to) || !Arrays.equals(Files.readAllBytes(from), Files.readAllBytes(to))) {
                    Files.createDirectories(to.getParent());
                    Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    written.add(file);
                }
            }
            List<String> deleted = servedFiles.stream().filter(file -> !freshFiles.contains(file)).sorted().toList();
            for (String file : deleted) {
                Files.delete(served.resolve(file));
            }
            removeEmptyFolders(served);
            return new Changes(written, deleted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> files(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        }
    }

    private static void removeEmptyFolders(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path folder : paths.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
                if (!folder.equals(root)) {
                    try (Stream<Path> children = Files.list(folder)) {
                        if (children.findAny().isEmpty()) {
                            Files.delete(folder);
                        }
                    }
                }
            }
        }
    }
}
