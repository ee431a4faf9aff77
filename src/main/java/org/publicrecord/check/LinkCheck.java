package org.publicrecord.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.publicrecord.problem.Problem;

/**
 * Follows every address in every built page and reports those that lead nowhere: a page or file
 * that was not built, a {@code #fragment} with no such id on its page, an address that climbs out
 * of the site, and anything fetched from another website (the site makes no third-party requests).
 * Links to other websites are not followed: the build must not depend on the network.
 */
public final class LinkCheck {

    /** Fragments that need no id: the empty one and {@code #top} scroll to the top of the page. */
    private static final Set<String> ALWAYS_THERE = Set.of("", "top");
    /** A broken link in a template breaks it on every page; the build names a few, then counts. */
    static final int PAGES_NAMED = 3;
    /** An address that starts with a scheme ({@code https:}, {@code mailto:}). */
    private static final Pattern ABSOLUTE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

    private final BuiltPages site;
    private final String siteUrl;
    /** What was found of an address that means the same on every page it is on, so it is resolved once, not once per page. */
    private final Map<String, Followed> sameOnEveryPage = new ConcurrentHashMap<>();
    /** The built files the followed addresses led to. */
    private final Set<String> reached = ConcurrentHashMap.newKeySet();

    /** {@code siteUrl} is the site's published address, so links written in full to it are checked too. */
    public LinkCheck(BuiltPages site, String siteUrl) {
        this.site = site;
        this.siteUrl = siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
    }

    /** One thing wrong: {@code key} is the same wherever the same target is broken, however the address is written. */
    private record Mistake(String key, String message, String fix) {
    }

    /**
     * What following one address found: what is wrong with it, or else the built file it leads to
     * (null for an address that leads off the site, such as {@code mailto:}).
     */
    private record Followed(Mistake mistake, String file) {

        static Followed wrong(Mistake mistake) {
            return new Followed(mistake, null);
        }

        static final Followed OFF_THE_SITE = new Followed(null, null);
    }

    /** Every broken address, each reported once with the pages it is on. */
    public List<Problem> problems() {
        return problems(site.pages().keySet());
    }

    /** As {@link #problems()}, following the addresses on the pages in {@code followed} alone. */
    List<Problem> problems(Set<String> followed) {
        // Keyed by what is wrong, so one mistake in a template is one problem, not one per page.
        Map<String, Map<String, Mistake>> byKey = new LinkedHashMap<>();
        // Pages are judged in parallel, then their mistakes gathered in page order, so the report never varies.
        List<String> followedPages = site.pages().keySet().stream().filter(followed::contains).toList();
        List<List<Mistake>> found = followedPages.parallelStream()
                .map(page -> {
                    URI base = site.pageUri(page);
                    return site.pages().get(page).links().stream().map(link -> mistakeOf(page, base, link)).filter(Objects::nonNull).toList();
                })
                .toList();
        for (int i = 0; i < followedPages.size(); i++) {
            for (Mistake mistake : found.get(i)) {
                byKey.computeIfAbsent(mistake.key(), key -> new LinkedHashMap<>()).putIfAbsent(followedPages.get(i), mistake);
            }
        }
        List<Problem> problems = new ArrayList<>();
        byKey.forEach((key, onPages) -> {
            // Name a page an editor wrote, if any, rather than the error page.
            List<String> pages = new ArrayList<>(onPages.keySet());
            pages.sort(Comparator.comparing((String page) -> !site.sources().containsKey(page)).thenComparing(page -> page.equals("404.html")));
            String first = pages.get(0);
            String others = pages.size() <= 1 ? "" : " (also on " + (pages.size() - 1) + " other page" + (pages.size() == 2 ? "" : "s") + ": "
                    + pages.stream().skip(1).limit(PAGES_NAMED).map(BuiltPages::address).map(address -> address.isEmpty() ? "the home page" : address)
                            .collect(Collectors.joining(", "))
                    + (pages.size() - 1 > PAGES_NAMED ? ", ..." : "") + ")";
            Mistake mistake = onPages.get(first);
            String fix = pages.size() > PAGES_NAMED ? mistake.fix() + "; a link on many pages comes from data/site.yaml (navigation, footer_links) or a layout"
                    : mistake.fix();
            problems.add(Problem.inFile(site.shownFile(first), "on " + shownAddress(first) + ", " + mistake.message() + others, fix));
        });
        return problems;
    }

