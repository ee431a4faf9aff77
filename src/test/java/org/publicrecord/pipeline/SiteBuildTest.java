package org.publicrecord.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.testing.BuiltSite;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Builds the engine fixture site (YAML, JBake-header and AsciiDoc documents) and reads what it wrote. */
class SiteBuildTest {

    static final Path FIXTURE = Path.of("src/test/resources/sites/engine").toAbsolutePath();
    static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    @TempDir
    static Path outputRoot;
    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(FIXTURE, outputRoot.resolve("site"), TODAY);
    }

    @Test
    void titlesAreEscapedInPagesListsAndFeed() {
        Document page = site.page("news/2024/fish-and-chips/");
        assertThat(page.select("h1").text()).isEqualTo("Fish & chips <script>alert(1)</script> \"quoted\"");
        assertThat(page.select("script")).isEmpty();
        assertThat(site.text("news/2024/fish-and-chips/index.html"))
                .contains("Fish &amp; chips &lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot;");
        assertThat(site.page("news/").select("script")).isEmpty();
        assertThat(site.text("feed.xml")).doesNotContain("<script>");
    }

    @Test
    void markdownFromYamlFrontMatterRendersTablesHeadingIdsFootnotesAndDefinitions() {
        Document page = site.page("news/2024/first-report/");
        assertThat(page.select("h1").text()).isEqualTo("First report");
        assertThat(page.select("h2#what-we-heard").text()).isEqualTo("What we heard");
        assertThat(page.select("table th").eachText()).containsExactly("Topic", "Mentions");
        assertThat(page.select("table tbody tr td").eachText()).containsExactly("Waiting times", "12", "Parking", "3");
        assertThat(page.select(".footnotes li")).hasSize(1);
        assertThat(page.select("dl dt").text()).isEqualTo("Term");
        assertThat(page.select("del").text()).isEqualTo("Old plan");
        assertThat(page.select("a[href=https://example.org/plan]")).hasSize(1);
        assertThat(page.select(".date").text()).isEqualTo("10 January 2024");
    }

    @Test
    void jbakeHeaderAndAsciidocDocumentsArePublished() {
        assertThat(site.page("news/2024/second-report/").select("h2").text()).isEqualTo("Written with a JBake header");
        Document asciidoc = site.page("news/2024/third-report/");
        assertThat(asciidoc.select("h1").text()).isEqualTo("Third report");
        assertThat(asciidoc.select("h2#written-in-asciidoc").text()).isEqualTo("Written in AsciiDoc");
        assertThat(asciidoc.select(".date").text()).isEqualTo("20 March 2024");
    }

    @Test
    void dataFilesReachTemplates() {
        assertThat(site.page("").select("h1").text()).isEqualTo("Engine test site");
        assertThat(site.page("about/").title()).isEqualTo("About this site – Engine test site");
    }

    @Test
    void previousIsTheOlderAndNextTheNewerDocumentOfTheSameType() {
        List<String> byDate = List.of("first-report", "second-report", "third-report", "fish-and-chips");
        for (int i = 0; i < byDate.size(); i++) {
            Document page = site.page("news/2024/" + byDate.get(i) + "/");
            String previous = page.select("a[rel=prev]").attr("href");
            String next = page.select("a[rel=next]").attr("href");
            assertThat(previous).as("previous of " + byDate.get(i))
                    .isEqualTo(i == 0 ? "" : "../../../news/2024/" + byDate.get(i - 1) + "/");
            assertThat(next).as("next of " + byDate.get(i))
                    .isEqualTo(i == byDate.size() - 1 ? "" : "../../../news/2024/" + byDate.get(i + 1) + "/");
        }
    }

    @Test
    void draftsAndFutureDocumentsAreInNoOutput() throws IOException {
        assertThat(site.exists("news/2024/unfinished/index.html")).isFalse();
        assertThat(site.exists("news/2024/embargoed/index.html")).isFalse();
        try (Stream<Path> files = Files.walk(site.output())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                assertThat(text).as(file.toString()).doesNotContain("unfinished").doesNotContain("Embargoed");
            }
        }
    }

    @Test
    void feedIsAtomWithTheNewestEntryFirst() throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new StringReader(site.text("feed.xml")));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).extracting(SyndEntry::getLink).containsExactly(
                "https://example.test/site/news/2024/fish-and-chips/",
                "https://example.test/site/news/2024/third-report/",
                "https://example.test/site/news/2024/second-report/",
                "https://example.test/site/news/2024/first-report/");
        assertThat(feed.getEntries().get(0).getTitle()).isEqualTo("Fish & chips <script>alert(1)</script> \"quoted\"");
    }

    @Test
    void sitemapListsEveryPublishedPageByFullAddress() throws Exception {
        var sitemap = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(site.text("sitemap.xml"))));
        NodeList locations = sitemap.getElementsByTagName("loc");
        List<String> urls = new java.util.ArrayList<>();
        for (int i = 0; i < locations.getLength(); i++) {
            urls.add(locations.item(i).getTextContent());
        }
        assertThat(urls).containsExactlyInAnyOrder(
                "https://example.test/site/",
                "https://example.test/site/news/",
                "https://example.test/site/about/",
                "https://example.test/site/news/2024/first-report/",
                "https://example.test/site/news/2024/second-report/",
                "https://example.test/site/news/2024/third-report/",
                "https://example.test/site/news/2024/fish-and-chips/");
        assertThat(site.text("robots.txt")).contains("Sitemap: https://example.test/site/sitemap.xml");
    }

    @Test
    void standardPagesAndAssetsAreWritten() {
        assertThat(site.exists("index.html")).isTrue();
        assertThat(site.exists("404.html")).isTrue();
        assertThat(site.page("404.html").select("a").attr("href")).isEqualTo("/site/");
        assertThat(site.exists("css/site.css")).isTrue();
        assertThat(site.page("news/").select("li a").eachText()).hasSize(4);
    }

    @Test
    void noPageIsEmpty() throws IOException {
        for (String html : site.htmlFiles()) {
            assertThat(Files.size(site.file(html))).as(html).isGreaterThan(100);
        }
    }

    /** Every file's bytes by path: what "untouched" means for an output folder. */
    static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString(), Files.readString(path));
            }
        }
        return files;
    }
}
