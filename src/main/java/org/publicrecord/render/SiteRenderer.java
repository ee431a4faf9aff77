package org.publicrecord.render;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.template.model.TemplateModel;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.build.BuildCache;
import org.publicrecord.build.Superseded;
import org.publicrecord.build.BuildOptions;
import org.publicrecord.build.RenderTrace;
import org.publicrecord.build.Folders;
import org.publicrecord.build.WrittenPages;
import org.publicrecord.problem.Problem;
import org.publicrecord.content.DataFiles;
import org.publicrecord.model.MemoryContentStore;
import org.publicrecord.model.SiteIndex;
import org.publicrecord.model.SiteModel;
import org.publicrecord.site.Messages;
import org.publicrecord.site.Site;

/**
 * JBake's renderer for this site: writes each page from its template into the build's folder,
 * refusing to write an empty page or two pages to one address. Every page gets the same model
 * names: {@code content}, {@code config}, {@code root} (the relative way back to the home page, so
 * the site works at any address) and {@code page_url}.
 */
public final class SiteRenderer extends Renderer {

    private final SiteModel model;
    private final JBakeConfiguration config;
    private final PebbleTemplates templates;
    private final Path output;
    private final Map<String, Object> configModel;
    private final Map<String, String> writtenBy = new ConcurrentHashMap<>();
    private final Set<String> pages = ConcurrentHashMap.newKeySet();
    private final WrittenPages written;
    /** The pieces earlier builds made, once the documents are as the pages show them; null while not known, or with no cache. */
    private volatile KeptRenders kept;
    private final AtomicInteger broughtBack = new AtomicInteger();
    /** Whether the preview has a newer change waiting, so that the next page stops the build; never, in a build to publish. */
    private volatile BooleanSupplier newerChange = () -> false;

    public SiteRenderer(SiteModel model, JBakeConfiguration config, PebbleTemplates templates) {
        super(model.store(), config, null);
        this.model = model;
        this.config = config;
        this.templates = templates;
        this.output = config.getDestinationFolder().toPath();
        this.configModel = Map.copyOf(config.asHashMap());
        this.written = WrittenPages.under(output, model.cache());
    }

    /** From now on, each page and file about to be written stops the build ({@link Superseded}) when {@code newerChange} says so. */
    public void stopsFor(BooleanSupplier newerChange) {
        this.newerChange = newerChange;
    }

    /** Stops the build here ({@link Superseded}) when a newer change waits: for work over what was rendered, such as the checks. */
    public void carryOn() {
        Superseded.unless(newerChange);
    }

    /**
     * From now on, each output and page whose trace an earlier build kept with the same inputs is
     * taken as that build made it ({@link KeptRenders}); {@code globals} are what templates see
     * besides each page's values. Called once the documents are as the pages show them.
     */
    public void keepsPieces(Map<String, Object> globals) {
        if (!written.keeps()) {
            return;
        }
        RenderInputs inputs = new RenderInputs(model, globals, configModel, config.getTemplateFolder().toPath());
        kept = new KeptRenders(model.cache().shelf("renders"), inputs, written, WrittenPages.published(model.options().output(), model.cache()));
    }

    /**
     * Runs the output named {@code producer} ({@code write} returns how many files it wrote), or
     * takes its files as an earlier build made them from the same inputs. An output that reads
     * files besides the model is not {@code traceable} and always runs.
     */
    public int output(String producer, boolean traceable, IntSupplier write) {
        KeptRenders pieces = kept;
        if (pieces == null || !traceable) {
            return write.getAsInt();
        }
        String key = pieces.key("output", producer);
        KeptRenders.Kept earlier = pieces.find(key);
        if (earlier != null) {
            bringBack(pieces, earlier, producer);
            return earlier.count();
        }
        RenderTrace.Traced<Integer> made = RenderTrace.of(write::getAsInt);
        pieces.keep(key, made.trace(), made.result());
        return made.result();
    }

