package org.publicrecord.check;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

import org.publicrecord.build.BuildCache;
import org.publicrecord.problem.Problem;
import org.publicrecord.cms.AdminPage;
import org.publicrecord.output.SearchIndex;

/**
 * The page-weight budget: every HTML page, with the stylesheets it loads, must fit in 14 KB
 * gzipped, the first round trip of a new connection (TCP's initial window of ten packets), so it
 * shows at once even on a slow phone connection. JavaScript is optional and all of it together
 * must fit in 10 KB gzipped. Weights are measured as a host would send them: gzip at its default
 * level.
 */
public final class PageWeight {

    /** Bytes, gzipped, that a page and its stylesheets may weigh. */
    public static final long PAGE_BUDGET = 14 * 1024;
    /** Bytes, gzipped, that all the site's JavaScript together may weigh. */
    public static final long SCRIPT_BUDGET = 10 * 1024;
    /** The cache's shelf of gzipped sizes. */
    public static final String SHELF = "weights";

    /**
     * One page's weight, gzipped.
     *
     * @param page the page's path in the built site
     * @param kind what sort of page it is: home, a section's list, a document of a section, a page
     * @param html the page itself
     * @param css  the stylesheets it loads
     */
    public record Weight(String page, String kind, long html, long css) {
        public long total() {
            return html + css;
        }
    }

    private final BuiltPages site;
    /** Gzipped sizes earlier builds found, by the page's digest: gzipping thousands of pages is most of the check's time. */
    private final BuildCache.Shelf known;
    private final Map<String, Long> gzipped = new ConcurrentHashMap<>();

    public PageWeight(BuiltPages site) {
        this(site, BuildCache.none().shelf(SHELF));
    }

    /** As {@link #PageWeight(BuiltPages)}, taking the gzipped size of a page with the same bytes from {@code known}. */
    public PageWeight(BuiltPages site, BuildCache.Shelf known) {
        this.site = site;
        this.known = known;
    }

    /** Every page's weight, in the order of their paths. */
    public List<Weight> weights() {
        Set<String> sections = sections();
        List<Weight> weights = new ArrayList<>();
        site.pages().forEach((page, links) -> weights.add(new Weight(page, kind(page, sections), gzippedSize(page), stylesheets(page, links))));
        return weights;
    }

    /** The stylesheets a page loads, gzipped. */
    private long stylesheets(String page, PageLinks links) {
        long css = 0;
        for (String stylesheet : new LinkedHashSet<>(links.stylesheets())) {
            css += site.fileAt(page, stylesheet).map(this::gzippedSize).orElse(0L);
        }
        return css;
    }

    /**
     * All the site's JavaScript files together, gzipped. The search index's own script is loaded
     * only by the search page, once a reader searches, so it is not counted against every page's budget;
     * nor is the editors' CMS, an application for editors that no page of the record loads.
     */
    public long scripts() {
        return site.files().stream().filter(file -> file.endsWith(".js") || file.endsWith(".mjs"))
                .filter(file -> !file.startsWith(SearchIndex.BUNDLE + "/") && !file.startsWith(AdminPage.FOLDER)).mapToLong(this::gzippedSize).sum();
    }

    /**
     * A problem for each page over budget, and one if the scripts are. Gzip never makes a page
     * bigger (bar a few bytes of header on tiny files), so only pages whose plain size is over the
     * budget are compressed to be weighed, each once while its bytes stay the same.
     */
    public List<Problem> problems() {
        // Pages are weighed in parallel, and their problems gathered in page order, so the report never varies.
        List<Problem> problems = new ArrayList<>(site.pages().entrySet().parallelStream().map(page -> overBudget(page.getKey(), page.getValue()))
                .filter(Objects::nonNull).toList());
        long scripts = scripts();
        if (scripts > SCRIPT_BUDGET) {
            problems.add(Problem.inFile("assets", "the site's JavaScript weighs " + kb(scripts) + " gzipped, over the budget of " + kb(SCRIPT_BUDGET),
                    "remove scripts: every page must work without them"));
        }
        return problems;
    }

    /** The problem with {@code page} if it is over the budget, else null. */
    private Problem overBudget(String page, PageLinks links) {
        long css = stylesheets(page, links);
        if (site.sizes().getOrDefault(page, Long.MAX_VALUE) + css <= PAGE_BUDGET) {
            return null;
        }
        Weight weight = new Weight(page, "", gzippedSize(page), css);
        if (weight.total() <= PAGE_BUDGET) {
            return null;
        }
        return Problem.inFile(site.shownFile(weight.page()),
                "the page " + weight.page() + " weighs " + kb(weight.total()) + " gzipped (" + kb(weight.html()) + " HTML, "
                        + kb(weight.css()) + " CSS), over the budget of " + kb(PAGE_BUDGET) + " that loads in one round trip",
                "split the page, shorten what every page repeats, or move detail to a linked page");
    }

    /** One line per kind of page: how many, the heaviest (and which), and the average, in KB gzipped. */
    public static List<String> report(List<Weight> weights) {
        Map<String, List<Weight>> byKind = new LinkedHashMap<>();
        weights.stream().sorted(Comparator.comparing(Weight::kind)).forEach(weight -> byKind.computeIfAbsent(weight.kind(), k -> new ArrayList<>()).add(weight));
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-22s %5s %9s %9s %9s  %s", "page kind", "pages", "heaviest", "average", "budget", "heaviest page"));
        byKind.forEach((kind, list) -> {
            Weight heaviest = list.stream().max(Comparator.comparingLong(Weight::total)).orElseThrow();
            double average = list.stream().mapToLong(Weight::total).average().orElse(0);
            lines.add(String.format(Locale.ROOT, "%-22s %5d %9s %9s %9s  %s (%s HTML + %s CSS)", kind, list.size(), kb(heaviest.total()),
                    kb(Math.round(average)), kb(PAGE_BUDGET), heaviest.page(), kb(heaviest.html()), kb(heaviest.css())));
        });
        return lines;
    }

    public static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    /** Top-level folders holding documents in folders below them: meetings/, news/... */
    private Set<String> sections() {
        Set<String> sections = new LinkedHashSet<>();
        for (String page : site.pages().keySet()) {
            String[] parts = page.split("/");
            if (parts.length > 2) {
                sections.add(parts[0]);
            }
        }
        return sections;
    }

    static String kind(String page, Set<String> sections) {
        String[] parts = page.split("/");
        if (parts.length == 1) {
            return page.equals("index.html") ? "home" : page.replace(".html", "");
        }
        if (sections.contains(parts[0])) {
            return parts.length == 2 ? parts[0] + " (list)" : parts[0];
        }
        return "page";
    }

    private long gzippedSize(String file) {
        return gzipped.computeIfAbsent(file, path -> {
            String digest = site.digests().get(path);
            if (digest == null || !known.keeps()) {
                return gzippedSize(bytesOf(path));
            }
            byte[] size = known.bytes(BuildCache.digest(BuildCache.CODE, digest),
                    () -> ByteBuffer.allocate(Long.BYTES).putLong(gzippedSize(bytesOf(path))).array());
            return ByteBuffer.wrap(size).getLong();
        });
    }

    private byte[] bytesOf(String path) {
        return BuiltPages.bytesOf(site.root().resolve(path));
    }

    /** The size of {@code bytes} gzipped at gzip's default level, as a host would send them. */
    static long gzippedSize(byte[] bytes) {
        CountingStream counter = new CountingStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(counter)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counter.count;
    }

    /** Counts the bytes written to it and keeps none. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}
