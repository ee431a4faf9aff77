package org.publicrecord.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

import com.mitchellbosecke.pebble.extension.Filter;
import org.jbake.app.Asset;
import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.parser.Engines;
import org.jbake.render.RenderingTool;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;
import org.publicrecord.build.Parallel;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.markup.FlexmarkEngine;
import org.publicrecord.model.ContentType;
import org.publicrecord.model.Feature;
import org.publicrecord.model.SiteCrawler;
import org.publicrecord.model.SiteModel;
import org.publicrecord.model.Translations;
import org.publicrecord.output.SearchIndex;
import org.publicrecord.output.SiteOutput;
import org.publicrecord.output.TranslatedPages;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.render.PebbleTemplates;
import org.publicrecord.render.SiteExtension;
import org.publicrecord.render.SiteRenderer;

/**
 * JBake's oven, in the render phase: renders every output from the model, stage by stage, then
 * copies the assets, each reporting one line, and any problem stopping the bake.
 *
 * <p>JBake's own {@code bake()} cannot be reused: it requires OrientDB ({@code updateSchema()} is
 * final and queries it), it logs failed pages and carries on, and it runs JBake's own rendering
 * tools, whose page renderer queries every document of a type for each page it renders. The
 * utensils, the document type registry, the model extractors, the markup engine registry and the
 * rendering tool contract are JBake's.
 */
public final class SiteOven extends Oven {

    private final SiteModel model;
    private final PhaseLog log;
    private SiteRenderer renderer;
    private Set<String> wanted = Set.of();
    private FirstPages first = FirstPages.NONE;

    public SiteOven(Utensils utensils, SiteModel model, PhaseLog log) {
        super(utensils);
        this.model = model;
        this.log = log;
        // A markup engine registered through META-INF loses to JBake's built-in one; registering in code wins.
        Engines.register("md", new FlexmarkEngine());
    }

    /** Renders the pages of the {@code wanted} source files before anything else, for {@code first}. */
    void first(Set<String> wanted, FirstPages first) {
        this.wanted = wanted;
        this.first = first;
    }

    /** The renderer of the last bake, which knows every page it wrote (for the checks). */
    public SiteRenderer renderer() {
        return renderer;
    }

    @Override
    public void bake() {
        Utensils utensils = getUtensils();
        JBakeConfiguration config = utensils.getConfiguration();
        registerDocumentTypes(config);

        // Templates see each data file by name, the model's words, index and content types, and what the features add.
        Map<String, Object> globals = new LinkedHashMap<>(model.data().values());
        globals.put("index", model.index());
        globals.put("messages", model.messages().values());
        globals.put("content_types", model.types().stream().map(ContentType::name).toList());
        globals.putAll(model.parts());
        Map<String, Filter> filters = new LinkedHashMap<>();
        model.features().forEach(feature -> filters.putAll(feature.filters()));
        SiteExtension extension = new SiteExtension(globals, model.today(), model.messages(), filters);
        renderer = new SiteRenderer(model, config, new PebbleTemplates(config, model.store(), extension, model.site().locale()));
        // A preview with a newer change waiting stops at the next page, rather than after thousands.
        renderer.stopsFor(first::newerChange);
        utensils.setRenderer(renderer);
        List<SiteOutput> outputs = outputs(model.features());
        int files = 0;
        for (SiteOutput.Stage stage : SiteOutput.Stage.values()) {
            first.carryOn();
            List<SiteOutput> ofStage = outputs.stream().filter(output -> output.stage() == stage).toList();
            if (stage == SiteOutput.Stage.RENDER) {
                // The documents are as the pages show them once they are prepared (pictures made responsive).
                renderer.keepsPieces(globals);
                first.carryOn();
                renderFirst();
                // Independent of each other, so they share the cores.
                files += Parallel.map(ofStage, output -> output.render(renderer, model.store(), config), model.options().threads())
                        .stream().mapToInt(Integer::intValue).sum();
            } else {
                if (stage == SiteOutput.Stage.AFTER_RENDER) {
                    // Outputs of this stage read the folder, which must then hold nothing an earlier build left;
                    // the search index makes its own folder exact.
                    renderer.removeWhatWasNotWritten(Set.of(SearchIndex.BUNDLE));
                }
                for (SiteOutput output : ofStage) {
                    files += output.render(renderer, model.store(), config);
                }
            }
        }
        log.phase("render", PhaseLog.count(files, "files") + " from " + PhaseLog.count(outputs.size(), "outputs")
                + " (" + PhaseLog.count(renderer.pages().size(), "pages") + ")"
                + (renderer.filesKept() == 0 ? "" : ", " + PhaseLog.count(renderer.filesKept(), "files") + " as the last build made them"));

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
    }

    private void renderFirst() {
        if (wanted.isEmpty()) {
            return;
        }
        List<DocumentModel> changed = model.store().documents().stream()
                .filter(document -> wanted.contains(String.valueOf(document.get(SiteCrawler.SOURCE_FILE)))).toList();
        Map<String, String> pages = new LinkedHashMap<>();
        Parallel.map(changed, document -> Map.entry(document.getUri(), renderer.text(document)), model.options().threads())
                .forEach(page -> pages.put(page.getKey(), page.getValue()));
        // A translation is no document of the store: its page is made with its original's.
        if (model.parts().get("translations") instanceof Translations translations) {
            translations.translated().stream()
                    .filter(version -> wanted.contains(String.valueOf(version.document().get(SiteCrawler.SOURCE_FILE))))
                    .forEach(version -> pages.put(SiteRenderer.fileOf(version.url()), TranslatedPages.text(renderer, version)));
        }
        first.rendered(pages);
    }

    /** Types come from jbake.properties and the registry ({@code template.<type>.file}), as in JBake, with their extractors. */
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
     * This site's outputs: the generic ones, in the order the services file lists them (JBake's
     * own rendering tools are on the same service list; they are replaced, not run), then each
     * content type's and feature's own.
     */
    static List<SiteOutput> outputs(List<Feature> features) {
        List<SiteOutput> outputs = new ArrayList<>(ServiceLoader.load(RenderingTool.class).stream()
                .filter(provider -> SiteOutput.class.isAssignableFrom(provider.type()))
                .map(provider -> (SiteOutput) provider.get())
                .toList());
        for (Feature feature : features) {
            for (RenderingTool tool : feature.outputs()) {
                outputs.add((SiteOutput) tool);
            }
        }
        return outputs;
    }
}
