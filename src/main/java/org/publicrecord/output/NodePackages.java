package org.publicrecord.output;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.publicrecord.build.Superseded;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;

/**
 * The npm packages the build uses where a tool made for the job lives on npm (the search indexer,
 * the editors' CMS), pinned in {@code package.json} and its lock file: where they are installed,
 * installing them when a fresh clone has none, and running Node.js programs.
 */
public final class NodePackages {

    static final String PACKAGE = "package.json";
    /** What to run on Debian when Node.js or npm is missing: said once, by every message that needs it. */
    public static final String INSTALL_NODE = "apt-get install nodejs npm";
    private static final long TIMEOUT_MINUTES = 10;
    /** How often a program's run looks whether the preview has a newer change to build instead. */
    private static final long LOOK_MILLIS = 20;
    /** How long a stopped program's own children may take to end before the build goes on without waiting. */
    private static final long STOP_SECONDS = 10;

    private NodePackages() {
    }

    /**
     * The folder whose {@code package.json} pins the packages: the site's {@code source} folder,
     * or, for a site kept elsewhere (a test's, the benchmark's), the folder the build runs in.
     */
    public static Path folder(Path source) {
        Path tools = Files.isRegularFile(source.resolve(PACKAGE)) ? source : Path.of("").toAbsolutePath();
        if (!Files.isRegularFile(tools.resolve(PACKAGE))) {
            throw new BuildFailure(Problem.inFile(PACKAGE, "the file that pins the search indexer and the editors' CMS is missing",
                    "restore package.json and package-lock.json from the repository"));
        }
        return tools;
    }

    /**
     * Runs {@code npm install} in {@code tools} when {@code file} (a file of the package needed) is
     * not there, as on a fresh clone or after a pull that added a package; returns a note for the
     * build log's line, empty when nothing was installed.
     */
    public static String install(Path tools, String file, String path, String what) {
        if (Files.isRegularFile(tools.resolve(file))) {
            return "";
        }
        Path npm = executable("npm", path).orElseThrow(() -> new BuildFailure(Problem.inFile(PACKAGE,
                "npm is needed to install " + what + " and was not found", INSTALL_NODE)));
        run(tools, List.of(npm.toString(), "install", "--no-audit", "--no-fund", "--loglevel=error"),
                what + " could not be installed", "run 'npm install' in " + tools + " and read its message");
        return ", installed first";
    }

    /** Runs a command in {@code folder}; its output is shown only when it fails. */
    public static void run(Path folder, List<String> command, String failure, String fix) {
        run(folder, command, failure, fix, () -> false);
    }

    /**
     * As {@link #run(Path, List, String, String)}, stopping the program and the build ({@link
     * Superseded}) as soon as {@code newerChange} says the preview has a newer change to build.
     */
    public static void run(Path folder, List<String> command, String failure, String fix, BooleanSupplier newerChange) {
        Path output = null;
        try {
            // The program's output goes to a file, so that waiting for it can look up now and then.
            output = Files.createTempFile("node-output", ".txt");
            Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            process.getOutputStream().close();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(TIMEOUT_MINUTES);
            while (!process.waitFor(LOOK_MILLIS, TimeUnit.MILLISECONDS)) {
                if (newerChange.getAsBoolean()) {
                    stop(process);
                    throw new Superseded();
                }
                if (System.nanoTime() > deadline) {
                    stop(process);
                    throw new BuildFailure(Problem.inFile(PACKAGE, failure + ": it took longer than " + TIMEOUT_MINUTES + " minutes", fix));
                }
            }
            if (process.exitValue() != 0) {
                String said = Files.readString(output, StandardCharsets.UTF_8).strip().replaceAll("\\s*\\R\\s*", " / ");
                throw new BuildFailure(Problem.inFile(PACKAGE, failure + " (exit " + process.exitValue() + "): " + said, fix));
            }
        } catch (IOException e) {
            throw new BuildFailure(Problem.inFile(PACKAGE, failure + ": " + e.getMessage(), fix));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildFailure(Problem.inFile(PACKAGE, failure + ": interrupted", fix));
        } finally {
            if (output != null) {
                output.toFile().delete();
            }
        }
    }

    /**
     * Stops {@code process} and every process it started, and waits until they are gone. npm's
     * wrappers run the real program as a child: stopping only the wrapper would leave the program
     * running on its own, taking the processors from the next build and writing into a folder that
     * build is moving aside. The children go first, while the wrapper is there to collect them: an
     * orphan waits for the system's first process to collect it, which took 1.3 to 1.9 s here.
     */
    private static void stop(Process process) throws InterruptedException {
        List<ProcessHandle> started = process.descendants().toList();
        started.forEach(ProcessHandle::destroyForcibly);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_SECONDS);
        for (ProcessHandle child : started) {
            // Looked at often: onExit() looks at a process that is not this one's own child only every 300 ms.
            while (child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
        }
        process.destroyForcibly().waitFor();
    }

    /** A program on the PATH, as a shell would find it. */
    public static Optional<Path> executable(String name, String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(List.of(name));
        if (File.separatorChar == '\\') {
            names.addAll(List.of(name + ".exe", name + ".cmd"));
        }
        for (String folder : path.split(File.pathSeparator)) {
            for (String candidate : names) {
                Path file = Path.of(folder.isEmpty() ? "." : folder, candidate);
                if (Files.isRegularFile(file) && Files.isExecutable(file)) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }
}
