package org.publicrecord.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.publicrecord.check.FixtureSite.page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.testing.BuiltSite;

/**
 * The Maven way to publish, run for real: {@code maven-scm-publish-plugin} as configured in the
 * pom pushes a built fixture site to the {@code gh-pages} branch of a local bare repository
 * (standing in for GitHub), which must then hold exactly the built files, also after pages are
 * added, changed and deleted; a build that fails publishes nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GhPagesPublishIT {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    static Path root;

    static Path remote;
    static Path source;
    static Path built;

    @BeforeAll
    static void startTheBranchAsTheDocsSay() throws IOException {
        assumeTrue(Command.gitInstalled(), "git is not installed, so the gh-pages branch cannot be published here");
        remote = root.resolve("remote.git");
        Command.git(root, "init", "--quiet", "--bare", remote.toString());
        Path clone = root.resolve("clone");
        Command.git(root, "clone", "--quiet", remote.toUri().toString(), clone.toString());
        Command started = Command.run(clone, Command.GIT_IDENTITY, List.of("bash", "-c", startCommandFromDocs()), 1);
        assertThat(started.exitCode()).as(started.output()).isZero();
        assertThat(branchFiles()).isEmpty();

        source = SiteFolders.exampleSite(root.resolve("source"), Map.of("publishing-check.md", page("Publishing check", "Here for a while.")));
        built = root.resolve("site");
    }

    /** The one-time command in docs/publishing.md that creates the empty gh-pages branch; the plugin cannot. */
    static String startCommandFromDocs() throws IOException {
        return Files.readAllLines(BuiltSite.EXAMPLE_SITE.resolve("docs/publishing.md")).stream()
                .map(String::strip)
                .filter(line -> line.startsWith("git push origin") && line.contains("commit-tree"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("docs/publishing.md no longer shows the command that starts the gh-pages branch"));
    }

    @Test
    @Order(1)
    void firstPublishPutsExactlyTheBuiltSiteOnTheBranch() {
        BuiltSite.build(source, built, TODAY);

        publish();

        assertThat(branchFiles()).isEqualTo(builtFiles());
        assertThat(branchFiles()).containsKeys("index.html", "about/index.html", "publishing-check/index.html", "_headers", ".nojekyll");
        assertThat(Command.git(root, "--git-dir=" + remote, "rev-list", "--count", "gh-pages").strip()).isEqualTo("2");
    }

    @Test
    @Order(2)
    void aSecondPublishAddsChangesAndDeletesPages() {
        String aboutBefore = branchFiles().get("about/index.html");
        SiteFolders.write(source, "content/publishing-check-two.md", page("Publishing check two", "New."));
        SiteFolders.write(source, "content/about.md", SiteFolders.read(source, "content/about.md") + "\nWe write it all down.\n");
        SiteFolders.delete(source, "content/publishing-check.md");
        BuiltSite.build(source, built, TODAY);

        publish();

        SortedMap<String, String> branch = branchFiles();
        assertThat(branch).isEqualTo(builtFiles());
        assertThat(branch).containsKey("publishing-check-two/index.html").doesNotContainKey("publishing-check/index.html");
        assertThat(branch.get("about/index.html")).isNotEqualTo(aboutBefore);
        assertThat(Command.git(root, "--git-dir=" + remote, "show", "gh-pages:about/index.html")).contains("We write it all down.");
        assertThat(Command.git(root, "--git-dir=" + remote, "rev-list", "--count", "gh-pages").strip()).isEqualTo("3");
    }

    @Test
    @Order(3)
    void aBuildThatFailsItsChecksPublishesNothing() {
        String headBefore = Command.git(root, "--git-dir=" + remote, "rev-parse", "gh-pages");
        SortedMap<String, String> siteBefore = SiteFolders.digests(built);
        SiteFolders.write(source, "content/news/2024/broken.md", "---\ntitle: Broken\ntype: news\ndate: 2024-02-30\n---\n\nNo such day.\n");

        // Build and publish in one command, as the docs say, so that Maven stops at the failed build.
        Map<String, String> environment = new HashMap<>(Command.GIT_IDENTITY);
        environment.put("GITHUB_ACTIONS", "true");
        Command result = Command.run(BuiltSite.EXAMPLE_SITE, environment, Command.maven("exec:java", "scm-publish:publish-scm",
                "-Dsite.args=build --source " + source + " --output " + built + " --today " + TODAY,
                "-Dscmpublish.pubScmUrl=scm:git:" + remote.toUri(),
                "-Dscmpublish.content=" + built,
                "-Dscmpublish.checkoutDirectory=" + root.resolve("checkout")), 5);

        assertThat(result.exitCode()).as(result.output()).isNotZero();
        assertThat(result.output()).contains("::error file=content/news/2024/broken.md,line=4,");
        assertThat(Command.git(root, "--git-dir=" + remote, "rev-parse", "gh-pages")).isEqualTo(headBefore);
        assertThat(SiteFolders.digests(built)).isEqualTo(siteBefore);
    }

    static void publish() {
        Command result = Command.run(BuiltSite.EXAMPLE_SITE, Command.GIT_IDENTITY, Command.maven("scm-publish:publish-scm",
                "-Dscmpublish.pubScmUrl=scm:git:" + remote.toUri(),
                "-Dscmpublish.content=" + built,
                "-Dscmpublish.checkoutDirectory=" + root.resolve("checkout")), 5);
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    /** Every file on the gh-pages branch with the SHA-256 of its bytes, as {@link SiteFolders#digests} gives for a folder. */
    static SortedMap<String, String> branchFiles() {
        Path export = root.resolve("branch-" + System.nanoTime());
        String tree = Command.git(root, "--git-dir=" + remote, "ls-tree", "-r", "--name-only", "gh-pages");
        for (String path : tree.lines().filter(line -> !line.isBlank()).toList()) {
            byte[] bytes = show(path);
            try {
                Path file = export.resolve(path);
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        return Files.exists(export) ? SiteFolders.digests(export) : new TreeMap<>();
    }

    /**
     * The built files as the plugin publishes them. It rewrites the line endings of .html, .css and
     * .js files (its fixed list) to \n and drops the line break at the very end; browsers read the
     * pages the same. Every other file must arrive byte for byte.
     */
    static SortedMap<String, String> builtFiles() {
        Path normalised = root.resolve("built-" + System.nanoTime());
        SiteFolders.copy(built, normalised);
        try {
            for (String path : SiteFolders.digests(normalised).keySet()) {
                if (path.matches(".*\\.(html|css|js)")) {
                    Path file = normalised.resolve(path);
                    String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
                    Files.writeString(file, text.endsWith("\n") ? text.substring(0, text.length() - 1) : text, StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return SiteFolders.digests(normalised);
    }

    private static byte[] show(String path) {
        ProcessBuilder builder = new ProcessBuilder("git", "--git-dir=" + remote, "show", "gh-pages:" + path);
        try {
            Process process = builder.start();
            byte[] bytes = process.getInputStream().readAllBytes();
            assertThat(process.waitFor()).as("git show " + path).isZero();
            return bytes;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
