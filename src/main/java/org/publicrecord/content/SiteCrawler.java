package org.publicrecord.content;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import com.vladsch.flexmark.util.ast.Document;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.publicrecord.build.BuildFailure;
import org.publicrecord.build.BuildOptions;
import org.publicrecord.build.Parallel;
import org.publicrecord.build.PhaseLog;
import org.publicrecord.build.Problem;
import org.publicrecord.markup.FlexmarkEngine;
import org.publicrecord.markup.MarkdownChecks;
import org.publicrecord.trust.BodySanitizer;
import org.publicrecord.trust.Publication;
import org.publicrecord.trust.SecureAsciidoc;
import org.publicrecord.validate.Schemas;
import org.publicrecord.validate.SiteValidator;

/**
 * JBake's crawler, replaced by one that reads every content file once, checks the whole site
 * before anything is rendered, and fills the content store with documents that already know
 * their address, their neighbours and their rendered body.
 *
 * <p>Stock JBake skips a file with a bad header and publishes the site without it; here any
 * problem in any file stops the build with every problem listed.
 */
public final class SiteCrawler extends Crawler {

    /** The model key of a document's source file as editors see it ({@code content/meetings/2024/x.md}), for problems found later. */
    public static final String SOURCE_FILE = "source_file";

    private final MemoryContentStore store;
    private final JBakeConfiguration config;
    private final BuildOptions options;
    private final SiteValidator validator;
    private final PhaseLog log;
    private final MarkupCache cache;
    private final FlexmarkEngine markdown = new FlexmarkEngine();
    private DataFiles data;

    public SiteCrawler(MemoryContentStore store, JBakeConfiguration config, BuildOptions options,
                       SiteValidator validator, MarkupCache cache, PhaseLog log) {
        super(store, config);
        this.store = store;
        this.config = config;
        this.options = options;
        this.validator = validator;
        this.log = log;
        this.cache = cache;
    }

    /** The data files, read by {@link #crawlDataFiles()}. */
    public DataFiles data() {
        return data;
    }

    @Override
    public void crawlDataFiles() {
        data = DataFiles.read(options.source(), config.getDataFolder().toPath());
    }

    @Override
    public void crawl() {
        Path contentFolder = config.getContentFolder().toPath();
        List<Path> files = contentFiles(contentFolder);
        List<SourceDocument> sources = inParallel(files, file -> {
            String shown = options.source().relativize(file).toString().replace('\\', '/');
            return SourceDocument.parse(SourceText.read(file, shown), SourceDocument.Markup.of(file.getFileName().toString()));
        });
        log.phase("read", PhaseLog.count(sources.size(), "files") + ", " + PhaseLog.count(data.files().size(), "data files"));

        List<Problem> problems = new ArrayList<>(validator.validate(sources, data));
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        log.phase("validate", PhaseLog.count(sources.size(), "documents") + ", no problems");

        List<SourceDocument> publishable = sources.stream().filter(this::isPublishable).toList();
        List<DocumentModel> documents = inParallel(publishable, source -> toModel(source, contentFolder));
        documents.forEach(store::addDocument);
        store.seal();
        linkNeighbours();
        log.phase("parse", PhaseLog.count(documents.size(), "documents") + " to publish, "
                + PhaseLog.count(sources.size() - documents.size(), "held back") + " (drafts or future)");
    }

    private static List<Path> contentFiles(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> SourceDocument.Markup.of(path.getFileName().toString()) != null)
                    .filter(path -> !isHidden(folder.relativize(path)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new BuildFailure(Problem.inFile("content", "the content folder could not be read: " + e.getMessage(), "check its permissions"));
        }
    }

    /** Folders and files starting with '_' or '.' hold editors' templates and tooling, never pages. */
    static boolean isHidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith("_") || name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private boolean isPublishable(SourceDocument source) {
        return new Publication(options.today(), options.includeDrafts()).isPublished(source.fields().values());
    }

