package org.publicrecord.trust;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * What a body may hold on a page of this site: the elements and attributes that Markdown and
 * AsciiDoc write for text, lists, tables, quotes, footnotes and pictures, and nothing else. No
 * element that runs code, loads a page or a plug-in, submits a form or changes the page's address
 * or policy; no event handler; no style beyond a table column's width or a cell's alignment; links
 * only to the schemes of {@link TrustedUrl}; pictures only from the site's own files.
 *
 * <p>An allowlist on jsoup's {@link Safelist}: anything the list does not name is refused.
 */
public final class HtmlPolicy extends Safelist {

    /** Attributes whose value is an address a browser follows or loads. */
    static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite");
    private static final Set<String> LOADED = Set.of("src");
    private static final Pattern STYLE = Pattern.compile(
            "\\s*(text-align\\s*:\\s*(left|center|right|justify)|width\\s*:\\s*[0-9]{1,3}(\\.[0-9]+)?%)\\s*;?\\s*");
    /** Heading ids are made from the heading's words, in any script (an Arabic heading gets an Arabic id): letters, digits, _ - . : only. */
    private static final Pattern ID = Pattern.compile("[\\p{L}_][\\p{L}\\p{M}\\p{N}_\\-.:]*");
    private static final Pattern CLASS = Pattern.compile("[A-Za-z0-9_\\- ]*");

    public HtmlPolicy() {
        addTags("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details",
                "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img",
                "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "summary",
                "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr");
        addAttributes(":all", "id", "class", "title", "lang", "dir");
        addAttributes("a", "href", "rel", "target");
        addAttributes("img", "src", "alt", "width", "height");
        addAttributes("ol", "start", "reversed", "type");
        addAttributes("ul", "type");
        addAttributes("li", "value");
        addAttributes("th", "colspan", "rowspan", "scope", "align", "style");
        addAttributes("td", "colspan", "rowspan", "align", "style");
        addAttributes("col", "span", "style");
        addAttributes("colgroup", "span");
        addAttributes("time", "datetime");
        addAttributes("del", "cite", "datetime");
        addAttributes("ins", "cite", "datetime");
        addAttributes("blockquote", "cite");
        addAttributes("q", "cite");
        addAttributes("details", "open");
        preserveRelativeLinks(true);
    }

    @Override
    public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
        if (!super.isSafeAttribute(tagName, element, attribute)) {
            return false;
        }
        return isSafeValue(attribute.getKey().toLowerCase(Locale.ROOT), attribute.getValue());
    }

    /** Whether the policy names the attribute for the element at all, whatever its value. */
    boolean allowsAttributeName(String tag, String name) {
        return super.isSafeAttribute(tag, new Element(tag), new Attribute(name, "x"));
    }

    /** The value checks the element and attribute names alone cannot make. */
    static boolean isSafeValue(String name, String value) {
        if (LOADED.contains(name)) {
            return TrustedUrl.isOwnFile(value);
        }
        if (URL_ATTRIBUTES.contains(name)) {
            return TrustedUrl.isAllowed(value);
        }
        return switch (name) {
            case "style" -> STYLE.matcher(value).matches();
            case "id" -> ID.matcher(value).matches();
            case "class" -> CLASS.matcher(value).matches();
            case "target" -> value.equals("_blank");
            case "align" -> Set.of("left", "center", "right", "justify").contains(value.toLowerCase(Locale.ROOT));
            default -> true;
        };
    }
}
