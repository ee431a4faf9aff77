package org.publicrecord.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The link check resolves an address once for every page that shares its key: that is right only
 * if the address leads to the same place from each of those pages, as a browser resolves it.
 */
class SameOnEveryPageProperties {

    private static final URI HOST = URI.create("http://site.invalid/partnership/");

    @Property(tries = 2000)
    void anAddressWithOneKeyLeadsToOnePlaceFromEveryPage(@ForAll("pages") String page, @ForAll("pages") String other,
                                                        @ForAll("addresses") String address) {
        String key = LinkCheck.sameOnEveryPage(page, address);
        if (key != null && key.equals(LinkCheck.sameOnEveryPage(other, address))) {
            assertThat(resolved(other, address)).as(address + " from " + page + " and " + other).isEqualTo(resolved(page, address));
        }
    }

    @Property(tries = 200)
    void addressesThatClimbToTheTopFromPagesAsDeepShareAKey(@ForAll("folders") List<String> folders, @ForAll("folders") List<String> others) {
        String page = String.join("", folders) + "index.html";
        String other = String.join("", others.subList(0, Math.min(others.size(), folders.size()))) + "x/".repeat(Math.max(0, folders.size() - others.size()))
                + "index.html";
        String address = "../".repeat(folders.size()) + "meetings/";
        if (!folders.isEmpty()) {
            assertThat(LinkCheck.sameOnEveryPage(page, address)).isNotNull().isEqualTo(LinkCheck.sameOnEveryPage(other, address));
        }
    }

    private static String resolved(String page, String address) {
        return HOST.resolve(page).resolve(URI.create(address)).toString();
    }

    @Provide
    Arbitrary<List<String>> folders() {
        return Arbitraries.of("meetings/", "2024/", "a-meeting/", "actions/", "x/").list().ofMaxSize(4);
    }

    @Provide
    Arbitrary<String> pages() {
        return folders().map(folders -> String.join("", folders) + "index.html");
    }

    @Provide
    Arbitrary<String> addresses() {
        Arbitrary<String> climbs = Arbitraries.integers().between(0, 5).map("../"::repeat);
        Arbitrary<String> rest = Arbitraries.of("", "meetings/", "2024/a-meeting/", "feed.xml", "#decisions", "meetings/#top", "./x/", "x/../y/");
        Arbitrary<String> relative = Combinators.combine(climbs, rest).as(String::concat);
        return Arbitraries.oneOf(relative, Arbitraries.of("/partnership/meetings/", "https://example.test/partnership/", "mailto:a@b.test",
                "#main-content", "", "?page=2"));
    }
}
