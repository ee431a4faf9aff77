package org.publicrecord.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;

/**
 * Work shared across threads: every item's problems are told together, but a newer change to build
 * stops the work once the items under way have ended, rather than after all of them.
 */
class ParallelTest {

    private static final List<Integer> ITEMS = IntStream.range(0, 200).boxed().toList();

    @Test
    void keepsTheItemsOrder() {
        assertThat(Parallel.map(ITEMS, item -> item * 2, 2)).isEqualTo(ITEMS.stream().map(item -> item * 2).toList());
    }

    @Test
    void worksOutOnlyTheResultsNotAtHandAndKeepsTheItemsOrder() {
        List<Integer> worked = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        List<Integer> results = Parallel.mapKept(ITEMS, item -> item % 70 == 0 ? null : item * 2, item -> {
            worked.add(item);
            return item * 2;
        }, 2);

        assertThat(results).isEqualTo(ITEMS.stream().map(item -> item * 2).toList());
        assertThat(worked).containsExactlyInAnyOrder(0, 70, 140);
        assertThat(Parallel.mapKept(ITEMS, item -> item, item -> {
            throw new AssertionError("nothing is missing, so nothing is worked out");
        }, 2)).isEqualTo(ITEMS);
    }

    @Test
    void tellsTheProblemsOfEveryItem() {
        AtomicInteger ran = new AtomicInteger();
        assertThatThrownBy(() -> Parallel.map(ITEMS, item -> {
            ran.incrementAndGet();
            if (item % 50 == 0) {
                throw new BuildFailure(Problem.inFile("content/item-" + item + ".md", "a mistake", "fix it"));
            }
            return item;
        }, 2)).isInstanceOfSatisfying(BuildFailure.class, failure -> assertThat(failure.problems()).hasSize(4));
        assertThat(ran).hasValue(ITEMS.size());
    }

    @Test
    void aNewerChangeStartsNoMoreItems() {
        AtomicInteger ran = new AtomicInteger();
        assertThatThrownBy(() -> Parallel.map(ITEMS, item -> {
            if (ran.incrementAndGet() == 3) {
                throw new Superseded();
            }
            // Each item takes a while, as a page does: without it one thread ends its share before the other fails.
            pause();
            return item;
        }, 2)).isInstanceOf(Superseded.class);
        // The other thread may start an item or two while the third fails; without the stop all 200 run.
        assertThat(ran.get()).isLessThan(20);
    }

    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
