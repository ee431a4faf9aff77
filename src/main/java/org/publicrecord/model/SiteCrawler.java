package org.publicrecord.model;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import com.vladsch.flexmark.util.ast.Document;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.parser.AsciidoctorEngine;
import org.jbake.parser.ParserContext;
import org.publicrecord.content.SourceDocument;
import org.publicrecord.content.SourceText;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.build.BuildOptions;
import org.publicrecord.build.Parallel;
import org.publicrecord.build.Superseded;
import org.publicrecord.problem.Problem;
import org.publicrecord.markup.FlexmarkEngine;
import org.publicrecord.markup.LanguageParts;
import org.publicrecord.markup.MarkdownChecks;
import org.publicrecord.schema.Schemas;
import org.publicrecord.trust.BodySanitizer;
import org.publicrecord.trust.Publication;
import org.publicrecord.trust.SecureAsciidoc;

/**
 * JBake's crawler, in the model phase: turns every document the read phase read into JBake's
 * {@link DocumentModel}, with its address, its neighbours and its rendered body, and fills the
 * content store with those to publish. Reading and validating happen before, in their own phases.
 */
public final class SiteCrawler extends Crawler {

    /** The model key of a document's source file as editors see it ({@code content/meetings/2024/x.md}), for problems found later. */
    public static final String SOURCE_FILE = "source_file";

    private final MemoryContentStore store;
    private final JBakeConfiguration config;
    private final BuildOptions options;
    private final Schemas schemas;
    private final MarkupCache cache;
    private final FlexmarkEngine markdown = new FlexmarkEngine();

    public SiteCrawler(MemoryContentStore store, JBakeConfiguration config, BuildOptions options, Schemas schemas, MarkupCache cache) {
        super(store, config);
        this.store = store;
        this.config = config;
        this.options = options;
        this.schemas = schemas;
        this.cache = cache;
    }

    /** The read phase reads every file once; JBake's own crawl of the content folder is never run. */
    @Override
    public void crawl() {
        throw new UnsupportedOperationException("documents are read by the read phase and added with add()");
    }

    @Override
    public void crawlDataFiles() {
        throw new UnsupportedOperationException("data files are read by the read phase");
    }

    /**
     * Adds to the store every document published on {@code today} (and drafts, for previews that
     * ask), then seals it and links neighbours.
     *
     * @return how many documents were held back (drafts, or not to be published until a later date)
     */
    public int add(List<SourceDocument> sources, LocalDate today) {
        return add(sources, today, () -> false);
    }

    /** As {@link #add(List, LocalDate)}, stopping ({@link Superseded}) between documents once {@code newerChange} says so. */
    public int add(List<SourceDocument> sources, LocalDate today, BooleanSupplier newerChange) {
        Path contentFolder = config.getContentFolder().toPath();
        List<SourceDocument> publishable = sources.stream().filter(source -> isPublishable(source, today)).toList();
        // A preview's build for a change that a newer one has overtaken stops between documents, not after all of them.
        List<DocumentModel> documents = Parallel.map(publishable, source -> {
            Superseded.unless(newerChange);
            return toModel(source, contentFolder);
        }, options.threads());
        documents.forEach(store::addDocument);
        store.seal();
        linkNeighbours();
        return sources.size() - documents.size();
    }

    /** Whether the document is published on {@code today} (or is a draft, for a preview that shows them). */
    public boolean isPublishable(SourceDocument source, LocalDate today) {
        return new Publication(today, options.includeDrafts()).isPublished(source.fields().values());
    }

    /** One document as {@link #add} makes it, without neighbours and in no store: for a page shown before the whole model is made again. */
    public DocumentModel modelOf(SourceDocument source) {
        return toModel(source, config.getContentFolder().toPath());
    }

    private DocumentModel toModel(SourceDocument source, Path contentFolder) {
        DocumentModel document = SiteDocument.create();
        String type = String.valueOf(source.fields().values().get("type"));
        document.putAll(schemas.defaults(type));
        document.putAll(schemas.typed(type, source.fields().values()));
        document.setType(type);
        document.setStatus("draft".equals(source.fields().values().get("status")) ? ModelAttributes.Status.DRAFT : ModelAttributes.Status.PUBLISHED);
        LocalDate day = document.get("date") instanceof LocalDate date ? date : null;
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
        // Passages marked with their language ({lang=ar}) get lang and dir, in Markdown and AsciiDoc alike.
        document.setBody(cache.body(source, () -> LanguageParts.mark(renderBody(source), source.name(), source.body(), source.bodyFirstLine())));
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
                link(newestFirst, i);
            }
        }
    }

    /**
     * Gives each of {@code changed} (documents made anew, for the preview) its previous and next
     * document as a new model would: among the published documents of its type in {@code store},
     * without those whose source file is not {@code present} any more, and with every changed
     * document in its place instead of its old self. The store's lists are in order already, so
     * each changed document is put in its place by a binary search, not by sorting its type again.
     */
    public void linkAmong(List<DocumentModel> changed, MemoryContentStore store, Predicate<String> present) {
        Set<String> replaced = new HashSet<>();
        changed.forEach(document -> replaced.add(document.getSourceuri()));
        // By identity: a document is a map, and two maps of equal entries are equal.
        Set<DocumentModel> made = Collections.newSetFromMap(new IdentityHashMap<>());
        made.addAll(changed);
        Map<String, List<DocumentModel>> byType = new LinkedHashMap<>();
        for (DocumentModel document : changed) {
            if (MemoryContentStore.isPublished(document)) {
                List<DocumentModel> newestFirst = byType.computeIfAbsent(document.getType(), type -> new ArrayList<>(store.published(type).stream()
                        .filter(other -> !replaced.contains(other.getSourceuri()) && present.test(String.valueOf(other.get(SOURCE_FILE))))
                        .toList()));
                int place = Collections.binarySearch(newestFirst, document, MemoryContentStore.NEWEST_FIRST);
                newestFirst.add(place < 0 ? -place - 1 : place, document);
            }
        }
        for (List<DocumentModel> newestFirst : byType.values()) {
            for (int i = 0; i < newestFirst.size(); i++) {
                if (made.contains(newestFirst.get(i))) {
                    link(newestFirst, i);
                }
            }
        }
    }

    private static void link(List<DocumentModel> newestFirst, int i) {
        DocumentModel document = newestFirst.get(i);
        if (document.getDate() == null) {
            return;
        }
        document.setPreviousContent(i + 1 < newestFirst.size() ? navigationOf(newestFirst.get(i + 1)) : null);
        document.setNextContent(i > 0 ? navigationOf(newestFirst.get(i - 1)) : null);
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
}
