package org.publicrecord.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.publicrecord.content.SourceDocument;

/**
 * For the preview: the pages of the documents an editor has just changed, rendered and handed
 * over as soon as the model is built, before the rest of the site is rendered and checked. The
 * build then goes on as any build does, so what it publishes is the same with or without this.
 */
public interface FirstPages {

    /** Of this build's documents, the files ({@code content/meetings/2024/x.md}) whose pages are wanted first. */
    Set<String> wanted(List<SourceDocument> documents);

    /** The pages of those documents: each page's path in the site ({@code meetings/2024/x/index.html}) and its text. */
    void rendered(Map<String, String> pages);

    /** No pages first: a build for publishing. */
    FirstPages NONE = new FirstPages() {
        @Override
        public Set<String> wanted(List<SourceDocument> documents) {
            return Set.of();
        }

        @Override
        public void rendered(Map<String, String> pages) {
        }
    };
}
