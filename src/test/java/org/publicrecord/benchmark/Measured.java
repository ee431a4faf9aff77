package org.publicrecord.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * One command run as its own process, as a user or CI runs it: its wall time and the peak resident
 * memory of the process together with its children (Pagefind runs as a child of the build), sampled
 * from {@code /proc} every 20 ms. The lines it prints are kept, for the phase log and for failures.
 */
final class Measured implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 20;

    private final Process process;
    private final long start;
    private final AtomicLong peakBytes = new AtomicLong();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread sampler;
    private final Thread reader;

    private Measured(Process process, long start) {
        this.process = process;
        this.start = start;
        this.sampler = daemon(this::sample);
        this.reader = daemon(this::read);
    }

    /** Starts {@code command} in {@code directory}, its error output merged into its output. */
    static Measured start(Path directory, List<String> command) throws IOException {
        // The clock starts before the process does: starting it is part of what a user waits for.
        long start = System.nanoTime();
        return new Measured(new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start(), start);
    }

    /** Runs {@code command} to its end; fails with its output when it does not exit with 0. */
    static Result run(Path directory, List<String> command) throws IOException, InterruptedException {
        try (Measured measured = start(directory, command)) {
            return measured.finish();
        }
    }

    /** Waits for the process to end and returns what it took. */
    Result finish() throws InterruptedException {
        int status = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        reader.join();
        if (status != 0) {
            throw new IllegalStateException("exit " + status + " from " + process.info().commandLine().orElse("?") + "\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
        }
        return new Result(seconds, peakBytes.get() / (1024 * 1024), List.copyOf(lines));
    }

    /** The lines printed so far. */
    List<String> lines() {
        return lines;
    }

    /** The peak resident memory so far, in MB, of the process and its children. */
    long peakMegabytes() {
        return peakBytes.get() / (1024 * 1024);
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void read() {
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // The process was stopped; what it printed until then is kept.
        }
    }

    private void sample() {
        while (process.isAlive()) {
            long bytes = Stream.concat(Stream.of(process.toHandle()), process.descendants())
                    .mapToLong(handle -> residentBytes(handle.pid()))
                    .sum();
            peakBytes.accumulateAndGet(bytes, Math::max);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long residentBytes(long pid) {
        try (Stream<String> status = Files.lines(Path.of("/proc/" + pid + "/status"))) {
            return status.filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024)
                    .findFirst().orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0; // the process has just ended
        }
    }

    /** What one run took: wall seconds, peak resident MB with its children, and what it printed. */
    record Result(double seconds, long peakMegabytes, List<String> lines) {

        /** The phase line that starts with {@code phase}, or an empty string. */
        String phase(String phase) {
            return lines.stream().filter(line -> line.startsWith(phase + " ")).findFirst().orElse("");
        }
    }
}
