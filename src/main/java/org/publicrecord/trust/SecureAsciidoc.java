package org.publicrecord.trust;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.content.SourceDocument;

/**
 * AsciiDoc for bodies, converted in Asciidoctor's {@link SafeMode#SECURE} mode: no file is ever
 * read into a page (no includes, no pictures embedded as {@code data:} addresses, no docinfo), and
 * the attributes that would allow any of that are locked off, so a document cannot set them again.
 *
 * <p>JBake's own engine converts with {@code SafeMode.UNSAFE} and offers no setting to change it;
 * this converter replaces it. A body that asks for a refused feature is told so with its line
 * before anything is converted. Attribute substitution cannot build markup past the boundary
 * either: whatever the conversion writes goes through {@link BodySanitizer} next.
 */
public final class SecureAsciidoc {

    /** Attributes that read files or reach out of the site; set here to unset, a document cannot turn them on. */
    static final List<String> LOCKED = List.of("data-uri", "allow-uri-read", "docinfo", "docinfodir", "docinfosubs",
            "linkcss", "stylesheet", "stylesdir", "copycss", "webfonts", "iconfont-remote", "iconfont-cdn", "plantuml-server-url",
            "kroki-server-url");
    private static final Pattern INCLUDE = Pattern.compile("^\\\\?include::([^\\[]*)\\[");
    private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile("^:!?([A-Za-z0-9_][A-Za-z0-9_\\-]*)!?:");

    private SecureAsciidoc() {
    }

    /** The body's refused features, each on its line. */
    public static List<Problem> check(SourceDocument source) {
        List<Problem> problems = new ArrayList<>();
        String[] lines = source.body().split("\n", -1);
        boolean comment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int fileLine = source.bodyFirstLine() + i;
            if (line.startsWith("////")) {
                comment = !comment;
                continue;
            }
            if (comment || line.startsWith("//")) {
                continue;
            }
            Matcher include = INCLUDE.matcher(line);
            if (include.find() && !line.startsWith("\\")) {
                problems.add(Problem.at(source.name(), fileLine, 1,
                        "the include directive (include::" + include.group(1) + "[]) is not allowed: it would put another file on the page",
                        "copy the text you need into this document, or link to the page that has it"));
            }
            Matcher attribute = ATTRIBUTE_ENTRY.matcher(line);
            if (attribute.find() && LOCKED.contains(attribute.group(1).toLowerCase(Locale.ROOT))) {
                problems.add(Problem.at(source.name(), fileLine, 1,
                        "the attribute ':" + attribute.group(1) + ":' is not allowed: it would read files or load things from outside the site",
                        "delete this line"));
            }
        }
        return problems;
    }

    /**
     * The body in HTML, or a {@link BuildFailure} when it asks for a refused feature.
     *
     * @param file       the source file on disk, whose folder is the base of relative paths
     * @param attributes the site's AsciiDoc attributes ({@code asciidoctor.attributes} in jbake.properties)
     */
    public static String convert(SourceDocument source, File file, List<String> attributes) {
        List<Problem> problems = check(source);
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        Attributes locked = Attributes.builder().arguments(attributes.toArray(String[]::new)).build();
        for (String name : LOCKED) {
            locked.setAttribute(name + "!", "");
        }
        locked.setAttribute("max-include-depth", "0");
        Options options = Options.builder()
                .safe(SafeMode.SECURE)
                .baseDir(file.getAbsoluteFile().getParentFile())
                .attributes(locked)
                .build();
        // One Ruby runtime serves every build of the process; conversions take turns on it.
        synchronized (Runtime.ENGINE) {
            return Runtime.ENGINE.convert(source.body(), options);
        }
    }

    /** AsciidoctorJ starts a Ruby runtime, which costs seconds: it starts on first use, once per process. */
    private static final class Runtime {
        static final Asciidoctor ENGINE = Asciidoctor.Factory.create();
    }
}
