package org.publicrecord.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.publicrecord.SiteCommand;
import org.publicrecord.testing.BuiltSite;

/** Runs a program the way a person or CI would (git, the Maven wrapper, the site command) and keeps what it printed. */
record Command(int exitCode, String output) {

    /** Runs {@code words} in {@code folder} with {@code environment} added, stopping it after {@code minutes}. */
    static Command run(Path folder, Map<String, String> environment, List<String> words, int minutes) {
        ProcessBuilder builder = new ProcessBuilder(words).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            // Read while it runs, so a chatty program cannot fill the pipe and stall.
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", words) + " did not finish in " + minutes + " minutes");
            }
            return new Command(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The repository's Maven wrapper with {@code arguments}, using the same local repository as the build running the tests. */
    static List<String> maven(String... arguments) {
        List<String> words = new ArrayList<>(List.of(BuiltSite.EXAMPLE_SITE.resolve("mvnw").toString(), "-B", "-q"));
        String localRepository = System.getProperty("maven.repo.local");
        if (localRepository != null && !localRepository.isBlank()) {
            words.add("-Dmaven.repo.local=" + localRepository);
        }
        words.addAll(List.of(arguments));
        return words;
    }

    /** The site's command line ({@code build ...}) in a fresh JVM, on the classpath the tests run with. */
    static List<String> siteCommand(String... arguments) {
        List<String> words = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                SiteCommand.class.getName()));
        words.addAll(List.of(arguments));
        return words;
    }

    /** Runs git; a failure stops the test with git's own words. */
    static String git(Path folder, String... arguments) {
        List<String> words = new ArrayList<>(List.of("git"));
        words.addAll(List.of(arguments));
        Command result = run(folder, GIT_IDENTITY, words, 1);
        if (result.exitCode() != 0) {
            throw new AssertionError(String.join(" ", words) + " failed:\n" + result.output());
        }
        return result.output();
    }

    static boolean gitInstalled() {
        try {
            return run(Path.of("."), Map.of(), List.of("git", "--version"), 1).exitCode() == 0;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /** Commits need a name and an address; a CI container has none configured. */
    static final Map<String, String> GIT_IDENTITY = Map.of(
            "GIT_AUTHOR_NAME", "Site tests", "GIT_AUTHOR_EMAIL", "site-tests@example.invalid",
            "GIT_COMMITTER_NAME", "Site tests", "GIT_COMMITTER_EMAIL", "site-tests@example.invalid",
            // A developer's commit signing would fail without their key. The rest of their settings
            // stay: in CI they include the safe.directory entry checkout adds for the workspace.
            "GIT_CONFIG_COUNT", "1", "GIT_CONFIG_KEY_0", "commit.gpgsign", "GIT_CONFIG_VALUE_0", "false");
}
