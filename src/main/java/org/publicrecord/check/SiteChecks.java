package org.publicrecord.check;

import org.publicrecord.build.BuildCache;
import org.publicrecord.build.WrittenPages;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jbake.model.DocumentModel;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.problem.Problem;
import org.publicrecord.model.SiteCrawler;
import org.publicrecord.render.SiteRenderer;

/**
 * The checks a finished site must pass before it is published: every internal link and
 * #fragment resolves ({@link LinkCheck}) and every page keeps to the weight budget
 * ({@link PageWeight}). Any failure stops the build, naming the page and its source file.
 */
public final class SiteChecks {

    private SiteChecks() {
    }

    /** Checks the site the renderer has just written; returns the build log's one-line summary. */
    public static String run(SiteRenderer renderer) {
        return run(renderer, BuildCache.none());
    }

    /** As {@link #run(SiteRenderer)}, with what earlier builds found on pages this build wrote the same. */
    public static String run(SiteRenderer renderer, BuildCache cache) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (DocumentModel document : renderer.store().documents()) {
            sources.put(document.getUri(), String.valueOf(document.get(SiteCrawler.SOURCE_FILE)));
        }
        return run(renderer.config().getDestinationFolder().toPath(), sources, renderer.siteUrl(), renderer.options().threads(), cache,
                renderer.written(), renderer::carryOn);
    }

    /** Checks the built site in {@code folder}, published at {@code siteUrl}; {@code sources} names each page's source file. */
    public static String run(Path folder, Map<String, String> sources, String siteUrl, int threads) {
        return run(folder, sources, siteUrl, threads, BuildCache.none(), WrittenPages.unknown(folder), () -> { });
    }

    /** {@code carryOn} stops the checks, and the build, when a newer change waits (the preview's); it is asked at every page. */
    static String run(Path folder, Map<String, String> sources, String siteUrl, int threads, BuildCache cache, WrittenPages written,
                              Runnable carryOn) {
        String basePath = URI.create(siteUrl).getPath();
        BuildCache.Shelf links = cache.shelf(BuiltPages.SHELF);
        BuiltPages site = BuiltPages.read(folder, sources, basePath == null || basePath.isEmpty() ? "/" : basePath, threads, links, written,
                carryOn);
        carryOn.run();
        BuildCache.Shelf resolved = cache.shelf(LinksResolved.SHELF);
        String key = LinksResolved.key(siteUrl);
        Optional<LinksResolved> before = LinksResolved.kept(resolved, key);
        Set<String> followed = before.map(earlier -> earlier.pagesToFollow(site, links)).orElse(site.pages().keySet());
        LinkCheck check = new LinkCheck(site, siteUrl);
        List<Problem> problems = new ArrayList<>(check.problems(followed));
        problems.addAll(new PageWeight(site, cache.shelf(PageWeight.SHELF)).problems());
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        if (!followed.isEmpty()) {
            // With no page changed, the record found is the record this check would write, and finding it keeps it.
            LinksResolved.of(site, check, before, followed).ifPresent(now -> now.keep(resolved, key));
        }
        long count = site.pages().values().stream().mapToLong(page -> page.links().size()).sum();
        String followedOnly = followed.size() == site.pages().size() ? ""
                : followed.isEmpty() ? " (no page changed since they last did)"
                : " (those on " + PhaseLog.count(followed.size(), "changed pages") + " followed, the rest as they last resolved)";
        return PhaseLog.count(site.pages().size(), "pages") + ", " + PhaseLog.count(count, "links") + " resolve" + followedOnly
                + ", every page within " + PageWeight.kb(PageWeight.PAGE_BUDGET);
    }
}
