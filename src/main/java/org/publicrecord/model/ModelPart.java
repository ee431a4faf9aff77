package org.publicrecord.model;

import java.util.function.Function;

import org.jbake.model.DocumentModel;

/**
 * A part of the model ({@link Feature#parts}) that says what pages reading it depend on. A page is
 * rendered again when the site's digest changes: every field of every document but its body, the
 * data files, the templates and the day. A part worked out from those alone has nothing to add. A
 * part that read a body, or holds documents the store does not, gives the digest of what it holds.
 *
 * <p>A part that is not a {@code ModelPart} counts as read from every body: any change of any
 * body then renders every page again, which is slow but never wrong.
 */
public interface ModelPart {

    /**
     * The digest of what this part holds beyond the site's digest; empty, as here, for a part
     * worked out from the documents' fields, the data files and the day alone. {@code stored}
     * gives the address of a document of the store ({@link ValueDigest}).
     */
    default String digest(Function<Object, String> stored) {
        return "";
    }

    /**
     * Whether this part, made again with {@code document} as it is now, could hold something else
     * for it than it does: the preview then renders the document's page from a new model rather
     * than from the last one ({@code pipeline.FirstPages}). False, as here, for a part that pages
     * read nothing of about the document they show.
     */
    default boolean outdatedBy(DocumentModel document) {
        return false;
    }
}
