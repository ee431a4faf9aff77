package org.publicrecord.check;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    /**
     * One attribute that holds an address.
     *
     * @param attribute the attribute's name
     * @param fetched   whether the browser fetches the address by itself
     */
    private record Address(String attribute, boolean fetched) {
    }

    /** For each tag, the attributes that hold one address. */
    private static final Map<String, List<Address>> ADDRESSES = Map.ofEntries(
            Map.entry("a", List.of(new Address("href", false))),
            Map.entry("area", List.of(new Address("href", false))),
            Map.entry("img", List.of(new Address("src", true))),
            Map.entry("source", List.of(new Address("src", true))),
            Map.entry("video", List.of(new Address("src", true), new Address("poster", true))),
            Map.entry("audio", List.of(new Address("src", true))),
            Map.entry("track", List.of(new Address("src", true))),
            Map.entry("script", List.of(new Address("src", true))),
            Map.entry("iframe", List.of(new Address("src", true))),
            Map.entry("embed", List.of(new Address("src", true))),
            Map.entry("object", List.of(new Address("data", true))),
            Map.entry("form", List.of(new Address("action", false))),
            Map.entry("blockquote", List.of(new Address("cite", false))),
            Map.entry("q", List.of(new Address("cite", false))));

    /** Link relations the browser fetches as soon as it reads them. */
    private static final Set<String> FETCHED_RELATIONS = Set.of("stylesheet", "icon", "preload", "modulepreload", "prefetch",
            "manifest", "apple-touch-icon");

    /** Reads a page in one walk over its elements (a page has hundreds; a site, millions). */
    public static PageLinks of(Document page) {
        Set<String> ids = new LinkedHashSet<>();
        List<Link> links = new ArrayList<>();
        List<String> stylesheets = new ArrayList<>();
        List<String> scripts = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            String tag = element.normalName();
            if (element.hasAttr("id")) {
                ids.add(element.id());
            }
            if (tag.equals("a") && element.hasAttr("name")) {
                ids.add(element.attr("name"));
            }
            if (tag.equals("link") && element.hasAttr("href")) {
                Set<String> relations = Set.of(element.attr("rel").toLowerCase(Locale.ROOT).trim().split("\\s+"));
                links.add(new Link(tag, element.attr("href"), relations.stream().anyMatch(FETCHED_RELATIONS::contains)));
                if (relations.contains("stylesheet")) {
                    stylesheets.add(element.attr("href"));
                }
                continue;
            }
            for (Address address : ADDRESSES.getOrDefault(tag, List.of())) {
                if (element.hasAttr(address.attribute())) {
                    links.add(new Link(tag, element.attr(address.attribute()), address.fetched()));
                }
            }
            if ((tag.equals("img") || tag.equals("source")) && element.hasAttr("srcset")) {
                for (String candidate : element.attr("srcset").split(",")) {
                    String address = candidate.strip().split("\\s+")[0];
                    if (!address.isEmpty()) {
                        links.add(new Link(tag, address, true));
                    }
                }
            }
            if (tag.equals("script") && element.hasAttr("src")) {
                scripts.add(element.attr("src"));
            }
        }
        return new PageLinks(Set.copyOf(ids), List.copyOf(links), List.copyOf(stylesheets), List.copyOf(scripts));
    }

    /** The page's links as bytes, for the build cache: {@link #fromBytes} gives them back. */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeAll(out, List.copyOf(ids));
            out.writeInt(links.size());
            for (Link link : links) {
                out.writeUTF(link.element());
                out.writeUTF(link.address());
                out.writeBoolean(link.fetched());
            }
            writeAll(out, stylesheets);
            writeAll(out, scripts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The links {@link #toBytes} wrote. */
    public static PageLinks fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            Set<String> ids = Set.copyOf(readAll(in));
            List<Link> links = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                links.add(new Link(in.readUTF(), in.readUTF(), in.readBoolean()));
            }
            return new PageLinks(ids, List.copyOf(links), readAll(in), readAll(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code texts}, their count first, for {@link #readAll}; the check's records on the cache are written so. */
    static void writeAll(DataOutputStream out, java.util.Collection<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) {
            out.writeUTF(text);
        }
    }

    /** The texts {@link #writeAll} wrote, in their order. */
    static List<String> readAll(DataInputStream in) throws IOException {
        List<String> texts = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            texts.add(in.readUTF());
        }
        return List.copyOf(texts);
    }
}
