package org.publicrecord.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCacheTest {

    @TempDir
    Path site;

    @Test
    void aDigestKeepsItsPartsApart() {
        assertThat(BuildCache.digest("ab", "c")).isNotEqualTo(BuildCache.digest("a", "bc"));
        assertThat(BuildCache.digest("abc")).isNotEqualTo(BuildCache.digest("ab", "c"));
        assertThat(BuildCache.digest("", "a")).isNotEqualTo(BuildCache.digest("a", ""));
        assertThat(BuildCache.digest("é")).isEqualTo(BuildCache.digest((Object) "é".getBytes(StandardCharsets.UTF_8)));
        assertThat(BuildCache.digest("page")).matches("[0-9a-f]{32}").isEqualTo(BuildCache.digest("page"));
    }

    @Test
    void everyByteOfAPageChangesItsDigest() {
        byte[] page = new byte[11_000];
        new Random(7).nextBytes(page);
        Set<String> digests = new HashSet<>();
        digests.add(BuildCache.digest((Object) page));
        for (int at = 0; at < page.length; at += 97) {
            byte[] changed = page.clone();
            changed[at] ^= 1;
            digests.add(BuildCache.digest((Object) changed));
        }
        assertThat(digests).hasSize(1 + (page.length + 96) / 97);
    }

    @Test
    void filesAreDigestedByNameAndBytes() throws Exception {
        Path a = Files.writeString(site.resolve("a.txt"), "one");
        Path b = Files.writeString(site.resolve("b.txt"), "two");
        String both = BuildCache.digestOfFiles(site, List.of(b, a));
        assertThat(both).isEqualTo(BuildCache.digestOfFiles(site, List.of(a, b)));
        Files.move(b, site.resolve("c.txt"));
        assertThat(BuildCache.digestOfFiles(site, List.of(a, site.resolve("c.txt")))).isNotEqualTo(both);
        Files.writeString(site.resolve("c.txt"), "twO");
        Files.move(site.resolve("c.txt"), b);
        assertThat(BuildCache.digestOfFiles(site, List.of(a, b))).isNotEqualTo(both);
    }

    @Test
    void aShelfIsFoundByTheNextBuildAndACutShortOneIsNothing() throws Exception {
        BuildCache first = BuildCache.of(site);
        String key = BuildCache.digest(BuildCache.CODE, "body");
        assertThat(first.shelf("bodies").text(key, () -> "<p>Made once</p>")).isEqualTo("<p>Made once</p>");
        first.save();

        BuildCache next = BuildCache.of(site);
        assertThat(next.shelf("bodies").text(key, () -> "made again")).isEqualTo("<p>Made once</p>");

        Path file = site.resolve(BuildCache.FOLDER).resolve("bodies.bin");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 3));
        assertThat(BuildCache.of(site).shelf("bodies").text(key, () -> "made again")).isEqualTo("made again");
    }

    @Test
    void aLongLivedCacheHoldsWhatTheLastFinishedBuildUsedAndAStoppedBuildLosesNothing() {
        BuildCache cache = BuildCache.of(site);
        BuildCache.Shelf shelf = cache.shelf("renders");
        shelf.keep("first build's page", new byte[] {1});
        shelf.keep("every build's page", new byte[] {2});
        cache.save(true);

        // A build stopped by a problem before it reached the first page: the build after the fix still finds it.
        assertThat(shelf.find("every build's page")).containsExactly(2);
        cache.save(false);
        assertThat(BuildCache.of(site).shelf("renders").find("first build's page")).as("on disk too").containsExactly(1);
        assertThat(shelf.find("first build's page")).containsExactly(1);
        assertThat(shelf.find("every build's page")).containsExactly(2);
        cache.save(true);

        // A finished build that no longer made the first page: neither this process nor the next finds it.
        assertThat(shelf.find("every build's page")).containsExactly(2);
        cache.save(true);
        assertThat(shelf.find("first build's page")).isNull();
        assertThat(BuildCache.of(site).shelf("renders").find("first build's page")).isNull();
        assertThat(BuildCache.of(site).shelf("renders").find("every build's page")).containsExactly(2);
    }

    @Test
    void whatAValueInThisProcesssMemoTookFromAShelfStaysOnItForTheNextProcess() {
        BuildCache preview = BuildCache.of(site);
        BuildCache.Shelf bodies = preview.shelf("bodies");
        Object unchanged = new Object();
        preview.same("bodies", "one.md", unchanged, "", () -> bodies.text("one", () -> "<p>One</p>"));
        preview.same("bodies", "two.md", new Object(), "", () -> bodies.text("two", () -> "<p>Two</p>"));
        preview.save();

        // The next build finds one.md in the memo and makes two.md again: the shelf is written with what it used.
        preview.same("bodies", "one.md", unchanged, "", () -> bodies.text("one", () -> "<p>One</p>"));
        preview.same("bodies", "two.md", new Object(), "", () -> bodies.text("two, edited", () -> "<p>Two, edited</p>"));
        preview.save();

        BuildCache.Shelf next = BuildCache.of(site).shelf("bodies");
        assertThat(next.find("one")).asString(StandardCharsets.UTF_8).isEqualTo("<p>One</p>");
        assertThat(next.find("two, edited")).isNotNull();
        assertThat(next.find("two")).isNull();
    }

    @Test
    void eachItemIsWorkedOutOnceWhileItStaysTheVeryObjectAndWhatItTookStaysOnTheShelf() {
        BuildCache preview = BuildCache.of(site);
        BuildCache.Shelf bodies = preview.shelf("bodies");
        List<String> made = new java.util.ArrayList<>();
        java.util.function.Function<String, String> render = text -> {
            synchronized (made) {
                made.add(text);
            }
            return bodies.text(text, () -> text.toUpperCase(java.util.Locale.ROOT));
        };
        String one = new String("one");
        String two = new String("two");
        assertThat(preview.sameEach("bodies", List.of(one, two), name -> name, "settings", render, 2)).containsExactly("ONE", "TWO");
        assertThat(made).containsExactlyInAnyOrder("one", "two");
        preview.save();

        // The second item is another object of the same text, the first the very one: only the second is made again.
        String twoAgain = new String("two");
        assertThat(preview.sameEach("bodies", List.of(one, twoAgain), name -> name, "settings", render, 2)).containsExactly("ONE", "TWO");
        assertThat(made).hasSize(3).endsWith("two");
        preview.save();
        assertThat(BuildCache.of(site).shelf("bodies").find("one")).as("found again by place, kept for the next process")
                .asString(StandardCharsets.UTF_8).isEqualTo("ONE");

        // Places that moved (an item added before them) are found by name; other settings make everything again.
        String zero = new String("zero");
        assertThat(preview.sameEach("bodies", List.of(zero, one, twoAgain), name -> name, "settings", render, 2))
                .containsExactly("ZERO", "ONE", "TWO");
        assertThat(made).hasSize(4).endsWith("zero");
        preview.sameEach("bodies", List.of(zero, one, twoAgain), name -> name, "other settings", render, 2);
        assertThat(made).hasSize(7);
    }

    @Test
    void anUnpackedFileAnEarlierBuildNotedIsTakenAsItIsWithoutReadingItAndAnyOtherIsMadeExact() throws Exception {
        BuildCache cache = BuildCache.of(site);
        Path folder = site.resolve("out");
        Path bundle = folder.resolve("pagefind");
        Files.createDirectories(bundle.resolve("fragment"));
        Path entry = Files.writeString(bundle.resolve("entry.json"), "{\"pages\":1}");
        Path fragment = Files.writeString(bundle.resolve("fragment/one.pf"), "one");
        WrittenPages first = WrittenPages.under(folder, cache);
        byte[] packed = BuildCache.pack(bundle, first, "pagefind/");
        first.save();

        // The folder is brought up to date by a later build. The entry changes by hand to bytes of the same size,
        // with its time put back: its note vouches for it, so it is not even read. The others do not match theirs.
        java.nio.file.attribute.FileTime noted = Files.getLastModifiedTime(entry);
        Files.writeString(entry, "{\"pages\":2}");
        Files.setLastModifiedTime(entry, noted);
        Files.writeString(fragment, "changed");
        Files.writeString(bundle.resolve("fragment/stray.pf"), "left over");
        WrittenPages second = WrittenPages.under(folder, cache);
        BuildCache.unpack(packed, bundle, second, "pagefind/");

        assertThat(entry).hasContent("{\"pages\":2}");
        assertThat(fragment).hasContent("one");
        assertThat(bundle.resolve("fragment/stray.pf")).doesNotExist();
        second.save();
        assertThat(WrittenPages.of(folder).digestAsWritten("pagefind/fragment/one.pf")).as("noted for the build after")
                .isEqualTo(BuildCache.digest((Object) "one".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void withoutACacheNothingIsKept() {
        BuildCache none = BuildCache.none();
        none.shelf("bodies").text("key", () -> "made");
        none.save();
        assertThat(none.keeps()).isFalse();
        assertThat(none.shelf("bodies").find("key")).isNull();
        assertThat(site.resolve(BuildCache.FOLDER)).doesNotExist();
    }
}
