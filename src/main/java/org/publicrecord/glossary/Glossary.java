package org.publicrecord.glossary;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import org.publicrecord.model.ModelPart;

/**
 * The words of {@code data/glossary.yaml}, and the marking of each one's first use in a page's
 * body: the word becomes a link to its entry on the glossary page, with its expansion as an
 * {@code <abbr>}. Words inside links, headings, code and existing abbreviations are left alone.
 */
public final class Glossary implements ModelPart {

    /** The glossary page's address. */
    public static final String PAGE = "glossary/";

    /** Elements whose text is never marked: a link inside a link or a heading would break both. */
    private static final List<String> LEFT_ALONE = List.of("a", "abbr", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre",
            "kbd", "samp", "script", "style", "svg", "math", "button", "label", "summary", "dfn");

    /**
     * A word of the glossary.
     *
     * @param term        the word as pages write it
     * @param id          its fragment on the glossary page
     * @param expansion   what an abbreviation stands for, or null
     * @param explanation what it means
     * @param forms       every form matched: the term and its other forms
     */
    public record Term(String term, String id, String expansion, String explanation, List<String> forms) {
    }

    private final List<Term> terms;
    private final Pattern pattern;
    private final Map<String, Term> byForm;

    Glossary(List<Term> terms) {
        this.terms = terms.stream().sorted(Comparator.comparing(term -> term.term().toLowerCase(Locale.ROOT))).toList();
        Map<String, Term> forms = new java.util.HashMap<>();
        List<String> all = new ArrayList<>();
        for (Term term : terms) {
            for (String form : term.forms()) {
                forms.put(form, term);
                all.add(form);
            }
        }
        this.byForm = Map.copyOf(forms);
        // Longest first, so "integrated care board" wins over "care"; whole words only.
        all.sort(Comparator.comparingInt(String::length).reversed());
        this.pattern = all.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])("
                + String.join("|", all.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])");
    }

    /** The glossary read from the data file's entries ({@code term}, {@code expansion}, {@code explanation}, {@code also}). */
    @SuppressWarnings("unchecked")
    public static Glossary of(Object data) {
        List<Term> terms = new ArrayList<>();
        if (data instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof Map<?, ?> fields) {
                    String term = String.valueOf(fields.get("term"));
                    List<String> forms = new ArrayList<>(List.of(term));
                    if (fields.get("also") instanceof List<?> also) {
                        also.forEach(form -> forms.add(String.valueOf(form)));
                    }
                    Object expansion = fields.get("expansion");
                    terms.add(new Term(term, idOf(term), expansion == null ? null : String.valueOf(expansion),
                            String.valueOf(fields.get("explanation")), List.copyOf(forms)));
                }
            }
        }
        return new Glossary(terms);
    }

    /** "ICS" becomes {@code ics}, "place-based" {@code place-based}: lower case, letters and digits joined by hyphens. */
    static String idOf(String term) {
        String plain = Normalizer.normalize(term, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        return "term-" + plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Every word, in alphabetical order, for the glossary page. */
    public List<Term> terms() {
        return terms;
    }

    /**
     * {@code html} with the first use of each word marked: {@code <a href="ROOTglossary/#term-ics"><abbr title="...">ICS</abbr></a>}.
     *
     * @param root the relative path from the page to the home page, such as {@code ../../}
     */
    public String mark(String html, String root) {
        if (pattern == null || html == null || html.isEmpty()) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        java.util.Set<Term> used = new java.util.HashSet<>();
        boolean[] changed = {false};
        for (TextNode text : textNodes(document.body())) {
            if (leftAlone(text)) {
                continue;
            }
            String value = text.getWholeText();
            Matcher matcher = pattern.matcher(value);
            List<Node> replacement = new ArrayList<>();
            int from = 0;
            while (matcher.find()) {
                Term term = byForm.get(matcher.group(1));
                if (term == null || !used.add(term)) {
                    continue;
                }
                replacement.add(new TextNode(value.substring(from, matcher.start())));
                replacement.add(link(term, matcher.group(1), root));
                from = matcher.end();
            }
            if (!replacement.isEmpty()) {
                replacement.add(new TextNode(value.substring(from)));
                for (Node node : replacement) {
                    text.before(node);
                }
                text.remove();
                changed[0] = true;
            }
        }
        return changed[0] ? document.body().html() : html;
    }

    private static Element link(Term term, String written, String root) {
        Element link = new Element("a").attr("href", root + PAGE + "#" + term.id()).addClass("glossary-term");
        if (term.expansion() != null) {
            link.appendElement("abbr").attr("title", term.expansion()).text(written);
        } else {
            link.text(written);
        }
        return link;
    }

    private static List<TextNode> textNodes(Element root) {
        List<TextNode> nodes = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                nodes.add(text);
            }
        });
        return nodes;
    }

    private static boolean leftAlone(TextNode text) {
        for (Node parent = text.parent(); parent instanceof Element element; parent = element.parent()) {
            if (LEFT_ALONE.contains(element.normalName())) {
                return true;
            }
        }
        return false;
    }
}
