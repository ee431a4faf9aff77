package org.publicrecord.build;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;

/** Runs one step of the build over many items on a fixed number of threads, collecting every problem. */
public final class Parallel {

    private Parallel() {
    }

    /**
     * As {@link #map}, taking on this thread, in one pass, each result {@code kept} has at hand
     * (null when it has none), and sharing out only the other items. A preview's rebuild has all
     * but a few results at hand: handing thousands of lookups to threads cost more than the lookups.
     */
    public static <T, R> List<R> mapKept(List<T> items, Function<T, R> kept, Function<T, R> work, int threads) {
        List<R> results = new ArrayList<>(items.size());
        List<Integer> missing = new ArrayList<>();
        for (T item : items) {
            R result = kept.apply(item);
            if (result == null) {
                missing.add(results.size());
            }
            results.add(result);
        }
        if (!missing.isEmpty()) {
            List<R> made = map(missing, index -> work.apply(items.get(index)), threads);
            for (int i = 0; i < missing.size(); i++) {
                results.set(missing.get(i), made.get(i));
            }
        }
        return results;
    }

    /**
     * Applies {@code work} to every item, keeping their order; fails with all problems of all
     * items. Once an item fails otherwise (a fault, or a newer change to build: {@link Superseded}),
     * the items not yet started are not started: the build stops as soon as those under way end.
     */
    public static <T, R> List<R> map(List<T> items, Function<T, R> work, int threads) {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        List<RuntimeException> faults = Collections.synchronizedList(new ArrayList<>());
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        // What the workers read and write counts for the piece of the render that started them.
        RenderTrace trace = RenderTrace.current();
        try {
            List<R> results = pool.submit(() -> items.parallelStream().map(item -> {
                if (!faults.isEmpty()) {
                    return null;
                }
                try {
                    return RenderTrace.carried(trace, () -> work.apply(item));
                } catch (BuildFailure failure) {
                    problems.addAll(failure.problems());
                    return null;
                } catch (RuntimeException fault) {
                    // Kept until every item has finished, so that no work is still writing when the build stops.
                    faults.add(fault);
                    return null;
                }
            }).toList()).get();
            if (!faults.isEmpty()) {
                throw faults.get(0);
            }
            if (!problems.isEmpty()) {
                // A template mistake fails every page that uses it: show it once.
                List<Problem> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(problems));
                sorted.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column));
                throw new BuildFailure(sorted);
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the build was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }
}
