package org.publicrecord.check;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site directory over HTTP on the loopback interface, so browser checks see the
 * site as a visitor would (root-relative links, content types) rather than through file:// URLs.
 */
public final class StaticSiteServer implements AutoCloseable {

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("xml", "application/xml"),
            Map.entry("xsl", "text/xsl"),
            Map.entry("rss", "application/rss+xml"),
            Map.entry("atom", "application/atom+xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("ics", "text/calendar; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("avif", "image/avif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("otf", "font/otf"),
            Map.entry("pdf", "application/pdf"));

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Served> served = new CopyOnWriteArrayList<>();

    /** A file sent in full in answer to a GET: its path in the site and its bytes. */
    public record Served(String path, byte[] bytes) {
    }

    /** Starts serving {@code siteDir} on a free port of 127.0.0.1. */
    public StaticSiteServer(Path siteDir) throws IOException {
        this.root = siteDir.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // A browser opens several connections at once; a handful of threads keeps page loads quick.
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "static-site-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL without a trailing slash, e.g. {@code http://127.0.0.1:40123}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The absolute URL of a site-relative path such as {@code /decisions/} or {@code about.html}. */
    public String url(String sitePath) {
        return baseUrl() + (sitePath.startsWith("/") ? sitePath : "/" + sitePath);
    }

    /** Every file sent in answer to a GET since the last {@link #forgetServed()}, in the order sent: what browsers downloaded. */
    public List<Served> served() {
        return List.copyOf(served);
    }

    public void forgetServed() {
        served.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Method not allowed".getBytes(StandardCharsets.UTF_8));
                return;
            }
            URI uri = exchange.getRequestURI();
            String path = uri.getPath();
            // Resolve against the root and refuse anything that climbs out of it.
            Path file;
            try {
                file = root.resolve(path.replaceFirst("^/+", "")).normalize();
            } catch (InvalidPathException e) {
                file = null;
            }
            if (file == null || !file.startsWith(root)) {
                notFound(exchange);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    // Relative links inside a directory index only resolve correctly under a trailing slash.
                    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
                    exchange.getResponseHeaders().set("Location", uri.getRawPath() + "/" + query);
                    send(exchange, 301, null, new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                notFound(exchange);
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (method.equals("GET")) {
                served.add(new Served(root.relativize(file).toString().replace('\\', '/'), bytes));
            }
            send(exchange, 200, contentType(file), bytes);
        }
    }

    private void notFound(HttpExchange exchange) throws IOException {
        Path custom = root.resolve("404.html");
        if (Files.isRegularFile(custom)) {
            send(exchange, 404, CONTENT_TYPES.get("html"), Files.readAllBytes(custom));
        } else {
            send(exchange, 404, "text/plain; charset=utf-8", "Not found".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        if (type != null) {
            exchange.getResponseHeaders().set("Content-Type", type);
        }
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        // -1 tells HttpServer there is no body; HEAD must announce no body either.
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return CONTENT_TYPES.getOrDefault(ext, "application/octet-stream");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
