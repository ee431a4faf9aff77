package org.publicrecord.output;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jbake.model.DocumentModel;
import org.publicrecord.model.MemoryContentStore;

/** The site's sections: each top-level content folder holding one type of document, such as {@code meetings/}. */
public final class Sections {

    private Sections() {
    }

    /** Section folder name to the type of its documents, in the order the folders sort. */
    public static Map<String, String> of(MemoryContentStore store) {
        Map<String, String> sections = new java.util.TreeMap<>();
        for (DocumentModel document : store.documents()) {
            String url = document.getNoExtensionUri();
            int slash = url.indexOf('/');
            if (slash > 0 && slash < url.length() - 1) {
                sections.putIfAbsent(url.substring(0, slash), document.getType());
            }
        }
        return new LinkedHashMap<>(sections);
    }

    /** A page that is not a document (a list, the home page) described with the fields every layout reads. */
    public static DocumentModel listPage(String title, String summary, String type) {
        DocumentModel page = DocumentModel.createDefaultDocumentModel();
        page.setTitle(title);
        page.setType(type);
        page.setStatus("published");
        page.put("summary", summary);
        page.put("example", false);
        page.setPreviousContent(null);
        page.setNextContent(null);
        return page;
    }

}
