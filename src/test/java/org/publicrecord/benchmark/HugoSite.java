package org.publicrecord.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.commons.io.file.PathUtils;

/**
 * The same site for Hugo, the speed reference: the synthetic site's Markdown files as they are
 * (Hugo reads the same YAML front matter), with layouts that do the same kinds of work as ours:
 * a page per document with its decisions and agenda, section lists paged 50 at a time with each
 * item's summary, a taxonomy of themes and of committees, and Hugo's own feeds and sitemap.
 */
final class HugoSite {

    private static final String CONFIG = """
            baseURL = "https://example.org/"
            title = "Benchmark partnership"
            languageCode = "en-gb"
            paginate = 50
            [taxonomies]
              theme = "themes"
              committee = "committee"
            """;

    private static final String BASE = """
            <!doctype html>
            <html lang="en-GB">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ .Title }} | {{ site.Title }}</title></head>
            <body>
            <header><a href="/">{{ site.Title }}</a>
            <nav><ul>{{ range site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav></header>
            <main>{{ block "main" . }}{{ end }}</main>
            <footer><p>Published by the partnership.</p></footer>
            </body>
            </html>
            """;

    private static final String SINGLE = """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>
            {{ with .Params.summary }}<p>{{ . }}</p>{{ end }}
            {{ with .Params.decisions }}<h2>Decisions</h2><ol>{{ range . }}<li>{{ .text }}</li>{{ end }}</ol>{{ end }}
            {{ with .Params.said }}<h2>You said</h2><p>{{ . }}</p>{{ end }}
            {{ with .Params.agenda }}<h2>Agenda</h2><ol>{{ range . }}<li>{{ .title }}</li>{{ end }}</ol>{{ end }}
            <h2>Minutes</h2>
            {{ .Content }}
            {{ with .Params.venue }}<h2>Where</h2><p>{{ .name }}</p>{{ end }}
            {{ end }}
            """;

    private static final String LIST = """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            {{ $pages := .Paginate .Pages.ByDate.Reverse }}
            <ul>{{ range $pages.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
            <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>
            <p>{{ .Summary | plainify | truncate 200 }}</p></li>{{ end }}</ul>
            {{ template "_internal/pagination.html" . }}
            {{ end }}
            """;

    private HugoSite() {
    }

    /** Writes into {@code target} a Hugo site with the Markdown documents of the synthetic site in {@code source}. */
    static void write(Path source, Path target) throws IOException {
        if (Files.exists(target)) {
            PathUtils.deleteDirectory(target);
        }
        Path content = source.resolve("content");
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : files.filter(file -> file.toString().endsWith(".md")).toList()) {
                Path relative = content.relativize(file);
                if (!relative.startsWith("_templates")) {
                    Path copy = target.resolve("content").resolve(relative.toString());
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy);
                }
            }
        }
        Files.writeString(target.resolve("config.toml"), CONFIG);
        Path layouts = Files.createDirectories(target.resolve("layouts/_default"));
        Files.writeString(layouts.resolve("baseof.html"), BASE);
        Files.writeString(layouts.resolve("single.html"), SINGLE);
        Files.writeString(layouts.resolve("list.html"), LIST);
    }
}
