package org.publicrecord.types.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.publicrecord.build.BuildOptions;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.model.ContentType;
import org.publicrecord.build.BuildCache;
import org.publicrecord.pipeline.SiteBuild;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.types.ContentTypes;

/**
 * docs/architecture.md's recipes, followed step by step for a toy content type (a notice) and two
 * toy outputs (one of the type, one of the whole site), on a copy of the engine's fixture site.
 * The services files a real type or output is listed in are written to a folder of their own
 * here, so that only this test's builds have the toys.
 */
class RecipesTest {

    private static final Path FIXTURE = Path.of("src/test/resources/sites/engine").toAbsolutePath();
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    @TempDir
    Path work;

    @Test
    void aToyTypeAndToyOutputsFollowingTheRecipes() throws IOException {
        Path site = fixtureWithNotices("closes: 2024-07-01");
        Path output = work.resolve("out");
        ClassLoader toys = toys();
        ContentTypes types = ContentTypes.of(toys);

        assertThat(types.names()).containsExactly("page", "news", "meeting", "event", "action", "easyread", "notice");
        inContextOf(toys, () -> new SiteBuild(BuildOptions.of(site, output, TODAY), PhaseLog.silent(), BuildCache.none(), types).run());

        // Step 2: its layout renders its page; the type's list layout gives it a section list.
        assertThat(Files.readString(output.resolve("notices/2024/parking-consultation/index.html")))
                .contains("<h1>Parking consultation</h1>");
        assertThat(Files.readString(output.resolve("notices/index.html"))).contains("Parking consultation");
        // Steps 3 and 4: the part it adds to the model and its own output.
        assertThat(Files.readString(output.resolve(NoticeDates.FILE))).isEqualTo("2024-07-01 Parking consultation\n");
        // An output of the whole site, listed in the services file of rendering tools.
        assertThat(Files.readString(output.resolve(DocumentTitles.FILE)))
                .contains("Parking consultation\n", "First report\n").doesNotContain("Embargoed announcement");
    }

    @Test
    void theToyTypesSchemaChecksItsFields() throws IOException {
        Path site = fixtureWithNotices("closes: next week");
        ClassLoader toys = toys();
        ContentTypes types = ContentTypes.of(toys);

        BuildFailure failure = org.assertj.core.api.Assertions.catchThrowableOfType(BuildFailure.class,
                () -> inContextOf(toys, () -> new SiteBuild(BuildOptions.of(site, work.resolve("out"), TODAY), PhaseLog.silent(),
                        BuildCache.none(), types).run()));
        assertThat(failure).isNotNull();
        assertThat(failure.problems()).singleElement().hasToString(
                "content/notices/2024/parking-consultation.md:5:1: 'next week' is not a date written as YYYY-MM-DD (write the date as "
                        + "YYYY-MM-DD, for example 2024-03-12)");
    }

    /** Step 1 and 2 of the recipe in the fixture: a document of the type and its layout. */
    private Path fixtureWithNotices(String closes) throws IOException {
        Path site = work.resolve("site");
        PathUtils.copyDirectory(FIXTURE, site);
        Path notice = site.resolve("content/notices/2024/parking-consultation.md");
        Files.createDirectories(notice.getParent());
        Files.writeString(notice, "---\ntitle: Parking consultation\ntype: notice\ndate: 2024-05-20\n" + closes + "\n---\nTell us what you think.\n");
        Files.writeString(site.resolve("templates/layouts/notice.peb"), """
                {% extends "layouts/base.peb" %}
                {% block main %}<h1>{{ content.title }}</h1><p>Open until {{ content.closes }}</p>{{ content.body | raw }}{% endblock %}
                """);
        return site;
    }

    /** Step 4 of each recipe: the type and the output of the whole site, each listed in its services file. */
    private ClassLoader toys() throws IOException {
        Path services = work.resolve("classes/META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(ContentType.class.getName()), NoticeType.class.getName() + "\n");
        Files.writeString(services.resolve("org.jbake.render.RenderingTool"), DocumentTitles.class.getName() + "\n");
        return new URLClassLoader(new URL[] {work.resolve("classes").toUri().toURL()}, getClass().getClassLoader());
    }

    private static void inContextOf(ClassLoader loader, Runnable build) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            build.run();
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
