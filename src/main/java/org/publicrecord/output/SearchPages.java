package org.publicrecord.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.publicrecord.build.BuildCache;
import org.publicrecord.build.WrittenPages;

/**
 * The built pages as Pagefind reads them: each page cut down to its head (language, filters, sort
 * and result fields) and the one element marked {@code data-pagefind-body}, in a folder of the
 * same layout that Pagefind is pointed at instead of the site.
 *
 * <p>Pagefind reads nothing else of a page once any page is marked, but it still parses all of
 * it: at 9,129 documents, cut pages (58 MB against 128 MB) make the same index, file for file, in
 * 4.4-5.3 s against 6.9-8.3 s, with 115 MB less memory. A page is cut only where the cut is plain:
 * one {@code </head>}, one {@code <main} carrying the mark, one {@code </main>}, and nothing
 * Pagefind could read between or after them (a {@code data-pagefind-} attribute, a heading or an
 * image it could take as the result's title or picture); any other page is given whole. A page
 * with no mark is left out, as Pagefind leaves it out, unless no page has one, when every page is
 * given whole and Pagefind indexes them all.
 *
 * <p>The folder is kept between builds beside the output, so that Pagefind's input is rewritten
 * only where a page changed (creating thousands of files costs more than cutting the pages), and
 * it is made to hold exactly what the pages give on every build: a file changed by anything else
 * is written again, and a file no page gives is removed. Its record ({@value #RECORD}) says which
 * page, by its digest as written, each file was cut from, so a page the folder's record of the
 * build ({@link WrittenPages}) vouches for is not read again: at 9,129 documents, bringing the
 * folder up to date after one edit takes 0.4 s, against 1.0 s reading and cutting every page.
 */
final class SearchPages {

    static final String MARK = "data-pagefind-body";
    private static final String HEAD_END = "</head>";
    private static final String MAIN_START = "<main";
    private static final String MAIN_END = "</main>";
    /** What Pagefind reads outside the marked element: its attributes, and the default title and image. */
    private static final List<String> READ_OUTSIDE = List.of("data-pagefind-", "<h1", "<img");
    /** The folder's record of what each file was cut from; Pagefind reads only {@code .html} files. */
    static final String RECORD = "cut-from.tsv";

    /**
     * How a bringing up to date went.
     *
     * @param given   the pages Pagefind is given
     * @param read    the pages read, because the record could not vouch for the file cut from them
     * @param written the files written because they were missing or held something else
     * @param removed the files removed because no page gives them
     */
    record Sync(int given, int read, int written, int removed) {
    }

    private SearchPages() {
    }

    /**
     * What Pagefind is given of {@code page}: its head and marked element, the page whole where
     * the cut is not plain, or null where the page has no mark.
     */
    static String cut(String page) {
        if (!marked(page)) {
            return null;
        }
        int mark = page.indexOf(MARK);
        int headEnd = page.indexOf(HEAD_END);
        int mainStart = page.indexOf(MAIN_START);
        int mainEnd = page.indexOf(MAIN_END);
        boolean plain = headEnd >= 0 && once(page, HEAD_END) && mainStart > headEnd && once(page, MAIN_START) && once(page, MARK)
                && mainEnd > mark && once(page, MAIN_END) && page.lastIndexOf('<', mark) == mainStart;
        if (!plain) {
            return page;
        }
        int bodyEnd = mainEnd + MAIN_END.length();
        String head = page.substring(0, headEnd + HEAD_END.length());
        String outside = page.substring(head.length(), mainStart) + page.substring(bodyEnd);
        if (READ_OUTSIDE.stream().anyMatch(outside::contains)) {
            return page;
        }
        return head + "<body>" + page.substring(mainStart, bodyEnd) + "</body></html>\n";
    }

    /**
     * Brings {@code folder} up to date with the {@code pages} of {@code site} (paths relative to
     * it), writing only the files that differ. A page is read only where {@code written} cannot
     * vouch that it is the page the folder's file was cut from: the folder's record names the
     * page's digest as written and the file's size and time of change, both still as they were.
     */
    static Sync update(Path site, List<String> pages, Path folder, WrittenPages written) {
        Present present = present(folder);
        Map<String, Cut> earlier = readRecord(folder);
        Map<String, Cut> record = new ConcurrentHashMap<>();
        Set<String> given = ConcurrentHashMap.newKeySet();
        AtomicInteger read = new AtomicInteger();
        AtomicInteger wrote = new AtomicInteger();
        pages.parallelStream().forEach(page -> {
            Path file = folder.resolve(page);
            String digest = written.unchanged(page).map(WrittenPages.Written::digest).orElse(null);
            Cut before = earlier.get(page);
            if (digest != null && before != null && before.digest().equals(digest) && before.stillAt(file)) {
                record.put(page, before);
                if (before.gives()) {
                    given.add(page);
                }
                return;
            }
            read.incrementAndGet();
            byte[] bytes = readBytes(site.resolve(page));
            String cut = cut(new String(bytes, StandardCharsets.UTF_8));
            if (cut != null) {
                given.add(page);
                if (write(file, cut.getBytes(StandardCharsets.UTF_8))) {
                    wrote.incrementAndGet();
                }
            }
            if (digest != null || written.keeps()) {
                record.put(page, Cut.of(digest != null ? digest : BuildCache.digest(bytes), cut == null ? null : file));
            }
        });
        if (given.isEmpty()) {
            // No page is marked: Pagefind indexes every page whole.
            record.clear();
            for (String page : pages) {
                given.add(page);
                if (write(folder.resolve(page), readBytes(site.resolve(page)))) {
                    wrote.incrementAndGet();
                }
            }
        }
        int removed = present.links() + removeAllBut(folder, present.files(), given);
        saveRecord(folder, record);
        return new Sync(given.size(), read.get(), wrote.get(), removed);
    }

