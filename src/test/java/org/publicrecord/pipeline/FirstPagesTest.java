package org.publicrecord.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.build.BuildCache;
import org.publicrecord.build.BuildOptions;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.build.Superseded;
import org.publicrecord.check.FixtureSite;
import org.publicrecord.content.SourceDocument;

/**
 * The preview's first pages: after a content edit, the edited page comes from the last build's
 * model straight away, then the whole site is built again; after any other change, from the new
 * model. A template change nobody reports tells the two apart: the last build's templates do not have it.
 */
class FirstPagesTest {

    private static final String MEETING = "content/meetings/2025/2025-01-21-peoples-partnership.md";
    private static final String PAGE = "meetings/2025/2025-01-21-peoples-partnership/index.html";
    private static final String EDIT = "A sentence the editor has just saved.";
    private static final String TEMPLATE_MARK = "<!-- a change to the layout -->";

    @TempDir
    Path folder;
    private Path site;
    private BuildCache cache;
    private final Shown first = new Shown();

    @BeforeEach
    void buildOnce() {
        site = FixtureSite.create(folder.resolve("site"), Map.of());
        cache = BuildCache.of(site);
        cache.changes().watched();
        build(Set.of());
        assertThat(first.pages).as("the first build has nothing changed to show first").isEmpty();
    }

    @Test
    void aContentEditIsShownFromTheLastBuildsModelThenTheSiteIsBuiltAgain() throws IOException {
        append(MEETING, "\n" + EDIT + "\n");
        append("templates/layouts/base.peb", TEMPLATE_MARK + "\n");
        cache.changes().changed(site.resolve(MEETING));

        build(Set.of(MEETING));

        assertThat(first.pages).containsOnlyKeys(PAGE);
        assertThat(first.pages.get(PAGE)).contains(EDIT).doesNotContain(TEMPLATE_MARK);
        assertThat(Files.readString(folder.resolve("out").resolve(PAGE))).contains(EDIT, TEMPLATE_MARK);
    }

    @Test
    void anEditedTranslationIsShownFirstAsTheFullBuildMakesIt() throws IOException {
        String translation = "content/about.pl.md";
        String page = "pl/about/index.html";
        append(translation, "\nZdanie dodane w podglądzie.\n");
        cache.changes().changed(site.resolve(translation));

        build(Set.of(translation));

        assertThat(first.pages).containsOnlyKeys(page);
        assertThat(first.pages.get(page)).contains("Zdanie dodane w podglądzie.").isEqualTo(Files.readString(folder.resolve("out").resolve(page)));
    }

    @Test
    void afterATemplateChangeTheFirstPageComesFromTheNewModel() throws IOException {
        append(MEETING, "\n" + EDIT + "\n");
        append("templates/layouts/base.peb", TEMPLATE_MARK + "\n");
        cache.changes().changed(site.resolve(MEETING));
        cache.changes().changed(site.resolve("templates/layouts/base.peb"));

        build(Set.of(MEETING));

        assertThat(first.pages).containsOnlyKeys(PAGE);
        assertThat(first.pages.get(PAGE)).contains(EDIT, TEMPLATE_MARK).isEqualTo(Files.readString(folder.resolve("out").resolve(PAGE)));
    }

    @Test
    void aNewDocumentIsShownAmongItsNeighboursAsTheFullBuildPlacesIt() throws IOException {
        String news = "content/news/2026/a-story-just-written.md";
        FixtureSite.write(site.resolve(news), "---\ntitle: A story just written\ntype: news\ndate: 2026-01-15\nsummary: New.\n---\n\nIt is new.\n");
        cache.changes().changed(site.resolve(news));

        build(Set.of(news));

        String page = "news/2026/a-story-just-written/index.html";
        assertThat(first.pages.get(page)).contains("It is new.", "rel=\"prev\"", "rel=\"next\"")
                .isEqualTo(Files.readString(folder.resolve("out").resolve(page)));
    }

    @Test
    void aSecondDocumentOfTheSameDayIsPlacedAsTheFullBuildPlacesIt() throws IOException {
        for (String name : List.of("a-first-story-of-the-day", "a-second-story-of-the-day")) {
            String news = "content/news/2026/" + name + ".md";
            FixtureSite.write(site.resolve(news), "---\ntitle: " + name + "\ntype: news\ndate: 2026-01-15\nsummary: New.\n---\n\nIt is new.\n");
            cache.changes().changed(site.resolve(news));

            build(Set.of(news));

            String page = "news/2026/" + name + "/index.html";
            assertThat(first.pages.get(page)).as(name).isEqualTo(Files.readString(folder.resolve("out").resolve(page)));
        }
    }

