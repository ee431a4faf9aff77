package org.publicrecord.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.build.BuildOptions;

/** The preview serves the site, rebuilds on edits and deletions, and tells open pages to reload. */
@Timeout(60)
class PreviewTest {

    @TempDir
    Path work;
    Path source;
    Preview preview;
    HttpClient http = HttpClient.newHttpClient();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    String base;

    @BeforeEach
    void start() throws IOException {
        source = work.resolve("source");
        Files.createDirectories(source);
        PathUtils.copyDirectory(Path.of("src/test/resources/sites/engine"), source);
        Files.delete(source.resolve("content/news/2024/third-report.adoc"));
        BuildOptions options = new BuildOptions(source, work.resolve("preview"), LocalDate.of(2024, 6, 1), true, 2);
        preview = new Preview(options, new PrintStream(log, true, StandardCharsets.UTF_8));
        base = "http://127.0.0.1:" + preview.start(0) + "/";
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    @Test
    void servesPagesWithTheReloadScriptAndDraftsWhenAsked() throws Exception {
        HttpResponse<String> page = get("news/2024/first-report/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>First report</h1>").contains("/__preview/reload.js");
        assertThat(get("news/2024/unfinished/").statusCode()).isEqualTo(200);
        assertThat(get("no/such/page/").statusCode()).isEqualTo(404);
        assertThat(get("../../etc/passwd").statusCode()).isEqualTo(404);
    }

    @Test
    void anEditReloadsOpenPagesAndRewritesOnlyAffectedFiles() throws Exception {
        CompletableFuture<String> reload = firstEvent();
        Path file = source.resolve("content/news/2024/first-report.md");
        Files.writeString(file, Files.readString(file).replace("title: First report", "title: First report, corrected"));
        assertThat(reload.get(20, TimeUnit.SECONDS)).isEqualTo("data: reload");
        // The edited page is shown first, before the rest of the site is rebuilt.
        assertThat(get("news/2024/first-report/").body()).contains("<h1>First report, corrected</h1>");
        assertThat(log.toString(StandardCharsets.UTF_8)).containsPattern("shown in [0-9.]+ s: news/2024/first-report/index.html");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        // Until the second rebuild's line is printed whole (the log is read while the preview writes to it).
        while (log.toString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("rebuilt in") && line.endsWith("removed")).count() < 2
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(log.toString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("rebuilt in")).skip(1).findFirst())
                .hasValueSatisfying(line -> assertThat(line).matches("rebuilt in [0-9.]+ s: [1-9] files? changed, 0 files removed"));
    }

    @Test
    void aDeletedDocumentDisappears() throws Exception {
        CompletableFuture<String> reload = firstEvent();
        Files.delete(source.resolve("content/about.md"));
        assertThat(reload.get(20, TimeUnit.SECONDS)).isEqualTo("data: reload");
        assertThat(get("about/").statusCode()).isEqualTo(404);
    }

    @Test
    void aMistakeKeepsTheLastGoodSiteAndSaysWhere() throws Exception {
        Path file = source.resolve("content/about.md");
        Files.writeString(file, "---\ntitle: About\ntype: page\n");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!log.toString(StandardCharsets.UTF_8).contains("content/about.md:1:1") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("content/about.md:1:1: the front matter that starts on line 1 is never closed");
        assertThat(get("about/").statusCode()).isEqualTo(200);
    }

    @Test
    void everyServedPageShowsTheProblemsUntilTheyAreFixed() throws Exception {
        Path file = source.resolve("content/about.md");
        String good = Files.readString(file);
        CompletableFuture<String> reload = firstEvent();
        Files.writeString(file, "---\ntitle: About <script>alert(1)</script>\ntype: page\n");
        assertThat(reload.get(20, TimeUnit.SECONDS)).isEqualTo("data: reload");
        for (String page : new String[] {"about/", "news/2024/first-report/", "no/such/page/"}) {
            String body = get(page).body();
            assertThat(body).as(page).contains("role=\"alert\"")
                    .contains("1 problem stops the site from building")
                    .contains("<strong>content/about.md, line 1</strong>: the front matter that starts on line 1 is never closed")
                    .contains("To fix: ")
                    .contains("/__preview/problems.css")
                    .doesNotContain("<script>alert");
            // The alert comes first in the body, before the page's own skip link and header.
            assertThat(body.indexOf("preview-problems")).as(page).isLessThan(Math.max(body.indexOf("<header"), body.indexOf("<main")));
        }
        assertThat(get("__preview/problems.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");

        reload = firstEvent();
        Files.writeString(file, good);
        assertThat(reload.get(20, TimeUnit.SECONDS)).isEqualTo("data: reload");
        assertThat(get("about/").body()).doesNotContain("preview-problems").doesNotContain("problems.css");
    }

    @Test
    void anInternalFaultIsToldAndTheNextChangeRebuilds() throws Exception {
        preview.beforeBuild = () -> {
            preview.beforeBuild = () -> { };
            throw new IllegalStateException("a fault in the build");
        };
        Path file = source.resolve("content/news/2024/first-report.md");
        Files.writeString(file, Files.readString(file).replace("title: First report", "title: First report, again"));
        waitForLog("internal fault");
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("could not rebuild because of an internal fault: java.lang.IllegalStateException: a fault in the build");
        assertThat(get("news/2024/first-report/").body()).contains("<h1>First report</h1>");

        CompletableFuture<String> reload = firstEvent();
        Files.writeString(file, Files.readString(file).replace("title: First report, again", "title: First report, fixed"));
        assertThat(reload.get(20, TimeUnit.SECONDS)).isEqualTo("data: reload");
        assertThat(get("news/2024/first-report/").body()).contains("<h1>First report, fixed</h1>");
    }

    @Test
    void answersOnlyRequestsForLocalNames() throws Exception {
        int port = URI.create(base).getPort();
        assertThat(statusFor(port, "localhost:" + port)).isEqualTo(200);
        assertThat(statusFor(port, "127.0.0.1:" + port)).isEqualTo(200);
        assertThat(statusFor(port, "[::1]:" + port)).isEqualTo(200);
        assertThat(statusFor(port, "attacker.example")).isEqualTo(403);
        assertThat(statusFor(port, "localhost.attacker.example:" + port)).isEqualTo(403);
    }

    /** The status of a request with this Host header, sent by hand: HTTP clients will not send a Host of one's choosing. */
    private static int statusFor(int port, String host) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    private void waitForLog(String text) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!log.toString(StandardCharsets.UTF_8).contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Connects to the reload events and completes with the first event after the greeting. */
    private CompletableFuture<String> firstEvent() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(base + "__preview/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
        assertThat(lines.readLine()).isEqualTo(": connected");
        return CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("data:")) {
                        return line;
                    }
                }
                return "closed";
            } catch (IOException e) {
                return "failed: " + e;
            }
        });
    }
}
