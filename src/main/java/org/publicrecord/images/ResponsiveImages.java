package org.publicrecord.images;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.publicrecord.render.SiteRenderer;

/**
 * Turns each picture in a document's body into a responsive one: a {@code <picture>} offering
 * WebP and JPEG (or PNG) copies at several widths, so a phone downloads a small file; with
 * {@code width} and {@code height}, so the text does not jump when it arrives; and, below the
 * top of the page, {@code loading="lazy"}, so a reader who never scrolls there never pays for it.
 *
 * <p>Editors write a picture as Markdown, {@code ![What it shows](assets/images/workshop.jpg)},
 * its path taken from the site folder (a path relative to the Markdown file works too). The alt
 * text is theirs and is required (see {@code MarkdownChecks}).
 */
public final class ResponsiveImages {

    /**
     * How wide the picture is drawn: the text column is at most 36em of 19px (684px) from 720px
     * up, and the width of the screen below. The browser picks the copy from this before it has
     * the stylesheet, so it cannot be read from it.
     */
    static final String SIZES = "(min-width: 720px) 684px, 100vw";
    private static final Pattern RESIZABLE = Pattern.compile(".*\\.(jpe?g|png)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HAS_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    /** Pictures in the body's first blocks are likely on screen when the page opens: load those at once. */
    private static final int EAGER_BLOCKS = 2;

    private final ImageVariants variants;

    public ResponsiveImages(ImageVariants variants) {
        this.variants = variants;
    }

    /** Whether {@link #rewrite} would change the body: whether it has a picture. */
    public static boolean hasPictures(String body) {
        if (body == null) {
            return false;
        }
        // Asked of every body on every build: looked for in place rather than in a lower-cased copy of the body.
        for (int at = body.indexOf('<'); at >= 0; at = body.indexOf('<', at + 1)) {
            if (body.regionMatches(true, at + 1, "img", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The body with its pictures made responsive. {@code pageUrl} is the page's address in the site
     * ({@code events/2018/x/}); {@code sourceFile} is the file the body came from, relative to the
     * site folder. A body without pictures comes back untouched.
     */
    public String rewrite(String body, String pageUrl, String sourceFile) {
        if (!hasPictures(body)) {
            return body;
        }
        Document document = Jsoup.parseBodyFragment(body);
        document.outputSettings().prettyPrint(false);
        Element container = document.body();
        String root = SiteRenderer.rootOf(pageUrl);
        for (Element img : container.select("img[src]")) {
            String asset = assetPath(img.attr("src"), sourceFile);
            if (asset == null) {
                continue;
            }
            String published = asset.substring("assets/".length());
            if (!RESIZABLE.matcher(asset).matches()) {
                img.attr("src", root + encoded(published));
                continue;
            }
            ImageVariants.Variants copies = variants.of(asset, sourceFile);
            ImageVariants.Variant largest = copies.largest();
            img.attr("src", root + encoded(largest.path()))
                    .attr("srcset", srcset(copies.fallback(), root))
                    .attr("sizes", SIZES)
                    .attr("width", String.valueOf(largest.width()))
                    .attr("height", String.valueOf(largest.height()))
                    .attr("decoding", "async");
            if (!nearTheTop(img, container)) {
                img.attr("loading", "lazy");
            }
            Element picture = new Element("picture");
            img.before(picture);
            picture.appendElement("source")
                    .attr("type", "image/webp")
                    .attr("srcset", srcset(copies.webp(), root))
                    .attr("sizes", SIZES);
            picture.appendChild(img);
        }
        return container.html();
    }

    /**
     * The picture's path from the site folder ({@code assets/images/x.jpg}) if {@code src} names one
     * of the site's assets; null for anything else (another website, a data address...).
     */
    static String assetPath(String src, String sourceFile) {
        String written = src.strip();
        if (written.isEmpty() || written.startsWith("/") || written.startsWith("#") || HAS_SCHEME.matcher(written).find()) {
            return null;
        }
        String path = written.split("[?#]", 2)[0];
        if (!path.startsWith("assets/")) {
            Path folder = Path.of(sourceFile).getParent();
            path = (folder == null ? Path.of(path) : folder.resolve(path)).normalize().toString().replace('\\', '/');
        }
        return path.startsWith("assets/") ? path : null;
    }

    private static String srcset(List<ImageVariants.Variant> copies, String root) {
        return copies.stream().map(copy -> root + encoded(copy.path()) + " " + copy.width() + "w").collect(Collectors.joining(", "));
    }

    /** Spaces would split a srcset entry in two. */
    private static String encoded(String path) {
        return path.replace(" ", "%20").replace(",", "%2C");
    }

    /** Whether the picture sits in one of the body's first blocks. */
    private static boolean nearTheTop(Element img, Element container) {
        Element block = img;
        while (block.parent() != null && block.parent() != container) {
            block = block.parent();
        }
        return block.parent() == container && block.elementSiblingIndex() < EAGER_BLOCKS;
    }
}
