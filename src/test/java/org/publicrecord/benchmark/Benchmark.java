package org.publicrecord.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.io.file.PathUtils;

/**
 * What users feel, measured in fresh processes as they run the build: for synthetic sites of
 * 300, 1,500 and 7,500 meetings (about 1,860, 9,060 and 45,000 documents), a cold build (no
 * output, no cache), the same build repeated with its cache (twice: the table shows the second, as a
 * build from then on runs, bringing the version before the current one up to date; the first starts
 * from an empty folder), the build after editing one meeting,
 * and the preview's edit-to-page time (edit a meeting's title, poll the served page until it shows
 * it), once with the preview idle and once while it rebuilds the rest of the site for the edit
 * before (the second of two saves a second apart, as an editor fixing a typo makes); peak memory counts the build's children (Pagefind). When {@code hugo} is on the PATH, the
 * same documents are built by Hugo in the same run and the ratios printed. Last, the example
 * site's README command. Not a test: run it with the command in the README; it prints a table and
 * writes it to {@code target/benchmark/results.md}.
 *
 * <p>Each build's JVM gets the options in {@code .mvn/jvm.config}, as Maven's own does when an
 * editor runs the README command. The system property {@code benchmark.edits} sets how many
 * preview edits are timed (default 3; the median is shown), {@code benchmark.runs} how many times
 * each cold build runs (default 1; the median is shown).
 */
public final class Benchmark {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Duration FIRST_BUILD_LIMIT = Duration.ofMinutes(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path repository;
    private final Path work;
    private final List<String> java;
    private final boolean hugo;
    private static final String SHARED_ARCHIVE = "-XX:SharedArchiveFile=";

    private final int edits = Integer.getInteger("benchmark.edits", 3);
    private final int runs = Integer.getInteger("benchmark.runs", 1);

    private Benchmark(Path repository) throws IOException {
        this.repository = repository;
        this.work = repository.resolve("target/benchmark");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        Path jvmConfig = repository.resolve(".mvn/jvm.config");
        if (Files.exists(jvmConfig)) {
            for (String option : Files.readString(jvmConfig).strip().split("\\s+")) {
                // Maven's class-data archive holds Maven's classes; these builds start java directly, and keep their own.
                command.add(option.startsWith(SHARED_ARCHIVE) ? SHARED_ARCHIVE + work.resolve("build.jsa") : option);
            }
        }
        command.addAll(List.of("-cp", classpath(), "org.publicrecord.SiteCommand"));
        this.java = List.copyOf(command);
        this.hugo = onPath("hugo");
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray() : new int[] {300, 1500, 7500};
        Benchmark benchmark = new Benchmark(Path.of("").toAbsolutePath());
        List<String> table = new ArrayList<>(List.of(
                "| Meetings | Documents | Cold build | Peak memory | Repeated, no change | Repeated, one edit | Preview, edit to page"
                        + " | Preview, edit during a rebuild | Hugo cold build | Ratio to Hugo | Hugo server, edit to page |",
                "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"));
        System.out.println(table.get(0));
        System.out.println(table.get(1));
        for (int meetings : sizes) {
            String row = benchmark.size(meetings);
            table.add(row);
            System.out.println(row);
        }
        List<String> example = benchmark.example();
        example.forEach(System.out::println);
        List<String> report = new ArrayList<>();
        report.add("Measured " + ZonedDateTime.now().withNano(0) + " on " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version") + (benchmark.hugo ? ", " + benchmark.hugoVersion() : ", without Hugo")
                + "; times are wall seconds of fresh processes, memory is peak resident set with child processes.");
        report.add("");
        report.addAll(table);
        report.add("");
        report.addAll(example);
        Files.writeString(benchmark.work.resolve("results.md"), String.join("\n", report) + "\n");
        System.out.println("Written to target/benchmark/results.md");
    }

    /** Measures one size and returns its table row. */
    private String size(int meetings) throws Exception {
        Path source = work.resolve("site-" + meetings);
        Path output = work.resolve("out-" + meetings);
        int documents = SyntheticSite.write(repository, source, meetings);
        List<Measured.Result> colds = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            deleteBuilt(output);
            delete(source.resolve("target"));
            colds.add(build(source, output, meetings + "-cold-" + run));
        }
        Measured.Result cold0 = colds.get(0);
        progress(meetings, "cold build %.2f s, peak %,d MB", cold0.seconds(), cold0.peakMegabytes());
        Measured.Result cold = colds.stream().sorted((a, b) -> Double.compare(a.seconds(), b.seconds())).toList().get(colds.size() / 2);
        // The first repeat starts from an empty folder; from the next on, a build brings the version before the current one up to date.
        Measured.Result firstRepeat = build(source, output, meetings + "-repeated-first");
        Measured.Result repeated = build(source, output, meetings + "-repeated");
        progress(meetings, "repeated %.2f s (the first repeat, into an empty folder, %.2f s)", repeated.seconds(), firstRepeat.seconds());
        Path edited = firstMeeting(source);
        Files.writeString(edited, Files.readString(edited) + "\nA sentence added after the meeting.\n");
        Measured.Result afterEdit = build(source, output, meetings + "-after-edit");
        progress(meetings, "after one edit %.2f s", afterEdit.seconds());
        PreviewTimes previewTimes = previewEdits(source, "rebuilt in",
                port -> concat(java, "preview", "--source", source.toString(), "--output", work.resolve("preview-" + meetings).toString(),
                        "--today", TODAY.toString(), "--port", Integer.toString(port)));
        long preview = median(previewTimes.idle());
        long previewBusy = median(previewTimes.rebuilding());
        progress(meetings, "preview edit to page %,d ms, during a rebuild %,d ms", preview, previewBusy);
        String hugoCold = "—";
        String ratio = "—";
        String hugoEdit = "—";
        if (hugo) {
            Path hugoSite = work.resolve("hugo-" + meetings);
            HugoSite.write(source, hugoSite);
            List<Double> times = new ArrayList<>();
            for (int run = 0; run < 3; run++) {
                delete(hugoSite.resolve("public"));
                delete(hugoSite.resolve("resources"));
                times.add(Measured.run(hugoSite, List.of("hugo", "--quiet", "--source", hugoSite.toString())).seconds());
            }
            double hugoSeconds = times.stream().sorted().toList().get(1);
            hugoCold = String.format(Locale.UK, "%.2f s", hugoSeconds);
            ratio = String.format(Locale.UK, "%.1f×", cold.seconds() / hugoSeconds);
            hugoEdit = median(previewEdits(hugoSite, "Total in", port -> List.of("hugo", "server", "--source", hugoSite.toString(),
                    "--port", Integer.toString(port), "--bind", "127.0.0.1", "--baseURL", "http://localhost:" + port + "/",
                    "--disableLiveReload")).idle()) + " ms";
        }
        return String.format(Locale.UK, "| %,d | %,d | %.2f s | %,d MB | %.2f s | %.2f s | %,d ms | %,d ms | %s | %s | %s |",
                meetings, documents, cold.seconds(), cold.peakMegabytes(), repeated.seconds(), afterEdit.seconds(), preview,
                previewBusy, hugoCold, ratio, hugoEdit);
    }

