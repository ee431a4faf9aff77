package org.publicrecord.model;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;

/**
 * JBake's content store held in memory: the documents of one build, indexed once by type and
 * address so that every question a template asks is answered without a database.
 *
 * <p>JBake's own store runs an embedded OrientDB, which costs seconds to start and a query per
 * rendered page. A build reads every file anyway, so the store is filled once, then {@link #seal()}
 * sorts each type newest first and every query afterwards is a lookup.
 */
public final class MemoryContentStore extends ContentStore {

    /** Newest first, then by address so that documents of the same day keep a stable order. */
    public static final Comparator<DocumentModel> NEWEST_FIRST = Comparator
            .comparing(DocumentModel::getDate, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(DocumentModel::getSourceuri);

    private final List<DocumentModel> documents = new ArrayList<>();
    private final Map<String, DocumentModel> bySourceUri = new HashMap<>();
    private final Map<String, List<DocumentModel>> byType = new HashMap<>();
    private final Map<String, List<DocumentModel>> publishedByType = new HashMap<>();
    private boolean sealed;

    public MemoryContentStore() {
        super("memory", "unused");
    }

    @Override
    public synchronized void addDocument(DocumentModel document) {
        if (sealed) {
            throw new IllegalStateException("the content store is sealed");
        }
        documents.add(document);
        bySourceUri.put(document.getSourceuri(), document);
    }

    /** Builds the indexes; called once, after every document has been added. */
    public void seal() {
        documents.sort(NEWEST_FIRST);
        for (DocumentModel document : documents) {
            byType.computeIfAbsent(document.getType(), type -> new ArrayList<>()).add(document);
            if (isPublished(document)) {
                publishedByType.computeIfAbsent(document.getType(), type -> new ArrayList<>()).add(document);
            }
        }
        sealed = true;
    }

    public List<DocumentModel> documents() {
        return List.copyOf(documents);
    }

    public List<DocumentModel> published(String type) {
        return publishedByType.getOrDefault(type, List.of());
    }

    public static boolean isPublished(DocumentModel document) {
        return ModelAttributes.Status.PUBLISHED.equals(document.getStatus());
    }

    private static DocumentList<DocumentModel> listOf(Collection<DocumentModel> documents) {
        DocumentList<DocumentModel> list = new DocumentList<>();
        list.addAll(documents);
        return list;
    }

    // Lifecycle: nothing to open or close.

    @Override
    public void startup() {
    }

    @Override
    public void close() {
    }

    @Override
    public void shutdown() {
    }

    @Override
    public void drop() {
        documents.clear();
    }

    @Override
    public boolean isActive() {
        return true;
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
    }

    // Queries JBake's model extractors and templates use.

    @Override
    public long getDocumentCount(String docType) {
        return byType.getOrDefault(docType, List.of()).size();
    }

    @Override
    public long getPublishedCount(String docType) {
        return published(docType).size();
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        DocumentModel document = bySourceUri.get(uri);
        return document == null ? new DocumentList<>() : listOf(List.of(document));
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return getDocumentByUri(uri);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return getPublishedPosts();
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return listOf(published("post").stream().filter(d -> hasTag(d, tag)).toList());
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        return listOf(documents.stream().filter(MemoryContentStore::isPublished).filter(d -> hasTag(d, tag)).toList());
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return listOf(published(docType));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return listOf(byType.getOrDefault(docType, List.of()));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return getAllContent(docType);
    }

    /**
     * Always empty: pages are rendered by this project's own rendering tool, which knows
     * previous/next already, so JBake's per-page queries are never needed.
     */
    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return new DocumentList<>();
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        document.setRendered(true);
    }

    @Override
    public void deleteContent(String uri) {
        throw new UnsupportedOperationException("a build's content store is filled once and never edited");
    }

    @Override
    public void deleteAllByDocType(String docType) {
        throw new UnsupportedOperationException("a build's content store is filled once and never edited");
    }

    @Override
    public Set<String> getTags() {
        return tagsOf(published("post"));
    }

    @Override
    public Set<String> getAllTags() {
        return tagsOf(documents.stream().filter(MemoryContentStore::isPublished).toList());
    }

    private static Set<String> tagsOf(List<DocumentModel> documents) {
        Set<String> tags = new TreeSet<>();
        documents.forEach(document -> tags.addAll(Arrays.asList(document.getTags())));
        return tags;
    }

    private static boolean hasTag(DocumentModel document, String tag) {
        return new LinkedHashSet<>(Arrays.asList(document.getTags())).contains(tag);
    }
}
