package org.publicrecord.validate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.publicrecord.build.Problem;
import org.publicrecord.content.DataFiles;
import org.publicrecord.content.Position;
import org.publicrecord.content.SourceDocument;

/**
 * Checks the whole site's sources before anything is rendered and returns every problem at once,
 * so an editor fixes them in one pass instead of one build per mistake.
 */
public class SiteValidator {

    private final Set<String> types;

    /** @param types the content types the site has templates for */
    public SiteValidator(Set<String> types) {
        this.types = Set.copyOf(types);
    }

    public List<Problem> validate(List<SourceDocument> documents, DataFiles data) {
        List<Problem> problems = new ArrayList<>();
        for (SourceDocument document : documents) {
            checkDocument(document, problems);
        }
        return problems;
    }

    private void checkDocument(SourceDocument document, List<Problem> problems) {
        var values = document.fields().values();
        Object type = values.get("type");
        if (type == null) {
            problems.add(at(document, "", "the 'type' field is missing", "add a line such as 'type: meeting' (one of " + String.join(", ", sorted()) + ")"));
        } else if (!types.contains(String.valueOf(type))) {
            problems.add(at(document, "/type", "the type '" + type + "' is not one this site publishes",
                    "use one of " + String.join(", ", sorted())));
        }
        Object title = values.get("title");
        if (title == null || String.valueOf(title).isBlank()) {
            problems.add(at(document, "", "the 'title' field is missing", "add a line such as 'title: People's Partnership meeting'"));
        }
        Object date = values.get("date");
        if (date != null) {
            try {
                LocalDate.parse(String.valueOf(date));
            } catch (DateTimeParseException e) {
                problems.add(at(document, "/date", "'" + date + "' is not a real date",
                        "write the date as YYYY-MM-DD, for example 2024-03-12"));
            }
        }
        Object status = values.get("status");
        if (status != null && !Set.of("published", "draft").contains(String.valueOf(status))) {
            problems.add(at(document, "/status", "the status '" + status + "' is not known", "use 'published' or 'draft'"));
        }
    }

    private List<String> sorted() {
        return types.stream().sorted().toList();
    }

    private static Problem at(SourceDocument document, String pointer, String message, String fix) {
        Position position = pointer.isEmpty() ? document.fields().start() : document.fields().positionOf(pointer);
        return Problem.at(document.name(), position.line(), position.column(), message, fix);
    }
}
