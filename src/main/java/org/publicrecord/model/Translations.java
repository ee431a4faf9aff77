package org.publicrecord.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.publicrecord.build.BuildOptions;
import org.publicrecord.content.SourceDocument;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.site.Language;
import org.publicrecord.site.Messages;

/**
 * Documents in the site's other languages: a file named like its original with the language
 * before the extension ({@code about.pl.md} beside {@code about.md}) is its translation, published
 * at {@code pl/about/}. Every page links its translations ({@link #alternates}); a standing page
 * (type {@code page}) without a translation is published in each language that has any, in the
 * site's own language with a notice in the reader's ({@link #fallbacks}).
 */
public final class Translations implements ModelPart {

    /** The content types whose documents may have translations: their layouts read nothing but the document. */
    public static final Set<String> TRANSLATABLE = Set.of("page", "news");

    /** One version of a page, for the language switcher and the {@code hreflang} links. */
    public record Alternate(String tag, String name, String dir, String url, boolean current) {
    }

    /** A page in a language: a translation, or a fallback showing the original. */
    public record Version(Language language, Messages messages, DocumentModel document, String url, boolean fallback) {
    }

    private final Language own;
    private final Map<String, Language> languages = new LinkedHashMap<>();
    private final Map<String, Messages> words = new LinkedHashMap<>();
    /** Each original's address, by the address of every version of it. */
    private final Map<String, String> originalOf = new LinkedHashMap<>();
    /** Every version of each original (the original first), by the original's address. */
    private final Map<String, List<Version>> versions = new LinkedHashMap<>();
    private final List<Version> fallbacks = new ArrayList<>();
    private final Set<String> published = new java.util.HashSet<>();

    private Translations(List<Language> languages, List<Messages> words) {
        this.own = languages.get(0);
        for (int i = 0; i < languages.size(); i++) {
            this.languages.put(languages.get(i).tag(), languages.get(i));
            this.words.put(languages.get(i).tag(), words.get(i));
        }
    }

    /** A site's languages without any translation yet: every page is in the site's own language. */
    public static Translations none(List<Language> languages, List<Messages> words) {
        return new Translations(languages, words);
    }

    /** Whether a content file is a translation: its name carries a language tag before the extension. */
    public static boolean isTranslation(SourceDocument source) {
        return Language.suffixOf(source.name()) != null;
    }

