package org.publicrecord.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.testing.BuiltSite;

/**
 * The search index written over the one an earlier build left: it holds exactly the files, byte for
 * byte, that an index made afresh from the same pages holds, so a page no longer published leaves no
 * fragment of its words behind; and an index whose names cannot all be read has nothing removed.
 */
class PagefindFilesTest {

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    /** The folder holding package.json and the Pagefind it pins. */
    private static final Path TOOLS = BuiltSite.EXAMPLE_SITE;

    @Test
    void anIndexWrittenOverAnEarlierOneHoldsWhatAFreshOneHolds(@TempDir Path folder) throws IOException {
        Path site = searchableSite(folder);
        page(site, "about", "About", "Who we are and how to reach the partnership.");
        page(site, "meetings/board", "Board meeting", "The board agreed the plan for winter pressures.");
        page(site, "meetings/withdrawn", "Withdrawn meeting", "Words that must not stay findable once the page is gone.");
        index(site, folder);
        Path bundle = site.resolve(SearchIndex.BUNDLE);
        Path strayFragment = Files.writeString(bundle.resolve("fragment/en-gb_0000000.pf_fragment"), "left by someone");
        Files.setLastModifiedTime(strayFragment, LONG_AGO);
        Files.setLastModifiedTime(Files.writeString(bundle.resolve("notes.txt"), "stray"), LONG_AGO);
        Map<String, String> before = filesOf(bundle);
        for (String file : before.keySet()) {
            Files.setLastModifiedTime(bundle.resolve(file), LONG_AGO);
        }

        deletePage(site, "meetings/withdrawn");
        page(site, "meetings/board", "Board meeting", "The board agreed the plan for winter pressures, and its budget.");
        index(site, folder);
        Map<String, String> over = filesOf(bundle);

        Path fresh = folder.resolve("fresh");
        copyPages(site, fresh);
        index(fresh, folder);
        Map<String, String> afresh = filesOf(fresh.resolve(SearchIndex.BUNDLE));

        assertThat(over).isEqualTo(afresh);
        assertThat(over.keySet()).doesNotContain("fragment/en-gb_0000000.pf_fragment", "notes.txt");
        // The unchanged page's fragment is the earlier build's file, left in place; the changed and withdrawn pages' are gone.
        List<String> takenOver = over.keySet().stream().filter(name -> name.startsWith("fragment/") && before.containsKey(name)).toList();
        assertThat(takenOver).isNotEmpty().allSatisfy(name -> assertThat(Files.getLastModifiedTime(bundle.resolve(name))).isEqualTo(LONG_AGO));
        assertThat(before.keySet()).anyMatch(name -> name.startsWith("fragment/") && !over.containsKey(name));
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
    private static Map<String, String> filesOf(Path bundle) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(bundle)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(bundle.relativize(file).toString().replace('\\', '/'), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
