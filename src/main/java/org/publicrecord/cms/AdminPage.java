package org.publicrecord.cms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.publicrecord.output.NodePackages;
import org.publicrecord.output.SiteOutput;
import org.publicrecord.render.SiteRenderer;
import org.publicrecord.types.ContentTypes;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code admin/}, the editors' CMS, when data/site.yaml has a {@code cms} block: the page from
 * {@code template.admin.page.file}, its configuration made from the schemas ({@link CmsConfig}),
 * and Decap CMS's own script, copied from the version pinned in package.json so that the page
 * asks nothing of another site. The page is left out of the sitemap and the search index.
 */
public final class AdminPage extends SiteOutput {

    /** Where the CMS is published, below the site's root. */
    public static final String FOLDER = "admin/";
    static final String SCRIPTS = "node_modules/decap-cms/dist/";
    static final String MAIN_SCRIPT = SCRIPTS + "decap-cms.js";

    /** The editor's script comes from the CMS's package, outside the model. */
    @Override
    protected boolean readsFiles() {
        return true;
    }

    @Override
    protected int write(SiteRenderer renderer) {
        String template = renderer.config().getTemplateByDocType("admin.page");
        Object settings = renderer.data().values().get("site") instanceof Map<?, ?> site ? site.get("cms") : null;
        if (template == null || !(settings instanceof Map<?, ?> cms)) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> config = CmsConfig.of(ContentTypes.installed(), renderer.data(), (Map<String, Object>) cms, renderer.siteUrl());
        DumperOptions style = new DumperOptions();
        style.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        style.setWidth(120);
        renderer.write(FOLDER + "config.yml", "# Made by the build from the schemas and data/ (cms/CmsConfig.java): edit those, not this.\n"
                + new Yaml(style).dump(config), getClass().getSimpleName());
        renderer.write(FOLDER + "index.html", renderer.text(template, FOLDER, Map.of()), template);
        Path tools = NodePackages.folder(renderer.options().source());
        NodePackages.install(tools, MAIN_SCRIPT, System.getenv("PATH"), "the editors' CMS");
        int files = 2;
        for (Path script : scripts(tools.resolve(SCRIPTS))) {
            renderer.copy(script, FOLDER + script.getFileName(), getClass().getSimpleName());
            files++;
        }
        return files;
    }

    /** Decap's script, the parts it loads when needed, its WebAssembly and its licence; not its source maps or its second copy (cms.js). */
    static List<Path> scripts(Path dist) {
        try (Stream<Path> files = Files.list(dist)) {
            return files.filter(file -> {
                String name = file.getFileName().toString();
                return name.endsWith("decap-cms.js") || name.endsWith(".wasm") || name.equals("decap-cms.js.LICENSE.txt");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
