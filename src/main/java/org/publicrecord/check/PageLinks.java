package org.publicrecord.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What one built page points at, and the ids it offers as #fragments: everything the link check
 * and the page-weight budget need from it.
 *
 * @param ids         every {@code id} (and old-style {@code a name}) on the page
 * @param links       every address in the page, in document order
 * @param stylesheets the addresses of the stylesheets the page loads
 * @param scripts     the addresses of the scripts the page loads
 */
public record PageLinks(Set<String> ids, List<Link> links, List<String> stylesheets, List<String> scripts) {

    /**
     * One address in a page.
     *
     * @param element  the element's tag, such as {@code a} or {@code img}
     * @param address  the address as written
     * @param fetched  whether the browser fetches it as the page loads (an image, a stylesheet),
     *                 rather than when the reader follows it
     */
    public record Link(String element, String address, boolean fetched) {
    }

    /** Attributes that hold one address, and whether the browser fetches it by itself. */
    private static final List<String[]> SINGLE = List.of(
            new String[] {"a[href]", "href", "no"},
            new String[] {"area[href]", "href", "no"},
            new String[] {"img[src]", "src", "yes"},
            new String[] {"source[src]", "src", "yes"},
            new String[] {"video[src]", "src", "yes"},
            new String[] {"audio[src]", "src", "yes"},
            new String[] {"track[src]", "src", "yes"},
            new String[] {"video[poster]", "poster", "yes"},
            new String[] {"script[src]", "src", "yes"},
            new String[] {"iframe[src]", "src", "yes"},
            new String[] {"embed[src]", "src", "yes"},
            new String[] {"object[data]", "data", "yes"},
            new String[] {"form[action]", "action", "no"},
            new String[] {"blockquote[cite]", "cite", "no"},
            new String[] {"q[cite]", "cite", "no"});

    /** Link relations the browser fetches as soon as it reads them. */
    private static final Set<String> FETCHED_RELATIONS = Set.of("stylesheet", "icon", "preload", "modulepreload", "prefetch",
            "manifest", "apple-touch-icon");

    public static PageLinks of(Document page) {
        Set<String> ids = new LinkedHashSet<>();
        for (Element element : page.select("[id]")) {
            ids.add(element.id());
        }
        for (Element anchor : page.select("a[name]")) {
            ids.add(anchor.attr("name"));
        }
        List<Link> links = new ArrayList<>();
        List<String> stylesheets = new ArrayList<>();
        List<String> scripts = new ArrayList<>();
        for (Element element : page.select("a[href], area[href], img, source, video, audio, track, script[src], iframe[src], embed[src], "
                + "object[data], form[action], blockquote[cite], q[cite], link[href]")) {
            String tag = element.tagName();
            if (tag.equals("link")) {
                Set<String> relations = Set.of(element.attr("rel").toLowerCase(Locale.ROOT).trim().split("\\s+"));
                boolean fetched = relations.stream().anyMatch(FETCHED_RELATIONS::contains);
                links.add(new Link(tag, element.attr("href"), fetched));
                if (relations.contains("stylesheet")) {
                    stylesheets.add(element.attr("href"));
                }
                continue;
            }
            for (String[] rule : SINGLE) {
                if (element.is(rule[0])) {
                    links.add(new Link(tag, element.attr(rule[1]), rule[2].equals("yes")));
                }
            }
            if (element.hasAttr("srcset")) {
                for (String candidate : element.attr("srcset").split(",")) {
                    String address = candidate.strip().split("\\s+")[0];
                    if (!address.isEmpty()) {
                        links.add(new Link(tag, address, true));
                    }
                }
            }
            if (tag.equals("script")) {
                scripts.add(element.attr("src"));
            }
        }
        return new PageLinks(Set.copyOf(ids), List.copyOf(links), List.copyOf(stylesheets), List.copyOf(scripts));
    }
}
