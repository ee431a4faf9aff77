package org.publicrecord.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.testing.BuiltSite;

class HostHeadersTest {

    @TempDir
    static Path folder;

    static BuiltSite site;

    @BeforeAll
    static void build() {
        site = BuiltSite.build(BuiltSite.EXAMPLE_SITE, folder.resolve("out"), LocalDate.of(2026, 11, 22));
    }

    /** The {@code /*} rule of {@code _headers}: header name to value, in file order. */
    static Map<String, String> headers(String file) {
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> lines = file.lines().toList();
        assertThat(lines).first().isEqualTo("/*");
        for (String line : lines.subList(1, lines.size())) {
            assertThat(line).as("a header line is indented and 'Name: value'").matches("  [A-Za-z-]+: \\S.*");
            headers.put(line.substring(2, line.indexOf(':')), line.substring(line.indexOf(':') + 2));
        }
        return headers;
    }

    @Test
    void headersFileSendsThePagesPolicyPlusWhatOnlyAHeaderCanSay() {
        Map<String, String> headers = headers(site.text("_headers"));
        // The widest policy any page needs, the search page's and the editors' CMS's together; every other page's meta tag narrows it.
        Map<String, String> sent = directives(headers.get("Content-Security-Policy"));
        for (String page : List.of("search/", "admin/")) {
            directives(site.page(page).selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")).forEach((directive, sources) -> {
                List<String> allowed = List.of(sent.getOrDefault(directive, sent.get("default-src")).split(" "));
                assertThat(allowed).as(page + " " + directive).containsAll(List.of(sources.split(" ")));
            });
        }
        assertThat(sent).containsEntry("frame-ancestors", "'none'");

        assertThat(headers).containsOnlyKeys("Content-Security-Policy", "Referrer-Policy", "X-Content-Type-Options",
                "Permissions-Policy", "X-Frame-Options");
        assertThat(headers.get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.get("Referrer-Policy"))
                .isEqualTo(site.page("about/").selectFirst("meta[name=referrer]").attr("content"))
                .isEqualTo("strict-origin-when-cross-origin");
        assertThat(headers.get("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(headers.get("X-Frame-Options")).isEqualTo("DENY");
    }

    /** A policy's directives: name to sources, in order. */
    static Map<String, String> directives(String policy) {
        Map<String, String> directives = new LinkedHashMap<>();
        for (String directive : policy.split(";\\s*")) {
            int space = directive.indexOf(' ');
            directives.put(directive.substring(0, space), directive.substring(space + 1));
        }
        return directives;
    }

    @Test
    void policyAllowsOnlyTheSitesOwnFiles() {
        Map<String, String> directives = directives(headers(site.text("_headers")).get("Content-Security-Policy"));

        assertThat(directives).containsEntry("default-src", "'self'")
                .containsEntry("object-src", "'none'")
                .containsEntry("base-uri", "'self'")
                .containsEntry("form-action", "'self'")
                .containsEntry("frame-ancestors", "'none'");
        // The search index's WebAssembly may be compiled, and the editors' CMS may use eval, inline styles and
        // GitHub's API (only their own pages' meta tags allow these; no other page's does). Still no inline script.
        assertThat(directives).containsEntry("script-src", "'self' 'wasm-unsafe-eval' 'unsafe-eval'")
                .containsEntry("style-src", "'self' 'unsafe-inline'")
                .containsEntry("img-src", "'self' data: blob: https://avatars.githubusercontent.com")
                .containsEntry("connect-src", "'self' http://localhost:8081 https://api.github.com");
        List.of("script-src", "style-src", "img-src", "connect-src").forEach(directives::remove);
        // Every other source is the site itself or nothing: no other host, scheme, wildcard or inline code.
        assertThat(directives.values()).allSatisfy(sources -> assertThat(sources).isIn("'self'", "'none'"));
    }

    @Test
    void everyPageCarriesThePolicyInItsHeadForHostsWithoutHeaders() {
        String policy = site.page("").selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");

        assertThat(policy).startsWith("default-src 'self'").doesNotContain("frame-ancestors").doesNotContain("wasm");
        for (String file : site.htmlFiles()) {
            Document page = site.page(file);
            assertThat(page.select("head > meta[http-equiv=Content-Security-Policy]")).as(file).hasSize(1);
            // Only the search page may compile WebAssembly, for its index; its policy is otherwise the same.
            String expected = file.equals("search/index.html")
                    ? policy.replace("default-src 'self'", "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'") : policy;
            assertThat(page.selectFirst("head > meta[http-equiv=Content-Security-Policy]").attr("content")).as(file).isEqualTo(expected);
            assertThat(page.select("head > meta[name=referrer]")).as(file).hasSize(1);
        }
    }

    @Test
    void nothingAboveThePolicyInTheHeadRunsCodeOrLoadsFromElsewhere() {
        // A meta policy governs only what the parser meets after it, so whatever comes first escapes it.
        Document page = site.page("about/");
        List<Element> before = page.head().children().stream()
                .takeWhile(element -> !element.is("meta[http-equiv=Content-Security-Policy]"))
                .toList();

        assertThat(before).noneMatch(element -> element.is("script, style, base"));
        assertThat(before).filteredOn(element -> element.hasAttr("href") || element.hasAttr("src"))
                .allSatisfy(element -> assertThat(element.attr("href") + element.attr("src"))
                        .as("an address loaded before the policy").doesNotContain(":").doesNotStartWith("//"));
    }
}
