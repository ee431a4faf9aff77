package org.publicrecord.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.publicrecord.problem.Problem;
import org.publicrecord.content.SourceDocument;
import org.publicrecord.markup.FlexmarkEngine;
import org.publicrecord.markup.MarkdownChecks;
import org.publicrecord.trust.MarkupLimits;

/**
 * Checks a document's body before the build goes on, drafts included, so that a missing alt text
 * or a script tag is reported together with every other problem of the site.
 *
 * <p>Parsing Markdown is the dearest step of a build; the crawler parses each published body again
 * to render it. So a body is parsed here only when it contains something a check could object to:
 * an image, raw HTML, an entity or a backslash (either can hide a {@code javascript:} link) or a
 * script-like scheme. Most minutes contain none of these.
 */
final class BodyChecks {

    private static final FlexmarkEngine MARKDOWN = new FlexmarkEngine();
    /** {@code image::file.png[alt text, 300]} and inline {@code image:file.png[alt]}, outside comments. */
    private static final Pattern ASCIIDOC_IMAGE = Pattern.compile("image::?([^\\[\\s]+)\\[([^\\]]*)\\]");

    private BodyChecks() {
    }

    static List<Problem> check(SourceDocument document) {
        String body = document.body();
        // Bounded work: a body nested thousands of levels deep is told before it is parsed.
        Optional<Problem> tooDeep = MarkupLimits.check(document);
        if (tooDeep.isPresent()) {
            return List.of(tooDeep.get());
        }
        if (document.markup() == SourceDocument.Markup.MARKDOWN) {
            if (!isWorthParsing(body)) {
                return List.of();
            }
            return MarkdownChecks.check(MARKDOWN.parse(body), document.name(), document.bodyFirstLine());
        }
        List<Problem> problems = new ArrayList<>();
        MarkdownChecks.checkHtml(body, document.name(), document.bodyFirstLine(), problems);
        checkAsciidocImages(body, document.name(), document.bodyFirstLine(), problems);
        return problems;
    }

    /** Whether a check could object to anything in {@code body}; one pass over its characters, no regular expression. */
    static boolean isWorthParsing(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '<' || c == '&' || c == '\\' || c == '!' && i + 1 < body.length() && body.charAt(i + 1) == '[') {
                return true;
            }
            if (c == ':' && (endsWithIgnoringCase(body, i, "script") || endsWithIgnoringCase(body, i, "data"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithIgnoringCase(String text, int end, String word) {
        return end >= word.length() && text.regionMatches(true, end - word.length(), word, 0, word.length());
    }

    /** The alt text is the first attribute when it has no name, or the one named {@code alt}. */
    private static boolean hasAltText(String attributes) {
        String[] parts = attributes.split(",", -1);
        String first = parts[0].strip();
        if (!first.isEmpty() && !first.contains("=")) {
            return true;
        }
        for (String part : parts) {
            String attribute = part.strip();
            if (attribute.toLowerCase(Locale.ROOT).startsWith("alt=") && !attribute.substring(4).replace("\"", "").isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static void checkAsciidocImages(String body, String file, int firstLine, List<Problem> problems) {
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("//")) {
                continue;
            }
            Matcher image = ASCIIDOC_IMAGE.matcher(lines[i]);
            while (image.find()) {
                if (!hasAltText(image.group(2))) {
                    problems.add(Problem.at(file, firstLine + i, image.start() + 1, "the image '" + image.group(1) + "' has no alt text",
                            "describe the picture between the square brackets: image::" + image.group(1) + "[Residents at a workshop]"));
                }
            }
        }
    }
}
