package org.publicrecord.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.publicrecord.build.WrittenPages;

/**
 * What one build changed in the site the preview serves: the files of the version it published
 * that the version before lacked or held otherwise, and the files it no longer has. A file the
 * render wrote is compared by the digests both builds took as they wrote it (no file read); any
 * other (assets, the search index) by its bytes.
 */
record ChangedFiles(List<String> written, List<String> deleted) {

    boolean isEmpty() {
        return written.isEmpty() && deleted.isEmpty();
    }

    /** From the version folder {@code before} (null, or gone: there was none) to the version folder {@code after}. */
    static ChangedFiles between(Path before, Path after) {
        // Gone: a site built before versions were kept, moved aside as the first version came.
        boolean wasOne = before != null && Files.isDirectory(before);
        Set<String> now = files(after);
        Set<String> then = wasOne ? files(before) : Set.of();
        WrittenPages wroteNow = WrittenPages.of(after);
        WrittenPages wroteThen = wasOne ? WrittenPages.of(before) : null;
        List<String> written = now.stream()
                .filter(file -> !then.contains(file) || !same(file, wroteThen, wroteNow))
                .sorted().toList();
        List<String> deleted = then.stream().filter(file -> !now.contains(file)).sorted().toList();
        return new ChangedFiles(written, deleted);
    }

    private static boolean same(String file, WrittenPages then, WrittenPages now) {
        String before = then.digestAsWritten(file);
        String after = now.digestAsWritten(file);
        if (before != null && after != null) {
            return before.equals(after);
        }
        try {
            Path old = then.fileOf(file);
            Path fresh = now.fileOf(file);
            return Files.size(old) == Files.size(fresh) && Arrays.equals(Files.readAllBytes(old), Files.readAllBytes(fresh));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> files(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
