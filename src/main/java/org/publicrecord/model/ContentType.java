package org.publicrecord.model;

import java.time.LocalDate;
import java.util.List;

import org.publicrecord.validate.Rule;

/**
 * One kind of document editors write (a meeting, an action...), named once with everything the
 * build needs to know about it: where its files live, its schema, its layouts, what it adds to
 * the model that templates see, and the outputs only it has. Every type is listed in
 * {@code META-INF/services/org.publicrecord.model.ContentType}; docs/architecture.md says how to
 * add one.
 */
public interface ContentType extends Feature {

    /** What editors write as {@code type:}; also the name of its schema ({@code schemas/<name>.schema.json}) and layout. */
    String name();

    /** The folder its documents live in under {@code content/}, and its section on the site; empty for pages at the root. */
    String folder();

    /** Where editors meet the type in lists of types (the {@code new} command, the handbook): lower comes first. */
    int order();

    /** The layout of one document's page, relative to {@code templates/}. */
    default String layout() {
        return "layouts/" + name() + ".peb";
    }

    /** The layout of the list of all documents of the type, or null when the type has no plain list. */
    default String listLayout() {
        return null;
    }

    /**
     * Where the {@code new} command writes a document of this type, relative to the site folder:
     * by default in a folder per year ({@code content/news/2026/title.md}).
     *
     * @param name the file name without extension, made from the title (or, for a type named by id, the id)
     * @param day  the document's date
     */
    default String newFile(String name, LocalDate day) {
        return folder().isEmpty() ? "content/" + name + ".md" : "content/" + folder() + "/" + day.getYear() + "/" + name + ".md";
    }

    /** The validation rules only this type has, run after the site's own ({@code SiteValidator.RULES}). */
    default List<Rule> rules() {
        return List.of();
    }
}