    /** Claims and puts in place every file of a piece an earlier build made, and tells the pieces around it what it read and wrote. */
    private void bringBack(KeptRenders pieces, KeptRenders.Kept earlier, String producer) {
        for (Map.Entry<String, String> file : earlier.files().entrySet()) {
            String path = file.getKey();
            claim(path, producer);
            if (earlier.fromPublished().contains(path)) {
                Path from = pieces.published().fileOf(path);
                fill(path, to -> Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING));
                written.wrote(path, file.getValue(), from.toFile().length());
            } else {
                written.asWrittenBefore(path);
            }
            RenderTrace.wrote(path, file.getValue());
            broughtBack.incrementAndGet();
        }
        earlier.pages().forEach(url -> {
            pages.add(url);
            RenderTrace.page(url);
        });
        earlier.bodies().forEach(RenderTrace::bodyRead);
        pieces.keepInside(earlier.inside());
        earlier.inside().forEach(RenderTrace::kept);
    }

    /** Renders a document with its type's template ({@code template.<type>.file} in jbake.properties). */
    @Override
    public void render(DocumentModel content) {
        page(templateFor(content.getType()), content.getNoExtensionUri(), Map.of(ModelAttributes.CONTENT, content));
    }

    public String templateFor(String key) {
        String template = config.getTemplateByDocType(key);
        if (template == null) {
            throw new BuildFailure(Problem.inFile("jbake.properties", "no template is set for '" + key + "'",
                    "add a line 'template." + key + ".file=layouts/" + key + ".peb'"));
        }
        return template;
    }

    /**
     * Renders {@code template} to the page at {@code url} ({@code meetings/} becomes
     * {@code meetings/index.html}; a url naming a file is written as it is).
     */
    public void page(String template, String url, Map<String, Object> values) {
        Superseded.unless(newerChange);
        KeptRenders pieces = kept;
        String own = pieces == null ? null : pieces.inputs().values(values);
        String key = own == null ? null : pieces.key("page", template, url, own);
        KeptRenders.Kept earlier = key == null ? null : pieces.find(key);
        if (earlier != null) {
            bringBack(pieces, earlier, template);
            RenderTrace.kept(key);
            return;
        }
        RenderTrace.Traced<String> made = RenderTrace.of(() -> {
            write(fileOf(url), text(template, url, values), template);
            pages.add(url);
            RenderTrace.page(url);
            return url;
        });
        if (key != null) {
            pieces.keep(key, made.trace(), 1);
            RenderTrace.kept(key);
        }
    }

    /** The page a document's type renders for it, as text, written nowhere (the preview shows it before the rest is built). */
    public String text(DocumentModel content) {
        return text(templateFor(content.getType()), content.getNoExtensionUri(), Map.of(ModelAttributes.CONTENT, content));
    }

    /** {@code template} rendered for the page at {@code url}, as text, written nowhere: for a page that is no part of the site's lists and sitemap. */
    public String text(String template, String url, Map<String, Object> values) {
        TemplateModel model = new TemplateModel();
        model.setConfig(configModel);
        model.put("root", rootOf(url));
        model.put("page_url", url);
        model.putAll(values);
        StringWriter text = new StringWriter(16 * 1024);
        templates.render(template, model, text);
        return text.toString();
    }

    /** Writes a file that is not a page (a feed, a sitemap); {@code producer} names what made it, for errors. */
    public void write(String path, String text, String producer) {
        if (text.isBlank()) {
            throw new BuildFailure(Problem.inFile(producer.contains(".peb") ? "templates/" + producer : producer,
                    "it produced an empty " + path, "check the template renders something for this page"));
        }
        write(path, text.getBytes(StandardCharsets.UTF_8), producer);
    }

    /**
     * Writes {@code bytes} to {@code path}; {@code producer} names what made them, for errors. A
     * folder an earlier build made keeps the file it already holds when its bytes are these.
     */
    public void write(String path, byte[] bytes, String producer) {
        Superseded.unless(newerChange);
        claim(path, producer);
        String digest = written.keeps() ? BuildCache.digest(bytes) : null;
        if (digest != null) {
            RenderTrace.wrote(path, digest);
        }
        if (digest != null && written.alreadyHolds(path, digest)) {
            return;
        }
        fill(path, file -> Files.write(file, bytes));
        if (digest != null) {
            written.wrote(path, digest, bytes.length);
        }
    }

    /** Copies a file that is not made here (a tool's script) to {@code path}; {@code producer} names what asked, for errors. */
    public void copy(Path from, String path, String producer) {
        // A file from outside the model: what copied it is made again by every build.
        RenderTrace.untraceable();
        claim(path, producer);
        fill(path, file -> Files.copy(from, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING));
    }

    /**
     * Removes every file this build has not written from a folder an earlier build made, and the
     * folders left empty, except under the top-level folders in {@code leftTo} (made exact by
     * whatever writes them). After it, the folder holds what a build into an empty folder would
     * hold so far; outputs that read the folder (the sitemap, the redirects) come after it.
     */
    public void removeWhatWasNotWritten(Set<String> leftTo) {
        if (!written.recycled()) {
            return;
        }
        // Whether each folder being walked (innermost first) still holds something, known from the walk itself rather
        // than by listing each folder again once its files are gone.
        java.util.Deque<boolean[]> holding = new java.util.ArrayDeque<>();
        try {
            Files.walkFileTree(output, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    if (folder.getParent() != null && folder.getParent().equals(output) && leftTo.contains(folder.getFileName().toString())) {
                        holding.peek()[0] = true;
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    holding.push(new boolean[1]);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    if (writtenBy.containsKey(output.relativize(file).toString().replace('\\', '/'))) {
                        holding.peek()[0] = true;
                    } else {
                        Files.delete(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path folder, IOException failed) throws IOException {
                    if (failed != null) {
                        throw failed;
                    }
                    boolean holds = holding.pop()[0];
                    if (folder.equals(output)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (holds) {
                        holding.peek()[0] = true;
                    } else {
                        Files.delete(folder);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new BuildFailure(Problem.inFile(output.toString(), "files of an earlier build could not be removed: " + e.getMessage(),
                    "check nothing else is using the output folder"));
        }
    }

    /** How a file's bytes reach the output. */
    private interface Filler {
        void fill(Path file) throws IOException;
    }

    /** Claims {@code path} for {@code producer}: two outputs may never write one address. */
    private void claim(String path, String producer) {
        String earlier = writtenBy.putIfAbsent(path, producer);
        if (earlier != null) {
            throw new BuildFailure(Problem.inFile(producer, "two pages would be written to the same address " + path
                    + " (the other comes from " + earlier + ")", "rename one of the two files"));
        }
    }

    private void fill(String path, Filler filler) {
        Path file = output.resolve(path);
        try {
            try {
                Files.createDirectories(file.getParent());
                filler.fill(file);
            } catch (IOException inTheWay) {
                if (!written.recycled()) {
                    throw inTheWay;
                }
                // An earlier build's folder may hold a file where this build needs a folder, or the reverse.
                clearWay(file);
                Files.createDirectories(file.getParent());
                filler.fill(file);
            }
        } catch (IOException e) {
            throw new BuildFailure(Problem.inFile(path, "could not be written: " + e.getMessage(),
                    "check the disk has space and the output folder is writable"));
        }
    }

    /** Removes what stands in the way of writing {@code file}: a file where a folder must be, or a folder where the file must be. */
    private void clearWay(Path file) throws IOException {
        for (Path folder = file.getParent(); folder != null && folder.startsWith(output) && !folder.equals(output); folder = folder.getParent()) {
            if (Files.isRegularFile(folder, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(folder);
            }
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            Folders.deleteTree(file);
        }
    }

    /** The file the page at {@code url} is written to: {@code pl/about/} is {@code pl/about/index.html}. */
    public static String fileOf(String url) {
        if (url.isEmpty() || url.endsWith("/")) {
            return url + "index.html";
        }
        return url;
    }

    /** The relative path from the page at {@code url} back to the site's root, such as {@code ../../}. */
    public static String rootOf(String url) {
        String file = fileOf(url);
        return "../".repeat((int) file.chars().filter(c -> c == '/').count());
    }

    /** The page's full address on the published site, for feeds, sitemaps and calendars. */
    public String absoluteUrl(String url) {
        return model.site().absoluteUrl(url);
    }

    public String siteUrl() {
        return model.site().url();
    }

    /** What every output is made from. */
    public SiteModel model() {
        return model;
    }

    public Site site() {
        return model.site();
    }

    public Messages messages() {
        return model.messages();
    }

    public MemoryContentStore store() {
        return model.store();
    }

    /** The links between documents and data, built once per build. */
    public SiteIndex index() {
        return model.index();
    }

    public DataFiles data() {
        return model.data();
    }

    public LocalDate today() {
        return model.today();
    }

    public BuildOptions options() {
        return model.options();
    }

    public JBakeConfiguration config() {
        return config;
    }

    /** The digest of each page as it was written, for the search index and the checks. */
    public WrittenPages written() {
        return written;
    }

    /** How many files were taken as an earlier build made them, rather than made again. */
    public int filesKept() {
        return broughtBack.get();
    }

    /** The addresses of every page written so far from a template, in no particular order. */
    public Set<String> pages() {
        return Set.copyOf(pages);
    }

}
