package org.publicrecord.output;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jbake.model.DocumentModel;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.content.DataFiles;
import org.publicrecord.model.MemoryContentStore;
import org.publicrecord.content.Position;
import org.publicrecord.render.SiteRenderer;

/**
 * Pages that moved, from {@code data/redirects.yaml}: a {@code _redirects} file for hosts that
 * redirect by themselves (Netlify, Cloudflare Pages answer the old address with a 301) and, at each
 * old address, a page from {@code templates/layouts/redirect.peb} that forwards the reader with a
 * meta refresh and a plain link, for hosts that cannot (GitHub Pages, S3). A redirect from an
 * address that still holds a page, to an address where nothing is published, or to another old
 * address stops the build at its line. It runs after the pages so that those checks can see them.
 */
public final class HostRedirects extends SiteOutput {

    static final String DATA_FILE = "redirects";
    static final String FILE = "_redirects";
    static final String TEMPLATE = "layouts/redirect.peb";

    /** An address on this site without the site's own address: no scheme, leading slash, "." or ".." step, space, query or fragment. */
    private static final Pattern SITE_PATH = Pattern.compile("(?!/)(?!(?:.*/)?\\.\\.?(?:/|$))[^\\s?#:\\\\]+");
    private static final Pattern FRAGMENT = Pattern.compile("#[^\\s#]*");
    private static final Pattern WEB_ADDRESS = Pattern.compile("https://[^\\s/?#]+(?:[/?#]\\S*)?");
    private static final Set<String> FIELDS = Set.of("from", "to");

    /** One moved page: its old address on this site and its new one, on this site or a full https:// address. */
    record Redirect(String from, String to, Position fromAt, Position toAt) {

        boolean leavesSite() {
            return to.startsWith("https://");
        }

        /** The new address without its fragment: the page that must exist. */
        String toPage() {
            int hash = to.indexOf('#');
            return hash < 0 ? to : to.substring(0, hash);
        }

        /** The file at the old address that forwards readers, or null for an old file (a PDF) that cannot hold a page. */
        String fallbackFile() {
            if (from.endsWith("/")) {
                return from + "index.html";
            }
            return from.endsWith(".html") || from.endsWith(".htm") ? from : null;
        }
    }

    @Override
    public Stage stage() {
        return Stage.AFTER_RENDER;
    }

    @Override
    protected int write(SiteRenderer renderer) {
        DataFiles.DataFile data = renderer.data().files().get(DATA_FILE);
        if (data == null || data.value() == null) {
            return 0;
        }
        List<Redirect> redirects = read(data);
        if (redirects.isEmpty()) {
            return 0;
        }
        Path output = renderer.config().getDestinationFolder().toPath();
        Path assets = renderer.config().getAssetFolder().toPath();
        check(redirects, data.path(), output, assets);

        String base = URI.create(renderer.siteUrl()).getPath();
        StringBuilder rules = new StringBuilder("# Moved pages, from data/redirects.yaml. Netlify and Cloudflare Pages answer each old address with a 301.\n");
        int files = 0;
        for (Redirect redirect : redirects) {
            rules.append(base).append(redirect.from()).append(' ')
                    .append(redirect.leavesSite() ? redirect.to() : base + redirect.to()).append(" 301\n");
            if (redirect.fallbackFile() != null) {
                String href = redirect.leavesSite() ? redirect.to() : SiteRenderer.rootOf(redirect.from()) + redirect.to();
                String absolute = redirect.leavesSite() ? redirect.to() : renderer.absoluteUrl(redirect.to());
                renderer.page(TEMPLATE, redirect.from(), Map.of(
                        "content", Sections.listPage("", null, "redirect"),
                        "target", href,
                        "target_url", absolute,
                        "target_title", titleOf(redirect, renderer.store(), absolute)));
                files++;
            }
        }
        renderer.write(FILE, rules.toString(), data.path());
        return files + 1;
    }