    /**
     * Reads the translations among {@code sources} into their own stores, one per language, checks
     * that each has a known language and an original, and works out every page's versions.
     */
    public static Translations of(List<SourceDocument> sources, MemoryContentStore originals, List<Language> languages,
                                  List<Messages> words, JBakeConfiguration config, BuildOptions options,
                                  org.publicrecord.schema.Schemas schemas, MarkupCache cache, java.time.LocalDate today) {
        Translations translations = new Translations(languages, words);
        Map<String, DocumentModel> bySource = new LinkedHashMap<>();
        for (DocumentModel document : originals.documents()) {
            bySource.put(String.valueOf(document.get(SiteCrawler.SOURCE_FILE)), document);
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, List<SourceDocument>> byLanguage = new LinkedHashMap<>();
        for (SourceDocument source : sources) {
            String tag = Language.suffixOf(source.name());
            Language language = translations.languages.get(tag);
            if (language == null || language.equals(translations.own)) {
                problems.add(Problem.inFile(source.name(), "'" + tag + "' is not one of the site's other languages ("
                        + String.join(", ", translations.languages.keySet().stream().skip(1).toList()) + ")",
                        "add it to 'languages' in data/site.yaml, or rename the file"));
                continue;
            }
            DocumentModel original = bySource.get(Language.withoutSuffix(source.name()));
            String type = String.valueOf(source.fields().values().get("type"));
            if (original == null) {
                problems.add(Problem.inFile(source.name(), "it translates " + Language.withoutSuffix(source.name())
                        + ", which is not published", "give the translation the same name as its original, with ." + tag + " before the extension"));
            } else if (!TRANSLATABLE.contains(type) || !type.equals(original.getType())) {
                problems.add(Problem.inFile(source.name(), "only pages and news can be translated, each with its original's type ('"
                        + original.getType() + "')", "write 'type: " + original.getType() + "', or publish it as a page of its own"));
            } else {
                byLanguage.computeIfAbsent(tag, key -> new ArrayList<>()).add(source);
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        for (Map.Entry<String, List<SourceDocument>> entry : byLanguage.entrySet()) {
            MemoryContentStore store = new MemoryContentStore();
            new SiteCrawler(store, config, options, schemas, cache).add(entry.getValue(), today);
            for (DocumentModel document : store.documents()) {
                DocumentModel original = bySource.get(Language.withoutSuffix(String.valueOf(document.get(SiteCrawler.SOURCE_FILE))));
                translations.add(original, document, entry.getKey());
            }
        }
        translations.addFallbacks(originals);
        return translations;
    }

    private void add(DocumentModel original, DocumentModel translation, String tag) {
        String originalUrl = String.valueOf(original.get("url"));
        String url = tag + "/" + originalUrl;
        translation.setUri(url + "index.html");
        translation.setNoExtensionUri(url);
        translation.put("url", url);
        translation.put("language", tag);
        translation.setRootPath("../".repeat((int) url.chars().filter(c -> c == '/').count()));
        List<Version> of = versions.computeIfAbsent(originalUrl, key -> new ArrayList<>(
                List.of(new Version(own, words.get(own.tag()), original, originalUrl, false))));
        of.add(new Version(languages.get(tag), words.get(tag), translation, url, false));
        originalOf.put(originalUrl, originalUrl);
        originalOf.put(url, originalUrl);
        published.add(url);
    }

    private void addFallbacks(MemoryContentStore originals) {
        Set<String> withTranslations = new java.util.TreeSet<>();
        versions.values().forEach(of -> of.stream().skip(1).forEach(version -> withTranslations.add(version.language().tag())));
        for (String tag : withTranslations) {
            for (DocumentModel document : originals.published("page")) {
                String url = tag + "/" + document.get("url");
                if (!published.contains(url)) {
                    DocumentModel shown = new DocumentModel();
                    shown.putAll(document);
                    shown.setBody(deeper(document.getBody()));
                    fallbacks.add(new Version(languages.get(tag), words.get(tag), shown, url, true));
                    published.add(url);
                }
            }
        }
    }

    /** A body's relative links and pictures, one folder deeper: the original's body shown under {@code pl/}. */
    static String deeper(String body) {
        if (body == null || body.isEmpty()) {
            return body;
        }
        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parseBodyFragment(body);
        html.outputSettings().prettyPrint(false);
        for (org.jsoup.nodes.Element element : html.body().select("[href], [src], [srcset]")) {
            for (String attribute : List.of("href", "src")) {
                if (element.hasAttr(attribute) && isRelative(element.attr(attribute))) {
                    element.attr(attribute, "../" + element.attr(attribute));
                }
            }
            if (element.hasAttr("srcset")) {
                element.attr("srcset", java.util.Arrays.stream(element.attr("srcset").split(","))
                        .map(String::strip).map(candidate -> isRelative(candidate) ? "../" + candidate : candidate)
                        .collect(java.util.stream.Collectors.joining(", ")));
            }
        }
        return html.body().html();
    }

    private static boolean isRelative(String address) {
        return !address.isEmpty() && !address.startsWith("#") && !address.startsWith("/") && !address.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    }

    /** Every translation, for the pages output. */
    public List<Version> translated() {
        return versions.values().stream().flatMap(of -> of.stream().skip(1)).toList();
    }

    /** The pages in another language that show their original, with a notice. */
    public List<Version> fallbacks() {
        return List.copyOf(fallbacks);
    }

    /** The section a page belongs to, for its breadcrumbs: {@code news} for {@code news/2026/x/} and for {@code pl/news/2026/x/}. */
    public String section(String url) {
        String path = originalOf.getOrDefault(url, url);
        for (String tag : languages.keySet()) {
            if (!tag.equals(own.tag()) && path.startsWith(tag + "/")) {
                path = path.substring(tag.length() + 1);
            }
        }
        return path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
    }

    /** The site's own language. */
    public Language own() {
        return own;
    }

    /** The versions of the page at {@code url} in every language it has, the original first; empty for a page without translations. */
    public List<Alternate> alternates(String url) {
        String original = originalOf.get(url);
        if (original == null) {
            return List.of();
        }
        List<String> order = List.copyOf(languages.keySet());
        return versions.get(original).stream().sorted(java.util.Comparator.comparingInt(version -> order.indexOf(version.language().tag())))
                .map(version -> new Alternate(version.language().tag(), version.language().name(),
                version.language().dir(), version.url(), version.url().equals(url))).toList();
    }

    /** The address a link to {@code url} takes in {@code language}: the page in that language when it has one, otherwise the original. */
    public String link(Language language, String url) {
        String inLanguage = language.tag() + "/" + url;
        return !language.equals(own) && published.contains(inLanguage) ? inLanguage : url;
    }

    /** How many pages each language has: originals for the site's own, translations and fallbacks for the others. */
    public Map<String, Integer> pagesPerLanguage() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String tag : languages.keySet()) {
            counts.put(tag, 0);
        }
        translated().forEach(version -> counts.merge(version.language().tag(), 1, Integer::sum));
        fallbacks.forEach(version -> counts.merge(version.language().tag(), 1, Integer::sum));
        return counts;
    }

    /**
     * Every version of every page in every language, and each language's words: the translations
     * and the fallbacks are documents the store does not hold, and a fallback shows its original's body.
     */
    @Override
    public String digest(Function<Object, String> stored) {
        ValueDigest digest = new ValueDigest(stored);
        words.forEach((tag, messages) -> digest.add(tag).add(messages.values()));
        // A version's words are its language's, added above.
        versions.values().forEach(of -> of.forEach(version -> add(digest, version)));
        fallbacks.forEach(version -> add(digest, version));
        return digest.add(originalOf).hex();
    }

    private static void add(ValueDigest digest, Version version) {
        digest.add(version.language()).add(version.document()).add(version.url()).add(version.fallback());
    }
}
