package org.publicrecord.trust;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.content.SourceDocument;

/**
 * The trust boundary: every rendered body passes here once, after its markup is turned into HTML
 * and before it joins the model. Past this point a body is safe HTML, and no template or output
 * needs to think about it again.
 *
 * <p>The body is parsed as a browser would parse it, and every element, attribute and address is
 * held against {@link HtmlPolicy}. Anything the policy would remove is an editor's mistake, not
 * something to rewrite quietly: the build stops with the line of the source it came from and the
 * reason in plain words. A body that passes is still written out by jsoup's {@link Cleaner} with the
 * same policy, so what reaches a page is only ever what the policy allows.
 */
public final class BodySanitizer {

    /** How deep elements may nest in a body; real minutes stay below twenty. */
    public static final int MAX_DEPTH = 100;

    private static final HtmlPolicy POLICY = new HtmlPolicy();

    private BodySanitizer() {
    }

    /** The body, sanitised; or a {@link BuildFailure} naming the source line of everything the policy refuses. */
    public static String sanitize(String html, SourceDocument source) {
        return sanitize(html, source.name(), source.body(), source.bodyFirstLine());
    }

    /**
     * @param html      the rendered body
     * @param file      the source file, as editors see it
     * @param body      the body's source text, in which the place of each problem is found
     * @param firstLine the line of the file on which {@code body} starts
     */
    public static String sanitize(String html, String file, String body, int firstLine) {
        Document document = parse(html);
        List<Finding> findings = findings(document, html);
        if (!findings.isEmpty()) {
            Set<Problem> problems = new LinkedHashSet<>();
            for (Finding finding : findings) {
                problems.add(locate(finding, file, body, firstLine));
            }
            throw new BuildFailure(new ArrayList<>(problems));
        }
        Document clean = new Cleaner(POLICY).clean(document);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** What the policy would remove from {@code html}, in the order found; empty when it is all allowed. */
    public static List<Finding> findings(String html) {
        return findings(parse(html), html);
    }

    /**
     * One thing the policy refuses.
     *
     * @param message what is wrong, in plain words
     * @param fix     how to put it right
     * @param needles text to look for in the source, best first, to find the line it came from
     */
    public record Finding(String message, String fix, List<String> needles) {
    }

    private static Document parse(String html) {
        Document document = Document.createShell("");
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        List<Node> nodes = parser.parseFragmentInput(html, document.body(), "");
        document.body().appendChildren(nodes);
        return document;
    }

    private static List<Finding> findings(Document document, String html) {
        List<Finding> findings = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private boolean tooDeep;

            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element element) || element == document.body()) {
                    return;
                }
                String tag = element.normalName();
                String startTag = startTag(element, html);
                if (depth > MAX_DEPTH && !tooDeep) {
                    tooDeep = true;
                    findings.add(new Finding("the body nests elements more than " + MAX_DEPTH + " deep",
                            "simplify it: a list inside a list inside a list is as deep as a page needs", needles(startTag, "<" + tag)));
                }
                if (!POLICY.isSafeTag(tag)) {
                    findings.add(new Finding("the body contains " + article(tag) + " <" + tag + "> tag, which is not allowed on this site",
                            "remove it; to show a video or a form, link to it instead", needles(startTag, "<" + tag, tag)));
                    return;
                }
                for (Attribute attribute : element.attributes()) {
                    if (!POLICY.isSafeAttribute(tag, element, attribute)) {
                        findings.add(attributeFinding(tag, attribute, startTag));
                    }
                }
            }
        }, document.body());
        return findings;
    }

    private static Finding attributeFinding(String tag, Attribute attribute, String startTag) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = attribute.getValue();
        if (name.startsWith("on")) {
            return new Finding("the body contains an inline event handler ('" + name + "' on <" + tag + ">), which could run code",
                    "remove the attribute", needles(startTag, name, value));
        }
        if (HtmlPolicy.URL_ATTRIBUTES.contains(name) && isNamedInPolicy(tag, name)) {
            String scheme = TrustedUrl.scheme(value).orElse(null);
            if (name.equals("src") && (scheme == null || TrustedUrl.SCHEMES.contains(scheme))) {
                return new Finding("the picture '" + shorten(value) + "' is not one of this site's files: a page may only show pictures from assets/",
                        "upload the picture to assets/images/ and use its address on this site", needles(value, startTag, name));
            }
            return new Finding("the address '" + shorten(value) + "' is not allowed: a link may only start with http:, https:, mailto: or tel:, or be an address on this site",
                    "link to a web address starting with https:// instead", needles(value, startTag, name));
        }
        if (isNamedInPolicy(tag, name)) {
            return new Finding("the value of '" + name + "' on <" + tag + "> is not allowed ('" + shorten(value) + "')",
                    "remove the attribute", needles(startTag, name + "=", name));
        }
        return new Finding("the attribute '" + name + "' on <" + tag + "> is not allowed on this site",
                "remove the attribute", needles(startTag, name + "=", name));
    }

    private static boolean isNamedInPolicy(String tag, String name) {
        return POLICY.allowsAttributeName(tag, name);
    }

    private static String startTag(Element element, String html) {
        var range = element.sourceRange();
        if (!range.isTracked() || range.isImplicit()) {
            return null;
        }
        int start = range.startPos();
        int end = Math.min(range.endPos(), html.length());
        return start >= 0 && end > start ? html.substring(start, end) : null;
    }

    private static List<String> needles(String... candidates) {
        List<String> needles = new ArrayList<>();
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                needles.add(candidate);
            }
        }
        return needles;
    }

    /** The first line of the source on which one of the finding's needles appears, or the body's first line. */
    static Problem locate(Finding finding, String file, String body, int firstLine) {
        String lower = body.toLowerCase(Locale.ROOT);
        for (String needle : finding.needles()) {
            int at = lower.indexOf(needle.toLowerCase(Locale.ROOT));
            if (at >= 0) {
                int line = firstLine;
                int lineStart = 0;
                for (int i = 0; i < at; i++) {
                    if (body.charAt(i) == '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
                return Problem.at(file, line, at - lineStart + 1, finding.message(), finding.fix());
            }
        }
        return Problem.at(file, firstLine, 1, finding.message(), finding.fix());
    }

    private static String article(String word) {
        return word.matches("[aeiou].*") ? "an" : "a";
    }

    private static String shorten(String value) {
        String plain = value.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
        return plain.length() > 60 ? plain.substring(0, 57) + "..." : plain;
    }
}
