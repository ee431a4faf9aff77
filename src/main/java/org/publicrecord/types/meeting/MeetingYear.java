package org.publicrecord.types.meeting;

import java.util.List;

import org.jbake.model.DocumentModel;

/**
 * The meetings of one calendar year, for lists of past meetings grouped by year.
 *
 * @param year     the year, such as 2025
 * @param meetings that year's meetings, newest first
 */
public record MeetingYear(int year, List<DocumentModel> meetings) {
}
