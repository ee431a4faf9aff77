package org.publicrecord.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.problem.ProblemReport;
import org.publicrecord.build.BuildOptions;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.build.Superseded;
import org.publicrecord.pipeline.FirstPages;
import org.publicrecord.pipeline.SiteBuild;
import org.publicrecord.content.SourceDocument;
import org.publicrecord.build.BuildCache;

/**
 * The editors' preview: builds the site, serves it on localhost, rebuilds when a source file
 * changes and tells open pages to reload. It serves its own folder (never {@code target/site}),
 * so a preview with drafts can never be published by mistake, straight from where each build puts
 * the site (a link to its latest version, replaced in one step): nothing is copied, and a request
 * always finds a whole site. A build with mistakes prints them and keeps serving the last good site.
 */
public final class Preview implements AutoCloseable {

    private static final String RELOAD_SCRIPT = "/__preview/reload.js";
    private static final String EVENTS = "/__preview/events";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("ics", "text/calendar; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("webp", "image/webp"), Map.entry("pdf", "application/pdf"),
            Map.entry("wasm", "application/wasm"), Map.entry("yml", "text/yaml; charset=utf-8"));

    private final BuildOptions options;
    private final Path served;
    private final PrintStream out;
    private final BuildCache cache;
    private final ChangedFirst changedFirst = new ChangedFirst();
    /**
     * The pages of changed documents, shown before their build has put the site in place (by path
     * in the site: {@code about/index.html}); served instead of the files until a build does.
     */
    private final Map<String, byte[]> shownFirst = new ConcurrentHashMap<>();
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    /** What stopped the last build, shown at the top of every page served until a build succeeds. */
    private volatile List<Problem> problems = List.of();
    private final ExecutorService threads = Executors.newCachedThreadPool(daemon());
    private HttpServer server;
    private SourceWatcher watcher;
    /** Set by the watcher when a change comes: the build under way stops at its next step, and the next one starts. */
    private volatile boolean newerChange;
    private final Semaphore changes = new Semaphore(0);
    /** Runs before each build; a test sets it to stand for an internal fault. */
    Runnable beforeBuild = () -> { };

    /** @param options what to build; its output folder is the one served */
    public Preview(BuildOptions options, PrintStream out) {
        this.options = options;
        this.served = options.output().toAbsolutePath().normalize();
        this.out = out;
        this.cache = BuildCache.of(options.source());
    }

    /** Builds once, starts serving on {@code port} (0 picks a free one) and watching the sources. */
    public int start(int port) throws IOException {
        // Watching starts before the first build: an edit saved while it runs, or the moment the first
        // page is served, is then rebuilt too (at 45,000 documents, registering the folders takes seconds).
        watcher = new SourceWatcher(options.source(), cache.changes(), this::changed);
        rebuild();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
        threads.submit(watcher);
        threads.submit(this::rebuildOnChanges);
        return server.getAddress().getPort();
    }

    /** Called by the watcher after each burst of changes; the watcher carries on watching while the site rebuilds. */
    private void changed() {
        newerChange = true;
        changes.release();
    }

