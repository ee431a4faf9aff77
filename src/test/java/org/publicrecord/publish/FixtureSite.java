package org.publicrecord.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.publicrecord.testing.BuiltSite;

/**
 * A small site for publishing tests: the repository's own settings, templates, data and assets,
 * with three documents of its own, so a test can add, change and delete pages freely.
 */
public final class FixtureSite {

    /** What every fixture starts with: two pages (the repository's example redirect points at about/) and a news story. */
    static final String ABOUT = """
            ---
            title: About the partnership
            type: page
            summary: Who we are.
            ---

            We work together.
            """;
    static final String CONTACT = """
            ---
            title: Contact us
            type: page
            ---

            Write to us.
            """;
    static final String NEWS = """
            ---
            title: First report
            type: news
            date: 2024-03-12
            summary: The first report is out.
            ---

            It is out.
            """;

    private FixtureSite() {
    }

    /** Creates the fixture in {@code folder} and returns it. */
    public static Path create(Path folder) {
        for (String part : List.of("jbake.properties", "templates", "data", "assets")) {
            copy(BuiltSite.EXAMPLE_SITE.resolve(part), folder.resolve(part));
        }
        write(folder, "content/about.md", ABOUT);
        write(folder, "content/contact.md", CONTACT);
        write(folder, "content/news/2024/first-report.md", NEWS);
        return folder;
    }

    public static void write(Path site, String path, String text) {
        try {
            Path file = site.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path site, String path) {
        try {
            Files.delete(site.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code folder}, by path relative to it, with the SHA-256 of its bytes: equal maps mean equal folders. */
    public static SortedMap<String, String> digests(Path folder) {
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

    static void copy(Path from, Path to) {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
