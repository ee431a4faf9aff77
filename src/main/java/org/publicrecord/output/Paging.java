package org.publicrecord.output;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a list too long for one page, as its template sees it: the page's items, its number,
 * the addresses of the pages before and after it, and the numbered links to show
 * (components/list-pagination/list-pagination.peb). The first page keeps the list's own address, such as
 * {@code actions/}; page k is {@code actions/page/k/}. Splitting takes views of the list, no
 * copies, so a list of any length is split in time proportional to its number of pages.
 *
 * @param <T> what the list holds
 */
public final class Paging<T> {

    /**
     * Items on a page. The heaviest rows of any list are the action table's: about 80 bytes
     * gzipped each with real titles, 200 with long ones, so 25 rows weigh 2 to 5 KB and a page,
     * with its header, footer and stylesheet (about 4.5 KB) and the tracker's summary on its
     * first page (about 3 KB), stays well inside the 14 KB budget of check/PageWeight.
     */
    public static final int PAGE_SIZE = 25;

    /**
     * How many of a list's newest or soonest entries a page shows when the whole list is on pages
     * of its own (a committee's meetings and actions, the meetings page): a short list stays quick
     * to read and light, whatever the archive's size.
     */
    public static final int SHORT_LIST = 10;

    /** The folder, below a list's address, of its pages after the first. */
    static final String FOLDER = "page/";

    private final List<T> items;
    private final int number;
    private final int total;
    private final int first;
    private final int count;
    private final String listUrl;
    private final List<Link> links;

    private Paging(List<T> items, int number, int total, int first, int count, String listUrl) {
        this.items = items;
        this.number = number;
        this.total = total;
        this.first = first;
        this.count = count;
        this.listUrl = listUrl;
        this.links = linksAround(number, total, listUrl);
    }

    /**
     * {@code items} in pages of {@link #PAGE_SIZE}, for the list at {@code listUrl} (a folder
     * address ending in a slash). An empty list still has one page, which says it is empty.
     */
    public static <T> List<Paging<T>> of(List<T> items, String listUrl) {
        return of(items, listUrl, PAGE_SIZE);
    }

    static <T> List<Paging<T>> of(List<T> items, String listUrl, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a page holds at least one item, not " + size);
        }
        int total = Math.max(1, (items.size() + size - 1) / size);
        List<Paging<T>> pages = new ArrayList<>(total);
        for (int number = 1; number <= total; number++) {
            int from = (number - 1) * size;
            List<T> onPage = items.subList(from, Math.min(items.size(), from + size));
            pages.add(new Paging<>(onPage, number, total, from + 1, items.size(), listUrl));
        }
        return List.copyOf(pages);
    }

    /** The address of page {@code number} of the list at {@code listUrl}: the list's own for page 1. */
    public static String urlOf(String listUrl, int number) {
        return number == 1 ? listUrl : listUrl + FOLDER + number + "/";
    }

    /** This page's items, in the list's order. */
    public List<T> items() {
        return items;
    }

    /** This page's number, from 1. */
    public int number() {
        return number;
    }

    /** How many pages the list has: at least 1. */
    public int total() {
        return total;
    }

    /** How many items the whole list has. */
    public int count() {
        return count;
    }

    /** The position in the whole list of this page's first item, from 1 (0 when the list is empty). */
    public int first() {
        return items.isEmpty() ? 0 : first;
    }

    /** The position in the whole list of this page's last item (0 when the list is empty). */
    public int last() {
        return items.isEmpty() ? 0 : first + items.size() - 1;
    }

    /** This page's address. */
    public String url() {
        return urlOf(listUrl, number);
    }

    /** The address of the list's first page. */
    public String listUrl() {
        return listUrl;
    }

    /** The page before this one, or null on the first page. */
    public String previousUrl() {
        return number > 1 ? urlOf(listUrl, number - 1) : null;
    }

    /** The page after this one, or null on the last page. */
    public String nextUrl() {
        return number < total ? urlOf(listUrl, number + 1) : null;
    }

    /**
     * The numbered links to show, as GOV.UK does: the first and last pages, this page and the pages
     * either side of it, with a gap for each run of two or more pages left out (a gap in place of a
     * single page would save nothing). At most 7 numbers and 2 gaps, however many pages there are.
     */
    public List<Link> links() {
        return links;
    }

    private static List<Link> linksAround(int current, int total, String listUrl) {
        List<Link> links = new ArrayList<>();
        int shown = 0;
        for (int number = 1; number <= total; number++) {
            boolean near = number == 1 || number == total || Math.abs(number - current) <= 1
                    // A lone page between two shown ones: its number is as short as the gap.
                    || (number == 2 && current == 4) || (number == total - 1 && current == total - 3);
            if (!near) {
                continue;
            }
            if (number > shown + 1) {
                links.add(Link.GAP);
            }
            links.add(new Link(number, urlOf(listUrl, number), number == current));
            shown = number;
        }
        return List.copyOf(links);
    }

    /**
     * A numbered link to a page, or a gap standing for pages left out.
     *
     * @param number  the page's number; 0 for a gap
     * @param url     the page's address; null for a gap
     * @param current true for the page being shown
     */
    public record Link(int number, String url, boolean current) {

        static final Link GAP = new Link(0, null, false);

        /** True for a gap standing for pages left out. */
        public boolean gap() {
            return number == 0;
        }
    }
}
