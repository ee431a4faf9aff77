package org.publicrecord.render;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.template.model.TemplateModel;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.build.BuildOptions;
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
    private final java.util.Set<String> pages = ConcurrentHashMap.newKeySet();
    private final WrittenPages written;

    public SiteRenderer(SiteModel model, JBakeConfiguration config, PebbleTemplates templates) {
        super(model.store(), config, null);
        this.model = model;
        this.config = config;
        this.templates = templates;
        this.output = config.getDestinationFolder().toPath();
        this.configModel = Map.copyOf(config.asHashMap());
        this.written = WrittenPages.under(output, model.cache());
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
        write(fileOf(url), text(template, url, values), template);
        pages.add(url);
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
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        store(path, producer, file -> Files.write(file, bytes));
        written.wrote(path, bytes);
    }

    /** Copies a file that is not made here (a tool's script) to {@code path}; {@code producer} names what asked, for errors. */
    public void copy(Path from, String path, String producer) {
        store(path, producer, file -> Files.copy(from, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING));
    }

    /** How a file's bytes reach the output. */
    private interface Filler {
        void fill(Path file) throws IOException;
    }

    /** Claims {@code path} for {@code producer} (two outputs may never write one address) and fills it. */
    private void store(String path, String producer, Filler filler) {
        String earlier = writtenBy.putIfAbsent(path, producer);
        if (earlier != null) {
            throw new BuildFailure(Problem.inFile(producer, "two pages would be written to the same address " + path
                    + " (the other comes from " + earlier + ")", "rename one of the two files"));
        }
        Path file = output.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            filler.fill(file);
        } catch (IOException e) {
            throw new BuildFailure(Problem.inFile(path, "could not be written: " + e.getMessage(),
                    "check the disk has space and the output folder is writable"));
        }
    }

    static String fileOf(String url) {
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

    /** The addresses of every page written so far from a template, in no particular order. */
    public java.util.Set<String> pages() {
        return java.util.Set.copyOf(pages);
    }

}