    @Test
    void documentsAddedTogetherAndOneDeletedAreNeighboursAsTheFullBuildMakesThem() throws IOException {
        List<String> added = List.of("content/news/2026/one-of-two-stories.md", "content/news/2026/two-of-two-stories.md");
        for (String news : added) {
            FixtureSite.write(site.resolve(news), "---\ntitle: " + news + "\ntype: news\ndate: 2026-01-15\nsummary: New.\n---\n\nIt is new.\n");
            cache.changes().changed(site.resolve(news));
        }
        build(Set.copyOf(added));
        for (String page : List.of("news/2026/one-of-two-stories/index.html", "news/2026/two-of-two-stories/index.html")) {
            assertThat(first.pages.get(page)).as(page).isEqualTo(Files.readString(folder.resolve("out").resolve(page)));
        }
        // A story deleted, and one beside it edited: the edited one's neighbours must not include the deleted one.
        Files.delete(site.resolve(added.get(0)));
        cache.changes().changed(site.resolve(added.get(0)));
        append(added.get(1), "\n" + EDIT + "\n");
        cache.changes().changed(site.resolve(added.get(1)));

        build(Set.of(added.get(1)));

        String page = "news/2026/two-of-two-stories/index.html";
        assertThat(first.pages.get(page)).contains(EDIT).doesNotContain("one-of-two-stories")
                .isEqualTo(Files.readString(folder.resolve("out").resolve(page)));
    }

    @Test
    void aPageShownFirstNamesAnotherDocumentChangedSinceTheLastBuildAsItIsNow() throws IOException {
        // The meeting at which the edited meeting's minutes were approved is retitled in the same change.
        String approving = "content/meetings/2025/2025-03-18-peoples-partnership.md";
        Files.writeString(site.resolve(approving), Files.readString(site.resolve(approving))
                .replace("title: People's Partnership meeting, 18 March 2025", "title: People's Partnership meeting of 18 March, retitled"));
        cache.changes().changed(site.resolve(approving));
        append(MEETING, "\n" + EDIT + "\n");
        cache.changes().changed(site.resolve(MEETING));

        build(Set.of(MEETING));

        assertThat(first.pages.get(PAGE)).contains(EDIT, "of 18 March, retitled").isEqualTo(Files.readString(folder.resolve("out").resolve(PAGE)));
    }

    @Test
    void aBuildStopsForANewerChangeOnceItsPagesAreShownAndTheNextShowsItsOwnAtOnce() throws IOException {
        Path published = folder.resolve("out").resolve(PAGE);
        String before = Files.readString(published);
        append(MEETING, "\n" + EDIT + "\n");
        cache.changes().changed(site.resolve(MEETING));
        first.newerOnceShown = true;

        assertThatThrownBy(() -> build(Set.of(MEETING))).isInstanceOf(Superseded.class);
        assertThat(first.pages.get(PAGE)).contains(EDIT);
        assertThat(Files.readString(published)).as("a build that stopped publishes nothing").isEqualTo(before);

        first.newerOnceShown = false;
        append(MEETING, "\nAnd one more sentence.\n");
        cache.changes().changed(site.resolve(MEETING));
        build(Set.of(MEETING));

        assertThat(first.pages.get(PAGE)).contains(EDIT, "And one more sentence.");
        assertThat(Files.readString(published)).isEqualTo(first.pages.get(PAGE));
    }

    @Test
    void aBuildStoppedForANewerChangeLeavesTheCachesFilesToTheBuildThatFollows() throws IOException {
        Map<Path, FileTime> saved = cacheFiles();
        assertThat(saved).isNotEmpty();

        editAndStopOnceShown();
        assertThat(cacheFiles()).as("saving waits for the newer change's build").isEqualTo(saved);

        editAgainAndBuild();
        assertThat(cacheFiles()).isNotEqualTo(saved);
        assertThat(Files.readString(folder.resolve("out").resolve(PAGE))).contains(EDIT, "And one more sentence.");
    }