    /** Rebuilds once for every burst of changes, or once for several that came while a rebuild ran. */
    private void rebuildOnChanges() {
        try {
            while (true) {
                changes.acquire();
                changes.drainPermits();
                newerChange = false;
                rebuild();
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** Rebuilds the site in place, and says which of its files the build changed. */
    synchronized void rebuild() {
        long start = System.nanoTime();
        changedFirst.started = start;
        try {
            beforeBuild.run();
            Path before = Files.exists(served) ? served.toRealPath() : null;
            new SiteBuild(options, PhaseLog.silent(), cache).run(changedFirst);
            // The site now in place holds the pages shown first, as they are now.
            shownFirst.clear();
            ChangedFiles changes = ChangedFiles.between(before, served.toRealPath());
            out.printf(Locale.ROOT, "rebuilt in %.2f s: %s changed, %s removed%n", (System.nanoTime() - start) / 1e9,
                    PhaseLog.count(changes.written().size(), "files"), PhaseLog.count(changes.deleted().size(), "files"));
            boolean fixed = !problems.isEmpty();
            problems = List.of();
            if (!changes.isEmpty() || fixed) {
                notifyListeners();
            }
        } catch (Superseded newer) {
            // The pages of the change are shown already, or are shown by the next build, which starts at once.
            out.printf(Locale.ROOT, "stopped after %.2f s to build a newer change%n", (System.nanoTime() - start) / 1e9);
        } catch (BuildFailure failure) {
            ProblemReport.print(failure.problems(), out, false);
            out.println("The preview still shows the last site that built without problems.");
            showProblems(failure.problems());
        } catch (IOException e) {
            fault(new UncheckedIOException(e));
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError fault) {
            fault(fault);
        }
    }

    /** A fault in the build itself, not in the sources: said once, and the watcher carries on. */
    private void fault(Throwable fault) {
        String message = "The preview could not rebuild because of an internal fault: " + fault;
        out.println(message);
        out.println("The preview still shows the last site that built without problems, and tries again on the next change.");
        showProblems(List.of(Problem.inFile("", message, "save any file to try again; if it happens again, tell the site's maintainers")));
    }

    /**
     * The pages of the documents that changed since the last build, shown as soon as they are
     * rendered: the editor sees the page they are working on without waiting for the whole site.
     * Documents read by an earlier build are the very same objects (the read phase keeps them), so
     * a changed, added or renamed file is one this build read anew.
     */
    private final class ChangedFirst extends FirstPages {

        @Override
        public boolean newerChange() {
            return newerChange;
        }

        /** When the build under way started, for the time it took to show the pages. */
        private long started;
        /** The documents the last build read, to tell which ones the next build reads anew. */
        private Set<SourceDocument> lastRead = Set.of();

        @Override
        public Set<String> wanted(List<SourceDocument> documents) {
            Set<SourceDocument> before = lastRead;
            lastRead = Collections.newSetFromMap(new IdentityHashMap<>());
            lastRead.addAll(documents);
            if (before.isEmpty()) {
                return Set.of();
            }
            return documents.stream().filter(document -> !before.contains(document)).map(SourceDocument::name)
                    .collect(Collectors.toSet());
        }

        @Override
        public void rendered(Map<String, String> pages) {
            pages.forEach((path, text) -> shownFirst.put(path, text.getBytes(StandardCharsets.UTF_8)));
            out.printf(Locale.ROOT, "shown in %.2f s: %s; the rest of the site follows%n", (System.nanoTime() - started) / 1e9,
                    String.join(", ", pages.keySet()));
            notifyListeners();
        }
    }

    /** Shows {@code found} on every page served from now on, and reloads the open pages to show it. */
    private void showProblems(List<Problem> found) {
        problems = List.copyOf(found);
        notifyListeners();
    }

    private void notifyListeners() {
        for (OutputStream listener : listeners) {
            try {
                listener.write("data: reload\n\n".getBytes(StandardCharsets.UTF_8));
                listener.flush();
            } catch (IOException gone) {
                listeners.remove(listener);
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        // A page elsewhere could point a name of its own at 127.0.0.1 (DNS rebinding) and read drafts: only local names are answered.
        if (!isLocal(exchange.getRequestHeaders().getFirst("Host"))) {
            send(exchange, 403, "txt", "The preview answers only to localhost.\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (path.equals(EVENTS)) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            body.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
            body.flush();
            listeners.add(body);
            return;
        }
        if (path.equals(RELOAD_SCRIPT) || path.equals(ProblemBanner.STYLESHEET)) {
            try (var resource = Preview.class.getResourceAsStream("/preview/" + path.substring(path.lastIndexOf('/') + 1))) {
                send(exchange, 200, extension(Path.of(path)), resource.readAllBytes());
            }
            return;
        }
        String file = fileOf(path);
        byte[] bytes = file == null ? null : bytesOf(file);
        if (bytes == null) {
            byte[] page = bytesOf("404.html");
            page = page == null ? new byte[0] : page;
            send(exchange, 404, "html", page.length == 0 && problems.isEmpty() ? page : withReload(page));
            return;
        }
        String extension = extension(file);
        send(exchange, 200, extension, extension.equals("html") ? withReload(bytes) : bytes);
    }

    /** The bytes of the site's file at {@code file} ({@code about/index.html}): as shown first, or as built; null when there is none. */
    private byte[] bytesOf(String file) throws IOException {
        byte[] first = shownFirst.get(file);
        if (first != null) {
            return first;
        }
        try {
            return Files.readAllBytes(served.resolve(file));
        } catch (NoSuchFileException gone) {
            return null;
        }
    }

    /** Whether a Host header names this machine: localhost, 127.0.0.1 or [::1], with any port. */
    static boolean isLocal(String host) {
        if (host == null) {
            return false;
        }
        String name = host.strip().toLowerCase(Locale.ROOT).replaceFirst(":[0-9]+$", "");
        return name.equals("localhost") || name.equals("127.0.0.1") || name.equals("[::1]");
    }

    /**
     * The site's file for a request path, as its path in the site ({@code about/index.html} for
     * {@code /about/}), or null; never a file outside the served folder.
     */
    private String fileOf(String requestPath) {
        Path file = served.resolve(requestPath.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(served)) {
            return null;
        }
        String path = served.relativize(file).toString().replace(java.io.File.separatorChar, '/');
        String index = path.isEmpty() ? "index.html" : path + "/index.html";
        if (!path.isEmpty() && (shownFirst.containsKey(path) || Files.isRegularFile(file))) {
            return path;
        }
        return shownFirst.containsKey(index) || Files.isRegularFile(file.resolve("index.html")) ? index : null;
    }

    /** The page as served: the problems' alert at its top, if any, and the reload script at its end. */
    private byte[] withReload(byte[] html) {
        String page = new String(ProblemBanner.inject(html, problems), StandardCharsets.UTF_8);
        String tag = "<script src=\"" + RELOAD_SCRIPT + "\" defer></script>";
        int end = page.lastIndexOf("</body>");
        return (end < 0 ? page + tag : page.substring(0, end) + tag + page.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String extension, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String extension(Path file) {
        return extension(file.getFileName().toString());
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "preview");
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        if (server != null) {
            server.stop(0);
        }
        // A rebuild under way finishes first, so nothing writes into the site's folders once the preview has stopped.
        synchronized (this) {
            listeners.size();
        }
        listeners.forEach(listener -> {
            try {
                listener.close();
            } catch (IOException ignored) {
                // The browser has gone already.
            }
        });
        threads.shutdownNow();
    }
}
