package org.publicrecord.trust;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.publicrecord.build.FileChanges;
import org.publicrecord.problem.Problem;

/**
 * Nothing from outside the site: the folders a build reads ({@code content/}, {@code data/},
 * {@code assets/}, {@code templates/}) hold only their own files. A symbolic link, or a file with
 * more than one name (a hard link, which may be a name for a file anywhere on the machine), is
 * refused before anything is read or copied, and so is a picture in SVG that could run code or load
 * something from elsewhere (SVG is a document format, and a browser runs the scripts inside it).
 */
public final class SiteFiles {

    /** The folders a build reads from. */
    public static final List<String> FOLDERS = List.of("content", "data", "assets", "templates");

    private static final Set<String> SVG_REFUSED = Set.of("script", "foreignobject", "iframe", "embed", "object", "handler",
            "listener", "a", "animate", "set", "use", "image", "feimage");
    private static final Pattern STYLE_URL = Pattern.compile("(?i)(@import|url\\s*\\(\\s*['\"]?\\s*[^#'\"\\s)]|expression\\s*\\(|javascript:)");

    private SiteFiles() {
    }

    /** Every link and every unsafe SVG file in the site's folders, each as a problem naming the file. */
    public static List<Problem> check(Path site) {
        List<Problem> problems = new ArrayList<>();
        for (String name : FOLDERS) {
            Path folder = site.resolve(name);
            if (Files.isSymbolicLink(folder)) {
                problems.add(linkProblem(name + "/"));
                continue;
            }
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try {
                problems.addAll(checkTree(site, folder));
            } catch (IOException e) {
                problems.add(Problem.inFile(name, "the folder could not be read: " + e.getMessage(), "check its permissions"));
            }
        }
        return problems;
    }

    /**
     * As {@link #check(Path)}, for a watched site: once a check found it clean, only the files and
     * folders the watcher named since are looked at (a whole look takes 60 ms at 9,000 files).
     * Anything found there, and anything the watcher missed, has the whole site checked again, so
     * the problems are told as a whole check tells them.
     *
     * @param memo where the site is kept as found clean, from one build of the process to the next
     */
    public static List<Problem> check(Path site, FileChanges.Since since, Map<Object, Object> memo) {
        Path root = site.toAbsolutePath().normalize();
        if (since.toldEveryChange() && root.equals(memo.get(Clean.class)) && changesAreClean(root, since)) {
            return List.of();
        }
        memo.remove(Clean.class);
        List<Problem> problems = check(root);
        if (problems.isEmpty()) {
            memo.put(Clean.class, root);
        }
        return problems;
    }

    /** The key under which a site found clean is kept. */
    private record Clean() {
    }

    private static boolean changesAreClean(Path root, FileChanges.Since since) {
        List<Path> changed = new ArrayList<>(since.folders());
        changed.addAll(since.files());
        try {
            for (String name : FOLDERS) {
                Path folder = root.resolve(name);
                for (Path path : changed) {
                    // One of the folders itself came, went or was replaced: only a whole check can tell.
                    if (folder.startsWith(path)) {
                        return false;
                    }
                    if (path.startsWith(folder) && !checkTree(root, path).isEmpty()) {
                        return false;
                    }
                }
            }
        } catch (IOException e) {
            return false;
        }
        return true;
    }

    /** The problems of every file at or under {@code start}, in path order as the editor's folders list them; nothing if it is gone. */
    private static List<Problem> checkTree(Path site, Path start) throws IOException {
        // One look at each file (a site has thousands), not links followed.
        Map<Path, List<Problem>> found = new TreeMap<>();
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) {
                    String shown = site.relativize(path).toString().replace('\\', '/');
                    if (attributes.isSymbolicLink()) {
                        found.put(path, List.of(linkProblem(shown)));
                    } else if (attributes.isRegularFile()) {
                        if (links(path) > 1) {
                            found.put(path, List.of(Problem.inFile(shown, "this file has more than one name (a hard link), so it may be a file from outside the site",
                                    "replace it with a copy of the file: delete it, then copy the original here")));
                        } else if (shown.toLowerCase(Locale.ROOT).endsWith(".svg")) {
                            found.put(path, checkSvg(path, shown));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path path, IOException failed) throws IOException {
                    // Deleted since the watcher named it: nothing there to refuse.
                    if (failed instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw failed;
                }
            });
        } catch (NoSuchFileException gone) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        found.values().forEach(problems::addAll);
        return problems;
    }

    private static Problem linkProblem(String shown) {
        return Problem.inFile(shown, "this is a link to another file or folder (a symbolic link), which the site does not follow",
                "replace the link with a copy of the file itself");
    }

    private static int links(Path path) {
        try {
            return ((Number) Files.getAttribute(path, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue();
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return 1;
        }
    }

    /** An SVG picture may draw, and nothing else: no scripts, handlers, links, animations, entities or outside files. */
    static List<Problem> checkSvg(Path path, String shown) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of(Problem.inFile(shown, "the SVG file could not be read as UTF-8 text", "export it again as plain SVG"));
        }
        return checkSvg(text, shown);
    }

    static List<Problem> checkSvg(String text, String shown) {
        List<Problem> problems = new ArrayList<>();
        String fix = "export the picture again as plain SVG, or as PNG";
        int doctype = indexOfIgnoringCase(text, "<!doctype");
        int entity = indexOfIgnoringCase(text, "<!entity");
        if (doctype >= 0 || entity >= 0) {
            problems.add(problemAt(text, shown, Math.max(doctype, entity), "the SVG file declares a document type or entities, which can read other files", fix));
        }
        Parser parser = Parser.xmlParser().setTrackPosition(true);
        Document svg = parser.parseInput(text, "");
        for (Element element : svg.getAllElements()) {
            if (element == svg) {
                continue;
            }
            String tag = element.normalName().toLowerCase(Locale.ROOT);
            String local = tag.contains(":") ? tag.substring(tag.indexOf(':') + 1) : tag;
            int line = Math.max(1, element.sourceRange().start().lineNumber());
            int column = Math.max(1, element.sourceRange().start().columnNumber());
            if (SVG_REFUSED.contains(local)) {
                problems.add(Problem.at(shown, line, column, "the SVG file contains " + (local.matches("[aeiou].*") ? "an" : "a") + " <" + element.tagName() + "> element, which could run code or show something from elsewhere", fix));
            }
            if (local.equals("style") && STYLE_URL.matcher(element.data() + element.text()).find()) {
                problems.add(Problem.at(shown, line, column, "the SVG file's styles load something from elsewhere", fix));
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip();
                if (name.startsWith("on")) {
                    problems.add(Problem.at(shown, line, column, "the SVG file contains an event handler ('" + name + "'), which could run code", fix));
                } else if ((name.equals("href") || name.endsWith(":href")) && !value.startsWith("#")) {
                    problems.add(Problem.at(shown, line, column, "the SVG file refers to '" + value + "', outside the picture", fix));
                } else if (STYLE_URL.matcher(value).find() && !name.equals("xmlns") && !name.startsWith("xmlns:")) {
                    problems.add(Problem.at(shown, line, column, "the SVG file's '" + name + "' loads something from elsewhere", fix));
                }
            }
        }
        return problems;
    }

    private static int indexOfIgnoringCase(String text, String word) {
        return text.toLowerCase(Locale.ROOT).indexOf(word);
    }

    private static Problem problemAt(String text, String shown, int offset, String message, String fix) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Problem.at(shown, line, offset - lineStart + 1, message, fix);
    }
}
