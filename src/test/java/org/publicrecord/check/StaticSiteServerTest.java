package org.publicrecord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticSiteServerTest {

    @TempDir
    Path root;

    private StaticSiteServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        Path site = Files.createDirectories(root.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<p>home</p>");
        Files.createDirectories(site.resolve("events"));
        Files.writeString(site.resolve("events/index.html"), "<p>events</p>");
        Files.writeString(site.resolve("style.css"), "p{}");
        Files.writeString(site.resolve("feed.xml"), "<feed/>");
        Files.writeString(root.resolve("secret.txt"), "outside the site");
        server = new StaticSiteServer(site);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesLoopbackOnly() {
        assertThat(server.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+");
    }

    @Test
    void directoriesServeTheirIndex() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).isEqualTo("<p>home</p>");
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(get("/events/").body()).isEqualTo("<p>events</p>");
    }

    @Test
    void directoryWithoutTrailingSlashRedirects() throws Exception {
        HttpResponse<String> response = get("/events");
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValue("/events/");
    }

    @Test
    void contentTypesFollowTheExtension() throws Exception {
        assertThat(get("/style.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(get("/feed.xml").headers().firstValue("Content-Type")).hasValue("application/xml");
    }

    @Test
    void missingFilesAndEscapesAre404() throws Exception {
        assertThat(get("/nowhere.html").statusCode()).isEqualTo(404);
        assertThat(get("/%2e%2e/secret.txt").statusCode()).isEqualTo(404);
    }
}