    /** The built files the addresses followed so far led to: while they all exist, those addresses lead where they did. */
    Set<String> reached() {
        return Set.copyOf(reached);
    }

    /** What is wrong with one address on {@code page}, or null; what it leads to is noted. */
    private Mistake mistakeOf(String page, URI base, PageLinks.Link link) {
        String same = sameOnEveryPage(page, link.address().strip());
        Followed followed = same == null ? follow(base, link)
                : sameOnEveryPage.computeIfAbsent(same + " " + link.element() + " " + link.fetched(), key -> follow(base, link));
        if (followed.file() != null) {
            reached.add(followed.file());
        }
        return followed.mistake();
    }

    /**
     * A key under which {@code address} leads to the same place from every page that has it, or
     * null when where it leads depends on the page's own folder. An address with a scheme, or from
     * the host's root, is the same everywhere; one that climbs ({@code ../}) at least as many
     * folders as the page is deep is the same on every page as deep.
     */
    static String sameOnEveryPage(String page, String address) {
        if (ABSOLUTE.matcher(address).lookingAt() || address.startsWith("/")) {
            return address;
        }
        int climbs = 0;
        while (address.startsWith("../", climbs * 3)) {
            climbs++;
        }
        int depth = (int) page.chars().filter(character -> character == '/').count();
        return climbs > 0 && climbs >= depth ? depth + " " + address : null;
    }

    /** Follows one address on the page at {@code base}: what is wrong with it and how to fix it, or where it leads. */
    private Followed follow(URI base, PageLinks.Link link) {
        String written = link.address().strip();
        URI address;
        try {
            address = new URI(written.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return Followed.wrong(new Mistake("invalid " + written, "the address '" + written + "' is not a valid web address",
                    "check it for stray spaces or characters"));
        }
        String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
        boolean ours = written.startsWith(siteUrl) || (written + "/").equals(siteUrl);
        if (!ours && (scheme.equals("http") || scheme.equals("https") || written.startsWith("//"))) {
            return link.fetched()
                    ? Followed.wrong(new Mistake("third-party " + written,
                            "the <" + link.element() + "> loads '" + written + "' from another website, which tells that website who is reading",
                            "copy the file into assets/ and point at the copy"))
                    : Followed.OFF_THE_SITE;
        }
        if (!ours && !scheme.isEmpty()) {
            // mailto:, tel: and the like are not pages of this site.
            return Followed.OFF_THE_SITE;
        }
        URI resolved = base.resolve(ours ? URI.create(site.basePath() + written.substring(Math.min(written.length(), siteUrl.length()))) : address);
        String path = resolved.getPath() == null ? "" : resolved.getPath();
        if (!path.startsWith(site.basePath())) {
            return Followed.wrong(new Mistake("outside " + path, "the link '" + written + "' leads outside the site (to " + path + ")",
                    "start the address from the page's own folder, or use the site's own paths"));
        }
        String target = path.substring(site.basePath().length());
        String file = target.isEmpty() || target.endsWith("/") ? target + "index.html" : target;
        if (!site.files().contains(file)) {
            if (site.files().contains(file + "/index.html")) {
                file = file + "/index.html";
            } else {
                return Followed.wrong(new Mistake("missing " + file, "the link '" + written + "' leads to no page or file (looked for " + file + ")",
                        "correct the address, or add the page or file it points at"));
            }
        }
        String fragment = resolved.getFragment();
        PageLinks targetPage = site.pages().get(file);
        if (fragment != null && targetPage != null && !ALWAYS_THERE.contains(fragment) && !targetPage.ids().contains(fragment)) {
            String ids = targetPage.ids().stream().filter(id -> !id.equals("main-content")).limit(8).collect(Collectors.joining(", "));
            return Followed.wrong(new Mistake("fragment " + file + "#" + fragment,
                    "the link '" + written + "' points at '#" + fragment + "', which is not on " + shownAddress(file),
                    ids.isEmpty() ? "that page has no ids to link to: link to the page itself" : "use one of that page's ids: " + ids));
        }
        return new Followed(null, file);
    }

    private static String shownAddress(String page) {
        String address = BuiltPages.address(page);
        return address.isEmpty() ? "the home page" : "the page " + address;
    }
}
