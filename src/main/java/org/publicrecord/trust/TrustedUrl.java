package org.publicrecord.trust;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses a page may hold: http, https, mailto and tel, or an address on this site
 * (relative, with no scheme). Everything else, {@code javascript:}, {@code data:},
 * {@code vbscript:}, {@code file:} and any scheme not named here, is refused.
 *
 * <p>Browsers drop tabs, line breaks and leading control characters from an address before they
 * read its scheme, so {@code java&#9;script:} is a script link: the address is read the same way
 * here. Character references are already decoded by the HTML parser before an address gets here.
 */
public final class TrustedUrl {

    /** The schemes a link may use. */
    public static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");

    private TrustedUrl() {
    }

    /** Whether {@code url} may be the target of a link on a page. */
    public static boolean isAllowed(String url) {
        return scheme(url).map(SCHEMES::contains).orElse(true);
    }

    /**
     * Whether {@code url} may be loaded by a page (an image, a picture's source): only the site's own
     * files, so that no page makes a request to anyone else.
     */
    public static boolean isOwnFile(String url) {
        String plain = asBrowserReadsIt(url);
        return scheme(url).isEmpty() && !plain.startsWith("//") && !plain.startsWith("\\\\") && !plain.startsWith("/\\");
    }

    /** The scheme of {@code url} in lower case, as a browser would find it, or empty for a relative address. */
    public static Optional<String> scheme(String url) {
        Matcher matcher = SCHEME.matcher(asBrowserReadsIt(url));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The address with what a browser ignores removed: surrounding spaces and controls, tabs and line breaks inside. */
    static String asBrowserReadsIt(String url) {
        StringBuilder plain = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            plain.append(c);
        }
        int start = 0;
        while (start < plain.length() && (plain.charAt(start) <= ' ' || Character.isWhitespace(plain.charAt(start)))) {
            start++;
        }
        return plain.substring(start).toLowerCase(Locale.ROOT);
    }
}
