package org.publicrecord.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.build.BuildCache;
import org.publicrecord.build.BuildOptions;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.content.SourceDocument;
import org.publicrecord.pipeline.FirstPages;
import org.publicrecord.pipeline.SiteBuild;
import org.publicrecord.problem.BuildFailure;

/**
 * A build that reuses what earlier builds kept ({@link BuildCache}) gives exactly what a clean
 * build of the same sources gives, after a random series of edits (some naming an action, which
 * changes the action's page), changed titles, additions, renames and
 * deletions of content, a template change and a data change. Half the steps build as a repeated
 * {@code build} command does (a new process: only the cache on disk), half as the preview does
 * (one process throughout, told which files changed as its watcher tells it, with the pages of
 * changed files rendered first, from the last build's model when only content changed; those
 * pages must equal the clean build's pages too). A step whose sources do not build must fail with
 * the same problems both ways.
 */
class IncrementalBuildIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final int STEPS = 10;

    @TempDir
    Path folder;

    @Test
    void aCachedBuildEqualsACleanBuildAfterEveryStep() {
        long seed = Long.getLong("incremental.seed", System.nanoTime());
        Random random = new Random(seed);
        Path site = SiteFolders.exampleSite(folder.resolve("site"), Map.of());
        BuildCache longLived = BuildCache.of(site);
        longLived.changes().watched();
        Capture first = new Capture();
        build(site, folder.resolve("warm"), longLived, first);
        Path seen = folder.resolve("seen");
        snapshot(site, seen);

        int built = 0;
        List<String> steps = new ArrayList<>();
        // A refused change (a deleted meeting that actions name) is undone and does not count: the series goes on until STEPS built.
        for (int step = 0; built < STEPS && step < 4 * STEPS; step++) {
            List<String> changed = new ArrayList<>();
            Path before = folder.resolve("before-" + step);
            SiteFolders.copy(site, before);
            String change = change(site, random, step, changed);
            steps.add(change);
            String said = "seed " + seed + ", steps " + steps;
            boolean asPreview = step % 2 == 1;
            first.expect(changed);
            if (asPreview) {
                tellChanges(seen, site, longLived);
            }
            Outcome cached = build(site, folder.resolve("warm"), asPreview ? longLived : BuildCache.of(site),
                    asPreview ? first : FirstPages.NONE);
            if (asPreview) {
                snapshot(site, seen);
            }
            Outcome clean = build(site, folder.resolve("clean-" + step), BuildCache.none(), FirstPages.NONE);
            assertThat(cached.problems()).as(said).isEqualTo(clean.problems());
            if (!clean.problems().isEmpty()) {
                // A change that breaks the site (a deleted document others refer to) is undone, so the series goes on.
                steps.set(steps.size() - 1, change + " (refused: " + clean.problems().get(0) + "; undone)");
                restore(before, site);
            } else {
                built++;
                SortedMap<String, String> expected = SiteFolders.digests(folder.resolve("clean-" + step));
                assertThat(SiteFolders.digests(folder.resolve("warm"))).as(said).isEqualTo(expected);
                for (Map.Entry<String, String> page : first.pages.entrySet()) {
                    assertThat(page.getValue()).as(said + ": the page shown first, " + page.getKey())
                            .isEqualTo(SiteFolders.read(folder.resolve("clean-" + step), page.getKey()));
                }
                if (asPreview && change.startsWith("edited ")) {
                    assertThat(first.pages).as(said + ": the edited page is shown first").isNotEmpty();
                }
            }
        }
        assertThat(built).as("the series has its steps that build (seed " + seed + ", steps " + steps + ")").isEqualTo(STEPS);
        assertThat(folder.resolve("site").resolve(BuildCache.FOLDER).resolve("bodies.bin")).exists();
    }

    /** What a build ended with: no problems and a site, or the problems it stopped at. */
    private record Outcome(List<String> problems) {
    }

    private static Outcome build(Path site, Path output, BuildCache cache, FirstPages first) {
        try {
            new SiteBuild(BuildOptions.of(site, output, TODAY).withThreads(2), PhaseLog.silent(), cache).run(first);
            return new Outcome(List.of());
        } catch (BuildFailure failure) {
            return new Outcome(failure.problems().stream().map(Object::toString).toList());
        }
    }

    private static final List<String> WATCHED = List.of("content", "templates", "data", "assets");

    /** Tells the cache's watcher of every file that differs between the site as the last preview build saw it and now. */
    private static void tellChanges(Path seen, Path site, BuildCache cache) {
        for (String part : WATCHED) {
            SortedMap<String, String> before = digestsOf(seen.resolve(part));
            SortedMap<String, String> now = digestsOf(site.resolve(part));
            java.util.Set<String> all = new java.util.TreeSet<>(before.keySet());
            all.addAll(now.keySet());
            all.stream().filter(path -> !java.util.Objects.equals(before.get(path), now.get(path)))
                    .forEach(path -> cache.changes().changed(site.resolve(part).resolve(path)));
        }
    }

    /** The site's sources as a preview build saw them, to tell the next one what changed. */
    private static void snapshot(Path site, Path seen) {
        try {
            if (Files.exists(seen)) {
                org.apache.commons.io.file.PathUtils.deleteDirectory(seen);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WATCHED.stream().filter(part -> Files.isDirectory(site.resolve(part))).forEach(part -> SiteFolders.copy(site.resolve(part), seen.resolve(part)));
    }

    private static SortedMap<String, String> digestsOf(Path folder) {
        return Files.isDirectory(folder) ? SiteFolders.digests(folder) : new java.util.TreeMap<>();
    }

    /** The preview's way: the pages of the documents a step changed, as they were shown first; one object for every build, as in the preview. */
    private static final class Capture extends FirstPages {
        private List<String> changed = List.of();
        private final Map<String, String> pages = new LinkedHashMap<>();

        void expect(List<String> changedThisStep) {
            changed = List.copyOf(changedThisStep);
            pages.clear();
        }

        @Override
        public Set<String> wanted(List<SourceDocument> documents) {
            return Set.copyOf(changed);
        }

        @Override
        public void rendered(Map<String, String> rendered) {
            pages.putAll(rendered);
        }
    }

    /** One random change to the sources; says what it did, and adds the content files it changed or added to {@code changed}. */
    private static String change(Path site, Random random, int step, List<String> changed) {
        List<Path> documents = contentFiles(site);
        Path any = documents.get(random.nextInt(documents.size()));
        String name = site.relativize(any).toString().replace('\\', '/');
        switch (random.nextInt(8)) {
            case 0 -> {
                append(any, "\n\nA sentence added at step " + step + " of the series.\n");
                changed.add(name);
                return "edited " + name;
            }
            case 1 -> {
                // Minutes that name an action change the action's page too (matters arising), though the action's file is untouched.
                List<Path> actions = contentFiles(site).stream().filter(file -> file.getParent().getFileName().toString().equals("actions")).toList();
                String id = actions.isEmpty() ? "LHCP-2018-01"
                        : actions.get(random.nextInt(actions.size())).getFileName().toString().replaceFirst("\\.[a-z]+$", "").toUpperCase(java.util.Locale.ROOT);
                append(any, "\n\nAt step " + step + " the meeting looked again at " + id + ".\n");
                changed.add(name);
                return "edited " + name + " to name " + id;
            }
            case 2 -> {
                String news = "content/news/2026/added-at-step-" + step + ".md";
                SiteFolders.write(site, news, "---\ntitle: A story added at step " + step + "\ntype: news\ndate: 2026-03-0"
                        + (1 + step % 9) + "\nsummary: A short story for the series.\n---\n\nWhat happened at step " + step + ".\n");
                changed.add(news);
                return "added " + news;
            }
            case 3 -> {
                Path renamed = any.resolveSibling(any.getFileName().toString().replaceFirst("(\\.[a-z]+)$", "-renamed$1"));
                move(any, renamed);
                changed.add(site.relativize(renamed).toString().replace('\\', '/'));
                return "renamed " + name;
            }
            case 4 -> {
                delete(any);
                return "deleted " + name;
            }
            case 5 -> {
                // A field every list and neighbour shows, not the body: the edit editors make most after the minutes.
                retitle(any, " (retitled at step " + step + ")");
                changed.add(name);
                return "retitled " + name;
            }
            case 6 -> {
                append(site.resolve("templates/layouts/base.peb"), "\n<!-- changed at step " + step + " -->\n");
                return "changed templates/layouts/base.peb";
            }
            default -> {
                append(site.resolve("data/site.yaml"), "\n# changed at step " + step + "\n");
                return "changed data/site.yaml";
            }
        }
    }

    private static void restore(Path copy, Path site) {
        for (String part : List.of("content", "templates", "data")) {
            try {
                org.apache.commons.io.file.PathUtils.deleteDirectory(site.resolve(part));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            SiteFolders.copy(copy.resolve(part), site.resolve(part));
        }
    }

    private static List<Path> contentFiles(Path site) {
        try (Stream<Path> files = Files.walk(site.resolve("content"))) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> SourceDocument.Markup.of(file.getFileName().toString()) != null)
                    .filter(file -> !site.resolve("content").relativize(file).toString().startsWith("_"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds {@code text} to the document's title (its first {@code title:} line), or to its end if it has none. */
    private static void retitle(Path file, String text) {
        try {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            java.util.regex.Matcher title = java.util.regex.Pattern.compile("(?m)^(:?title:[ \\t]*)([\"']?)(.*?)([\"']?)[ \\t]*$").matcher(source);
            if (!title.find()) {
                append(file, "\n\nRetitled" + text + ".\n");
                return;
            }
            String retitled = source.substring(0, title.start()) + title.group(1) + title.group(2) + title.group(3) + text + title.group(4)
                    + source.substring(title.end());
            Files.writeString(file, retitled, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