    private DocumentModel toModel(SourceDocument source, Path contentFolder) {
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        String type = String.valueOf(source.fields().values().get("type"));
        document.putAll(Schemas.get().defaults(type));
        document.putAll(source.fields().values());
        document.setType(type);
        document.setStatus("draft".equals(source.fields().values().get("status")) ? ModelAttributes.Status.DRAFT : ModelAttributes.Status.PUBLISHED);
        Object date = source.fields().values().get("date");
        LocalDate day = date == null ? null : LocalDate.parse(String.valueOf(date));
        document.setDate(day == null ? null : Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
        document.put("day", day);

        String contentPrefix = options.source().relativize(contentFolder).toString().replace('\\', '/') + "/";
        String sourceUri = source.name().substring(contentPrefix.length());
        String slugPath = sourceUri.substring(0, sourceUri.lastIndexOf('.'));
        String url = slugPath + "/";
        document.setSourceUri(sourceUri);
        document.setFile(contentFolder.resolve(sourceUri).toString());
        document.put(SOURCE_FILE, source.name());
        document.setUri(url + "index.html");
        document.setNoExtensionUri(url);
        document.put("url", url);
        document.put("slug", slugPath.substring(slugPath.lastIndexOf('/') + 1));
        document.setRootPath("../".repeat((int) url.chars().filter(c -> c == '/').count()));
        document.setBody(cache.body(source, () -> renderBody(source)));
        document.setRendered(false);
        document.setPreviousContent(null);
        document.setNextContent(null);
        return document;
    }

    /** The body in HTML, through the trust boundary ({@link BodySanitizer}): the only way a body reaches the model. */
    private String renderBody(SourceDocument source) {
        try {
            return BodySanitizer.sanitize(renderMarkup(source), source);
        } catch (StackOverflowError e) {
            throw new BuildFailure(Problem.at(source.name(), source.bodyFirstLine(), 1, "the body is nested too deeply to build",
                    "use fewer levels of lists, quotes or HTML elements inside one another"));
        }
    }

    private String renderMarkup(SourceDocument source) {
        if (source.markup() == SourceDocument.Markup.MARKDOWN) {
            Document tree = markdown.parse(source.body());
            List<Problem> problems = MarkdownChecks.check(tree, source.name(), source.bodyFirstLine());
            if (!problems.isEmpty()) {
                throw new BuildFailure(problems);
            }
            return markdown.render(tree);
        }
        List<Problem> problems = new ArrayList<>();
        MarkdownChecks.checkHtml(source.body(), source.name(), source.bodyFirstLine(), problems);
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        return SecureAsciidoc.convert(source, new File(options.source().toFile(), source.name()), config.getAsciidoctorAttributes());
    }

    /** Previous is the older neighbour of the same type, next the newer one; drafts are never neighbours. */
    private void linkNeighbours() {
        for (String type : config.getDocumentTypes()) {
            List<DocumentModel> newestFirst = store.published(type);
            for (int i = 0; i < newestFirst.size(); i++) {
                DocumentModel document = newestFirst.get(i);
                if (document.getDate() == null) {
                    continue;
                }
                document.setPreviousContent(i + 1 < newestFirst.size() ? navigationOf(newestFirst.get(i + 1)) : null);
                document.setNextContent(i > 0 ? navigationOf(newestFirst.get(i - 1)) : null);
            }
        }
    }

    /**
     * A neighbour as a page needs it for its links. A copy, not the neighbour itself, so that no
     * document holds a cycle of documents (a map that contains itself cannot be hashed or compared).
     */
    private static DocumentModel navigationOf(DocumentModel neighbour) {
        DocumentModel navigation = new DocumentModel();
        navigation.setTitle(neighbour.getTitle());
        navigation.setUri(neighbour.getUri());
        navigation.setNoExtensionUri(neighbour.getNoExtensionUri());
        navigation.put("url", neighbour.get("url"));
        navigation.put("day", neighbour.get("day"));
        navigation.setDate(neighbour.getDate());
        return navigation;
    }

    private <T, R> List<R> inParallel(List<T> items, Function<T, R> work) {
        return Parallel.map(items, work, options.threads());
    }
}
