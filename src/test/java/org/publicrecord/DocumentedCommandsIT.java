package org.publicrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.testing.BuiltSite;

/**
 * Every command README.md, docs/, the handbook and the templates show an editor or a maintainer
 * runs as written on a fresh clone of the repository: each is found in the text (a line of a code
 * block, or a code span, that starts as a command does), run by a shell in the clone, and checked
 * for what it promises. A command that cannot run here says why below; a new command in the docs
 * fails this test until it is one or the other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DocumentedCommandsIT {

    /** Commands this test does not run, each with why, and what checks it instead. */
    static final Map<String, String> NOT_RUN_HERE = Map.of(
            "scripts/test", "it runs every test, this one included; CI runs it on each commit (.ci/run)",
            "./mvnw -B verify", "it runs every test, this one included; scripts/test runs it",
            "./mvnw", "the name of the wrapper in the prerequisites, not a command",
            "./mvnw -q test-compile exec:java@benchmark", "it builds sites of up to 45,000 documents for half an hour; BenchmarkPartsTest checks its parts",
            "./mvnw -q compile exec:java scm-publish:publish-scm -Dscmpublish.pubScmUrl=scm:git:https://github.com/OWNER/REPOSITORY.git",
            "it pushes to a repository on GitHub; GhPagesPublishIT publishes to a local one the same way",
            "npx netlify-cli deploy --prod --dir target/site", "it deploys to a Netlify account over the network",
            "npx wrangler pages deploy target/site --project-name=PROJECT --branch=main", "it deploys to a Cloudflare account over the network",
            "SOURCE_DATE_EPOCH", "a code span naming the variable; the two commands that use it are run");
    /** How a line or a code span starts when it is a command to run. */
    static final Pattern COMMAND = Pattern.compile("^(\\./mvnw|npx |npm |scripts/|SOURCE_DATE_EPOCH)");
    static final Pattern FENCE = Pattern.compile("(?ms)^[ \\t]*```[a-z]*\\n(.*?)^[ \\t]*```");
    static final Pattern SPAN = Pattern.compile("`([^`\\n]+)`");
    static final Pattern TEMPLATE_HINT = Pattern.compile("(?m)^# Make a new one with: (.+)$");
    static final Duration LIMIT = Duration.ofMinutes(10);

    @TempDir
    static Path folder;
    static Path clone;
    static final Set<String> ran = new LinkedHashSet<>();

    @BeforeAll
    static void cloneTheRepository() throws Exception {
        assumeTrue(Files.exists(BuiltSite.EXAMPLE_SITE.resolve(".git")), "not a git repository, so there is no clone to make");
        clone = folder.resolve("clone");
        Result cloned = run(folder, "git clone --quiet " + BuiltSite.EXAMPLE_SITE + " " + clone);
        assertThat(cloned.status()).as(cloned.output()).isZero();
    }

    /** Every command of the docs, each with the files it is in. */
    static Map<String, Set<String>> documented() throws IOException {
        Map<String, Set<String>> commands = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>(List.of(BuiltSite.EXAMPLE_SITE.resolve("README.md")));
        for (String folder : List.of("docs", "src/site/markdown", "content/_templates")) {
            try (Stream<Path> inFolder = Files.list(BuiltSite.EXAMPLE_SITE.resolve(folder))) {
                inFolder.filter(file -> file.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        for (Path file : files) {
            String text = Files.readString(file);
            String name = BuiltSite.EXAMPLE_SITE.relativize(file).toString();
            List<String> found = new ArrayList<>();
            Matcher fences = FENCE.matcher(text);
            while (fences.find()) {
                fences.group(1).lines().map(String::strip).filter(line -> COMMAND.matcher(line).find()).forEach(found::add);
            }
            Matcher spans = SPAN.matcher(FENCE.matcher(text).replaceAll(""));
            while (spans.find()) {
                if (COMMAND.matcher(spans.group(1).strip()).find()) {
                    found.add(spans.group(1).strip());
                }
            }
            Matcher hints = TEMPLATE_HINT.matcher(text);
            while (hints.find()) {
                found.add(hints.group(1).strip());
            }
            found.forEach(command -> commands.computeIfAbsent(command, key -> new LinkedHashSet<>()).add(name));
        }
        return commands;
    }

    @Test
    @Order(1)
    void npmInstallInstallsThePinnedTools() throws Exception {
        expectSuccess("npm install");
        assertThat(clone.resolve("node_modules/pagefind")).isDirectory();
        assertThat(clone.resolve("node_modules/decap-cms/dist/decap-cms.js")).isRegularFile();
    }

    @Test
    @Order(2)
    void theBuildCommandsBuildTheSite() throws Exception {
        for (String command : List.of("./mvnw -q compile exec:java", "./mvnw -B -q compile exec:java")) {
            expectSuccess(command);
            assertThat(clone.resolve("target/site/index.html")).as(command).isRegularFile();
            assertThat(clone.resolve("target/site/admin/config.yml")).as(command).isRegularFile();
        }
    }

    @Test
    @Order(3)
    void theNewCommandsOfTheDocsAndTheTemplatesMakeTheirFilesAndPrintAHintThatRuns() throws Exception {
        for (String command : documented().keySet()) {
            if (command.contains("-Dsite.args=\"new ")) {
                Result result = expectSuccess(command);
                Matcher created = Pattern.compile("Created (\\S+) from").matcher(result.output());
                assertThat(created.find()).as(command + " says what it made: " + result.output()).isTrue();
                assertThat(clone.resolve(created.group(1))).as(command).isRegularFile();
                // Its examples are refused until replaced, so it would stop the builds that follow.
                Files.delete(clone.resolve(created.group(1)));
                Matcher hint = Pattern.compile("preview it with: (.+)").matcher(result.output());
                assertThat(hint.find()).as(result.output()).isTrue();
                assertThat(documented()).as("the hint " + hint.group(1) + " is a documented command, so it is run here too")
                        .containsKey(hint.group(1).strip());
            }
        }
    }

    @Test
    @Order(4)
    void thePreviewCommandsServeTheSite() throws Exception {
        for (String command : List.of("./mvnw -q compile exec:java -Dsite.args=preview", "./mvnw -q compile exec:java -Dsite.args=\"preview --drafts\"")) {
            expectServer(command, "Preview at http://localhost:8820/", URI.create("http://localhost:8820/admin/"));
        }
    }

    @Test
    @Order(5)
    void theCmsLocalServerStarts() throws Exception {
        expectServer("npx --no decap-server", "listening on port 8081", null);
    }

    @Test
    @Order(6)
    void theHandbookIsBuiltAndTheReferenceInDocsIsCurrent() throws Exception {
        expectSuccess("./mvnw site");
        assertThat(clone.resolve("target/handbook/editing.html")).isRegularFile();
        assertThat(Files.readString(clone.resolve("target/handbook/editing.html"))).contains("href=\"content-types.html\"");
        expectSuccess("./mvnw -q compile exec:java@reference");
        Result status = run(clone, "git status --porcelain docs");
        assertThat(status.output()).as("docs/ after the reference was rewritten").isBlank();
    }

    @Test
    @Order(7)
    void twoBuildsOfTheSameCommitAreIdentical() throws Exception {
        List<String> commands = documented().keySet().stream().filter(command -> command.startsWith("SOURCE_DATE_EPOCH=")).toList();
        assertThat(commands).hasSize(2);
        for (String command : commands) {
            expectSuccess(command);
        }
        Result difference = run(clone, "diff -r /tmp/a /tmp/b");
        assertThat(difference.status()).as(difference.output()).isZero();
    }

    @Test
    @Order(8)
    void cleanRemovesTheBuild() throws Exception {
        expectSuccess("./mvnw clean");
        assertThat(clone.resolve("target")).doesNotExist();
    }

    @Test
    @Order(9)
    void everyDocumentedCommandWasRunOrSaysWhyNot() throws IOException {
        List<String> unaccounted = new ArrayList<>();
        documented().forEach((command, files) -> {
            if (!ran.contains(command) && !NOT_RUN_HERE.containsKey(command)) {
                unaccounted.add(command + " (in " + String.join(", ", files) + ")");
            }
        });
        assertThat(unaccounted).as("documented commands neither run by this test nor in NOT_RUN_HERE").isEmpty();
    }

    private static Result expectSuccess(String command) throws Exception {
        Result result = run(clone, command);
        assertThat(result.status()).as(command + " exits with 0:\n" + result.output()).isZero();
        ran.add(command);
        return result;
    }

    /** Starts a command that serves until stopped, waits for {@code ready} in its output and, if given, for {@code page} to answer 200. */
    private static void expectServer(String command, String ready, URI page) throws Exception {
        Path log = Files.createTempFile(folder, "server", ".log");
        Process process = new ProcessBuilder("bash", "-c", "exec " + command).directory(clone.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + LIMIT.toNanos();
            while (!Files.readString(log).contains(ready)) {
                assertThat(process.isAlive()).as(command + " keeps running:\n" + Files.readString(log)).isTrue();
                assertThat(System.nanoTime()).as(command + " says '" + ready + "':\n" + Files.readString(log)).isLessThan(deadline);
                Thread.sleep(200);
            }
            if (page != null) {
                HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(page).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(page.toString()).isEqualTo(200);
            }
            ran.add(command);
        } finally {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    record Result(int status, String output) {
    }

    private static Result run(Path directory, String command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(directory.toFile()).redirectErrorStream(true);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(LIMIT.toMinutes(), TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Result(-1, command + " took longer than " + LIMIT);
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
