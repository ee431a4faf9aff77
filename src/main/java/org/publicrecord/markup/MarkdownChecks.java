package org.publicrecord.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import org.publicrecord.problem.Problem;

/**
 * Finds what must never be published in a Markdown body: images without a text alternative, and
 * anything that could run code in a resident's browser (script-like tags, inline event handlers,
 * {@code javascript:} links). Each finding names the line an editor must change.
 */
public final class MarkdownChecks {

    static final Pattern FORBIDDEN_TAG = Pattern.compile("<\\s*/?\\s*(script|iframe|object|embed|frame|frameset|applet|base|form|meta|link|style)\\b",
            Pattern.CASE_INSENSITIVE);
    // [^<>]: each match attempt stops at the next tag, so a line of thousands of "<" is read once, not once per "<".
    static final Pattern EVENT_HANDLER = Pattern.compile("<[^<>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    static final Pattern IMG_TAG = Pattern.compile("<\\s*img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    static final Pattern ALT_ATTRIBUTE = Pattern.compile("\\salt\\s*=\\s*(\"[^\"]*[^\\s\"][^\"]*\"|'[^']*[^\\s'][^']*'|[^\\s>\"']+)",
            Pattern.CASE_INSENSITIVE);

    private MarkdownChecks() {
    }

    public static List<Problem> check(Document document, String file, int firstLine) {
        List<Problem> problems = new ArrayList<>();
        visit(document, file, firstLine, problems);
        return problems;
    }

    private static void visit(Node node, String file, int firstLine, List<Problem> problems) {
        // A node's line is costly to find (Flexmark counts line ends from the start), so it is
        // worked out only for a node that has a problem.
        if (node instanceof Image image) {
            if (image.getText().isBlank()) {
                problems.add(at(node, file, firstLine, "the image '" + image.getUrl() + "' has no alt text",
                        "describe the picture between the square brackets: ![Residents at a workshop](" + image.getUrl() + ")"));
            }
            checkUrl(image.getUrl().toString(), node, file, firstLine, problems);
        } else if (node instanceof ImageRef image && image.getText().isBlank()) {
            problems.add(at(node, file, firstLine, "an image has no alt text", "describe the picture between the square brackets"));
        } else if (node instanceof Link link) {
            checkUrl(link.getUrl().toString(), node, file, firstLine, problems);
        } else if (node instanceof AutoLink link) {
            checkUrl(link.getUrl().toString(), node, file, firstLine, problems);
        } else if (node instanceof Reference reference) {
            checkUrl(reference.getUrl().toString(), node, file, firstLine, problems);
        } else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
            checkHtml(node.getChars().toString(), file, node.getLineNumber() + firstLine, problems);
        }
        if (!(node instanceof LinkRef)) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                visit(child, file, firstLine, problems);
            }
        }
    }

    private static Problem at(Node node, String file, int firstLine, String message, String fix) {
        return Problem.at(file, node.getLineNumber() + firstLine, column(node), message, fix);
    }

    /** Checks raw HTML written in a body; shared with AsciiDoc passthrough blocks. */
    public static void checkHtml(String html, String file, int firstLine, List<Problem> problems) {
        String[] lines = html.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i];
            int line = firstLine + i;
            Matcher tag = FORBIDDEN_TAG.matcher(text);
            if (tag.find()) {
                problems.add(Problem.at(file, line, tag.start() + 1,
                        "the body contains " + (tag.group(1).matches("(?i)[aeio].*") ? "an" : "a") + " <" + tag.group(1).toLowerCase(Locale.ROOT)
                                + "> tag, which is not allowed on this site",
                        "remove it; to show a video or a form, link to it instead"));
            }
            Matcher handler = EVENT_HANDLER.matcher(text);
            if (handler.find()) {
                problems.add(Problem.at(file, line, handler.start() + 1,
                        "the body contains an inline event handler (an 'on...=' attribute), which could run code",
                        "remove the attribute"));
            }
            String scheme = scriptScheme(text);
            if (scheme != null) {
                int at = text.toLowerCase(Locale.ROOT).indexOf(scheme);
                problems.add(Problem.at(file, line, at < 0 ? 1 : at + 1,
                        "the body contains a '" + scheme + "' link, which could run code",
                        "link to a web address starting with https:// instead"));
            }
            Matcher img = IMG_TAG.matcher(text);
            while (img.find()) {
                if (!ALT_ATTRIBUTE.matcher(img.group()).find()) {
                    problems.add(Problem.at(file, line, img.start() + 1, "an <img> tag has no alt text",
                            "add alt=\"a short description of the picture\""));
                }
            }
        }
    }

    /**
     * The script scheme hidden anywhere in {@code text}, or null. Browsers decode character
     * references and drop tabs and line breaks in addresses, so {@code jav&#x61;script:} and
     * {@code java&#9;script:} are found as well.
     */
    static String scriptScheme(String text) {
        String decoded = Escaping.unescapeString(text).toLowerCase(Locale.ROOT).replaceAll("[\\s\\u0000-\\u001f]", "");
        for (String scheme : List.of("javascript:", "vbscript:")) {
            if (decoded.contains(scheme)) {
                return scheme;
            }
        }
        return null;
    }

    private static void checkUrl(String url, Node node, String file, int firstLine, List<Problem> problems) {
        // Markdown decodes escapes and character references in a link's address before it is rendered.
        String scheme = Escaping.unescapeString(url).strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u0000-\\u001f]", "");
        if (scheme.startsWith("javascript:") || scheme.startsWith("vbscript:") || scheme.startsWith("data:text/html")) {
            problems.add(at(node, file, firstLine, "the link '" + url + "' could run code in a reader's browser",
                    "link to a web address starting with https:// instead"));
        }
    }

    private static int column(Node node) {
        CharSequence chars = node.getDocument().getChars();
        int start = node.getStartOffset();
        int lineStart = start;
        while (lineStart > 0 && chars.charAt(lineStart - 1) != '\n') {
            lineStart--;
        }
        return start - lineStart + 1;
    }
}
