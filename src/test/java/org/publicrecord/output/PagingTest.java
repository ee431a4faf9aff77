package org.publicrecord.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Splitting a list into pages: addresses, neighbours, and the numbered links with gaps as GOV.UK shows them. */
class PagingTest {

    private static List<Integer> numbers(int count) {
        return IntStream.rangeClosed(1, count).boxed().toList();
    }

    private static List<Paging<Integer>> pages(int count) {
        return Paging.of(numbers(count), "actions/");
    }

    /** The numbered links of page {@code current} of {@code total} as text: "1 … 6 [7] 8 … 42". */
    private static String links(int current, int total) {
        Paging<Integer> page = Paging.of(numbers(total), "x/", 1).get(current - 1);
        return String.join(" ", page.links().stream()
                .map(link -> link.gap() ? "…" : link.current() ? "[" + link.number() + "]" : String.valueOf(link.number()))
                .toList());
    }

    @Test
    void anEmptyListHasOnePageThatSaysSo() {
        List<Paging<Integer>> pages = pages(0);
        assertThat(pages).hasSize(1);
        Paging<Integer> only = pages.get(0);
        assertThat(only.items()).isEmpty();
        assertThat(only.number()).isEqualTo(1);
        assertThat(only.total()).isEqualTo(1);
        assertThat(only.count()).isZero();
        assertThat(only.first()).isZero();
        assertThat(only.last()).isZero();
        assertThat(only.url()).isEqualTo("actions/");
        assertThat(only.previousUrl()).isNull();
        assertThat(only.nextUrl()).isNull();
        assertThat(only.links()).hasSize(1);
    }

    @Test
    void oneItemIsOnePageAtTheListsAddress() {
        Paging<Integer> only = pages(1).get(0);
        assertThat(only.items()).containsExactly(1);
        assertThat(only.total()).isEqualTo(1);
        assertThat(only.first()).isEqualTo(1);
        assertThat(only.last()).isEqualTo(1);
        assertThat(only.url()).isEqualTo("actions/");
        assertThat(only.previousUrl()).isNull();
        assertThat(only.nextUrl()).isNull();
    }

    @Test
    void exactlyAPageIsOnePage() {
        List<Paging<Integer>> pages = pages(Paging.PAGE_SIZE);
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).items()).hasSize(Paging.PAGE_SIZE);
        assertThat(pages.get(0).last()).isEqualTo(Paging.PAGE_SIZE);
        assertThat(pages.get(0).nextUrl()).isNull();
    }

    @Test
    void oneMoreThanAPageIsTwoPagesTheSecondBelowTheList() {
        List<Paging<Integer>> pages = pages(Paging.PAGE_SIZE + 1);
        assertThat(pages).hasSize(2);
        Paging<Integer> first = pages.get(0);
        Paging<Integer> second = pages.get(1);
        assertThat(first.items()).hasSize(Paging.PAGE_SIZE);
        assertThat(second.items()).containsExactly(Paging.PAGE_SIZE + 1);
        assertThat(first.url()).isEqualTo("actions/");
        assertThat(second.url()).isEqualTo("actions/page/2/");
        assertThat(first.previousUrl()).isNull();
        assertThat(first.nextUrl()).isEqualTo("actions/page/2/");
        assertThat(second.previousUrl()).isEqualTo("actions/");
        assertThat(second.nextUrl()).isNull();
        assertThat(second.first()).isEqualTo(Paging.PAGE_SIZE + 1);
        assertThat(second.last()).isEqualTo(Paging.PAGE_SIZE + 1);
        assertThat(second.count()).isEqualTo(Paging.PAGE_SIZE + 1);
        assertThat(second.links()).extracting(Paging.Link::url).containsExactly("actions/", "actions/page/2/");
        assertThat(second.links()).extracting(Paging.Link::current).containsExactly(false, true);
    }

    @Test
    void manyItemsKeepTheirOrderAcrossPages() {
        List<Paging<Integer>> pages = pages(1_000);
        assertThat(pages).hasSize(40);
        assertThat(pages.stream().flatMap(page -> page.items().stream()).toList()).isEqualTo(numbers(1_000));
        assertThat(pages).extracting(Paging::number).isEqualTo(IntStream.rangeClosed(1, 40).boxed().toList());
        assertThat(pages).allSatisfy(page -> assertThat(page.total()).isEqualTo(40));
        Paging<Integer> seventh = pages.get(6);
        assertThat(seventh.first()).isEqualTo(151);
        assertThat(seventh.last()).isEqualTo(175);
        assertThat(seventh.url()).isEqualTo("actions/page/7/");
        assertThat(seventh.previousUrl()).isEqualTo("actions/page/6/");
        assertThat(seventh.nextUrl()).isEqualTo("actions/page/8/");
        assertThat(pages.get(39).url()).isEqualTo("actions/page/40/");
        assertThat(pages.get(39).items()).hasSize(25);
    }

    @Test
    void numberedLinksShowTheEndsAndTheNeighboursWithGapsBetween() {
        assertThat(links(1, 1)).isEqualTo("[1]");
        assertThat(links(2, 3)).isEqualTo("1 [2] 3");
        assertThat(links(1, 5)).isEqualTo("[1] 2 … 5");
        assertThat(links(3, 5)).isEqualTo("1 2 [3] 4 5");
        assertThat(links(7, 42)).isEqualTo("1 … 6 [7] 8 … 42");
        assertThat(links(42, 42)).isEqualTo("1 … 41 [42]");
        assertThat(links(1, 42)).isEqualTo("[1] 2 … 42");
    }

    @Test
    void aGapNeverStandsForASinglePage() {
        assertThat(links(4, 10)).isEqualTo("1 2 3 [4] 5 … 10");
        assertThat(links(7, 10)).isEqualTo("1 … 6 [7] 8 9 10");
        assertThat(links(4, 7)).isEqualTo("1 2 3 [4] 5 6 7");
        assertThat(links(5, 10)).isEqualTo("1 … 4 [5] 6 … 10");
        for (int total = 1; total <= 60; total++) {
            for (int current = 1; current <= total; current++) {
                Paging<Integer> page = Paging.of(numbers(total), "x/", 1).get(current - 1);
                List<Paging.Link> shown = page.links();
                assertThat(shown.size()).as(current + " of " + total).isLessThanOrEqualTo(9);
                assertThat(shown.stream().filter(Paging.Link::current).map(Paging.Link::number).toList()).containsExactly(current);
                for (int i = 1; i < shown.size() - 1; i++) {
                    if (shown.get(i).gap()) {
                        assertThat(shown.get(i + 1).number() - shown.get(i - 1).number()).as(current + " of " + total).isGreaterThan(2);
                    }
                }
            }
        }
    }

    @Test
    void aPageHoldsAtLeastOneItem() {
        assertThatThrownBy(() -> Paging.of(numbers(3), "x/", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
