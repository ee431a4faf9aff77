package org.publicrecord.output;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.content.DataFiles;
import org.publicrecord.content.Position;
import org.publicrecord.render.SiteRenderer;

/**
 * What GitHub Pages reads from a published branch: {@code CNAME}, holding the custom domain when
 * {@code data/site.yaml} sets {@code domain}, and {@code .nojekyll}, so that the branch is served
 * exactly as built instead of going through Jekyll, which would drop every file whose name starts
 * with an underscore. A domain that is not the host of the site's {@code url} stops the build,
 * because feeds, the sitemap and canonical links would then point somewhere else.
 */
public final class HostGitHubPages extends SiteOutput {

    static final String CNAME = "CNAME";
    static final String NO_JEKYLL = ".nojekyll";

    @Override
    protected int write(SiteRenderer renderer) {
        // GitHub only checks that the file exists; the line says why it is there to whoever opens it.
        renderer.write(NO_JEKYLL, "GitHub Pages: serve these files as they are, without Jekyll.\n", getClass().getSimpleName());
        DataFiles.DataFile site = renderer.data().files().get("site");
        String domain = domain(site, renderer.siteUrl());
        if (domain == null) {
            return 1;
        }
        renderer.write(CNAME, domain + "\n", site.path());
        return 2;
    }

    /** The custom domain from {@code data/site.yaml}, checked against its {@code url}; null when none is set. */
    static String domain(DataFiles.DataFile site, String siteUrl) {
        Object value = site != null && site.value() instanceof Map<?, ?> fields ? fields.get("domain") : null;
        if (value == null || String.valueOf(value).isBlank()) {
            return null;
        }
        // Its form (a lower-case host name) is checked by the site's schema before anything is rendered.
        String domain = String.valueOf(value).strip();
        String host = URI.create(siteUrl).getHost();
        if (host == null || !host.toLowerCase(Locale.ROOT).equals(domain)) {
            throw new BuildFailure(at(site, "/domain", "the domain is " + domain + " but the site's url is " + siteUrl
                            + ", so feeds, the sitemap and links to pages would point to another address",
                    "set url to https://" + domain + "/ as well, or remove domain while the site stays at " + host));
        }
        return domain;
    }

    private static Problem at(DataFiles.DataFile site, String pointer, String message, String fix) {
        Position position = site.positions().get(pointer);
        return position == null ? Problem.inFile(site.path(), message, fix)
                : Problem.at(site.path(), position.line(), position.column(), message, fix);
    }
}
