package org.publicrecord.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.build.BuildCache;
import org.publicrecord.build.WrittenPages;
import org.publicrecord.testing.BuiltSite;

/**
 * The search index written over the one an earlier build left: it holds exactly the files, byte for
 * byte, that an index made afresh from the same pages holds, so a page no longer published leaves no
 * fragment of its words behind; and an index whose names cannot all be read has nothing removed.
 */
class PagefindFilesTest {

    /** The folder holding package.json and the Pagefind it pins. */
    private static final Path TOOLS = BuiltSite.EXAMPLE_SITE;

    @Test
    void anIndexWrittenOverAnEarlierOneHoldsWhatAFreshOneHolds(@TempDir Path folder) throws IOException {
        Path site = searchableSite(folder);
        BuildCache cache = BuildCache.of(folder);
        page(site, "about", "About", "Who we are and how to reach the partnership.");
        page(site, "contact", "Contact", "How to write to the partnership.");
        page(site, "meetings/board", "Board meeting", "The board agreed the plan for winter pressures.");
        page(site, "meetings/withdrawn", "Withdrawn meeting", "Words that must not stay findable once the page is gone.");
        indexKeepingRecord(site, folder, cache);
        Path bundle = site.resolve(SearchIndex.BUNDLE);
        Map<String, Path> fragmentOf = fragmentsByAddress(bundle);
        // A link to the unchanged page's fragment tells whether that very file was left in place.
        Path aboutBefore = Files.createLink(folder.resolve("about-fragment"), fragmentOf.get("/about/"));
        // Changed since it was written: not to be taken over, though its name is still the index's.
        Files.writeString(fragmentOf.get("/contact/"), "changed by something else");
        Files.writeString(bundle.resolve("fragment/en-gb_0000000.pf_fragment"), "left by someone");
        Files.writeString(bundle.resolve("notes.txt"), "stray");

        deletePage(site, "meetings/withdrawn");
        page(site, "meetings/board", "Board meeting", "The board agreed the plan for winter pressures, and its budget.");
        indexKeepingRecord(site, folder, cache);
        Map<String, String> over = filesOf(bundle);

        Path fresh = folder.resolve("fresh");
        copyPages(site, fresh);
        index(fresh, folder);
        Map<String, String> afresh = filesOf(fresh.resolve(SearchIndex.BUNDLE));

        assertThat(over).isEqualTo(afresh);
        assertThat(over.keySet()).doesNotContain("fragment/en-gb_0000000.pf_fragment", "notes.txt");
        assertThat(Files.isSameFile(aboutBefore, fragmentOf.get("/about/"))).as("the unchanged page's fragment left in place").isTrue();
        assertThat(fragmentOf.get("/meetings/withdrawn/")).doesNotExist();
        assertThat(fragmentsByAddress(bundle)).containsOnlyKeys("/about/", "/contact/", "/meetings/board/");
    }

    @Test
    void whereTheIndexsNamesDoNotAllReadNothingIsRemoved(@TempDir Path folder) throws IOException {
        Path site = searchableSite(folder);
        page(site, "about", "About", "Who we are.");
        index(site, folder);
        Path bundle = site.resolve(SearchIndex.BUNDLE);
        assertThat(PagefindFiles.named(bundle)).isPresent();
        Path meta;
        try (Stream<Path> files = Files.list(bundle)) {
            meta = files.filter(file -> file.getFileName().toString().endsWith(".pf_meta")).findFirst().orElseThrow();
        }
        Files.writeString(meta, "not Pagefind's metadata");
        Map<String, String> before = filesOf(bundle);

        assertThat(PagefindFiles.removeUnnamed(bundle, FileTime.from(Instant.now().plusSeconds(60)))).isEmpty();
        assertThat(filesOf(bundle)).isEqualTo(before);
    }

    @Test
    void anIndexNamingFewerFragmentsThanItCountsPagesIsNotTrusted(@TempDir Path folder) throws IOException {
        Path site = searchableSite(folder);
        page(site, "about", "About", "Who we are.");
        page(site, "contact", "Contact", "How to reach us.");
        index(site, folder);
        Path bundle = site.resolve(SearchIndex.BUNDLE);
        try (Stream<Path> fragments = Files.list(bundle.resolve("fragment"))) {
            Files.delete(fragments.findFirst().orElseThrow());
        }

        assertThat(PagefindFiles.named(bundle)).isEmpty();
    }

    /** A site folder beside templates with a search page, so the index is built. */
    private static Path searchableSite(Path folder) throws IOException {
        Files.writeString(Files.createDirectories(folder.resolve("templates/layouts")).resolve("search.peb"), "");
        return folder.resolve("site");
    }

    /** Indexes {@code site} as a build with a cache does, saving the record of what it wrote for the next. */
    private static void indexKeepingRecord(Path site, Path folder, BuildCache cache) {
        WrittenPages written = WrittenPages.under(site, cache);
        SearchIndex.build(site, folder.resolve("templates"), TOOLS, cache, written, folder.resolve("pages-read"), () -> false);
        written.save();
    }

    /** Each fragment file of the index by the address of its page (a fragment is gzip, Pagefind's signature, then JSON). */
    private static Map<String, Path> fragmentsByAddress(Path bundle) throws IOException {
        Map<String, Path> byAddress = new TreeMap<>();
        try (Stream<Path> fragments = Files.list(bundle.resolve("fragment"))) {
            for (Path fragment : fragments.toList()) {
                byte[] plain;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(fragment))) {
                    plain = in.readAllBytes();
                } catch (IOException notPagefinds) {
                    continue;
                }
                String json = new String(plain, StandardCharsets.UTF_8);
                byAddress.put(new ObjectMapper().readTree(json.substring(json.indexOf('{'))).path("url").asText(), fragment);
            }
        }
        return byAddress;
    }

    private static void index(Path site, Path folder) {
        SearchIndex.build(site, folder.resolve("templates"), TOOLS, System.getenv("PATH"));
    }

    private static void page(Path site, String folder, String title, String words) throws IOException {
        Path page = Files.createDirectories(site.resolve(folder)).resolve("index.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                + "<body><main data-pagefind-body><h1>" + title + "</h1><p>" + words + "</p></main></body></html>\n");
    }

    private static void deletePage(Path site, String folder) throws IOException {
        Files.delete(site.resolve(folder).resolve("index.html"));
        Files.delete(site.resolve(folder));
    }

    private static void copyPages(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(file -> file.toString().endsWith(".html")).toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
    }

    /** Every file under {@code bundle} by its path, with its bytes (as Latin-1, so any byte compares). */
    static Map<String, String> filesOf(Path bundle) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(bundle)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(bundle.relativize(file).toString().replace('\\', '/'), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
