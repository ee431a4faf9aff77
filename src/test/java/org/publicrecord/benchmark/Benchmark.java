package org.publicrecord.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.apache.commons.io.file.PathUtils;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.build.BuildOptions;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.pipeline.SiteBuild;

/**
 * Measures a full build of synthetic sites of 300 and 1,500 meetings (about 1,860 and 9,060
 * documents): wall time, CPU time, peak heap and documents per second. Not a test: run it with
 * the command in the README and compare the numbers with the last ones reported. The system
 * property {@code benchmark.threads} sets how many threads parse and render (default: all cores).
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path repository = Path.of("").toAbsolutePath();
        Path work = repository.resolve("target/benchmark");
        int[] sizes = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray() : new int[] {300, 1500};
        System.out.printf(Locale.UK, "%-9s %9s %9s %9s %11s %9s%n", "meetings", "documents", "wall s", "cpu s", "peak heap", "docs/s");
        for (int meetings : sizes) {
            Path source = work.resolve("site-" + meetings);
            int documents = SyntheticSite.write(repository, source, meetings);
            // A full build as CI makes it, on a clean checkout: no earlier output to replace.
            Path output = work.resolve("out-" + meetings);
            if (Files.exists(output)) {
                PathUtils.deleteDirectory(output);
            }
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long cpuBefore = processCpuNanos();
            long start = System.nanoTime();
            BuildOptions options = BuildOptions.of(source, output, LocalDate.of(2026, 11, 22))
                    .withThreads(Integer.getInteger("benchmark.threads", Runtime.getRuntime().availableProcessors()));
            // The phase lines are kept to print the search index's (Pagefind runs as a child process,
            // so its time is in the wall time but not in this process's CPU time).
            java.io.ByteArrayOutputStream phases = new java.io.ByteArrayOutputStream();
            try {
                new SiteBuild(options, new PhaseLog(new java.io.PrintStream(phases, true, java.nio.charset.StandardCharsets.UTF_8))).run();
            } catch (BuildFailure failure) {
                failure.problems().stream().limit(20).forEach(System.out::println);
                throw failure;
            }
            double wall = (System.nanoTime() - start) / 1e9;
            double cpu = (processCpuNanos() - cpuBefore) / 1e9;
            long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed())
                    .sum();
            System.out.printf(Locale.UK, "%-9d %9d %9.2f %9.2f %8d MB %9.0f%n",
                    meetings, documents, wall, cpu, peak / (1024 * 1024), documents / wall);
            phases.toString(java.nio.charset.StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("search "))
                    .forEach(line -> System.out.println("          " + line));
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
