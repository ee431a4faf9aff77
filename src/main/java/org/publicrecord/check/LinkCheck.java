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
import java.util.Optional;
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
    private final Map<String, Optional<Mistake>> sameOnEveryPage = new ConcurrentHashMap<>();

    /** {@code siteUrl} is the site's published address, so links written in full to it are checked too. */
    public LinkCheck(BuiltPages site, String siteUrl) {
        this.site = site;
        this.siteUrl = siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
    }

    /** One thing wrong: {@code key} is the same wherever the same target is broken, however the address is written. */
    private record Mistake(String key, String message, String fix) {
    }

    /** Every broken address, each reported once with the pages it is on. */
    public List<Problem> problems() {
        // Keyed by what is wrong, so one mistake in a template is one problem, not one per page.
        Map<String, Map<String, Mistake>> byKey = new LinkedHashMap<>();
        // Pages are judged in parallel, then their mistakes gathered in page order, so the report never varies.
        List<String> allPages = new ArrayList<>(site.pages().keySet());
        List<List<Mistake>> found = allPages.parallelStream()
                .map(page -> {
                    URI base = site.pageUri(page);
                    return site.pages().get(page).links().stream().map(link -> mistakeOf(page, base, link)).filter(Objects::nonNull).toList();
                })
                .toList();
        for (int i = 0; i < allPages.size(); i++) {
            for (Mistake mistake : found.get(i)) {
                byKey.computeIfAbsent(mistake.key(), key -> new LinkedHashMap<>()).putIfAbsent(allPages.get(i), mistake);
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

    /** As {@link #mistake}, found once for an address that leads to the same place from every page it is on. */
    private Mistake mistakeOf(String page, URI base, PageLinks.Link link) {
        String same = sameOnEveryPage(page, link.address().strip());
        if (same == null) {
            return mistake(base, link);
        }
        return sameOnEveryPage.computeIfAbsent(same + " " + link.element() + " " + link.fetched(), key -> Optional.ofNullable(mistake(base, link)))
                .orElse(null);
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

    /** What is wrong with one address on the page at {@code base}, and how to fix it; null when nothing is. */
    private Mistake mistake(URI base, PageLinks.Link link) {
        String written = link.address().strip();
        URI address;
        try {
            address = new URI(written.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return new Mistake("invalid " + written, "the address '" + written + "' is not a valid web address",
                    "check it for stray spaces or characters");
        }
        String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
        boolean ours = written.startsWith(siteUrl) || (written + "/").equals(siteUrl);
        if (!ours && (scheme.equals("http") || scheme.equals("https") || written.startsWith("//"))) {
            return link.fetched()
                    ? new Mistake("third-party " + written,
                            "the <" + link.element() + "> loads '" + written + "' from another website, which tells that website who is reading",
                            "copy the file into assets/ and point at the copy")
                    : null;
        }
        if (!ours && !scheme.isEmpty()) {
            // mailto:, tel: and the like are not pages of this site.
            return null;
        }
        URI resolved = base.resolve(ours ? URI.create(site.basePath() + written.substring(Math.min(written.length(), siteUrl.length()))) : address);
        String path = resolved.getPath() == null ? "" : resolved.getPath();
        if (!path.startsWith(site.basePath())) {
            return new Mistake("outside " + path, "the link '" + written + "' leads outside the site (to " + path + ")",
                    "start the address from the page's own folder, or use the site's own paths");
        }
        String target = path.substring(site.basePath().length());
        String file = target.isEmpty() || target.endsWith("/") ? target + "index.html" : target;
        if (!site.files().contains(file)) {
            if (site.files().contains(file + "/index.html")) {
                file = file + "/index.html";
            } else {
                return new Mistake("missing " + file, "the link '" + written + "' leads to no page or file (looked for " + file + ")",
                        "correct the address, or add the page or file it points at");
            }
        }
        String fragment = resolved.getFragment();
        PageLinks targetPage = site.pages().get(file);
        if (fragment != null && targetPage != null && !ALWAYS_THERE.contains(fragment) && !targetPage.ids().contains(fragment)) {
            String ids = targetPage.ids().stream().filter(id -> !id.equals("main-content")).limit(8).collect(Collectors.joining(", "));
            return new Mistake("fragment " + file + "#" + fragment,
                    "the link '" + written + "' points at '#" + fragment + "', which is not on " + shownAddress(file),
                    ids.isEmpty() ? "that page has no ids to link to: link to the page itself" : "use one of that page's ids: " + ids);
        }
        return null;
    }

    private static String shownAddress(String page) {
        String address = BuiltPages.address(page);
        return address.isEmpty() ? "the home page" : "the page " + address;
    }
}
