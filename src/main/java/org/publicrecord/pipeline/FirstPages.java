package org.publicrecord.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jbake.model.DocumentModel;
import org.publicrecord.build.Superseded;
import org.publicrecord.content.SourceDocument;
import org.publicrecord.model.ModelPart;
import org.publicrecord.model.SiteCrawler;
import org.publicrecord.model.SiteModel;
import org.publicrecord.model.Translations;
import org.publicrecord.output.SiteOutput;
import org.publicrecord.render.SiteRenderer;

/**
 * For the preview: the pages of the documents an editor has just changed, handed over before the
 * rest of the site is rendered and checked. The build then goes on as any build does, so what it
 * publishes is the same with or without this.
 *
 * <p>One object serves the preview's every build. It keeps what the last build rendered from, so
 * that when only one content file changed since, the next build renders its page from that model
 * as soon as they are read and validated: a few milliseconds at any size, instead of making the
 * whole model again first. Such a page shows the document as it now is, among its neighbours as
 * they now are; what it lists of other documents' links to it (actions looked at again, a
 * meeting's actions) is as the last build left it until the new build, which follows at once,
 * writes the page again. When anything else changed (a template, a
 * data file, the settings, the day), the pages are rendered from the new model instead.
 */
public abstract class FirstPages {

    /** No pages first: a build for publishing. */
    public static final FirstPages NONE = new FirstPages() {
        @Override
        public Set<String> wanted(List<SourceDocument> documents) {
            return Set.of();
        }

        @Override
        public void rendered(Map<String, String> pages) {
        }
    };

    /** What the last build rendered from, while it can render the next build's first pages. */
    private Last last;

    /** Of this build's documents, the files ({@code content/meetings/2024/x.md}) whose pages are wanted first. */
    public abstract Set<String> wanted(List<SourceDocument> documents);

    /** The pages of those documents: each page's path in the site ({@code meetings/2024/x/index.html}) and its text. */
    public abstract void rendered(Map<String, String> pages);

    /**
     * Whether a newer change is waiting to be built, so that this build may stop at its next step
     * and leave the rest of the site to the next one; only a preview has newer changes.
     */
    public boolean newerChange() {
        return false;
    }

    /** Stops the build here ({@link Superseded}) when a newer change is waiting. */
    final void carryOn() {
        Superseded.unless(this::newerChange);
    }

    /**
     * A model and renderer of a build that rendered, with the crawler that made its documents and
     * the documents it read (by identity: a file read again is another object) and their names.
     */
    private record Last(SiteModel model, SiteRenderer renderer, SiteCrawler crawler, Set<SourceDocument> read, Set<String> names) {
    }

    /** After the read phase: the last build's model can serve only if nothing but content changed since, on the same day. */
    final void read(Read read) {
        if (last != null && (!read.onlyContentChanged() || !read.today().equals(last.model().today()))) {
            last = null;
        }
    }

    /**
     * Renders the pages of {@code wanted} from the last build's model and hands them over, if it
     * can; true when it did. The last model is kept until this build has rendered its own
     * ({@link #keep}): a build stopped for a newer change before then leaves it to the next, whose
     * pages are then shown as quickly (holding two models for a while is the price).
     */
    final boolean renderFromLast(Read read, Set<String> wanted) {
        Last from = last;
        if (from == null || wanted.isEmpty()) {
            return false;
        }
        // Every document read anew since the last model, wanted or not, takes its place among its neighbours.
        Set<SourceDocument> sinceLast = Collections.newSetFromMap(new IdentityHashMap<>());
        int stillRead = 0;
        for (SourceDocument source : read.sources().documents()) {
            boolean readBefore = from.read().contains(source);
            if (readBefore) {
                stillRead++;
            }
            if (!readBefore || wanted.contains(source.name())) {
                sinceLast.add(source);
            }
        }
        // The last model's index (templates' 'index') still holds every document as it was: a page shown from it may
        // look up only documents that are as they were. So the one document read anew must be the only change since,
        // and no document may have gone (its actions would still be listed).
        if (sinceLast.size() != 1 || goneSince(from, stillRead, sinceLast.iterator().next())) {
            return false;
        }
        // A translation's page is made with its original's, and a draft's only when drafts are shown: the new model does those.
        if (sinceLast.stream().anyMatch(source -> wanted.contains(source.name())
                && (Translations.isTranslation(source) || !from.crawler().isPublishable(source, read.today())))) {
            return false;
        }
        List<SiteOutput> preparing = SiteOven.outputs(from.model().features()).stream()
                .filter(output -> output.stage() == SiteOutput.Stage.PREPARE).toList();
        // A document made a draft is no one's neighbour any more; a translation never is (it goes with its original).
        // None has gone, so every other document of the last model is still there.
        Set<String> absent = new HashSet<>();
        List<DocumentModel> made = new ArrayList<>();
        List<DocumentModel> shown = new ArrayList<>();
        for (SourceDocument source : sinceLast) {
            if (Translations.isTranslation(source) || !from.crawler().isPublishable(source, read.today())) {
                absent.add(source.name());
            } else {
                DocumentModel document = from.crawler().modelOf(source);
                made.add(document);
                if (wanted.contains(source.name())) {
                    shown.add(document);
                }
            }
        }
        from.crawler().linkAmong(made, from.model().store(), name -> !absent.contains(name));
        Map<String, String> pages = new LinkedHashMap<>();
        for (DocumentModel document : shown) {
            from.model().features().forEach(feature -> feature.prepare(from.model(), document));
            if (preparing.stream().anyMatch(output -> output.changes(document))) {
                // Its pictures are made responsive by the render phase, which writes their copies too.
                return false;
            }
            if (from.model().parts().values().stream().anyMatch(part -> part instanceof ModelPart worked && worked.outdatedBy(document))) {
                // What the last model worked out from the document (the actions its minutes look at again) is not what it says now.
                return false;
            }
            pages.put(document.getUri(), from.renderer().text(document));
        }
        rendered(pages);
        return true;
    }

    /**
     * Whether a document the last model was made from is no longer among those read, under its
     * name, when {@code stillRead} of them are read as they were and {@code changed} is the one
     * other document read: the last model's documents not read now are then only its earlier
     * version, if it had one (names are unique in a read), or something has gone.
     */
    private static boolean goneSince(Last from, int stillRead, SourceDocument changed) {
        int replaced = !from.read().contains(changed) && from.names().contains(changed.name()) ? 1 : 0;
        return from.read().size() - stillRead > replaced;
    }

    /** After the render phase: what the next build may render its first pages from. */
    final void keep(Read read, SiteModel model, SiteRenderer renderer, SiteCrawler crawler) {
        if (this != NONE) {
            Set<SourceDocument> documents = Collections.newSetFromMap(new IdentityHashMap<>());
            documents.addAll(read.sources().documents());
            Set<String> names = new HashSet<>();
            documents.forEach(document -> names.add(document.name()));
            last = new Last(model, renderer, crawler, documents, names);
        }
    }
}
