package org.publicrecord.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.jbake.app.Asset;
import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentTypes;
import org.jbake.parser.Engines;
import org.jbake.render.RenderingTool;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;
import org.publicrecord.content.DataFiles;
import org.publicrecord.content.MemoryContentStore;
import org.publicrecord.content.SiteCrawler;
import org.publicrecord.content.SiteIndex;
import org.publicrecord.markup.FlexmarkEngine;
import org.publicrecord.output.SearchIndex;
import org.publicrecord.output.SiteOutput;
import org.publicrecord.render.PebbleTemplates;
import org.publicrecord.render.SiteExtension;
import org.publicrecord.render.SiteRenderer;

/**
 * JBake's oven with this site's bake: read, validate, model, render, copy assets, index for search, check, each phase
 * reporting one line, and any problem stopping the bake.
 *
 * <p>JBake's own {@code bake()} cannot be reused: it requires OrientDB ({@code updateSchema()} is
 * final and queries it), it logs failed pages and carries on, and it runs JBake's own rendering
 * tools, whose page renderer queries every document of a type for each page it renders. The
 * utensils, the document type registry, the model extractors, the markup engine registry and the
 * rendering tool contract are JBake's.
 */
public final class SiteOven extends Oven {

    /** Every word of the interface, in one file beside the templates, ready for translation. */
    static final String MESSAGES = "messages.yaml";

    private final BuildOptions options;
    private final PhaseLog log;

    public SiteOven(Utensils utensils, BuildOptions options, PhaseLog log) {
        super(utensils);
        this.options = options;
        this.log = log;
        // A markup engine registered through META-INF loses to JBake's built-in one; registering in code wins.
        Engines.register("md", new FlexmarkEngine());
    }

    @Override
    public void bake() {
        Utensils utensils = getUtensils();
        JBakeConfiguration config = utensils.getConfiguration();
        registerDocumentTypes(config);

        SiteCrawler crawler = (SiteCrawler) utensils.getCrawler();
        crawler.crawlDataFiles();
        crawler.crawl();

        // The renderer is made once the data files are read: templates see them as global variables.
        MemoryContentStore store = (MemoryContentStore) utensils.getContentStore();
        Map<String, Object> globals = new LinkedHashMap<>(crawler.data().values());
        Path messages = config.getTemplateFolder().toPath().resolve(MESSAGES);
        SiteIndex index = new SiteIndex(store, crawler.data());
        globals.put("index", index);
        globals.put("messages", Files.isRegularFile(messages) ? DataFiles.readFile(options.source(), messages).value() : Map.of());
        SiteExtension extension = new SiteExtension(globals, options.today());
        SiteRenderer renderer = new SiteRenderer(store, config, new PebbleTemplates(config, store, extension), options,
                crawler.data(), index);
        utensils.setRenderer(renderer);
        List<SiteOutput> outputs = outputs();
        int files = 0;
        for (SiteOutput.Stage stage : SiteOutput.Stage.values()) {
            List<SiteOutput> ofStage = outputs.stream().filter(output -> output.stage() == stage).toList();
            if (stage == SiteOutput.Stage.RENDER) {
                // Independent of each other, so they share the cores.
                files += Parallel.map(ofStage, output -> output.render(renderer, utensils.getContentStore(), config), options.threads())
                        .stream().mapToInt(Integer::intValue).sum();
            } else {
                for (SiteOutput output : ofStage) {
                    files += output.render(renderer, utensils.getContentStore(), config);
                }
            }
        }
        log.phase("render", PhaseLog.count(files, "files") + " from " + PhaseLog.count(outputs.size(), "outputs")
                + " (" + PhaseLog.count(renderer.pages().size(), "pages") + ")");

        Asset asset = utensils.getAsset();
        asset.copy();
        asset.copyAssetsFromContent(config.getContentFolder());
        List<Throwable> errors = asset.getErrors();
        if (!errors.isEmpty()) {
            throw new BuildFailure(errors.stream()
                    .map(error -> Problem.inFile("assets", "an asset could not be copied: " + error.getMessage(),
                            "check the file is readable and the disk has space"))
                    .toList());
        }
        log.phase("assets", "copied");
        log.phase("search", SearchIndex.build(config.getDestinationFolder().toPath(), config.getTemplateFolder().toPath(), options.source()));
        log.phase("check", org.publicrecord.check.SiteChecks.run(renderer));
    }

    /** Types come from jbake.properties ({@code template.<type>.file}), as in JBake, with their extractors. */
    private static void registerDocumentTypes(JBakeConfiguration config) {
        DocumentTypes.resetDocumentTypes();
        ModelExtractors.getInstance().reset();
        DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
        for (String type : config.getDocumentTypes()) {
            DocumentTypes.addDocumentType(type);
        }
        DocumentTypes.addDocumentType(config.getDataFileDocType());
    }

    /**
     * This site's outputs, in the order the services file lists them. JBake's own rendering tools
     * are on the same service list; they are replaced, not run (see the class comment).
     */
    static List<SiteOutput> outputs() {
        return ServiceLoader.load(RenderingTool.class).stream()
                .filter(provider -> SiteOutput.class.isAssignableFrom(provider.type()))
                .map(provider -> (SiteOutput) provider.get())
                .toList();
    }
}
