package org.publicrecord.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.site.Language;

/**
 * Passages in another language, marked the same way in Markdown and AsciiDoc: words followed by
 * their language, {@code [نريد أن نسمع منكم]{lang=ar}}, become a {@code <span lang="ar" dir="rtl">};
 * a paragraph, list item or table cell whose last words are {@code {lang=ar}} gets the language
 * and direction itself. Applied to the rendered body, so both markups share it.
 */
public final class LanguageParts {

    private static final String TAG = "[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*";
    private static final Pattern INLINE = Pattern.compile("\\[([^\\[\\]]+)\\]\\{lang=([^}\\s]*)\\}");
    private static final Pattern BLOCK = Pattern.compile("\\s*\\{lang=([^}\\s]*)\\}\\s*$");
    private static final Pattern WELL_FORMED = Pattern.compile("^" + TAG + "$");
    private static final List<String> BLOCKS = List.of("p", "li", "td", "th", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption");

    private LanguageParts() {
    }

    /** {@code html} with every marked passage given its language and direction; a malformed language stops the build naming the file and line. */
    public static String mark(String html, String file, String source, int firstLine) {
        if (html == null || !html.contains("{lang=")) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        List<Problem> problems = new ArrayList<>();
        for (Element block : document.body().select(String.join(",", BLOCKS))) {
            Node last = block.childNodeSize() == 0 ? null : block.childNode(block.childNodeSize() - 1);
            if (last instanceof TextNode text) {
                Matcher marker = BLOCK.matcher(text.getWholeText());
                if (marker.find() && !INLINE.matcher(text.getWholeText()).find()) {
                    if (check(marker.group(1), file, source, firstLine, problems)) {
                        text.text(text.getWholeText().substring(0, marker.start()));
                        block.attr("lang", marker.group(1)).attr("dir", Language.dirOf(marker.group(1)));
                    }
                }
            }
        }
        List<TextNode> texts = new ArrayList<>();
        document.body().traverse((node, depth) -> {
            if (node instanceof TextNode text && text.getWholeText().contains("{lang=")) {
                texts.add(text);
            }
        });
        for (TextNode text : texts) {
            String value = text.getWholeText();
            Matcher marker = INLINE.matcher(value);
            List<Node> replacement = new ArrayList<>();
            int from = 0;
            while (marker.find()) {
                if (!check(marker.group(2), file, source, firstLine, problems)) {
                    continue;
                }
                replacement.add(new TextNode(value.substring(from, marker.start())));
                replacement.add(new Element("span").attr("lang", marker.group(2)).attr("dir", Language.dirOf(marker.group(2))).text(marker.group(1)));
                from = marker.end();
            }
            if (!replacement.isEmpty()) {
                replacement.add(new TextNode(value.substring(from)));
                replacement.forEach(text::before);
                text.remove();
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        return document.body().html();
    }

    private static boolean check(String tag, String file, String source, int firstLine, List<Problem> problems) {
        if (WELL_FORMED.matcher(tag).matches()) {
            return true;
        }
        int line = firstLine;
        String[] lines = source.split("\n", -1);
        int column = 1;
        for (int i = 0; i < lines.length; i++) {
            int at = lines[i].indexOf("{lang=" + tag + "}");
            if (at >= 0) {
                line = firstLine + i;
                column = at + 1;
                break;
            }
        }
        problems.add(Problem.at(file, line, column, "'" + tag + "' is not a language tag",
                "write the language as a tag such as {lang=ar} (Arabic), {lang=pl} (Polish) or {lang=cy} (Welsh)"));
        return false;
    }
}
