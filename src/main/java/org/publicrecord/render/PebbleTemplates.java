package org.publicrecord.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import com.mitchellbosecke.pebble.PebbleEngine;
import com.mitchellbosecke.pebble.error.PebbleException;
import com.mitchellbosecke.pebble.extension.Extension;
import com.mitchellbosecke.pebble.loader.FileLoader;
import com.mitchellbosecke.pebble.template.PebbleTemplate;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.NoModelExtractorException;
import org.jbake.template.RenderingException;
import org.jbake.template.TemplateEngineAdapter;
import org.jbake.template.model.TemplateModel;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;

/**
 * Pebble behind JBake's template engine contract, set up so that templates are safe by default:
 * every value is HTML-escaped unless a template marks it {@code | raw} (only the rendered body
 * is), and a variable or field that does not exist stops the build instead of printing nothing.
 *
 * <p>JBake's own Pebble engine turns escaping off and is lenient about missing variables, which
 * would let a mistyped field publish an empty heading.
 */
public final class PebbleTemplates extends AbstractTemplateEngine {

    private final Locale locale;
    private final PebbleEngine engine;
    private final Path templateFolder;

    /** @param locale the site's language, in which numbers and dates are written */
    public PebbleTemplates(JBakeConfiguration config, ContentStore db, Extension siteExtension, Locale locale) {
        super(config, db);
        this.locale = locale;
        this.templateFolder = config.getTemplateFolder().toPath();
        FileLoader loader = new FileLoader();
        loader.setPrefix(templateFolder.toAbsolutePath().toString());
        loader.setCharset(config.getTemplateEncoding());
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .extension(siteExtension)
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(true)
                .newLineTrimming(true)
                .defaultLocale(locale)
                .build();
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        try {
            render(templateName, withModelExtractors(model), writer);
        } catch (BuildFailure failure) {
            throw new RenderingException(failure.getMessage());
        }
    }

    /** Renders {@code templateName} with {@code model}; any failure names the template file and line. */
    public void render(String templateName, Map<String, Object> model, Writer writer) {
        if (!templateFolder.resolve(templateName).toFile().isFile()) {
            throw new BuildFailure(Problem.inFile("templates/" + templateName, "the template does not exist",
                    "create it, or correct the template name in jbake.properties"));
        }
        try {
            PebbleTemplate template = engine.getTemplate(templateName);
            template.evaluate(writer, model, locale);
        } catch (RuntimeException e) {
            // Java called from a template may stop the build with a problem of its own; Pebble wraps it.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BuildFailure failure) {
                    throw failure;
                }
            }
            if (e instanceof PebbleException pebble) {
                throw new BuildFailure(TemplateMistakes.explain(pebble, templateName, templateFolder));
            }
            throw e;
        } catch (IOException e) {
            throw new BuildFailure(Problem.inFile("templates/" + templateName, "the page could not be written: " + e.getMessage(),
                    "check the disk has space and the output folder is writable"));
        }
    }

    /**
     * Lets templates use JBake's model names ({@code published_meetings}, {@code data}, ...) the way
     * JBake's own engines do, and tells strict Pebble that those names exist.
     */
    private TemplateModel withModelExtractors(TemplateModel model) {
        return new TemplateModel(model) {
            private static final long serialVersionUID = 1L;

            @Override
            public Object get(Object key) {
                if (super.containsKey(key)) {
                    return super.get(key);
                }
                try {
                    return extractors.extractAndTransform(db, (String) key, this, new TemplateEngineAdapter.NoopAdapter());
                } catch (NoModelExtractorException e) {
                    return null;
                }
            }

            @Override
            public boolean containsKey(Object key) {
                return super.containsKey(key) || extractors.containsKey(key);
            }
        };
    }
}
