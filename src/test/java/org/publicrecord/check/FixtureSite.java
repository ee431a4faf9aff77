package org.publicrecord.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.apache.commons.io.file.PathUtils;
import org.publicrecord.testing.BuiltSite;

/**
 * A site for a test: a copy of the repository's example site (content, assets, templates, data,
 * settings) with the test's own files added or replaced. The whole example is copied because its
 * navigation links to every section: a site with fewer sections would have broken links.
 */
public final class FixtureSite {

    private FixtureSite() {
    }

    /** Writes the site into {@code folder}; {@code content} maps paths under content/ to their text. */
    public static Path create(Path folder, Map<String, String> content) {
        for (String part : new String[] {"content", "assets", "templates", "data"}) {
            if (Files.isDirectory(BuiltSite.EXAMPLE_SITE.resolve(part))) {
                copy(BuiltSite.EXAMPLE_SITE.resolve(part), folder.resolve(part));
            }
        }
        try {
            Files.copy(BuiltSite.EXAMPLE_SITE.resolve("jbake.properties"), folder.resolve("jbake.properties"), StandardCopyOption.REPLACE_EXISTING);
            for (Map.Entry<String, String> file : content.entrySet()) {
                write(folder.resolve("content").resolve(file.getKey()), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** A standing page's source. */
    public static String page(String title, String body) {
        return "---\ntitle: " + title + "\ntype: page\nsummary: A page.\n---\n\n" + body + "\n";
    }

    /** A news item's source, dated 12 March 2024. */
    public static String news(String title, String body) {
        return "---\ntitle: " + title + "\ntype: news\ndate: 2024-03-12\nsummary: News.\n---\n\n" + body + "\n";
    }

    public static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to);
            PathUtils.copyDirectory(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