    /** Reads the list, reporting every entry that is not a 'from' and a 'to' address. */
    static List<Redirect> read(DataFiles.DataFile data) {
        List<Problem> problems = new ArrayList<>();
        List<Redirect> redirects = new ArrayList<>();
        if (!(data.value() instanceof List<?> entries)) {
            throw new BuildFailure(Problem.at(data.path(), 1, 1, "this file should be a list of moved pages",
                    "start each moved page with '- from: ' and its old address, then '  to: ' and its new one"));
        }
        for (int i = 0; i < entries.size(); i++) {
            String item = "/" + i;
            if (!(entries.get(i) instanceof Map<?, ?> fields)) {
                problems.add(at(data, item, "each moved page needs a 'from' and a 'to' address", "write 'from: old/address/' and 'to: new/address/' on two lines"));
                continue;
            }
            for (Object key : fields.keySet()) {
                if (!FIELDS.contains(String.valueOf(key))) {
                    problems.add(at(data, item + "/" + key, "'" + key + "' is not a field of a moved page", "use only 'from' (the old address) and 'to' (the new one)"));
                }
            }
            String from = address(fields.get("from"), "from", data, item, problems);
            String to = address(fields.get("to"), "to", data, item, problems);
            if (from == null || to == null) {
                continue;
            }
            if (!SITE_PATH.matcher(from).matches()) {
                problems.add(at(data, item + "/from", "the old address '" + from + "' is not an address on this site",
                        "write it without the site's own address and without a leading /, such as meetings/2024/old-name/"));
            } else if (!from.endsWith("/") && !from.substring(from.lastIndexOf('/') + 1).contains(".")) {
                problems.add(at(data, item + "/from", "the old address '" + from + "' names neither a page nor a file",
                        "end a page's address with /, such as " + from + "/"));
            }
            boolean onSite = !to.startsWith("https://");
            if (onSite ? !SITE_PATH.matcher(FRAGMENT.matcher(to).replaceFirst("")).matches() || to.startsWith("#") : !WEB_ADDRESS.matcher(to).matches()) {
                problems.add(at(data, item + "/to", "the new address '" + to + "' is neither an address on this site nor a full https:// address",
                        "write an address on this site without a leading /, such as about/, or a full address starting https://"));
            }
            redirects.add(new Redirect(from, to, position(data, item + "/from"), position(data, item + "/to")));
        }
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        return redirects;
    }

    /**
     * Checks the redirects against each other and against what the build has published: an old
     * address must be free, a new one must hold a page or file, and no redirect may lead to another.
     */
    static void check(List<Redirect> redirects, String file, Path output, Path assets) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Redirect> byFrom = new HashMap<>();
        for (Redirect redirect : redirects) {
            Redirect earlier = byFrom.putIfAbsent(redirect.from(), redirect);
            if (earlier != null) {
                problems.add(at(file, redirect.fromAt(), "the old address " + redirect.from() + " is already redirected on line " + earlier.fromAt().line(),
                        "keep one of the two"));
            }
        }
        for (Redirect redirect : redirects) {
            String fallback = redirect.fallbackFile() == null ? redirect.from() : redirect.fallbackFile();
            if (Files.exists(output.resolve(fallback)) || Files.exists(assets.resolve(redirect.from()))) {
                problems.add(at(file, redirect.fromAt(), "a page is still published at " + redirect.from() + ", so readers would never be sent on",
                        "remove this redirect, or move or delete the page that still has this address"));
            }
            if (redirect.leavesSite()) {
                continue;
            }
            String target = redirect.toPage();
            if (target.equals(redirect.from())) {
                problems.add(at(file, redirect.toAt(), "the page would redirect to itself", "write the page's new address in 'to'"));
            } else if (byFrom.containsKey(target)) {
                problems.add(at(file, redirect.toAt(), target + " has moved too (line " + byFrom.get(target).fromAt().line() + "), so readers would be sent on twice",
                        "write its final address, " + byFrom.get(target).to() + ", here"));
            } else if (!published(target, output, assets)) {
                problems.add(at(file, redirect.toAt(), "nothing is published at " + target,
                        "copy the page's address from the site, such as about/ or meetings/2024/2024-03-12-board/"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
    }

    private static boolean published(String target, Path output, Path assets) {
        String file = target.isEmpty() || target.endsWith("/") ? target + "index.html" : target;
        return Files.isRegularFile(output.resolve(file)) || Files.isRegularFile(assets.resolve(target));
    }

    /** The words of the forwarding link: the new page's title when it is a document, else its full address. */
    private static String titleOf(Redirect redirect, MemoryContentStore store, String absolute) {
        if (!redirect.leavesSite()) {
            for (DocumentModel document : store.documents()) {
                if (redirect.toPage().equals(document.getNoExtensionUri()) && document.getTitle() != null) {
                    return document.getTitle();
                }
            }
        }
        return absolute;
    }

    private static String address(Object value, String field, DataFiles.DataFile data, String item, List<Problem> problems) {
        if (value instanceof String text && !text.isBlank()) {
            return text.strip();
        }
        problems.add(value == null
                ? at(data, item, "this moved page has no '" + field + "' address", "add a line '" + field + ": ' with the " + (field.equals("from") ? "old" : "new") + " address")
                : at(data, item + "/" + field, "'" + field + "' should be an address, not " + value, "write the address as text, such as about/"));
        return null;
    }

    private static Position position(DataFiles.DataFile data, String pointer) {
        Position position = data.positions().get(pointer);
        return position != null ? position : data.positions().getOrDefault(pointer.substring(0, pointer.lastIndexOf('/')), Position.START);
    }

    private static Problem at(DataFiles.DataFile data, String pointer, String message, String fix) {
        return at(data.path(), position(data, pointer), message, fix);
    }

    private static Problem at(String file, Position position, String message, String fix) {
        return Problem.at(file, position.line(), position.column(), message, fix);
    }
}
