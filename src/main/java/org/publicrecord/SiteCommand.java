package org.publicrecord;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.publicrecord.problem.BuildFailure;
import org.publicrecord.build.BuildOptions;
import org.publicrecord.build.CommandWords;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.problem.ProblemReport;
import org.publicrecord.pipeline.SiteBuild;
import org.publicrecord.build.BuildCache;
import org.publicrecord.editor.NewDocument;
import org.publicrecord.preview.Preview;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The command line: {@code build} bakes the site into {@code target/site}. Mistakes in the
 * sources are printed one per line as {@code file:line:column: message (fix)}, never as a stack
 * trace, and the command exits with a non-zero status.
 */
public final class SiteCommand {

    /** Exit status for a build stopped by mistakes in the site's sources. */
    public static final int SOURCE_PROBLEMS = 1;
    /** Exit status for a wrong command line. */
    public static final int USAGE = 2;
    /** Exit status for a fault in the build itself. */
    public static final int INTERNAL_ERROR = 3;
    /** JBake's own preview port. */
    static final int DEFAULT_PORT = 8820;

    private static final String USAGE_TEXT = """
            usage: build|preview [--source DIR] [--output DIR] [--today YYYY-MM-DD] [--drafts] [--threads N] [--port N]
              build    bakes the site into target/site (the output is replaced only if the build succeeds)
              preview  serves the site at http://localhost:8820/ from target/preview, rebuilding on every change
              new      new TYPE "TITLE" [--date YYYY-MM-DD]: creates a document from content/_templates/TYPE.md, dated today or --date""";

    private SiteCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    /**
     * Runs one command. The environment is passed in rather than read, so tests can say what CI
     * would set: {@code GITHUB_ACTIONS=true} adds annotations, {@code SOURCE_DATE_EPOCH} sets the date.
     */
    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> environment) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        Deque<String> words = new ArrayDeque<>(List.of(args));
        String command = words.isEmpty() ? "build" : words.pop();
        if (command.equals("new")) {
            return NewDocument.run(words, out, err); // its words are a type and a title, not build options
        }
        Arguments arguments;
        try {
            arguments = arguments(command, words, environment);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        }
        try {
            switch (command) {
                case "build" -> new SiteBuild(arguments.build(), new PhaseLog(out), BuildCache.of(arguments.build().source())).run();
                case "preview" -> preview(arguments, out);
                default -> {
                    err.println("unknown command '" + command + "'");
                    err.println(USAGE_TEXT);
                    return USAGE;
                }
            }
            return 0;
        } catch (BuildFailure failure) {
            ProblemReport.print(failure.problems(), err, "true".equals(environment.get("GITHUB_ACTIONS")));
            return SOURCE_PROBLEMS;
        } catch (RuntimeException e) {
            err.println("The build stopped because of a fault in the build itself, not in the site's files: " + e);
            err.println("Please report it to the site's maintainers with the line above.");
            return INTERNAL_ERROR;
        }
    }

    private static void preview(Arguments arguments, PrintStream out) {
        try (Preview preview = new Preview(arguments.build(), out)) {
            int port = preview.start(arguments.port());
            out.println("Preview at http://localhost:" + port + "/ (press Ctrl+C to stop)");
            Thread.currentThread().join();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The command line's options: what to build and, for the preview, where to serve it. */
    record Arguments(BuildOptions build, int port) {
    }

    static Arguments arguments(String command, Deque<String> words, Map<String, String> environment) {
        Path source = Path.of(".");
        int port = DEFAULT_PORT;
        Path output = null;
        LocalDate today = null;
        Instant now = buildMoment(environment);
        boolean drafts = false;
        int threads = Runtime.getRuntime().availableProcessors();
        while (!words.isEmpty()) {
            String word = words.pop();
            switch (word) {
                case "--source" -> source = Path.of(CommandWords.value(word, words));
                case "--output" -> output = Path.of(CommandWords.value(word, words));
                case "--today" -> today = CommandWords.date(word, CommandWords.value(word, words));
                case "--drafts" -> drafts = true;
                case "--threads" -> threads = CommandWords.number(word, CommandWords.value(word, words));
                case "--port" -> port = CommandWords.number(word, CommandWords.value(word, words));
                default -> throw new IllegalArgumentException("unknown option '" + word + "'");
            }
        }
        // The preview never writes where the published site is built, so drafts cannot be deployed.
        Path resolvedOutput = output != null ? output : source.resolve(command.equals("preview") ? "target/preview" : "target/site");
        BuildOptions build = new BuildOptions(source.toAbsolutePath().normalize(), resolvedOutput.toAbsolutePath().normalize(),
                today, drafts, threads, now);
        return new Arguments(build, port);
    }

    /**
     * The moment the build is made at when {@code --today} is not given: now, or, when the
     * environment sets {@code SOURCE_DATE_EPOCH} (reproducible-builds.org), that moment, so that two
     * builds of one commit with the same value are byte for byte the same. The build takes its
     * date at that moment in the site's own time zone.
     */
    public static Instant buildMoment(Map<String, String> environment) {
        String epoch = environment.get("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            return Instant.now();
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SOURCE_DATE_EPOCH should be a whole number of seconds since 1 January 1970, not '" + epoch + "'");
        }
    }

}
