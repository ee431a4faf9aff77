package org.publicrecord.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

/** The in-memory store answers JBake's queries without OrientDB on the classpath. */
class MemoryContentStoreTest {

    @Test
    void answersJBakeQueriesNewestFirstWithDraftsKeptApart() {
        MemoryContentStore store = new MemoryContentStore();
        store.addDocument(document("news/a.md", "news", "published", "2024-01-01", "health"));
        store.addDocument(document("news/b.md", "news", "published", "2024-03-01", "parks,health"));
        store.addDocument(document("news/c.md", "news", "draft", "2024-02-01", "draft-only"));
        store.addDocument(document("news/d.md", "news", "published", "2024-03-01", "health"));
        store.seal();

        assertThat(store.getPublishedContent("news")).extracting(DocumentModel::getSourceuri)
                .containsExactly("news/b.md", "news/d.md", "news/a.md");
        assertThat(store.getAllContent("news")).hasSize(4);
        assertThat(store.getPublishedCount("news")).isEqualTo(3);
        assertThat(store.getDocumentCount("news")).isEqualTo(4);
        assertThat(store.getDocumentByUri("news/c.md")).hasSize(1);
        assertThat(store.getAllTags()).containsExactly("health", "parks");
        assertThat(store.getPublishedDocumentsByTag("parks")).extracting(DocumentModel::getSourceuri).containsExactly("news/b.md");
        assertThat(store.getUnrenderedContent()).isEmpty();
    }

    private static DocumentModel document(String uri, String type, String status, String day, String tags) {
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        document.setSourceUri(uri);
        document.setType(type);
        document.setStatus(status);
        document.setDate(Date.from(LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant()));
        document.setTags(tags.split(","));
        return document;
    }
}