    /** The example site's README command on a warm Maven repository: without its cache, then repeated. */
    private List<String> example() throws Exception {
        List<String> command = List.of(repository.resolve("mvnw").toString(), "-q", "compile", "exec:java");
        delete(repository.resolve("target/cache"));
        Measured.Result first = Measured.run(repository, command);
        Measured.Result again = Measured.run(repository, command);
        return List.of(String.format(Locale.UK,
                "Example site, `./mvnw -q compile exec:java`: %.2f s without its cache, %.2f s repeated (peak %,d MB).",
                first.seconds(), again.seconds(), Math.max(first.peakMegabytes(), again.peakMegabytes())));
    }

    /** One build in a fresh JVM; its phase log is kept as {@code target/benchmark/NAME.log}, to see where the time went. */
    private Measured.Result build(Path source, Path output, String name) throws IOException, InterruptedException {
        Measured.Result result = Measured.run(repository, concat(java, "build", "--source", source.toString(), "--output", output.toString(),
                "--today", TODAY.toString()));
        Files.write(work.resolve(name + ".log"), result.lines());
        return result;
    }

    /** Edit-to-page times of a preview server: with nothing else to do, and while it rebuilds for the edit before. */
    private record PreviewTimes(List<Long> idle, List<Long> rebuilding) {
    }

