package org.publicrecord.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.publicrecord.cms.AdminPage;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.build.BuildOptions;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.pipeline.SiteBuild;

/** A site built for a test: runs the real build on a source folder and reads what it wrote. */
public record BuiltSite(Path output) {

    /** A build's output is a link to the version it published: the site is read in that version. */
    public BuiltSite {
        if (Files.isSymbolicLink(output)) {
            try {
                output = output.toRealPath();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The repository's own site (content/, data/, templates/...), the folder tests run from. */
    public static final Path EXAMPLE_SITE = Path.of("").toAbsolutePath();

    /** Builds {@code source} into {@code output} as if on {@code today}. */
    public static BuiltSite build(Path source, Path output, LocalDate today) {
        new SiteBuild(new BuildOptions(source, output, today, false, 2), PhaseLog.silent()).run();
        return new BuiltSite(output);
    }

    /** Builds {@code source} expecting it to fail, and returns the failure. */
    public static BuildFailure failure(Path source, Path output, LocalDate today) {
        try {
            build(source, output, today);
        } catch (BuildFailure failure) {
            return failure;
        }
        throw new AssertionError("the build of " + source + " was expected to fail but succeeded");
    }

    public Path file(String path) {
        return output.resolve(path);
    }

    public boolean exists(String path) {
        return Files.exists(file(path));
    }

    public String text(String path) {
        try {
            return Files.readString(file(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page at a site-relative address ({@code meetings/} reads {@code meetings/index.html}). */
    public Document page(String url) {
        String path = url.isEmpty() || url.endsWith("/") ? url + "index.html" : url;
        return Jsoup.parse(text(path), "https://example.test/" + url);
    }

    /** Every HTML file written, as site-relative paths. */
    public List<String> htmlFiles() {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(path -> path.toString().endsWith(".html"))
                    .map(path -> output.relativize(path).toString().replace('\\', '/'))
                    // The editors' CMS is an application, not a page of the record: CmsIT checks it.
                    .filter(page -> !page.startsWith(AdminPage.FOLDER))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
