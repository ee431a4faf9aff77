package org.publicrecord.trust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads every file a build wrote, as a browser or a feed reader would, and lists what must never
 * be there: a script other than the site's own, an event handler, a {@code javascript:},
 * {@code vbscript:} or {@code data:} address, an element that loads a page or a plug-in, or the
 * text of a file from outside the site. Written independently of the sanitizer it checks.
 */
public final class OutputScan {

    private static final Set<String> BINARY = Set.of("png", "jpg", "jpeg", "gif", "webp", "pdf", "ico", "woff", "woff2");
    private static final Set<String> NEVER = Set.of("iframe", "frame", "frameset", "object", "embed", "applet", "form", "base",
            "input", "button", "textarea", "select", "template", "video", "audio", "portal");
    private static final Pattern OWN_SCRIPT = Pattern.compile("(\\.\\./)*js/[a-z0-9-]+\\.js");
    private static final List<String> BAD_SCHEMES = List.of("javascript:", "vbscript:", "data:", "file:", "livescript:");

    private OutputScan() {
    }

    /** What is wrong in the built site in {@code output}; empty when nothing is. {@code secrets} are texts of files outside the site. */
    public static List<String> problems(Path output, List<String> secrets) {
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(output)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            String name = output.relativize(file).toString();
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (Files.isSymbolicLink(file)) {
                problems.add(name + ": is a symbolic link");
            }
            if (BINARY.contains(extension)) {
                continue;
            }
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(name + ": is not UTF-8 text");
                continue;
            }
            for (String secret : secrets) {
                if (text.contains(secret)) {
                    problems.add(name + ": contains the text of a file outside the site");
                }
            }
            String plain = Parser.unescapeEntities(text, false).toLowerCase(Locale.ROOT).replaceAll("[\\s\\u0000-\\u001f]", "");
            // In pages and feeds the parsed markup is checked below; text there may speak of "javascript:" harmlessly.
            for (String scheme : List.of("javascript:", "vbscript:", "data:text", "data:image/svg", "livescript:")) {
                if (!extension.equals("html") && !extension.equals("xml") && plain.contains(scheme)) {
                    problems.add(name + ": contains '" + scheme + "'");
                }
            }
            switch (extension) {
                case "html" -> html(Jsoup.parse(text), name, problems);
                case "xml" -> xml(text, name, problems);
                case "svg" -> problems.add(name + ": an SVG file was published; none of the hostile inputs may publish one");
                case "js", "css" -> {
                    if (plain.contains("<script") || Pattern.compile("<[^>]*\\son[a-z]+=").matcher(plain).find()) {
                        problems.add(name + ": contains markup that could run code");
                    }
                }
                default -> {
                    // JSON, CSV, iCalendar and text are data: a title such as "<script>" is its words there, escaped by the
                    // format's own writer, and never read as HTML by anything the site serves.
                }
            }
        }
        return problems;
    }

    /** What is wrong in one page or body fragment; empty when nothing is. */
    public static List<String> htmlProblems(String html) {
        List<String> problems = new ArrayList<>();
        html(Jsoup.parseBodyFragment(html), "body", problems);
        return problems;
    }

    private static void xml(String text, String name, List<String> problems) {
        Document feed = Jsoup.parse(text, "", Parser.xmlParser());
        for (Element element : feed.getAllElements()) {
            if ("html".equals(element.attr("type")) || element.normalName().equals("content:encoded")) {
                html(Jsoup.parseBodyFragment(element.wholeText()), name + " <" + element.tagName() + ">", problems);
            }
            if (element.normalName().equals("script")) {
                problems.add(name + ": has a script element");
            }
            attributes(element, name, problems);
        }
    }

    private static void html(Document page, String name, List<String> problems) {
        for (Element element : page.getAllElements()) {
            String tag = element.normalName();
            if (tag.equals("script")) {
                boolean data = element.attr("type").equals("application/ld+json") && !element.hasAttr("src");
                boolean own = element.attr("type").isEmpty() && OWN_SCRIPT.matcher(element.attr("src")).matches() && element.data().isBlank();
                if (!data && !own) {
                    problems.add(name + ": has a script that is not the site's own: " + element.outerHtml());
                }
            }
            if (NEVER.contains(tag)) {
                problems.add(name + ": has " + element.tagName() + ": " + shorten(element.outerHtml()));
            }
            if (tag.equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")
                    && !element.attr("content").matches("0; url=[a-z0-9./-]*")) {
                problems.add(name + ": has a refresh to somewhere else: " + element.outerHtml());
            }
            if (tag.equals("style") && element.parents().stream().anyMatch(parent -> parent.normalName().equals("body"))) {
                problems.add(name + ": has a style element in the body");
            }
            if (tag.equals("img") || tag.equals("source")) {
                for (String attribute : List.of("src", "srcset")) {
                    String value = element.attr(attribute).strip().toLowerCase(Locale.ROOT);
                    if (value.startsWith("//") || value.contains("://")) {
                        problems.add(name + ": loads a picture from elsewhere: " + element.outerHtml());
                    }
                }
            }
            attributes(element, name, problems);
        }
    }

    private static void attributes(Element element, String name, List<String> problems) {
        for (Attribute attribute : element.attributes()) {
            String key = attribute.getKey().toLowerCase(Locale.ROOT);
            String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u0000-\\u001f]", "");
            if (key.startsWith("on")) {
                problems.add(name + ": has an event handler: " + shorten(element.outerHtml()));
            }
            if (key.equals("style") && (value.contains("url(") || value.contains("expression("))) {
                problems.add(name + ": has a style that loads something: " + shorten(element.outerHtml()));
            }
            for (String scheme : BAD_SCHEMES) {
                if (value.startsWith(scheme)) {
                    problems.add(name + ": has a '" + scheme + "' address: " + shorten(element.outerHtml()));
                }
            }
        }
    }

    private static String shorten(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }
}
