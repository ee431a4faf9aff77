package org.publicrecord.check;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.publicrecord.build.BuildCache;

/**
 * What the link check relied on when it last found nothing wrong: the built files its addresses
 * led to, and each page's digest. Whether an address resolves depends on its own page, on which
 * files exist and on the ids of the page it leads to, and more files or more ids break nothing (a
 * new file {@code x} cannot take the place of {@code x/index.html} while that is still there).
 * So while each file reached is still there and no page reached has lost an id, a page with the
 * same digest still has only addresses that resolve, and a build follows the addresses of the
 * pages that changed alone (after one edit at 9,129 documents, those of one page of 11,445).
 * Otherwise every address is followed again.
 *
 * @param reached the files the addresses led to
 * @param pages   each page's digest, by its path
 */
record LinksResolved(Set<String> reached, Map<String, String> pages) {

    /** The cache's shelf that holds the site as its links last resolved. */
    static final String SHELF = "links-resolved";

    /** Where the record is kept: the check's code and the site's address decide how every link resolves. */
    static String key(String siteUrl) {
        return BuildCache.digest(BuildCache.CODE, SHELF, siteUrl);
    }

    /**
     * What a check that found nothing wrong relied on: what {@code check} reached, with what
     * {@code before} reached on the pages not followed again; nothing when some page's digest is
     * unknown (a build without a cache).
     */
    static Optional<LinksResolved> of(BuiltPages site, LinkCheck check, Optional<LinksResolved> before, Set<String> followed) {
        if (!site.digests().keySet().containsAll(site.pages().keySet())) {
            return Optional.empty();
        }
        Map<String, String> pages = new HashMap<>();
        site.pages().keySet().forEach(page -> pages.put(page, site.digests().get(page)));
        Set<String> reached = new HashSet<>(check.reached());
        if (followed.size() < site.pages().size()) {
            // The pages not followed again still lead where they did. What the changed pages no longer reach is kept too:
            // it costs at most a check of every link once it has gone.
            before.ifPresent(earlier -> reached.addAll(earlier.reached()));
        }
        return Optional.of(new LinksResolved(reached, pages));
    }

    /** The record kept under {@code key}, if there is one that reads. */
    static Optional<LinksResolved> kept(BuildCache.Shelf shelf, String key) {
        byte[] bytes = shelf.find(key);
        if (bytes == null) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            Set<String> reached = new HashSet<>(PageLinks.readAll(in));
            Map<String, String> pages = new HashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                pages.put(in.readUTF(), in.readUTF());
            }
            return Optional.of(new LinksResolved(reached, pages));
        } catch (IOException | RuntimeException unreadable) {
            // Only a cache: a record that does not read means every link is followed.
            return Optional.empty();
        }
    }

    /** Keeps this record under {@code key}, for the next build to compare its pages with. */
    void keep(BuildCache.Shelf shelf, String key) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            PageLinks.writeAll(out, new TreeSet<>(reached));
            out.writeInt(pages.size());
            for (Map.Entry<String, String> page : new java.util.TreeMap<>(pages).entrySet()) {
                out.writeUTF(page.getKey());
                out.writeUTF(page.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        shelf.keep(key, bytes.toByteArray());
    }

    /**
     * The pages of {@code now} whose addresses must be followed: those new or changed since this
     * record, or every page when a file reached has gone or a changed page that was reached has lost an id (its ids as they were are read from
     * {@code links}, the shelf {@link BuiltPages} keeps them on).
     */
    Set<String> pagesToFollow(BuiltPages now, BuildCache.Shelf links) {
        Set<String> every = now.pages().keySet();
        if (!now.files().containsAll(reached)) {
            return every;
        }
        Set<String> changed = new LinkedHashSet<>();
        for (String page : every) {
            String before = pages.get(page);
            if (before != null && before.equals(now.digests().get(page))) {
                continue;
            }
            changed.add(page);
            if (before != null && reached.contains(page) && !keepsItsIds(now.pages().get(page), before, links)) {
                return every;
            }
        }
        return changed;
    }

    /** Whether {@code page} has every id its page had when its digest was {@code before}. */
    private static boolean keepsItsIds(PageLinks page, String before, BuildCache.Shelf links) {
        byte[] kept = links.find(BuiltPages.linksKey(before));
        // Ids no longer kept cannot be compared, so every link is followed.
        return kept != null && page.ids().containsAll(PageLinks.fromBytes(kept).ids());
    }
}
