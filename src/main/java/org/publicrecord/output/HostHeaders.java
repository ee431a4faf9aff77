package org.publicrecord.output;

import java.nio.file.Files;
import java.util.Map;

import org.publicrecord.render.SiteRenderer;

/**
 * {@code _headers}: the security headers Netlify and Cloudflare Pages send with every file,
 * rendered from {@code templates/host/headers.peb}, which takes the policies from the same macros
 * that put them in every page's head, so the two cannot drift apart.
 */
public final class HostHeaders extends SiteOutput {

    static final String TEMPLATE = "host/headers.peb";
    static final String FILE = "_headers";

    @Override
    protected int write(SiteRenderer renderer) {
        // A fork that removes the template has chosen to set its headers at the host instead.
        if (!Files.isRegularFile(renderer.config().getTemplateFolder().toPath().resolve(TEMPLATE))) {
            return 0;
        }
        renderer.page(TEMPLATE, FILE, Map.of());
        return 1;
    }
}