    /** Each file of the site's build cache, with when it was last written. */
    private Map<Path, FileTime> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.walk(site.resolve(BuildCache.FOLDER))) {
            Map<Path, FileTime> written = new TreeMap<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                written.put(file, Files.getLastModifiedTime(file));
            }
            return written;
        }
    }

    @Test
    void aBuildStoppedBeforeItsModelWasMadeLeavesTheLastModelToTheNext() throws IOException {
        editAndStopOnceShown();

        // The layout changes untold, as in the first test: a page without it was rendered from the model of the build before the stopped one.
        append("templates/layouts/base.peb", TEMPLATE_MARK + "\n");
        editAgainAndBuild();

        assertThat(first.pages.get(PAGE)).contains(EDIT, "And one more sentence.").doesNotContain(TEMPLATE_MARK);
        assertThat(Files.readString(folder.resolve("out").resolve(PAGE))).contains(EDIT, "And one more sentence.", TEMPLATE_MARK);
    }

    @Test
    void aTemplateChangedAfterAStoppedBuildShowsTheFirstPageFromTheNewModel() throws IOException {
        editAndStopOnceShown();

        append("templates/layouts/base.peb", TEMPLATE_MARK + "\n");
        cache.changes().changed(site.resolve("templates/layouts/base.peb"));
        editAgainAndBuild();

        assertThat(first.pages.get(PAGE)).contains(EDIT, "And one more sentence.", TEMPLATE_MARK)
                .isEqualTo(Files.readString(folder.resolve("out").resolve(PAGE)));
    }

    @Test
    void aNewerChangeStopsTheBuildWhileItsDocumentsAreMadeNotAfterAllOfThem() throws IOException {
        append(MEETING, "\n" + EDIT + "\n");
        cache.changes().changed(site.resolve(MEETING));
        List<String> askedFrom = new java.util.concurrent.CopyOnWriteArrayList<>();
        // The change comes once validation is over: while the model is made.
        FirstPages overtaken = new Overtaking(asker -> {
            askedFrom.add(asker);
            return askedFrom.size() > 1;
        });

        assertThatThrownBy(() -> new SiteBuild(BuildOptions.of(site, folder.resolve("out"), LocalDate.of(2026, 12, 2)).withThreads(2),
                PhaseLog.silent(), cache).run(overtaken)).isInstanceOf(Superseded.class);
        assertThat(askedFrom.get(1)).as("asked between documents").isEqualTo(org.publicrecord.model.SiteCrawler.class.getName());
    }

    /** Edits the meeting and builds, a newer change coming as soon as its page is shown: the build stops. */
    private void editAndStopOnceShown() throws IOException {
        append(MEETING, "\n" + EDIT + "\n");
        cache.changes().changed(site.resolve(MEETING));
        first.newerOnceShown = true;
        assertThatThrownBy(() -> build(Set.of(MEETING))).isInstanceOf(Superseded.class);
        first.newerOnceShown = false;
    }

    /** The newer change: the meeting edited once more, told, and built. */
    private void editAgainAndBuild() throws IOException {
        append(MEETING, "\nAnd one more sentence.\n");
        cache.changes().changed(site.resolve(MEETING));
        build(Set.of(MEETING));
    }

    private void build(Set<String> wanted) {
        first.pages.clear();
        first.wanted = wanted;
        new SiteBuild(BuildOptions.of(site, folder.resolve("out"), LocalDate.of(2026, 12, 2)).withThreads(2), PhaseLog.silent(), cache).run(first);
    }

    private void append(String file, String text) throws IOException {
        Files.writeString(site.resolve(file), Files.readString(site.resolve(file)) + text);
    }

    /** The pages handed over first, as the preview shows them. */
    private static final class Shown extends FirstPages {
        private Set<String> wanted = Set.of();
        private final Map<String, String> pages = new LinkedHashMap<>();
        /** Whether a newer change comes as soon as the pages are shown. */
        private boolean newerOnceShown;

        @Override
        public boolean newerChange() {
            return newerOnceShown && !pages.isEmpty();
        }

        @Override
        public Set<String> wanted(List<SourceDocument> documents) {
            return wanted;
        }

        @Override
        public void rendered(Map<String, String> rendered) {
            pages.putAll(rendered);
        }
    }
}
