package org.publicrecord.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.io.file.PathUtils;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.testing.BuiltSite;

/**
 * The example site in three languages (English, Polish, Arabic): each page's lang and dir, the
 * hreflang links between a page and its translations both ways, the language switcher in each
 * language's own name, the notice on a page not yet translated, and dates in the page's language.
 */
class TranslatedPagesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String SITE_URL = "https://example.github.io/lewisham-health-and-care/";

    @TempDir
    static Path work;
    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(BuiltSite.EXAMPLE_SITE, work.resolve("site"), TODAY);
    }

    @Test
    void eachPageSaysItsLanguageAndDirection() {
        assertThat(site.page("about/").selectFirst("html").attributes().asList()).extracting(a -> a.getKey() + "=" + a.getValue())
                .containsExactly("lang=en-GB");
        assertThat(site.page("pl/about/").selectFirst("html").attr("lang")).isEqualTo("pl");
        assertThat(site.page("pl/about/").selectFirst("html").hasAttr("dir")).isFalse();
        Element arabic = site.page("ar/about/").selectFirst("html");
        assertThat(arabic.attr("lang")).isEqualTo("ar");
        assertThat(arabic.attr("dir")).isEqualTo("rtl");
        assertThat(site.page("ar/about/").select("h1").text()).isEqualTo("عن شراكة لويشام للصحة والرعاية");
        assertThat(site.page("ar/about/").select(".skip-link").text()).isEqualTo("انتقل إلى المحتوى الرئيسي");
    }

    @Test
    void aPageAndItsTranslationsLinkEachOtherBothWays() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("en-GB", SITE_URL + "about/");
        expected.put("pl", SITE_URL + "pl/about/");
        expected.put("ar", SITE_URL + "ar/about/");
        for (String page : List.of("about/", "pl/about/", "ar/about/")) {
            Map<String, String> alternates = new LinkedHashMap<>();
            site.page(page).select("link[rel=alternate][hreflang]").forEach(link -> alternates.put(link.attr("hreflang"), link.attr("href")));
            assertThat(alternates).as(page).containsExactlyEntriesOf(expected);
        }
        Map<String, String> news = new LinkedHashMap<>();
        site.page("pl/news/2026/action-log-now-online/").select("link[hreflang]").forEach(link -> news.put(link.attr("hreflang"), link.attr("href")));
        assertThat(news).containsExactly(Map.entry("en-GB", SITE_URL + "news/2026/action-log-now-online/"),
                Map.entry("pl", SITE_URL + "pl/news/2026/action-log-now-online/"));
        assertThat(site.page("meetings/").select("link[hreflang]")).as("a page without translations has none").isEmpty();
    }

    @Test
    void theSwitcherNamesEachLanguageInItself() {
        Document polish = site.page("pl/about/");
        Element switcher = polish.selectFirst("nav.language-switcher");
        assertThat(switcher.attr("aria-label")).isEqualTo("Języki");
        assertThat(switcher.select("li").eachText()).containsExactly("English", "Polski", "العربية");
        assertThat(switcher.select("[aria-current=page]").attr("lang")).isEqualTo("pl");
        Element toArabic = switcher.selectFirst("a[hreflang=ar]");
        assertThat(toArabic.attr("href")).isEqualTo("../../ar/about/");
        assertThat(toArabic.attr("lang")).isEqualTo("ar");
        assertThat(toArabic.attr("dir")).isEqualTo("rtl");
        assertThat(site.page("about/").selectFirst("nav.language-switcher a[hreflang=pl]").attr("href")).isEqualTo("../pl/about/");
    }

    @Test
    void aPageNotYetTranslatedShowsTheOriginalWithANoticeInTheReadersLanguage() {
        Document page = site.page("pl/contact/");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("pl");
        Element main = page.selectFirst("main");
        assertThat(main.attr("lang")).isEqualTo("en-GB");
        Element notice = main.selectFirst("p.banner[lang=pl]");
        assertThat(notice.text()).isEqualTo("Ta strona nie została jeszcze przetłumaczona na język polski. Poniżej jest jej wersja angielska.");
        assertThat(page.select("h1").text()).isEqualTo(site.page("contact/").select("h1").text());
        Element arabic = site.page("ar/contact/").selectFirst("main p.banner[lang=ar]");
        assertThat(arabic.attr("dir")).isEqualTo("rtl");
        assertThat(arabic.text()).startsWith("لم تُترجم هذه الصفحة");
        // The navigation of a page in Polish leads to the Polish pages there are.
        assertThat(page.select(".site-nav a").eachAttr("href")).contains("../../pl/about/", "../../meetings/");
        assertThat(site.page("contact/").select("main p.banner[lang]")).isEmpty();
    }

    @Test
    void datesAndInterfaceWordsAreThePagesLanguage() {
        Document polish = site.page("pl/news/2026/action-log-now-online/");
        assertThat(polish.select("p.meta").text()).isEqualTo("Opublikowano 14 kwietnia 2026");
        assertThat(polish.select("p.banner").eachText()).contains(
                "Tłumaczenie przykładowe: ten język pokazuje, jak strona działa w wielu językach. Żaden tłumacz go jeszcze nie sprawdził.");
        assertThat(site.page("news/2026/action-log-now-online/").select("p.meta").text()).isEqualTo("Published 14 April 2026");
        assertThat(site.page("news/").select("a[href*=pl/]")).as("translations stay out of the site's own lists").isEmpty();
    }

    @Test
    void theSitemapListsEveryLanguagesPages() {
        assertThat(site.text("sitemap.xml")).contains("<loc>" + SITE_URL + "pl/about/</loc>", "<loc>" + SITE_URL + "ar/about/</loc>",
                "<loc>" + SITE_URL + "pl/contact/</loc>");
    }

    @Test
    void aTranslationInALanguageTheSiteDoesNotHaveStopsTheBuild(@TempDir Path other) throws IOException {
        Path source = other.resolve("source");
        PathUtils.copyDirectory(Path.of("src/test/resources/sites/engine").toAbsolutePath(), source);
        Files.delete(source.resolve("content/news/2024/third-report.adoc"));
        Files.writeString(source.resolve("content/about.fr.md"), "---\ntitle: À propos\ntype: page\n---\nUne page.\n");
        Files.writeString(source.resolve("content/contact.pl.md"), "---\ntitle: Kontakt\ntype: page\n---\nStrona.\n");
        Files.writeString(source.resolve("data/site.yaml"), Files.readString(source.resolve("data/site.yaml"))
                + "language: en-GB\nlanguages:\n  - tag: en-GB\n    name: English\n  - tag: pl\n    name: Polski\n");
        Files.copy(source.resolve("templates/messages/en-GB.yaml"), source.resolve("templates/messages/pl.yaml"));
        BuildFailure failure = BuiltSite.failure(source, other.resolve("output"), TODAY);
        assertThat(failure.problems()).extracting(Problem::toString).containsExactly(
                "content/about.fr.md: 'fr' is not one of the site's other languages (pl) (add it to 'languages' in data/site.yaml, or rename the file)",
                "content/contact.pl.md: it translates content/contact.md, which is not published "
                        + "(give the translation the same name as its original, with .pl before the extension)");
        assertThat(other.resolve("output")).doesNotExist();
    }
}