    /**
     * What the folder's file for one page was cut from, and what the file was when written.
     *
     * @param digest   the page's digest as written
     * @param size     the file's size, or -1 where the page gives no file
     * @param modified the file's time of change, in nanoseconds
     */
    private record Cut(String digest, long size, long modified) {

        static Cut of(String digest, Path file) {
            if (file == null) {
                return new Cut(digest, -1, 0);
            }
            try {
                BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return new Cut(digest, now.size(), now.lastModifiedTime().to(TimeUnit.NANOSECONDS));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        boolean gives() {
            return size >= 0;
        }

        /** Whether {@code file} is still as this says: the same size and time of change, or absent where the page gives none. */
        boolean stillAt(Path file) {
            try {
                BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return gives() && now.isRegularFile() && now.size() == size && now.lastModifiedTime().to(TimeUnit.NANOSECONDS) == modified;
            } catch (IOException absent) {
                return !gives();
            }
        }
    }

    private static Path recordOf(Path folder) {
        return folder.resolve(RECORD);
    }

    /** The record the last update left, or nothing where there is none or it does not read. */
    private static Map<String, Cut> readRecord(Path folder) {
        Path record = recordOf(folder);
        Map<String, Cut> cuts = new HashMap<>();
        if (!Files.isRegularFile(record)) {
            return cuts;
        }
        try {
            for (String line : Files.readAllLines(record, StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t");
                if (parts.length != 4) {
                    return new HashMap<>();
                }
                cuts.put(parts[0], new Cut(parts[1], Long.parseLong(parts[2]), Long.parseLong(parts[3])));
            }
        } catch (IOException | NumberFormatException unreadable) {
            // A record that does not read vouches for nothing: every page is read again.
            return new HashMap<>();
        }
        return cuts;
    }

    private static void saveRecord(Path folder, Map<String, Cut> record) {
        StringBuilder lines = new StringBuilder();
        new TreeMap<>(record).forEach((page, cut) -> lines.append(page).append('\t').append(cut.digest()).append('\t').append(cut.size())
                .append('\t').append(cut.modified()).append('\n'));
        try {
            Files.createDirectories(folder);
            Files.writeString(recordOf(folder), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the mark is on an element of {@code page}, not only named in its text. */
    private static boolean marked(String page) {
        for (int at = page.indexOf(MARK); at >= 0; at = page.indexOf(MARK, at + 1)) {
            if (page.lastIndexOf('<', at) > page.lastIndexOf('>', at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean once(String page, String text) {
        int first = page.indexOf(text);
        return first >= 0 && page.indexOf(text, first + 1) < 0;
    }

    /** Writes {@code bytes} to {@code file} unless it holds them already; says whether it wrote. */
    private static boolean write(Path file, byte[] bytes) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes)) {
                return false;
            }
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the folder holds before an update: its files, by their paths relative to it, and how
     * many symbolic links were found and removed.
     */
    private record Present(Set<String> files, int links) {
    }

    /**
     * The files under {@code folder}, after removing every symbolic link there: the folder holds
     * only files a build wrote, and a planted link could lead a write, or Pagefind, outside it.
     */
    private static Present present(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return new Present(Set.of(), 0);
        }
        Set<String> files = new HashSet<>();
        AtomicInteger links = new AtomicInteger();
        try {
            // The walk reads each entry's attributes without following links, so a link is seen as one, never entered.
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) throws IOException {
                    if (attributes.isSymbolicLink()) {
                        Files.delete(path);
                        links.incrementAndGet();
                    } else if (attributes.isRegularFile()) {
                        files.add(folder.relativize(path).toString().replace('\\', '/'));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Present(files, links.get());
    }

    /** Removes each of the {@code present} files not named in {@code kept}, and the folders left empty. */
    private static int removeAllBut(Path folder, Set<String> present, Set<String> kept) {
        int removed = 0;
        // Deepest first, so a folder is looked at after what was in it.
        Set<Path> emptied = new TreeSet<>(Comparator.comparingInt((Path path) -> path.getNameCount()).reversed()
                .thenComparing(Comparator.<Path>naturalOrder()));
        try {
            for (String name : present) {
                if (!kept.contains(name) && !name.equals(RECORD)) {
                    Path file = folder.resolve(name);
                    Files.delete(file);
                    removed++;
                    for (Path parent = file.getParent(); !parent.equals(folder); parent = parent.getParent()) {
                        emptied.add(parent);
                    }
                }
            }
            for (Path parent : emptied) {
                if (isEmpty(parent)) {
                    Files.delete(parent);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
