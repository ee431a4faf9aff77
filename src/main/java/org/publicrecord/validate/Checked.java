package org.publicrecord.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.publicrecord.content.DataFiles;
import org.publicrecord.content.SourceDocument;
import org.publicrecord.problem.Problem;
import org.publicrecord.schema.Schemas;
import org.publicrecord.trust.Publication;

/**
 * The sources as the rules see them: every document with its type (null when it names none the
 * site has), its slug, its address and where each field is written; every data file; the site
 * folder; the schemas; and which documents this build publishes.
 *
 * @param documents   every content file, drafts too, sorted by path
 * @param data        the data files
 * @param site        the site folder, against which papers' files under {@code assets/} are checked
 * @param schemas     the schemas of the site's content types and data files
 * @param publication which documents are published, or null not to check references to unpublished ones
 * @param memo        where a rule that looks at the whole site may keep, under its own key, what
 *                    the next validation of this process can reuse; null to keep nothing
 */
public record Checked(List<Document> documents, DataFiles data, Path site, Schemas schemas, Publication publication,
        Map<Object, Object> memo) {

    /**
     * A document with what the rules need.
     *
     * @param source its fields and body
     * @param type   its type, or null when it names none of the site's types
     * @param slug   its file name without extension
     * @param url    its address on the site, relative to the root ({@code meetings/2024/2024-03-12-lpp/})
     * @param file   where each of its fields is written, for problems
     */
    public record Document(SourceDocument source, String type, String slug, String url, SourceFile file) {

        public Map<String, Object> values() {
            return source.fields().values();
        }

        /** A problem at the field {@code pointer} (such as {@code /end}), on the editor's line. */
        public Problem problem(String pointer, String message, String fix) {
            return file.problem(pointer, message, fix);
        }
    }

    /** The documents of one type. */
    public List<Document> ofType(String type) {
        return documents.stream().filter(document -> type.equals(document.type())).toList();
    }
}
