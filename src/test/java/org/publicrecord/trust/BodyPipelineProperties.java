package org.publicrecord.trust;

import static org.assertj.core.api.Assertions.assertThat;


import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.markup.FlexmarkEngine;

/**
 * Generated Markdown and HTML, built from the pieces attacks are made of (tags that run code, event
 * handlers, addresses with every scheme and every way of hiding one, entities, broken and nested
 * markup), through the body pipeline: Markdown to HTML, then the trust boundary. Whatever comes in,
 * either the build is stopped with a problem on a line of the body, or what comes out holds no
 * script, no handler, no {@code javascript:} or {@code data:} address, and passes the boundary again
 * unchanged.
 */
class BodyPipelineProperties {

    private static final FlexmarkEngine MARKDOWN = new FlexmarkEngine();
    private static final int FIRST_LINE = 5;

    @Property(tries = 400)
    void aBodyIsRefusedOnOneOfItsLinesOrComesOutSafe(@ForAll("bodies") String body) {
        String html;
        try {
            html = BodySanitizer.sanitize(MARKDOWN.render(MARKDOWN.parse(body)), "content/x.md", body, FIRST_LINE);
        } catch (BuildFailure failure) {
            int lines = (int) body.chars().filter(c -> c == '\n').count() + 1;
            for (Problem problem : failure.problems()) {
                assertThat(problem.file()).isEqualTo("content/x.md");
                assertThat(problem.line()).isBetween(FIRST_LINE, FIRST_LINE + lines - 1);
                assertThat(problem.column()).isPositive();
                assertThat(problem.message()).isNotBlank();
            }
            Statistics.collect("refused");
            return;
        }
        Statistics.collect("neutralised");
        assertThat(OutputScan.htmlProblems(html)).as("from %s came %s", body, html).isEmpty();
        assertThat(BodySanitizer.sanitize(html, "content/x.md", body, FIRST_LINE)).isEqualTo(html);
    }

    @Property(tries = 300)
    void urlsAreAllowedOnlyWithTheSiteSchemes(@ForAll("addresses") String url) {
        boolean allowed = TrustedUrl.isAllowed(url);
        String plain = url.replaceAll("[\\t\\n\\r]", "").strip().toLowerCase(java.util.Locale.ROOT);
        if (plain.startsWith("javascript:") || plain.startsWith("data:") || plain.startsWith("vbscript:") || plain.startsWith("file:")) {
            assertThat(allowed).as(url).isFalse();
        }
        if (allowed && plain.matches("^[a-z][a-z0-9+.-]*:.*")) {
            assertThat(plain).matches("^(https?|mailto|tel):.*");
        }
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> piece = Arbitraries.oneOf(text(), tag(), closingTag(), markdownLink(), markdownImage(),
                Arbitraries.of("\n", "\n\n", "> ", "- ", "1. ", "    ", "<!--", "-->", "&lt;", "&#60;", "<", ">", "\"", "'", "`", "```\n", "|", "***"));
        return piece.list().ofMinSize(1).ofMaxSize(25).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> addresses() {
        return address();
    }

    private static Arbitrary<String> text() {
        return Arbitraries.strings().withChars("abc XYZ.,;:()[]/=&#").ofMaxLength(12);
    }

    private static Arbitrary<String> tagName() {
        return Arbitraries.of("p", "a", "img", "div", "span", "script", "SCRIPT", "scr<script>ipt", "iframe", "svg", "math", "style",
                "object", "embed", "form", "input", "meta", "base", "link", "template", "details", "table", "td", "x-widget", "noscript", "textarea");
    }

    private static Arbitrary<String> attribute() {
        Arbitrary<String> name = Arbitraries.of("href", "src", "alt", "title", "class", "id", "style", "onerror", "onload", "ONCLICK",
                "ontoggle", "target", "srcset", "formaction", "action", "xlink:href", "data", "http-equiv", "content", "autofocus");
        Arbitrary<String> value = Arbitraries.oneOf(address(), text(), Arbitraries.of("alert(1)", "_top", "_blank", "refresh", "0;url=javascript:alert(1)",
                "background:url(javascript:alert(1))", "width: 50%"));
        Arbitrary<String> separator = Arbitraries.of(" ", "\n", "/", "\t", " /");
        Arbitrary<String> quote = Arbitraries.of("\"", "'", "");
        return Combinators.combine(separator, name, quote, value).as((s, n, q, v) -> s + n + "=" + q + v + q);
    }

    private static Arbitrary<String> tag() {
        return Combinators.combine(tagName(), attribute().list().ofMaxSize(3), Arbitraries.of(">", "/>", "", " >"))
                .as((name, attributes, end) -> "<" + name + String.join("", attributes) + end);
    }

    private static Arbitrary<String> closingTag() {
        return tagName().map(name -> "</" + name + ">");
    }

    private static Arbitrary<String> address() {
        Arbitrary<String> scheme = Arbitraries.of("", "https://example.org/", "http://", "mailto:a@example.org", "tel:+44", "javascript:",
                "JaVaScRiPt:", "java\tscript:", "jav&#x61;script:", "&#106;avascript:", " javascript:", "\u0001javascript:", "vbscript:",
                "data:text/html,", "data:image/svg+xml;base64,", "file:///etc/", "//evil.example/", "java\\script:", "meetings/", "#top", "../assets/");
        return Combinators.combine(scheme, Arbitraries.of("alert(1)", "x.png", "", "a b", "%0a")).as(String::concat);
    }

    private static Arbitrary<String> markdownLink() {
        return Combinators.combine(text(), address()).as((words, url) -> "[" + words + "](" + url + ")");
    }

    private static Arbitrary<String> markdownImage() {
        return Combinators.combine(Arbitraries.of("", "A walk"), address()).as((alt, url) -> "![" + alt + "](" + url + ")");
    }

}
