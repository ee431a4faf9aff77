package org.publicrecord.pipeline;

import java.nio.file.Path;

import org.jbake.app.JBakeException;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.publicrecord.build.BuildOptions;
import org.publicrecord.model.ContentType;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;
import org.publicrecord.types.ContentTypes;

/**
 * JBake's configuration of one build: {@code jbake.properties}, with each content type's layouts
 * taken from the registry of types, where they are named once.
 */
final class Configuration {

    private Configuration() {
    }

    static DefaultJBakeConfiguration of(BuildOptions options, Path destination, ContentTypes types) {
        DefaultJBakeConfiguration config;
        try {
            config = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(options.source().toFile(), destination.toFile(), false);
        } catch (JBakeException e) {
            throw new BuildFailure(Problem.inFile("jbake.properties", "the site's configuration could not be read: " + e.getMessage(),
                    "check that jbake.properties exists in the site folder and each line is 'key=value'"));
        }
        // JBake's defaults name a FreeMarker layout for some types (page.ftl): the registry's win.
        for (ContentType type : types.all()) {
            config.setTemplateFileNameForDocType(type.name(), type.layout());
            if (type.listLayout() != null) {
                config.setTemplateFileNameForDocType(type.name() + ".list", type.listLayout());
            }
        }
        return config;
    }
}
