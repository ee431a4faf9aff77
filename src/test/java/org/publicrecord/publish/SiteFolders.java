package org.publicrecord.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.io.file.PathUtils;
import org.publicrecord.check.FixtureSite;

/** Source and output folders for publishing tests: a copy of the example site to change, and fingerprints to compare. */
final class SiteFolders {

    private SiteFolders() {
    }

    /** A copy of the example site in {@code folder} with {@code content} (paths under content/) added. */
    static Path exampleSite(Path folder, Map<String, String> content) {
        return FixtureSite.create(folder, content);
    }

    /** Every file under {@code folder}, by path relative to it, with the SHA-256 of its bytes: equal maps mean equal folders. */
    static SortedMap<String, String> digests(Path folder) {
        SortedMap<String, String> digests = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path));
                digests.put(folder.relativize(path).toString().replace('\\', '/'), HexFormat.of().formatHex(hash));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return digests;
    }

    static void write(Path site, String path, String text) {
        try {
            FixtureSite.write(site.resolve(path), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path site, String path) {
        try {
            return Files.readString(site.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path site, String path) {
        try {
            Files.delete(site.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to);
            PathUtils.copyDirectory(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
