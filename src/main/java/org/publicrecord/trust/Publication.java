package org.publicrecord.trust;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Which documents a build publishes: not drafts (unless the build shows drafts, as the preview
 * can), and not a document whose {@code publish_date} is still to come. The one rule for the
 * crawler, which leaves the others out, and for the checks that no published document refers to
 * one that is left out.
 *
 * @param today         the build's date
 * @param includeDrafts whether drafts are published too (a preview with {@code --drafts})
 */
public record Publication(LocalDate today, boolean includeDrafts) {

    /** Whether a document with these fields is published by this build. */
    public boolean isPublished(Map<String, Object> fields) {
        return reasonHeldBack(fields) == null;
    }

    /** Why a document with these fields is not published ("a draft", "to be published on 6 January 2025"), or null when it is. */
    public String reasonHeldBack(Map<String, Object> fields) {
        if ("draft".equals(fields.get("status")) && !includeDrafts) {
            return "a draft";
        }
        Object publishDate = fields.get("publish_date");
        if (publishDate != null) {
            try {
                LocalDate day = LocalDate.parse(String.valueOf(publishDate));
                if (day.isAfter(today)) {
                    return "to be published on " + day;
                }
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }
}