    /**
     * Starts a server, waits until it serves the first meeting's page, then edits that meeting's
     * title {@code edits} times, timing each from the write until the served page shows the new
     * title; a second after each, while the server rebuilds the rest of the site, it edits the title
     * again and times that too. Before the next pair it waits until the server has ended both
     * rebuilds (printed {@code settled}, or that it stopped for the newer change).
     */
    private PreviewTimes previewEdits(Path site, String settled, java.util.function.IntFunction<List<String>> command)
            throws Exception {
        int port = freePort();
        Path meeting = firstMeeting(site);
        String relative = site.resolve("content").relativize(meeting).toString().replace(File.separatorChar, '/');
        URI page = URI.create("http://localhost:" + port + "/" + relative.substring(0, relative.length() - ".md".length()) + "/");
        List<Long> idle = new ArrayList<>();
        List<Long> rebuilding = new ArrayList<>();
        try (Measured server = Measured.start(repository, command.apply(port))) {
            long deadline = System.nanoTime() + FIRST_BUILD_LIMIT.toNanos();
            while (fetch(page) == null) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the server never served " + page + ":\n" + String.join("\n", server.lines()));
                }
                Thread.sleep(100);
            }
            for (int edit = 1; edit <= edits; edit++) {
                long before = ended(server, settled);
                idle.add(editTitle(meeting, page, server, "Edited meeting " + edit));
                Thread.sleep(1000);
                rebuilding.add(editTitle(meeting, page, server, "Edited again " + edit));
                while (ended(server, settled) < before + 2) {
                    Thread.sleep(50);
                }
                Thread.sleep(300);
            }
        }
        return new PreviewTimes(idle, rebuilding);
    }

    /** Gives the meeting a new title and returns the milliseconds from the write until the served page shows it. */
    private static long editTitle(Path meeting, URI page, Measured server, String prefix) throws IOException, InterruptedException {
        String title = prefix + " " + System.nanoTime();
        String text = Files.readString(meeting).replaceFirst("(?m)^title: .*$", "title: " + title);
        long start = System.nanoTime();
        Files.writeString(meeting, text);
        while (!String.valueOf(fetch(page)).contains(title)) {
            if (System.nanoTime() - start > Duration.ofMinutes(5).toNanos()) {
                throw new IllegalStateException("the page never showed the edit:\n" + String.join("\n", server.lines()));
            }
            Thread.sleep(5);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** How many rebuilds the server has ended: finished ({@code settled}) or stopped for a newer change. */
    private static long ended(Measured server, String settled) {
        return server.lines().stream().filter(line -> line.contains(settled) || line.startsWith("stopped after")).count();
    }

    /** A step's figure as soon as it is measured, so that a run stopped later still says what it found. */
    private static void progress(int meetings, String format, Object... values) {
        System.err.println(String.format(Locale.UK, "  %,d meetings: ", meetings) + String.format(Locale.UK, format, values));
    }

    /** The page's text, or null while it is not served. */
    private static String fetch(URI page) throws InterruptedException {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Path firstMeeting(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site.resolve("content/meetings"))) {
            return files.filter(file -> file.toString().endsWith("-peoples-partnership.md")).sorted().toList().get(100);
        }
    }

    private String hugoVersion() throws IOException, InterruptedException {
        String line = Measured.run(work, List.of("hugo", "version")).lines().get(0);
        return line.replaceAll("^hugo (v[0-9.]+).*$", "Hugo $1");
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    }

    /**
     * Deletes the site built at {@code output} and every version of it kept beside it ({@code
     * out.versions/} and the rest), so a cold build starts from nothing, as on a fresh clone: a
     * version left there would be brought up to date instead of written.
     */
    static void deleteBuilt(Path output) throws IOException {
        String name = output.getFileName().toString();
        try (Stream<Path> beside = Files.list(output.getParent())) {
            for (Path path : beside.filter(path -> path.getFileName().toString().startsWith(name + ".")).toList()) {
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    delete(path);
                } else {
                    Files.delete(path);
                }
            }
        }
        if (Files.isSymbolicLink(output)) {
            Files.delete(output);
        } else {
            delete(output);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            PathUtils.deleteDirectory(folder);
        }
    }

    private static List<String> concat(List<String> start, String... more) {
        List<String> all = new ArrayList<>(start);
        all.addAll(Arrays.asList(more));
        return all;
    }

    /** The classpath this benchmark runs with (Maven's test classpath under exec:java), for the builds it starts. */
    private static String classpath() {
        ClassLoader loader = Benchmark.class.getClassLoader();
        if (loader instanceof URLClassLoader urls && urls.getURLs().length > 0) {
            return Arrays.stream(urls.getURLs()).map(Benchmark::path).collect(Collectors.joining(File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    private static String path(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(url + " is not a file", e);
        }
    }
}
