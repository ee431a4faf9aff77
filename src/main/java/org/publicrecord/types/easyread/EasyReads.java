package org.publicrecord.types.easyread;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jbake.model.DocumentModel;
import org.publicrecord.model.ModelPart;
import org.publicrecord.model.SiteCrawler;
import org.publicrecord.problem.BuildFailure;
import org.publicrecord.problem.Problem;

/** Each Easy Read version and the standard document it is of, both ways, by page address. */
public final class EasyReads implements ModelPart {

    private final Map<String, String> versionOf = new LinkedHashMap<>();
    private final Map<String, DocumentModel> originalOf = new LinkedHashMap<>();

    EasyReads(List<DocumentModel> versions, List<DocumentModel> documents) {
        Map<String, DocumentModel> byUrl = new LinkedHashMap<>();
        documents.forEach(document -> byUrl.put(String.valueOf(document.get("url")), document));
        List<Problem> problems = new ArrayList<>();
        for (DocumentModel version : versions) {
            String of = version.get("of") + "/";
            DocumentModel original = byUrl.get(of);
            String file = String.valueOf(version.get(SiteCrawler.SOURCE_FILE));
            if (original == null || "easyread".equals(original.getType())) {
                problems.add(Problem.inFile(file, "'of: " + version.get("of") + "' is not a published page",
                        "write the address of the standard page, such as 'of: meetings/2025/2025-11-18-peoples-partnership'"));
            } else if (versionOf.containsKey(of)) {
                problems.add(Problem.inFile(file, "'" + version.get("of") + "' already has an Easy Read version (" + versionOf.get(of) + ")",
                        "keep one Easy Read version for each page"));
            } else {
                versionOf.put(of, String.valueOf(version.get("url")));
                originalOf.put(String.valueOf(version.get("url")), original);
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
    }

    /** The address of the Easy Read version of the page at {@code url}, or null. */
    public String of(String url) {
        return versionOf.get(url);
    }

    /** The standard document an Easy Read version at {@code url} is of. */
    public DocumentModel original(String url) {
        return originalOf.get(url);
    }

    /** A version's page links to its original: a version new here (renamed, added) or now of another page is not known as it is. */
    @Override
    public boolean outdatedBy(DocumentModel document) {
        if (!"easyread".equals(document.getType())) {
            return false;
        }
        DocumentModel original = original(String.valueOf(document.get("url")));
        return original == null || !String.valueOf(original.get("url")).equals(document.get("of") + "/");
    }
}
